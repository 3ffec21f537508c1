#include "shiftdialogs.h"

#include "boxoffice/moneyedit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Tribina {

ShiftOpenDialog::ShiftOpenDialog(QWidget *parent)
    : QDialog(parent)
    , m_float(new MoneyEdit(this))
{
    setObjectName(QStringLiteral("shiftOpenDialog"));
    setWindowTitle(tr("Open shift"));
    m_float->setObjectName(QStringLiteral("cashFloat"));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Count the cash in the drawer before the first sale."), this));
    form->addRow(tr("Cash float:"), m_float);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open shift"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ShiftOpenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShiftOpenDialog::reject);
    form->addRow(buttons);
    m_float->setFocus();
}

Money ShiftOpenDialog::cashFloat() const
{
    return m_float->amount().value_or(Money());
}

void ShiftOpenDialog::accept()
{
    if (!m_float->amount()) {
        m_float->setFocus();
        return;
    }
    QDialog::accept();
}

ShiftCloseDialog::ShiftCloseDialog(const ShiftTotals &totals, QWidget *parent)
    : QDialog(parent)
    , m_totals(totals)
    , m_counted(new MoneyEdit(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("shiftCloseDialog"));
    setWindowTitle(tr("Close shift"));
    m_counted->setObjectName(QStringLiteral("countedCash"));
    const QLocale l = locale();
    auto *form = new QFormLayout(this);
    form->addRow(tr("Float:"), new QLabel(totals.floatAmount.format(l), this));
    form->addRow(tr("Cash sales:"), new QLabel(totals.cashSales.format(l), this));
    form->addRow(tr("Card sales:"), new QLabel(totals.cardSales.format(l), this));
    form->addRow(tr("Refunds (cash / card):"),
                 new QLabel(QStringLiteral("%1 / %2").arg(totals.cashRefunds.format(l), totals.cardRefunds.format(l)), this));
    form->addRow(tr("Expected cash:"), new QLabel(QStringLiteral("<b>%1</b>").arg(totals.expectedCash.format(l)), this));
    form->addRow(tr("Counted cash:"), m_counted);
    auto *difference = new QLabel(this);
    form->addRow(tr("Discrepancy:"), difference);
    form->addRow(tr("Note:"), m_note);
    connect(m_counted, &QLineEdit::textChanged, this, [this, difference] {
        const std::optional<Money> counted = m_counted->amount();
        difference->setText(counted ? (*counted - m_totals.expectedCash).format(locale()) : QString());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Close shift and print report"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ShiftCloseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShiftCloseDialog::reject);
    form->addRow(buttons);
    m_counted->setFocus();
}

Money ShiftCloseDialog::countedCash() const
{
    return m_counted->amount().value_or(Money());
}

QString ShiftCloseDialog::note() const
{
    return m_note->text().trimmed();
}

void ShiftCloseDialog::accept()
{
    const std::optional<Money> counted = m_counted->amount();
    if (!counted) {
        m_counted->setFocus();
        return;
    }
    if (*counted != m_totals.expectedCash && note().isEmpty()) {
        m_note->setPlaceholderText(tr("The counted cash differs: say why."));
        m_note->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Tribina
