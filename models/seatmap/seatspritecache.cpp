#include "seatmap/seatspritecache.h"

#include "seatmap/seatmappalette.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Tribina {

namespace {

constexpr int AngleStep = 3;          // degrees per bucket
constexpr int MaxSprites = 6000;      // a few MB at near sizes; cleared when exceeded

void drawWheelchair(QPainter *p, const QRectF &r, const QColor &ink)
{
    // The ISO 7001 pictogram reduced to strokes: head, back and seat, wheel.
    const double s = qMin(r.width(), r.height());
    const QPointF c = r.center();
    p->setPen(QPen(ink, qMax(1.0, s * 0.09), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawArc(QRectF(c.x() - s * 0.28, c.y() - s * 0.05, s * 0.5, s * 0.5), 30 * 16, 270 * 16);
    const QPointF body[] = {{c.x() - s * 0.06, c.y() - s * 0.2}, {c.x() - s * 0.06, c.y() + s * 0.1},
                            {c.x() + s * 0.18, c.y() + s * 0.1}, {c.x() + s * 0.28, c.y() + s * 0.3}};
    p->drawPolyline(body, 4);
    p->setPen(Qt::NoPen);
    p->setBrush(ink);
    p->drawEllipse(QPointF(c.x() - s * 0.06, c.y() - s * 0.34), s * 0.08, s * 0.08);
}

} // namespace

const SeatSpriteCache::Sprite &SeatSpriteCache::sprite(const SeatMapPalette &palette, int styleIndex,
                                                       double angleDeg, int widthPx, int depthPx,
                                                       Shape shape)
{
    if (palette.revision() != m_paletteRevision || m_sprites.size() > MaxSprites) {
        clear();
        m_paletteRevision = palette.revision();
    }
    constexpr int Buckets = 360 / AngleStep;
    int bucket = int(std::lround(angleDeg / AngleStep)) % Buckets;
    if (bucket < 0)
        bucket += Buckets;
    const quint64 masterKey = (quint64(styleIndex) << 40) | (quint64(qBound(0, widthPx, 4095)) << 16)
        | (quint64(qBound(0, depthPx, 4095)) << 4) | quint64(shape);
    const quint64 key = masterKey | (quint64(bucket) << 28);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return it.value();

    auto master = m_masters.find(masterKey);
    if (master == m_masters.end())
        master = m_masters.insert(masterKey, renderMaster(palette, styleIndex, widthPx, depthPx, shape));
    Sprite sprite = bucket == 0 ? Sprite{master.value(), QPoint(-master->width() / 2, -master->height() / 2)}
                                : rotate(master.value(), bucket * AngleStep);
    const SeatMapPalette::Style &style = palette.style(styleIndex);
    if (shape == Shape::Wheelchair && style.glyph == SeatMapPalette::Glyph::None) {
        // The pictogram stays upright whichever way the bay is turned, so it is added here.
        QPainter p(&sprite.image);
        p.setRenderHint(QPainter::Antialiasing);
        const double d = depthPx;
        const QRectF box(sprite.image.width() / 2.0 - d / 2, sprite.image.height() / 2.0 - d / 2, d, d);
        drawWheelchair(&p, box, style.ink);
    }
    return m_sprites.insert(key, sprite).value();
}

SeatSpriteCache::Sprite SeatSpriteCache::rotate(const QImage &master, double angleDeg)
{
    const int side = int(std::ceil(std::hypot(master.width(), master.height()))) + 2;
    Sprite sprite;
    sprite.image = QImage(side, side, QImage::Format_ARGB32_Premultiplied);
    sprite.image.fill(Qt::transparent);
    sprite.offset = QPoint(-side / 2, -side / 2);
    QPainter p(&sprite.image);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(side / 2.0, side / 2.0);
    p.rotate(angleDeg);
    p.drawImage(QPointF(-master.width() / 2.0, -master.height() / 2.0), master);
    return sprite;
}

QImage SeatSpriteCache::renderMaster(const SeatMapPalette &palette, int styleIndex, int widthPx, int depthPx,
                                     Shape shape)
{
    const SeatMapPalette::Style &style = palette.style(styleIndex);
    const double w = widthPx;
    const double d = depthPx;
    // Even sizes keep the centre on a pixel corner, so master and rotations line up.
    QImage image((widthPx + 3) & ~1, (depthPx + 3) & ~1, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(image.width() / 2.0, image.height() / 2.0);
    // Local frame: x along the row, +y towards the back of the stand.
    const QColor border = style.fill.darker(135);
    if (shape == Shape::Wheelchair) {
        const QRectF bay(-w / 2, -d / 2, w, d);
        p.setPen(style.outline ? QPen(style.frame, qMax(2.0, w * 0.1)) : QPen(border, 1));
        p.setBrush(style.hollow ? QBrush(Qt::NoBrush) : QBrush(style.fill));
        p.drawRoundedRect(bay, w * 0.12, w * 0.12);
        // A status glyph replaces the pictogram (which sprite() adds upright otherwise).
        if (style.glyph != SeatMapPalette::Glyph::None)
            SeatMapPalette::drawGlyph(&p, QRectF(-d / 2, -d / 2, d, d), style);
        return image;
    }
    // Chair: cushion in front, backrest along the back edge.
    const QRectF cushion(-w / 2, -d / 2, w, d * 0.78);
    const QRectF back(-w / 2 + w * 0.04, d / 2 - d * 0.26, w * 0.92, d * 0.26);
    if (style.hollow) {
        p.setPen(QPen(border, 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(cushion.united(back), w * 0.15, w * 0.15);
        return image;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(style.fill.darker(150));
    p.drawRoundedRect(back, d * 0.1, d * 0.1);
    p.setPen(style.outline ? QPen(style.frame, qMax(2.0, w * 0.1)) : QPen(border, 1));
    p.setBrush(style.fill);
    p.drawRoundedRect(cushion, w * 0.16, w * 0.16);
    if (style.glyph != SeatMapPalette::Glyph::None) {
        // Glyphs are a second signal behind the seat number: softened so the number stays legible.
        p.setOpacity(0.4);
        p.setClipRect(cushion.adjusted(1, 1, -1, -1));
        SeatMapPalette::drawGlyph(&p, cushion, style);
    }
    return image;
}

} // namespace Tribina
