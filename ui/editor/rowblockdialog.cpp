#include "editor/rowblockdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace Tribina {

namespace {

QDoubleSpinBox *metres(QWidget *parent, double min, double max, const QString &suffix)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(2);
    box->setSingleStep(0.05);
    box->setSuffix(suffix);
    return box;
}

} // namespace

RowBlockDialog::RowBlockDialog(QWidget *parent)
    : QDialog(parent)
    , m_rows(new QSpinBox(this))
    , m_seats(new QSpinBox(this))
    , m_pitch(metres(this, 0.3, 2, tr(" m")))
    , m_depth(metres(this, 0.5, 3, tr(" m")))
    , m_curved(new QCheckBox(tr("Curved rows"), this))
    , m_direction(metres(this, -360, 360, tr("°")))
    , m_radius(metres(this, 1, 500, tr(" m")))
    , m_startAngle(metres(this, -360, 360, tr("°")))
    , m_sweep(metres(this, -360, 360, tr("°")))
{
    setWindowTitle(tr("Row block"));
    m_rows->setRange(1, 200);
    m_seats->setRange(1, 400);
    m_direction->setSingleStep(5);
    m_radius->setSingleStep(1);
    m_startAngle->setSingleStep(5);
    m_sweep->setSingleStep(5);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *add = buttons->addButton(tr("Add rows"), QDialogButtonBox::AcceptRole);
    add->setDefault(true);
    connect(add, &QPushButton::clicked, this, &RowBlockDialog::commitRequested);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Rows"), m_rows);
    form->addRow(tr("Seats per row"), m_seats);
    form->addRow(tr("Seat pitch"), m_pitch);
    form->addRow(tr("Row depth"), m_depth);
    form->addRow(m_curved);
    form->addRow(tr("Direction (straight)"), m_direction);
    form->addRow(tr("Radius (curved)"), m_radius);
    form->addRow(tr("Start angle (curved)"), m_startAngle);
    form->addRow(tr("Sweep (curved)"), m_sweep);
    form->addRow(buttons);

    const auto changed = [this] {
        updateEnabled();
        if (!m_updating)
            emit parametersChanged(parameters());
    };
    for (QSpinBox *box : {m_rows, m_seats})
        connect(box, &QSpinBox::valueChanged, this, changed);
    for (QDoubleSpinBox *box : {m_pitch, m_depth, m_direction, m_radius, m_startAngle, m_sweep})
        connect(box, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_curved, &QCheckBox::toggled, this, changed);
    setParameters({});
}

void RowBlockDialog::setParameters(const RowBlockTool::Parameters &p)
{
    m_updating = true;
    m_rows->setValue(p.rows);
    m_seats->setValue(p.seatsPerRow);
    m_pitch->setValue(p.seatPitch);
    m_depth->setValue(p.rowDepth);
    m_curved->setChecked(p.curved);
    m_direction->setValue(p.directionDeg);
    m_radius->setValue(p.radius);
    m_startAngle->setValue(p.startAngleDeg);
    m_sweep->setValue(p.sweepDeg);
    m_updating = false;
    updateEnabled();
}

RowBlockTool::Parameters RowBlockDialog::parameters() const
{
    RowBlockTool::Parameters p;
    p.rows = m_rows->value();
    p.seatsPerRow = m_seats->value();
    p.seatPitch = m_pitch->value();
    p.rowDepth = m_depth->value();
    p.curved = m_curved->isChecked();
    p.directionDeg = m_direction->value();
    p.radius = m_radius->value();
    p.startAngleDeg = m_startAngle->value();
    p.sweepDeg = m_sweep->value();
    return p;
}

void RowBlockDialog::updateEnabled()
{
    const bool curved = m_curved->isChecked();
    m_direction->setEnabled(!curved);
    m_radius->setEnabled(curved);
    m_startAngle->setEnabled(curved);
    m_sweep->setEnabled(curved);
}

} // namespace Tribina
