#include "seatmap/seatmapscene.h"

#include "seatmap/seatmapitems.h"
#include "seatmap/seatmapmodel.h"

#include <QGraphicsView>

namespace Tribina {

SeatMapScene::SeatMapScene(SeatMapModel *model, QObject *parent)
    : QGraphicsScene(parent), m_model(model), m_painter(model)
{
    // A hundred static items: the BSP index would only cost time on every update.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    setBackgroundBrush(m_painter.palette().background());
    connect(m_model, &SeatMapModel::modelReset, this, &SeatMapScene::rebuild);
    connect(m_model, &SeatMapModel::sectorChanged, this, &SeatMapScene::sectorChanged);
    rebuild();
}

SeatMapScene::~SeatMapScene()
{
    // Items refer to m_painter, a member destroyed before QGraphicsScene deletes its items.
    clear();
}

void SeatMapScene::setPalette(const SeatMapPalette &palette)
{
    m_painter.setPalette(palette);
    setBackgroundBrush(palette.background());
    update();
    emit paletteChanged();
}

QRectF SeatMapScene::mapBounds() const
{
    const QRectF b = m_model->data().bounds;
    return b.adjusted(-b.width() / 2, -b.height() / 2, b.width() / 2, b.height() / 2);
}

void SeatMapScene::rebuild()
{
    m_hover = nullptr;
    m_pitch = nullptr;
    m_sectorItems.clear();
    clear();
    m_painter.clearCaches();
    m_pitch = new SeatMapPitchItem(&m_painter);
    addItem(m_pitch);
    for (int s = 0; s < m_model->sectorCount(); ++s) {
        auto *item = new SeatMapSectorItem(&m_painter, s);
        m_sectorItems.append(item);
        addItem(item);
    }
    m_hover = new SeatMapHoverItem(&m_painter);
    addItem(m_hover);
    setSceneRect(mapBounds());
}

void SeatMapScene::sectorChanged(int sector, const QRectF &dirtyRect)
{
    SeatMapSectorItem *item = m_sectorItems.value(sector);
    if (!item)
        return;
    // At the far level a single seat changes the sector's fill and label: the whole sector.
    const QList<QGraphicsView *> list = views();
    bool far = list.isEmpty();
    for (const QGraphicsView *view : list)
        far = far || SeatMapPainter::detailFor(SeatMapPainter::pixelsPerMetre(view->transform())) == SeatMapPainter::Detail::Far;
    // Seat numbers and glyphs stay inside the seat; half a metre covers antialiasing.
    item->update(far ? item->boundingRect() : dirtyRect.adjusted(-0.5, -0.5, 0.5, 0.5));
}

} // namespace Tribina
