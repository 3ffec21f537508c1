#pragma once

#include "layout/commands/rowcommands.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Tribina {

class LayoutSector;

/// Renumbers every row of one sector: the first row identifier ("1", "A"), whether it goes to
/// the front or the back row, and the seat numbering (first number, direction, step) every row
/// gets. The result is one RowRenumbering for a RenumberRows command.
class RenumberDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RenumberDialog(const LayoutSector &sector, QWidget *parent = nullptr);

    RowRenumbering renumbering() const;

private:
    QLineEdit *m_firstIdentifier;
    QComboBox *m_order;
    QSpinBox *m_firstSeat;
    QComboBox *m_direction;
    QComboBox *m_step;
};

} // namespace Tribina
