#include "seatmap/seatmapminimap.h"

#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmapscene.h"
#include "seatmap/seatmapview.h"

#include <QMouseEvent>
#include <QPainter>

namespace Tribina {

SeatMapMinimap::SeatMapMinimap(SeatMapView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the seat map"));
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(250);
    connect(&m_redraw, &QTimer::timeout, this, [this] {
        m_stale = true;
        update();
    });
    connect(view, &SeatMapView::visibleRectChanged, this, qOverload<>(&SeatMapMinimap::update));
    connect(view, &SeatMapView::zoomChanged, this, qOverload<>(&SeatMapMinimap::update));
    if (SeatMapModel *model = view->model()) {
        connect(model, &SeatMapModel::sectorChanged, this, &SeatMapMinimap::invalidate);
        connect(model, &SeatMapModel::modelReset, this, [this] {
            m_stale = true;
            update();
        });
    }
}

void SeatMapMinimap::invalidate()
{
    if (!m_redraw.isActive())
        m_redraw.start();
}

QTransform SeatMapMinimap::sceneToWidget() const
{
    if (!m_view || !m_view->model())
        return {};
    const QRectF source = m_view->model()->data().bounds;
    const QRectF target = QRectF(rect()).adjusted(4, 4, -4, -4);
    const double scale = qMin(target.width() / source.width(), target.height() / source.height());
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(scale, scale);
    t.translate(-source.center().x(), -source.center().y());
    return t;
}

void SeatMapMinimap::renderOverview()
{
    m_stale = false;
    m_overview = QImage(size() * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    m_overview.setDevicePixelRatio(devicePixelRatioF());
    if (!m_view || !m_view->seatMapScene()) {
        m_overview.fill(palette().window().color());
        return;
    }
    QPainter painter(&m_overview);
    // The scene's own painter: same colours and caches as the map itself.
    m_view->seatMapScene()->seatPainter()->render(&painter, QRectF(rect()).adjusted(4, 4, -4, -4),
                                                  m_view->model()->data().bounds, false);
    painter.setCompositionMode(QPainter::CompositionMode_DestinationOver);
    painter.fillRect(rect(), m_view->seatMapScene()->palette().background());
}

void SeatMapMinimap::paintEvent(QPaintEvent *)
{
    if (m_stale || m_overview.size() != size() * devicePixelRatioF())
        renderOverview();
    QPainter painter(this);
    painter.drawImage(0, 0, m_overview);
    if (m_view) {
        const QRectF visible = sceneToWidget().mapRect(m_view->visibleSceneRect()).intersected(QRectF(rect()));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x0B, 0x57, 0xD0), 1.5));
        painter.setBrush(QColor(0x0B, 0x57, 0xD0, 40));
        painter.drawRect(visible.adjusted(0.75, 0.75, -0.75, -0.75));
    }
    painter.setPen(palette().mid().color());
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
}

void SeatMapMinimap::resizeEvent(QResizeEvent *event)
{
    m_stale = true;
    QWidget::resizeEvent(event);
}

void SeatMapMinimap::centreViewAt(QPointF widgetPos)
{
    if (!m_view)
        return;
    bool invertible = false;
    const QTransform toScene = sceneToWidget().inverted(&invertible);
    if (invertible)
        m_view->setZoom(m_view->pixelsPerMetre(), toScene.map(widgetPos));
}

void SeatMapMinimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        centreViewAt(event->position());
}

void SeatMapMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreViewAt(event->position());
}

} // namespace Tribina
