#pragma once

#include "editor/rowblocktool.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace Tribina {

/// The row block tool's parameters, live: every change updates the preview on the map.
class RowBlockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RowBlockDialog(QWidget *parent = nullptr);

    void setParameters(const RowBlockTool::Parameters &parameters);
    RowBlockTool::Parameters parameters() const;

signals:
    void parametersChanged(const RowBlockTool::Parameters &parameters);
    void commitRequested();

private:
    void updateEnabled();

    bool m_updating = false;
    QSpinBox *m_rows;
    QSpinBox *m_seats;
    QDoubleSpinBox *m_pitch;
    QDoubleSpinBox *m_depth;
    QCheckBox *m_curved;
    QDoubleSpinBox *m_direction;
    QDoubleSpinBox *m_radius;
    QDoubleSpinBox *m_startAngle;
    QDoubleSpinBox *m_sweep;
};

} // namespace Tribina
