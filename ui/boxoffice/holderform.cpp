#include "holderform.h"

#include "domain/oib.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace Tribina {

HolderForm::HolderForm(const QString &seatText, QWidget *parent)
    : QWidget(parent)
    , m_seatText(seatText)
    , m_matchDay(QDate::currentDate())
    , m_name(new QLineEdit(this))
    , m_birth(new QLineEdit(this))
    , m_nationality(new QLineEdit(this))
    , m_foreigner(new QCheckBox(tr("Foreigner (passport)"), this))
    , m_oib(new QLineEdit(this))
    , m_passport(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("holderForm"));
    m_name->setObjectName(QStringLiteral("holderName"));
    m_birth->setObjectName(QStringLiteral("holderBirth"));
    m_nationality->setObjectName(QStringLiteral("holderNationality"));
    m_oib->setObjectName(QStringLiteral("holderOib"));
    m_passport->setObjectName(QStringLiteral("holderPassport"));
    m_foreigner->setObjectName(QStringLiteral("holderForeigner"));
    m_status->setObjectName(QStringLiteral("holderStatus"));
    m_birth->setPlaceholderText(tr("dd.mm.yyyy"));
    m_nationality->setText(QStringLiteral("HR"));
    m_oib->setMaxLength(11);
    m_oib->setPlaceholderText(tr("11 digits"));
    m_passport->setEnabled(false);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(6, 4, 6, 4);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(seatText.toHtmlEscaped()), this);
    title->setWordWrap(true); // long seat texts ("… — wheelchair place") on a narrow panel
    form->addRow(title);
    form->addRow(tr("Full name:"), m_name);
    form->addRow(tr("Date of birth:"), m_birth);
    form->addRow(tr("Nationality:"), m_nationality);
    form->addRow(QString(), m_foreigner);
    form->addRow(tr("OIB:"), m_oib);
    form->addRow(tr("Passport:"), m_passport);
    form->addRow(m_status);

    connect(m_foreigner, &QCheckBox::toggled, this, [this](bool foreigner) {
        m_oib->setEnabled(!foreigner);
        m_passport->setEnabled(foreigner);
        if (foreigner && m_nationality->text() == QStringLiteral("HR"))
            m_nationality->clear();
        update();
    });
    for (QLineEdit *edit : {m_name, m_birth, m_nationality, m_oib, m_passport}) {
        connect(edit, &QLineEdit::textChanged, this, &HolderForm::update);
        edit->installEventFilter(this);
    }
    update();
}

bool HolderForm::eventFilter(QObject *watched, QEvent *event)
{
    // Enter moves on like Tab: the clerk keeps both hands where they are.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            focusNextChild();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HolderForm::setMatchDay(QDate day)
{
    m_matchDay = day;
    update();
}

QDate HolderForm::dateOfBirth() const
{
    const QString text = m_birth->text().trimmed();
    for (const QString &format : {QStringLiteral("d.M.yyyy"), QStringLiteral("d.M.yyyy."), QStringLiteral("yyyy-MM-dd")}) {
        const QDate d = QDate::fromString(text, format);
        if (d.isValid())
            return d;
    }
    return {};
}

TicketHolder HolderForm::holder() const
{
    TicketHolder h;
    h.fullName = m_name->text().simplified();
    h.dateOfBirth = dateOfBirth();
    h.nationality = m_nationality->text().trimmed();
    if (m_foreigner->isChecked())
        h.passport = m_passport->text().trimmed().toUpper();
    else
        h.oib = Oib::normalized(m_oib->text());
    return h;
}

void HolderForm::setHolder(const TicketHolder &h)
{
    m_name->setText(h.fullName);
    m_birth->setText(h.dateOfBirth.isValid() ? h.dateOfBirth.toString(QStringLiteral("dd.MM.yyyy")) : QString());
    m_nationality->setText(h.nationality);
    m_foreigner->setChecked(h.oib.isEmpty() && !h.passport.isEmpty());
    m_oib->setText(h.oib);
    m_passport->setText(h.passport);
}

QString HolderForm::problem() const
{
    const TicketHolder h = holder();
    if (h.fullName.isEmpty())
        return tr("Enter the holder's full name.");
    if (!h.dateOfBirth.isValid() || h.dateOfBirth > QDate::currentDate())
        return tr("Enter the date of birth as dd.mm.yyyy.");
    if (h.nationality.isEmpty())
        return tr("Enter the nationality.");
    if (m_foreigner->isChecked()) {
        if (h.passport.size() < 5)
            return tr("Enter the passport number.");
    } else if (!Oib::isValid(h.oib)) {
        return h.oib.size() == 11 ? tr("This OIB fails its check digit: please check it.")
                                  : tr("Enter the 11-digit OIB.");
    }
    return {};
}

void HolderForm::update()
{
    const QString oib = Oib::normalized(m_oib->text());
    // Live check: red only once all 11 digits are there, so typing is not scolded.
    const bool badOib = !m_foreigner->isChecked() && oib.size() == 11 && !Oib::isValid(oib);
    m_oib->setStyleSheet(badOib ? QStringLiteral("background: #ffd7d7;") : QString());
    QString text = problem();
    const TicketHolder h = holder();
    const bool minor = h.dateOfBirth.isValid() && h.isMinorOn(m_matchDay);
    if (text.isEmpty())
        text = minor ? tr("✔ Ready — minor (under 18)") : tr("✔ Ready");
    else if (minor)
        text += QLatin1Char(' ') + tr("(minor, under 18)");
    m_status->setText(text);
    m_status->setProperty("minor", minor);
    emit changed();
}

} // namespace Tribina
