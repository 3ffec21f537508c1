#pragma once

#include <QDateTime>
#include <QDialog>
#include <QUuid>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Tribina {

/// Refund or cancel a ticket or a whole order: which (a ticket or order id, scanned or typed),
/// and why. Within 48 hours of kick-off a reason is required; the service fee is kept.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(const QDateTime &kickOff, QWidget *parent = nullptr);

    void setReference(const QString &text);
    /// The id typed or scanned (ticket or order).
    QUuid reference() const;
    bool isOrder() const;
    bool isCancel() const;
    QString reason() const;
    void accept() override;

private:
    QDateTime m_kickOff;
    QLineEdit *m_reference;
    QCheckBox *m_wholeOrder;
    QCheckBox *m_cancel;
    QLineEdit *m_reason;
    QLabel *m_rule;
};

} // namespace Tribina
