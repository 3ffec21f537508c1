#pragma once

#include "editor/abstracttool.h"

#include <QPoint>
#include <QPointF>

namespace Tribina {

/// Selects sectors and moves or rotates them. A click selects the sector under the cursor
/// (Shift adds or removes it); dragging moves the selected sectors, Ctrl+drag rotates them
/// around their centre — either way the whole drag is one undo step (one gesture id). R rotates
/// by 15° (Shift+R back), Delete removes the selected sectors, the arrow keys nudge by 0.5 m.
class SelectTool : public AbstractTool
{
    Q_OBJECT

public:
    static constexpr double RotateStepDeg = 15.0;
    static constexpr double NudgeMetres = 0.5;

    SelectTool(LayoutDocument *document, EditorView *view, QObject *parent = nullptr);

    QString name() const override { return tr("Select"); }
    void deactivate() override;

    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;

    /// The selected sectors' common centre (layout coordinates): the pivot of a rotation.
    QPointF selectionCentre() const;
    void rotateSelection(double angleDeg);

private:
    enum class Drag { None, Pending, Move, Rotate };

    Drag m_drag = Drag::None;
    bool m_rotate = false;
    QPoint m_pressPos;
    QPointF m_lastLayout;
    QPointF m_pivot;
    int m_gesture = 0;
};

} // namespace Tribina
