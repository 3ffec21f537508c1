#include "refunddialog.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Tribina {

RefundDialog::RefundDialog(const QDateTime &kickOff, QWidget *parent)
    : QDialog(parent)
    , m_kickOff(kickOff)
    , m_reference(new QLineEdit(this))
    , m_wholeOrder(new QCheckBox(tr("The whole order"), this))
    , m_cancel(new QCheckBox(tr("Cancel (no money back: the ticket was never paid)"), this))
    , m_reason(new QLineEdit(this))
    , m_rule(new QLabel(this))
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund"));
    m_reference->setObjectName(QStringLiteral("refundReference"));
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reference->setPlaceholderText(tr("Ticket or order id"));
    m_rule->setWordWrap(true);
    const bool late = kickOff.isValid() && QDateTime::currentDateTimeUtc().secsTo(kickOff) < 48 * 3600;
    m_rule->setText(late ? tr("Kick-off is less than 48 hours away: a reason is required. The ticket price is "
                              "refunded; the service fee is kept.")
                         : tr("The ticket price is refunded; the service fee is kept."));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Ticket or order:"), m_reference);
    form->addRow(QString(), m_wholeOrder);
    form->addRow(QString(), m_cancel);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(m_rule);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Refund"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RefundDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RefundDialog::reject);
    form->addRow(buttons);
}

void RefundDialog::setReference(const QString &text)
{
    m_reference->setText(text);
    m_reason->setFocus();
}

QUuid RefundDialog::reference() const
{
    return QUuid(m_reference->text().trimmed());
}

bool RefundDialog::isOrder() const
{
    return m_wholeOrder->isChecked();
}

bool RefundDialog::isCancel() const
{
    return m_cancel->isChecked();
}

QString RefundDialog::reason() const
{
    return m_reason->text().trimmed();
}

void RefundDialog::accept()
{
    if (reference().isNull()) {
        m_reference->setFocus();
        m_reference->selectAll();
        return;
    }
    const bool late = m_kickOff.isValid() && QDateTime::currentDateTimeUtc().secsTo(m_kickOff) < 48 * 3600;
    if (late && reason().isEmpty()) {
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Tribina
