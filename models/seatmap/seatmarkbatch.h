#pragma once

#include "seatmap/seatmappalette.h"

#include <QHash>
#include <QImage>
#include <QLine>
#include <QRect>

#include <vector>

class QPainter;

namespace Tribina {

/// The middle level of detail's batching: seat marks (squares in device pixels) collected per
/// style, then drawn with one drawRects() per plain style; marks that carry a glyph or a frame
/// are copied from an opaque image made once per style and size. A few dozen QPainter calls
/// per sector, and no per-seat line drawing, keep 8,000 visible seats cheap.
///
/// Scratch buffers keep their capacity from frame to frame, so painting allocates nothing.
class SeatMarkBatch
{
public:
    /// Marks of this size (pixels) and up carry their style's glyph; below it, colour and
    /// size are all there is room for (sold seats are drawn smaller).
    static constexpr int GlyphMarkSize = 7;

    /// Starts a batch of marks markSize pixels wide for a palette of styleCount styles.
    void begin(int styleCount, int markSize);
    /// Adds a mark of style centred on device pixel (x, y).
    void add(int style, int x, int y)
    {
        std::vector<QRect> &bucket = m_rects[size_t(style)];
        if (bucket.empty())
            m_usedStyles.push_back(style);
        bucket.emplace_back(x - m_mark / 2, y - m_mark / 2, m_mark, m_mark);
    }
    bool isEmpty() const { return m_usedStyles.empty(); }
    /// Draws the batch; the painter must be in device coordinates (identity transform).
    void paint(QPainter *painter, const SeatMapPalette &palette);

private:
    const QImage &markImage(const SeatMapPalette &palette, int style);
    /// The crisp one-pixel strokes (and small squares) of a glyph in a mark at the origin.
    static void glyphLines(SeatMapPalette::Glyph glyph, int mark, std::vector<QLine> &lines,
                           std::vector<QRect> &squares);

    int m_mark = 4;
    std::vector<std::vector<QRect>> m_rects; ///< per style
    std::vector<int> m_usedStyles;
    QHash<quint64, QImage> m_images; ///< marks with glyphs or frames, by style and size
    quint32 m_paletteRevision = 0;
};

} // namespace Tribina
