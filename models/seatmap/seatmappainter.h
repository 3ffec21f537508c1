#pragma once

#include "seatmap/seatmappalette.h"
#include "seatmap/seatmarkbatch.h"
#include "seatmap/seatspritecache.h"

#include <QHash>
#include <QImage>


#include <vector>

class QFont;
class QPainter;
class QTransform;

namespace Tribina {

class SeatMapModel;
struct SeatMapSector;

/// The one seat-map renderer: paints a SeatMapModel with a QPainter on any device (the screen
/// through SeatMapScene's items, a QImage in tests and the benchmark, a printer or PDF).
///
/// Three levels of detail, chosen from the painter's scale (pixels per metre):
/// - Far: each sector is filled by its availability and labelled with its code and the
///   available share; only held and selected seats are drawn, as marks.
/// - Middle: every seat is a small square in its style's colour, batched by style into one
///   drawRects() call per style in device coordinates, glyphs as batched lines (SeatMarkBatch).
/// - Near: seat shapes turned along their row (pre-drawn images, see SeatSpriteCache) with
///   their numbers (pre-rendered images) and row labels in the aisles and at free row ends.
///
/// Only seats whose centres fall in the exposed rectangle (plus a seat's radius) are visited,
/// through the sector's grid. Not thread-safe: it keeps scratch buffers and caches.
class SeatMapPainter
{
public:
    enum class Detail {
        Far,
        Middle,
        Near,
    };

    /// Scale thresholds, pixels per metre: a 0.8 m seat is 4.4 px at Middle, 21 px at Near.
    static constexpr double MiddleScale = 5.5;
    static constexpr double NearScale = 26.0;

    static Detail detailFor(double pixelsPerMetre);
    static double pixelsPerMetre(const QTransform &transform);

    explicit SeatMapPainter(const SeatMapModel *model);

    const SeatMapModel *model() const { return m_model; }
    const SeatMapPalette &palette() const { return m_palette; }
    void setPalette(const SeatMapPalette &palette);

    /// Paints one sector. The painter's world transform maps scene coordinates to the device;
    /// exposed is in scene coordinates. The detail follows from the transform unless given.
    void paintSector(QPainter *painter, int sector, const QRectF &exposed);
    void paintSector(QPainter *painter, int sector, const QRectF &exposed, Detail detail);
    /// Scene area a sector may paint into (its bounds plus room for row labels).
    QRectF sectorPaintBounds(int sector) const;

    void paintPitch(QPainter *painter) const;
    /// A ring around one seat (hover, keyboard focus).
    void paintSeatHighlight(QPainter *painter, int seat, const QColor &colour) const;

    /// The whole map (background, pitch, sectors) from the scene rectangle source into target,
    /// keeping the aspect ratio: for images, printing and tests. Without labels for thumbnails
    /// (the minimap), where they would only be noise.
    void render(QPainter *painter, const QRectF &target, const QRectF &source, bool labels = true);

    /// Drops cached texts and seat images; needed when the model was reset (label indices
    /// change meaning).
    void clearCaches();

    /// Seats visited by the paint calls since the last reset (the benchmark's "visible seats").
    qint64 seatsPainted() const { return m_seatsPainted; }
    void resetCounters() { m_seatsPainted = 0; }

private:
    struct NumberMark
    {
        QPointF pos;
        quint16 label;
        bool darkInk;
    };

    void paintStand(QPainter *painter, const SeatMapSector &sector, const QColor &fill) const;
    void paintFar(QPainter *painter, int sector, const QRectF &exposed);
    void paintMiddle(QPainter *painter, const SeatMapSector &sector, const QRectF &exposed, bool flaggedOnly);
    void paintNear(QPainter *painter, const SeatMapSector &sector, const QRectF &exposed);
    void paintRowLabels(QPainter *painter, const SeatMapSector &sector, const QRectF &exposed,
                        const QTransform &t, double pixelsPerMetre);
    void paintSectorCode(QPainter *painter, const SeatMapSector &sector, const QTransform &t, double ppm);
    static QSize measureText(const QString &string, const QFont &font);
    static QImage renderText(const QString &string, const QFont &font, const QColor &ink);
    QSize textSize(const QString &string, int pixelSize, bool bold);
    const QImage &textImage(const QString &string, int pixelSize, bool bold, const QColor &ink);
    const QImage &numberImage(quint16 label, int pixelSize, bool darkInk);

    const SeatMapModel *m_model;
    SeatMapPalette m_palette;
    SeatSpriteCache m_sprites;
    QHash<quint32, QImage> m_numberImages;
    QHash<QString, QImage> m_texts;
    QHash<QString, QSize> m_textSizes;
    // Scratch buffers reused between frames (no allocation while painting).
    SeatMarkBatch m_marks;
    std::vector<NumberMark> m_numbers;
    qint64 m_seatsPainted = 0;
    bool m_labels = true;
};

} // namespace Tribina
