#include "refunddialog.h"

#include "boxoffice/counterservice.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <algorithm>
#include <utility>

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
    m_reference->setPlaceholderText(tr("Scan the ticket or type its barcode or the order number"));
    m_found = new QLabel(this);
    m_found->setObjectName(QStringLiteral("refundFound"));
    m_found->setWordWrap(true);
    m_found->setTextFormat(Qt::PlainText);
    if (parent)
        m_service = parent->findChild<CounterService *>(QString(), Qt::FindDirectChildrenOnly);
    // A scanner types the 14 digits and Enter (Enter accepts, which looks up first); a typed
    // reference is looked up when the clerk leaves the field.
    connect(m_reference, &QLineEdit::editingFinished, this, [this] {
        if (!isResolved())
            startLookup(false);
    });
    connect(m_reference, &QLineEdit::textEdited, this, [this] {
        m_lookup = {};
        m_lookupText.clear();
        m_found->clear();
    });
    connect(m_wholeOrder, &QCheckBox::toggled, this, [this] { showLookup(); });
    m_rule->setWordWrap(true);
    const bool late = kickOff.isValid() && QDateTime::currentDateTimeUtc().secsTo(kickOff) < 48 * 3600;
    m_rule->setText(late ? tr("Kick-off is less than 48 hours away: a reason is required. The ticket price is "
                              "refunded; the service fee is kept.")
                         : tr("The ticket price is refunded; the service fee is kept."));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Ticket or order:"), m_reference);
    form->addRow(m_found);
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

void RefundDialog::setService(CounterService *service)
{
    m_service = service;
}

void RefundDialog::setReference(const QString &text)
{
    m_reference->setText(text);
    m_lookup = {};
    m_lookupText.clear();
    m_found->clear();
    m_reason->setFocus();
    startLookup(false);
}

QUuid RefundDialog::reference() const
{
    if (isResolved()) {
        if (isOrder() || m_lookup.scannedTicketId.isNull())
            return m_lookup.orderId;
        return m_lookup.scannedTicketId;
    }
    return QUuid(m_reference->text().trimmed());
}

bool RefundDialog::isOrder() const
{
    // An order number names an order: its live tickets are refunded.
    return m_wholeOrder->isChecked() || (isResolved() && m_lookup.scannedTicketId.isNull());
}

bool RefundDialog::isResolved() const
{
    return m_lookup.found() && m_lookupText == m_reference->text().trimmed();
}

void RefundDialog::startLookup(bool acceptWhenResolved)
{
    const QString text = m_reference->text().trimmed();
    if (!m_service || !(looksLikeBarcode(text) || looksLikeOrderNumber(text)))
        return;
    // Enter both finishes editing (a look-up) and accepts: the running look-up accepts then.
    m_acceptWhenResolved = m_acceptWhenResolved || acceptWhenResolved;
    if (m_lookupRunning)
        return;
    m_lookupRunning = true;
    m_found->setText(tr("Looking up %1…").arg(text));
    QPointer<RefundDialog> self(this);
    m_service->findTickets(text).then(this, [self, text](const CounterResult<TicketLookup> &r) {
        if (!self)
            return;
        self->m_lookupRunning = false;
        const bool acceptWhenResolved = std::exchange(self->m_acceptWhenResolved, false);
        if (!r.ok()) {
            self->m_lookup = {};
            self->m_lookupText.clear();
            self->m_found->setText(r.error.message);
            emit self->lookupFinished();
            return;
        }
        self->m_lookup = r.value;
        self->m_lookupText = text;
        self->showLookup();
        emit self->lookupFinished();
        // The text may have changed while the look-up ran: accept only what was looked up.
        if (acceptWhenResolved && self->isResolved())
            self->accept();
    });
}

void RefundDialog::showLookup()
{
    if (m_lookupText.isEmpty())
        return;
    if (!m_lookup.found()) {
        m_found->setText(looksLikeBarcode(m_lookupText) ? tr("No ticket has the barcode %1.").arg(m_lookupText)
                                                        : tr("There is no order %1.").arg(m_lookupText));
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("Order %1").arg(m_lookup.orderNumber);
    for (const TicketInfo &t : std::as_const(m_lookup.tickets)) {
        const bool scanned = t.ticketId == m_lookup.scannedTicketId;
        const QString state = t.isRefundable() ? tr("sold") : tr("not refundable (%1)").arg(t.status.toLower());
        lines << tr("%1 %2 — %3, %4 — %5")
                     .arg(scanned ? QStringLiteral("▶") : QStringLiteral("  "), t.seatLabel, t.holderName,
                          (t.price + t.fee).format(locale), state);
    }
    m_found->setText(lines.join(QLatin1Char('\n')));
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
    const QString text = m_reference->text().trimmed();
    if ((looksLikeBarcode(text) || looksLikeOrderNumber(text)) && !isResolved()) {
        startLookup(true); // accepts when found
        return;
    }
    if (isResolved()) {
        // Only what can be refunded: the scanned ticket, or an order with a live ticket.
        const TicketInfo *scanned = m_lookup.scanned();
        const bool any = std::any_of(m_lookup.tickets.cbegin(), m_lookup.tickets.cend(),
                                     [](const TicketInfo &t) { return t.isRefundable(); });
        if (isOrder() ? !any : !(scanned && scanned->isRefundable())) {
            m_found->setText(m_found->text() + QLatin1Char('\n')
                             + (isOrder() ? tr("The order has no ticket left to refund.")
                                          : tr("This ticket cannot be refunded.")));
            m_reference->setFocus();
            m_reference->selectAll();
            return;
        }
    }
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
