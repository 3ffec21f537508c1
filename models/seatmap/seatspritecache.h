#pragma once

#include <QHash>
#include <QImage>
#include <QPoint>

namespace Tribina {

class SeatMapPalette;

/// Ready-drawn images of single seats for the near level of detail: the seat shape (cushion and
/// backrest) turned along its row, in its style, with its glyph.
///
/// Why images: an antialiased seat with a glyph costs 50-100 microseconds to draw as paths; a
/// near view shows a couple of thousand seats but only a few dozen distinct (style, angle,
/// size) combinations, so each is made once and then blitted.
///
/// Each (style, size, shape) is drawn once upright (the master); turned versions are the master
/// rotated with smooth image transformation, about six times cheaper than drawing again, which
/// matters in curved sectors where every seat has its own angle. Angles are rounded to 3
/// degrees (a seat's corner moves by well under half a pixel at near sizes); an upright row
/// uses the master itself, pixel-exact.
class SeatSpriteCache
{
public:
    enum class Shape : quint8 {
        Chair,
        Wheelchair, ///< a wheelchair place: a square bay with the wheelchair pictogram
    };

    struct Sprite
    {
        QImage image;
        QPoint offset; ///< from the seat centre (device pixels) to the image's top-left
    };

    /// The image of a seat of styleIndex in palette, turned by angleDeg (scene degrees),
    /// widthPx along the row and depthPx across it.
    const Sprite &sprite(const SeatMapPalette &palette, int styleIndex, double angleDeg,
                         int widthPx, int depthPx, Shape shape);

    void clear()
    {
        m_sprites.clear();
        m_masters.clear();
    }
    int size() const { return int(m_sprites.size()); }

private:
    static QImage renderMaster(const SeatMapPalette &palette, int styleIndex, int widthPx, int depthPx,
                               Shape shape);
    static Sprite rotate(const QImage &master, double angleDeg);

    QHash<quint64, QImage> m_masters;
    QHash<quint64, Sprite> m_sprites;
    quint32 m_paletteRevision = 0;
};

} // namespace Tribina
