#pragma once

#include "seatmap/seatmappainter.h"

#include <QGraphicsScene>
#include <QList>

namespace Tribina {

class SeatMapHoverItem;
class SeatMapModel;
class SeatMapPitchItem;
class SeatMapSectorItem;

/// The scene of a seat map: the pitch, one SeatMapSectorItem per sector and the hover ring,
/// all painted by one SeatMapPainter over a shared SeatMapModel.
///
/// Scene coordinates are the model's (metres, centre spot at the origin, main stand at the
/// bottom; see SeatMapData::layoutToScene()). When the model reports a changed sector, only
/// that sector's item is updated, and only in the rectangle of the seats that changed.
class SeatMapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    /// The model is not owned; it must outlive the scene.
    explicit SeatMapScene(SeatMapModel *model, QObject *parent = nullptr);
    ~SeatMapScene() override;

    SeatMapModel *model() const { return m_model; }
    SeatMapPainter *seatPainter() { return &m_painter; }
    const SeatMapPalette &palette() const { return m_painter.palette(); }
    /// New colours (e.g. the match's price categories); repaints everything.
    void setPalette(const SeatMapPalette &palette);

    SeatMapSectorItem *sectorItem(int sector) const { return m_sectorItems.value(sector); }
    SeatMapHoverItem *hoverItem() const { return m_hover; }
    /// The area views may scroll over: the map with room to pan its edges to the middle.
    QRectF mapBounds() const;

signals:
    void paletteChanged();

private:
    void rebuild();
    void sectorChanged(int sector, const QRectF &dirtyRect);

    SeatMapModel *m_model;
    SeatMapPainter m_painter;
    SeatMapPitchItem *m_pitch = nullptr;
    SeatMapHoverItem *m_hover = nullptr;
    QList<SeatMapSectorItem *> m_sectorItems;
};

} // namespace Tribina
