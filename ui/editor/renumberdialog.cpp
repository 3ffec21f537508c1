#include "editor/renumberdialog.h"

#include "layout/layoutsector.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace Tribina {

RenumberDialog::RenumberDialog(const LayoutSector &sector, QWidget *parent)
    : QDialog(parent)
    , m_firstIdentifier(new QLineEdit(this))
    , m_order(new QComboBox(this))
    , m_firstSeat(new QSpinBox(this))
    , m_direction(new QComboBox(this))
    , m_step(new QComboBox(this))
{
    setWindowTitle(tr("Renumber rows: %1").arg(sector.code()));
    m_firstIdentifier->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{1,4}|[A-Za-z]{1,3}")), m_firstIdentifier));
    m_firstIdentifier->setText(sector.rows().isEmpty() ? QStringLiteral("1")
                                                       : sector.rows().constFirst().identifier());
    m_firstIdentifier->setToolTip(tr("A number (1, 2, 3, …) or capital letters (A, B, C, …)"));
    m_order->addItem(tr("Front row first"), true);
    m_order->addItem(tr("Back row first"), false);
    m_firstSeat->setRange(1, 9999);
    m_firstSeat->setValue(1);
    m_direction->addItem(tr("Left to right"), int(NumberingDirection::LeftToRight));
    m_direction->addItem(tr("Right to left"), int(NumberingDirection::RightToLeft));
    m_step->addItem(tr("Consecutive (1, 2, 3, …)"), int(NumberingStep::Consecutive));
    m_step->addItem(tr("Odd (1, 3, 5, …)"), int(NumberingStep::Odd));
    m_step->addItem(tr("Even (2, 4, 6, …)"), int(NumberingStep::Even));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("First row"), m_firstIdentifier);
    form->addRow(tr("Order"), m_order);
    form->addRow(tr("First seat number"), m_firstSeat);
    form->addRow(tr("Seat direction"), m_direction);
    form->addRow(tr("Step"), m_step);
    form->addRow(buttons);
}

RowRenumbering RenumberDialog::renumbering() const
{
    RowRenumbering result;
    result.firstIdentifier = m_firstIdentifier->text().trimmed().toUpper();
    result.frontToBack = m_order->currentData().toBool();
    result.seats = SeatNumbering(m_firstSeat->value(),
                                 NumberingDirection(m_direction->currentData().toInt()),
                                 NumberingStep(m_step->currentData().toInt()));
    return result;
}

} // namespace Tribina
