#pragma once

#include "benchtable.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <functional>

class QGraphicsScene;
class QGraphicsView;
class QImage;

namespace Tribina {

class SeatMapModel;
class SeatMapView;

/// Measures the seat map on the 100,000-seat stress stadium against one-item-per-seat scenes,
/// all in one run so the figures and ratios come from the same machine state. See run().
class SeatMapBench
{
public:
    struct Options
    {
        int framesPerLevel = 100; ///< frames of the scripted sequence per level of detail
        int itemSceneStride = 1;  ///< render every n-th frame on the item-per-seat scenes
        QString pngDir;           ///< where to save far/mid/near renders ("" = nowhere)
    };

    explicit SeatMapBench(const Options &options) : m_options(options) {}

    /// Runs everything, prints the table; returns the number of missed targets.
    int run();

private:
    struct Frame
    {
        double ppm;      ///< pixels per metre
        QPointF centre;  ///< scene coordinates
        int level;       ///< 0 far, 1 middle, 2 near
    };

    struct ItemSceneResult
    {
        TimingStats levels[3];
        double buildMs = 0;
        double rssMb = 0;
        double hitUs = 0;
        double bandMs = 0;
    };

    QList<Frame> script(const SeatMapModel &model) const;
    /// Renders the frames of one level into image through view; milliseconds per frame.
    QList<double> renderFrames(QGraphicsView *view, int level, int stride, QImage *image,
                               const std::function<void(const Frame &)> &position) const;
    QGraphicsScene *buildItemScene(const SeatMapModel &model, bool lod, ItemSceneResult *result);
    void measureItemScene(QGraphicsScene *scene, const QList<QPointF> &probes, ItemSceneResult *result);
    double measureRepaint(SeatMapView *view, SeatMapModel *model, int level, bool visibleOnly);
    void savePngs(SeatMapView *view);

    Options m_options;
    QList<Frame> m_frames;
    QRectF m_bandRect;
    QRectF m_sceneRect;
};

} // namespace Tribina
