#pragma once

#include "boxoffice/saletypes.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QUuid>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Tribina {

class CounterService;

/// Refund or cancel a ticket or a whole order: which, and why. Within 48 hours of kick-off a
/// reason is required; the service fee is kept.
/// Which: a ticket's 14-digit barcode (scanned or typed), an order number (HNS-2026-000123) or a
/// ticket/order id. A barcode or order number is looked up through the CounterService (the one
/// given with setService, else the parent's): the dialog shows the order's tickets and accepts
/// only once the reference is resolved to a live ticket (or, whole order / order number, an
/// order with a live ticket). reference() and isOrder() then give the resolved id.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(const QDateTime &kickOff, QWidget *parent = nullptr);

    /// Where barcodes and order numbers are looked up (default: a CounterService child of the
    /// parent widget, as the counter page has).
    void setService(CounterService *service);
    void setReference(const QString &text);
    /// The ticket or order id: resolved from a barcode or order number, or as typed.
    QUuid reference() const;
    /// What the last look-up found (empty before one).
    const TicketLookup &lookup() const { return m_lookup; }
    bool isOrder() const;
    bool isCancel() const;
    QString reason() const;
    void accept() override;

signals:
    /// A look-up finished (found or not); for tests and the status line.
    void lookupFinished();

private:
    void startLookup(bool acceptWhenResolved);
    void showLookup();
    bool isResolved() const;

    QDateTime m_kickOff;
    QPointer<CounterService> m_service;
    TicketLookup m_lookup;
    QString m_lookupText;  ///< the text m_lookup is for
    bool m_lookupRunning = false;
    bool m_acceptWhenResolved = false;
    QLabel *m_found = nullptr;
    QLineEdit *m_reference;
    QCheckBox *m_wholeOrder;
    QCheckBox *m_cancel;
    QLineEdit *m_reason;
    QLabel *m_rule;
};

} // namespace Tribina
