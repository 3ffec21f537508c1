#include "editor/stadiumpropertiesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Tribina {

StadiumPropertiesDialog::StadiumPropertiesDialog(const VenueDetails &venue, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(venue.name, this))
    , m_city(new QLineEdit(venue.city, this))
    , m_country(new QLineEdit(venue.country, this))
    , m_address(new QLineEdit(venue.address, this))
    , m_type(new QComboBox(this))
    , m_numbered(new QCheckBox(tr("Seats are numbered (sold seat by seat)"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Stadium properties"));
    m_name->setObjectName(QStringLiteral("stadiumName"));
    m_city->setObjectName(QStringLiteral("stadiumCity"));
    m_country->setObjectName(QStringLiteral("stadiumCountry"));
    m_address->setObjectName(QStringLiteral("stadiumAddress"));
    m_name->setMaxLength(255);
    m_city->setMaxLength(100);
    m_country->setMaxLength(2);
    m_country->setInputMask(QStringLiteral(">AA"));
    m_address->setMaxLength(500);
    m_type->addItem(tr("Home stadium (configured by the federation)"), int(VenueType::Home));
    m_type->addItem(tr("Away venue"), int(VenueType::Away));
    m_type->setCurrentIndex(m_type->findData(int(venue.venueType)));
    m_numbered->setChecked(venue.numbered);
    m_problem->setObjectName(QStringLiteral("stadiumProblem"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("City"), m_city);
    form->addRow(tr("Country (ISO code)"), m_country);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Type"), m_type);
    form->addRow(QString(), m_numbered);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_city, m_country})
        connect(edit, &QLineEdit::textChanged, this, &StadiumPropertiesDialog::updateState);
    updateState();
}

VenueDetails StadiumPropertiesDialog::venue() const
{
    VenueDetails venue;
    venue.name = m_name->text().simplified();
    venue.city = m_city->text().simplified();
    venue.country = m_country->text().trimmed().toUpper();
    venue.address = m_address->text().simplified();
    venue.venueType = VenueType(m_type->currentData().toInt());
    venue.numbered = m_numbered->isChecked();
    return venue;
}

QString StadiumPropertiesDialog::problem(const VenueDetails &venue)
{
    if (venue.name.isEmpty())
        return tr("The stadium needs a name.");
    if (venue.city.isEmpty())
        return tr("The stadium needs a city.");
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{2}$"));
    if (!iso.match(venue.country).hasMatch())
        return tr("The country is a two-letter ISO code such as HR.");
    return {};
}

void StadiumPropertiesDialog::updateState()
{
    const QString why = problem(venue());
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace Tribina
