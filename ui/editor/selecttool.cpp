#include "editor/selecttool.h"

#include "editor/editorview.h"
#include "layout/commands/sectorcommands.h"
#include "layout/layoutdocument.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>

namespace Tribina {

SelectTool::SelectTool(LayoutDocument *document, EditorView *view, QObject *parent)
    : AbstractTool(document, view, parent)
{
}

void SelectTool::deactivate()
{
    m_drag = Drag::None;
}

bool SelectTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const QPointF pos = event->position();
    const int id = sectorIdAt(pos);
    QList<int> selection = document()->selectedSectors();
    if (event->modifiers() & Qt::ShiftModifier) {
        if (id != 0 && !selection.removeOne(id))
            selection.append(id);
        document()->setSelection(selection, {});
        m_drag = Drag::None;
        return true;
    }
    if (id == 0) {
        document()->clearSelection();
        m_drag = Drag::None;
        return true;
    }
    if (!selection.contains(id))
        document()->setSelection({id}, {});
    m_drag = Drag::Pending;
    m_rotate = event->modifiers() & Qt::ControlModifier;
    m_pressPos = pos.toPoint();
    m_lastLayout = toLayout(pos);
    m_pivot = selectionCentre();
    m_gesture = document()->newGesture();
    return true;
}

bool SelectTool::mouseMove(QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return false;
    const QPointF pos = event->position();
    if (m_drag == Drag::Pending) {
        if ((pos.toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return true;
        m_drag = m_rotate ? Drag::Rotate : Drag::Move;
    }
    const QPointF layoutPos = toLayout(pos);
    const QList<int> selection = document()->selectedSectors();
    if (selection.isEmpty())
        return true;
    if (m_drag == Drag::Move) {
        const QPointF delta = layoutPos - m_lastLayout;
        if (!delta.isNull())
            document()->push(new MoveSector(document(), selection, delta, m_gesture));
    } else {
        const double from = QLineF(m_pivot, m_lastLayout).angle();
        const double to = QLineF(m_pivot, layoutPos).angle();
        // QLineF::angle() is counter-clockwise in a y-down system; the layout turns the other way.
        const double angle = from - to;
        if (!qFuzzyIsNull(angle))
            document()->push(new RotateSector(document(), selection, m_pivot, angle, m_gesture));
    }
    m_lastLayout = layoutPos;
    return true;
}

bool SelectTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None)
        return false;
    m_drag = Drag::None;
    return true;
}

bool SelectTool::keyPress(QKeyEvent *event)
{
    const QList<int> selection = document()->selectedSectors();
    if (selection.isEmpty())
        return false;
    switch (event->key()) {
    case Qt::Key_R:
        rotateSelection(event->modifiers() & Qt::ShiftModifier ? -RotateStepDeg : RotateStepDeg);
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        document()->push(new RemoveSector(document(), selection));
        return true;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // Screen directions: the scene mirrors the layout's x axis.
        QPointF delta;
        if (event->key() == Qt::Key_Left)
            delta = {NudgeMetres, 0};
        else if (event->key() == Qt::Key_Right)
            delta = {-NudgeMetres, 0};
        else if (event->key() == Qt::Key_Up)
            delta = {0, -NudgeMetres};
        else
            delta = {0, NudgeMetres};
        document()->push(new MoveSector(document(), selection, delta));
        return true;
    }
    default:
        return false;
    }
}

QPointF SelectTool::selectionCentre() const
{
    QRectF bounds;
    for (int id : document()->selectedSectors()) {
        if (const LayoutSector *sector = document()->sector(id))
            bounds = bounds.united(sector->outline().boundingRect());
    }
    return bounds.center();
}

void SelectTool::rotateSelection(double angleDeg)
{
    const QList<int> selection = document()->selectedSectors();
    if (selection.isEmpty())
        return;
    document()->push(new RotateSector(document(), selection, selectionCentre(), angleDeg));
}

} // namespace Tribina
