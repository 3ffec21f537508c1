#include "editor/editorview.h"

#include "allocation/snakeranking.h"
#include "editor/abstracttool.h"
#include "layout/layoutdocument.h"
#include "layout/seatgenerator.h"
#include "seatmap/seatmapdata.h"
#include "seatmap/seatmapmodel.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace Tribina {

EditorView::EditorView(LayoutDocument *document, QWidget *parent)
    : SeatMapView(parent)
    , m_document(document)
{
    setSelectionEnabled(false);
    connect(m_document, &LayoutDocument::selectionChanged, viewport(),
            qOverload<>(&QWidget::update));
    connect(m_document, &LayoutDocument::contentsChanged, viewport(),
            qOverload<>(&QWidget::update));
    const auto invalidate = [this] { m_rankingValid = false; };
    connect(m_document, &LayoutDocument::contentsChanged, this, invalidate);
    connect(m_document, &LayoutDocument::layoutReset, this, invalidate);
}

void EditorView::setTool(AbstractTool *tool)
{
    if (m_tool == tool)
        return;
    if (m_tool) {
        m_tool->deactivate();
        disconnect(m_tool, nullptr, this, nullptr);
    }
    m_tool = tool;
    if (m_tool) {
        connect(m_tool, &AbstractTool::overlayChanged, viewport(), qOverload<>(&QWidget::update));
        m_tool->activate();
    }
    viewport()->update();
}

QPointF EditorView::viewportToLayout(QPointF viewportPos) const
{
    const QPointF scene = viewportTransform().inverted().map(viewportPos);
    return SeatMapData::layoutToScene().inverted().map(scene);
}

QPointF EditorView::layoutToViewport(QPointF layoutPos) const
{
    return viewportTransform().map(SeatMapData::layoutToScene().map(layoutPos));
}

int EditorView::sectorIdAt(QPointF viewportPos) const
{
    return sectorIdAtLayout(viewportToLayout(viewportPos));
}

int EditorView::sectorIdAtLayout(QPointF layoutPos) const
{
    const QList<LayoutSector> &sectors = m_document->layout().sectors();
    for (qsizetype i = sectors.size() - 1; i >= 0; --i) {
        const LayoutSector &sector = sectors.at(i);
        if (sector.outline().size() >= 3
            && sector.outline().containsPoint(layoutPos, Qt::OddEvenFill))
            return sector.id();
    }
    return 0;
}

void EditorView::centreOnLayout(QPointF layoutPos)
{
    centerOn(SeatMapData::layoutToScene().map(layoutPos));
}

void EditorView::setShowRanking(bool show)
{
    m_showRanking = show;
    viewport()->update();
}

void EditorView::mousePressEvent(QMouseEvent *event)
{
    if (m_tool && m_tool->mousePress(event)) {
        event->accept();
        return;
    }
    SeatMapView::mousePressEvent(event);
}

void EditorView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_tool && m_tool->mouseMove(event)) {
        event->accept();
        return;
    }
    SeatMapView::mouseMoveEvent(event);
}

void EditorView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_tool && m_tool->mouseRelease(event)) {
        event->accept();
        return;
    }
    SeatMapView::mouseReleaseEvent(event);
}

void EditorView::keyPressEvent(QKeyEvent *event)
{
    if (m_tool && m_tool->keyPress(event)) {
        event->accept();
        return;
    }
    SeatMapView::keyPressEvent(event);
}

void EditorView::drawForeground(QPainter *painter, const QRectF &rect)
{
    SeatMapView::drawForeground(painter, rect);
    if (m_showRanking)
        drawRanking(painter, rect);
    drawSelection(painter);
    if (m_tool)
        m_tool->paintOverlay(painter, rect);
}

void EditorView::drawSelection(QPainter *painter)
{
    const QTransform toScene = SeatMapData::layoutToScene();
    painter->save();
    QPen pen(QColor(0x1e, 0x88, 0xe5), 3);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(QColor(0x1e, 0x88, 0xe5, 40));
    for (int id : m_document->selectedSectors()) {
        const LayoutSector *sector = m_document->sector(id);
        if (!sector)
            continue;
        QPolygonF outline = sector->outline();
        if (outline.size() < 3) {
            const QList<LayoutSeat> seats = SeatGenerator::seats(*sector);
            for (const LayoutSeat &seat : seats)
                outline.append(seat.position);
            outline = QPolygonF(outline.boundingRect().adjusted(-0.5, -0.5, 0.5, 0.5));
        }
        painter->drawPolygon(toScene.map(outline));
    }
    // Selected seats (a finding's seats): rings.
    QPen seatPen(QColor(0xe5, 0x39, 0x35), 2);
    seatPen.setCosmetic(true);
    painter->setPen(seatPen);
    painter->setBrush(Qt::NoBrush);
    QHash<int, QList<LayoutSeat>> seatsBySector;
    for (const SeatRef &ref : m_document->selectedSeats()) {
        if (!seatsBySector.contains(ref.sectorId)) {
            const LayoutSector *sector = m_document->sector(ref.sectorId);
            seatsBySector.insert(ref.sectorId, sector ? SeatGenerator::seats(*sector)
                                                      : QList<LayoutSeat>());
        }
        for (const LayoutSeat &seat : seatsBySector.value(ref.sectorId)) {
            if (seat.key() == ref.seat)
                painter->drawEllipse(toScene.map(seat.position), 0.5, 0.5);
        }
    }
    painter->restore();
}

const QList<EditorView::RankedSeat> &EditorView::rankedSeats()
{
    if (m_rankingValid)
        return m_rankedSeats;
    const QTransform toScene = SeatMapData::layoutToScene();
    m_rankedSeats.clear();
    for (const LayoutSector &sector : m_document->layout().sectors()) {
        if (!sector.isSeated() || !sector.snakeConfig())
            continue;
        const SnakeRanking ranking(sector);
        if (ranking.isEmpty())
            continue;
        const QList<LayoutSeat> seats = SeatGenerator::seats(sector);
        for (const LayoutSeat &seat : seats) {
            const int rank = ranking.rankOf(seat.key());
            if (rank >= 0)
                m_rankedSeats.append({toScene.map(seat.position), rank,
                                      float(rank) / float(qMax(1, ranking.size() - 1))});
        }
    }
    m_rankingValid = true;
    return m_rankedSeats;
}

void EditorView::drawRanking(QPainter *painter, const QRectF &rect)
{
    const bool numbers = pixelsPerMetre() >= 30;
    const QRectF area = rect.adjusted(-1, -1, 1, 1);
    painter->save();
    QFont font = painter->font();
    font.setPixelSize(30);
    painter->setFont(font);
    for (const RankedSeat &seat : rankedSeats()) {
        if (!area.contains(seat.scenePos))
            continue;
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor::fromHsvF((1.0f - seat.fraction) * 0.33f, 0.85f, 0.9f, 0.85f));
        painter->drawEllipse(seat.scenePos, 0.36, 0.36);
        if (numbers) {
            // Text at 100 units per metre: fonts do not scale down to a fraction of a pixel.
            painter->save();
            painter->translate(seat.scenePos);
            painter->scale(0.01, 0.01);
            painter->setPen(Qt::black);
            painter->drawText(QRectF(-40, -40, 80, 80), Qt::AlignCenter,
                              QString::number(seat.rank + 1));
            painter->restore();
        }
    }
    painter->restore();
}

} // namespace Tribina
