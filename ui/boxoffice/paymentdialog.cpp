#include "paymentdialog.h"

#include "boxoffice/moneyedit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Tribina {

PaymentDialog::PaymentDialog(Money total, QWidget *parent)
    : QDialog(parent)
    , m_total(total)
    , m_cash(new QRadioButton(tr("&Cash"), this))
    , m_card(new QRadioButton(tr("Car&d"), this))
    , m_given(new MoneyEdit(this))
    , m_reference(new QLineEdit(this))
    , m_change(new QLabel(this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment"));
    m_given->setObjectName(QStringLiteral("cashGiven"));
    m_reference->setObjectName(QStringLiteral("terminalReference"));
    m_change->setObjectName(QStringLiteral("changeDue"));
    m_cash->setChecked(true);

    auto *totalLabel = new QLabel(QStringLiteral("<span style='font-size:16pt'><b>%1</b></span>")
                                      .arg(tr("To pay: %1").arg(total.format(locale()))), this);
    auto *form = new QFormLayout;
    form->addRow(m_cash);
    form->addRow(tr("Amount given:"), m_given);
    form->addRow(tr("Change due:"), m_change);
    form->addRow(m_card);
    form->addRow(tr("Terminal reference:"), m_reference);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sell"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(totalLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_cash, &QRadioButton::toggled, this, &PaymentDialog::update);
    connect(m_given, &QLineEdit::textChanged, this, &PaymentDialog::update);
    connect(m_reference, &QLineEdit::textChanged, this, &PaymentDialog::update);
    update();
    m_given->setFocus();
}

PaymentMethod PaymentDialog::method() const
{
    return m_card->isChecked() ? PaymentMethod::Card : PaymentMethod::Cash;
}

Money PaymentDialog::cashGiven() const
{
    return m_given->amount().value_or(Money());
}

QString PaymentDialog::terminalReference() const
{
    return m_reference->text().trimmed();
}

void PaymentDialog::update()
{
    const bool cash = m_cash->isChecked();
    m_given->setEnabled(cash);
    m_reference->setEnabled(!cash);
    if (!cash) {
        m_change->setText(QStringLiteral("—"));
        return;
    }
    const std::optional<Money> given = m_given->amount();
    if (!given)
        m_change->setText(tr("Enter the amount the customer gave."));
    else if (*given < m_total)
        m_change->setText(tr("%1 short").arg((m_total - *given).format(locale())));
    else
        m_change->setText(QStringLiteral("<b>%1</b>").arg((*given - m_total).format(locale())));
}

void PaymentDialog::accept()
{
    if (m_cash->isChecked()) {
        const std::optional<Money> given = m_given->amount();
        if (!given || *given < m_total) {
            m_given->setFocus();
            m_given->selectAll();
            return;
        }
    } else if (terminalReference().isEmpty()) {
        m_reference->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Tribina
