#pragma once

#include "boxoffice/saletypes.h"

#include <QDialog>

class QLineEdit;

namespace Tribina {

class MoneyEdit;

/// Opening a shift: the cash float in the drawer.
class ShiftOpenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShiftOpenDialog(QWidget *parent = nullptr);
    Money cashFloat() const;
    void accept() override;

private:
    MoneyEdit *m_float;
};

/// Closing a shift: the running totals, the cash counted in the drawer against the expected
/// amount, and a note for a discrepancy.
class ShiftCloseDialog : public QDialog
{
    Q_OBJECT
public:
    ShiftCloseDialog(const ShiftTotals &totals, QWidget *parent = nullptr);
    Money countedCash() const;
    QString note() const;
    void accept() override;

private:
    ShiftTotals m_totals;
    MoneyEdit *m_counted;
    QLineEdit *m_note;
};

} // namespace Tribina
