#include "editor/sectoroutlinetool.h"

#include "editor/editorview.h"
#include "layout/commands/sectorcommands.h"
#include "layout/layoutdocument.h"
#include "seatmap/seatmapdata.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>

namespace Tribina {

namespace {
constexpr double SamePointPixels = 4;
}

SectorOutlineTool::SectorOutlineTool(LayoutDocument *document, EditorView *view, QObject *parent)
    : AbstractTool(document, view, parent)
{
}

void SectorOutlineTool::activate()
{
    // QGraphicsView does not turn a double-click into a press: watch the viewport for it.
    view()->viewport()->installEventFilter(this);
}

void SectorOutlineTool::deactivate()
{
    view()->viewport()->removeEventFilter(this);
    cancel();
}

bool SectorOutlineTool::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == view()->viewport() && event->type() == QEvent::MouseButtonDblClick) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            addPoint(toLayout(mouse->position()));
            commit();
            return true;
        }
    }
    return AbstractTool::eventFilter(watched, event);
}

bool SectorOutlineTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    addPoint(toLayout(event->position()));
    return true;
}

bool SectorOutlineTool::mouseMove(QMouseEvent *event)
{
    m_cursor = toLayout(event->position());
    m_hasCursor = true;
    if (!m_points.isEmpty())
        emit overlayChanged();
    return false; // the view still pans with the middle button
}

bool SectorOutlineTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        commit();
        return true;
    }
    if (event->key() == Qt::Key_Escape && !m_points.isEmpty()) {
        cancel();
        return true;
    }
    return false;
}

bool SectorOutlineTool::isSamePoint(QPointF layoutA, QPointF layoutB) const
{
    return QLineF(view()->layoutToViewport(layoutA), view()->layoutToViewport(layoutB)).length()
           < SamePointPixels;
}

void SectorOutlineTool::addPoint(QPointF layoutPos)
{
    if (!m_points.isEmpty() && isSamePoint(m_points.constLast(), layoutPos))
        return;
    m_points.append(layoutPos);
    emit overlayChanged();
}

void SectorOutlineTool::cancel()
{
    m_points.clear();
    m_hasCursor = false;
    emit overlayChanged();
}

void SectorOutlineTool::paintOverlay(QPainter *painter, const QRectF &)
{
    if (m_points.isEmpty())
        return;
    const QTransform toScene = SeatMapData::layoutToScene();
    QPolygonF polygon = toScene.map(m_points);
    if (m_hasCursor && !isSamePoint(m_points.constLast(), m_cursor))
        polygon.append(toScene.map(m_cursor));
    painter->save();
    QPen pen(QColor(0xfb, 0x8c, 0x00), 2, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(QColor(0xfb, 0x8c, 0x00, 40));
    if (polygon.size() >= 3)
        painter->drawPolygon(polygon);
    else
        painter->drawPolyline(polygon);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xfb, 0x8c, 0x00));
    for (const QPointF &point : toScene.map(m_points))
        painter->drawEllipse(point, 0.4, 0.4);
    painter->restore();
}

int SectorOutlineTool::commit()
{
    if (m_points.size() < 3)
        return 0;
    const QPolygonF outline = m_points;
    cancel();
    const QList<int> &selection = document()->selectedSectors();
    const LayoutSector *selected = selection.size() == 1 ? document()->sector(selection.constFirst())
                                                         : nullptr;
    if (selected) {
        SectorProperties properties = SectorProperties::of(*selected);
        properties.outline = outline;
        if (!outline.containsPoint(properties.labelPosition, Qt::OddEvenFill))
            properties.labelPosition = LayoutSector::centroid(outline);
        const int id = selected->id();
        document()->push(new ChangeSectorProperties(document(), id, properties));
        return id;
    }
    LayoutSector sector(tr("New sector"), document()->uniqueSectorCode(QStringLiteral("S")),
                        SectorType::Standard);
    sector.setOutline(outline);
    sector.setLabelPosition(LayoutSector::centroid(outline));
    auto *command = new AddSector(document(), sector);
    document()->push(command);
    const int id = command->sectorId();
    document()->setSelection({id}, {});
    return id;
}

} // namespace Tribina
