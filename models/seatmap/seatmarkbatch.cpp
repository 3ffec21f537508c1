#include "seatmap/seatmarkbatch.h"

#include <QPainter>

#include <cmath>

namespace Tribina {

void SeatMarkBatch::begin(int styleCount, int markSize)
{
    if (int(m_rects.size()) < styleCount)
        m_rects.resize(size_t(styleCount));
    for (const int style : m_usedStyles)
        m_rects[size_t(style)].clear();
    m_usedStyles.clear();
    m_mark = markSize;
}

void SeatMarkBatch::paint(QPainter *painter, const SeatMapPalette &palette)
{
    if (palette.revision() != m_paletteRevision) {
        m_images.clear();
        m_paletteRevision = palette.revision();
    }
    const int smallMark = qMax(2, int(std::lround(m_mark * 0.55)));
    const bool glyphs = m_mark >= GlyphMarkSize;
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const int style : m_usedStyles) {
        const SeatMapPalette::Style &s = palette.style(style);
        std::vector<QRect> &rects = m_rects[size_t(style)];
        if (glyphs && !s.hollow && (s.glyph != SeatMapPalette::Glyph::None || s.outline)) {
            // Marks with a glyph or a frame: one opaque image per style and size, copied per
            // seat. Drawing the glyph's lines per seat costs several times as much (the raster
            // engine walks a diagonal line pixel by pixel).
            const QImage &image = markImage(palette, style);
            for (const QRect &rc : rects)
                painter->drawImage(rc.topLeft(), image);
            continue;
        }
        if (s.small && !glyphs) {
            // Sold seats recede to smaller marks while there is no room for the cross.
            const int inset = (m_mark - smallMark) / 2;
            for (QRect &rc : rects)
                rc = QRect(rc.left() + inset, rc.top() + inset, smallMark, smallMark);
        }
        if (s.hollow) {
            painter->setPen(s.fill.darker(120));
            painter->setBrush(Qt::NoBrush);
            for (QRect &rc : rects)
                rc.adjust(0, 0, -1, -1);
        } else {
            painter->setPen(Qt::NoPen);
            painter->setBrush(s.fill);
        }
        painter->drawRects(rects.data(), int(rects.size()));
        if (s.outline) {
            painter->setPen(QPen(s.frame, m_mark >= 6 ? 2 : 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRects(rects.data(), int(rects.size()));
        }
    }
}

const QImage &SeatMarkBatch::markImage(const SeatMapPalette &palette, int style)
{
    const quint64 key = (quint64(style) << 16) | quint64(m_mark);
    auto it = m_images.find(key);
    if (it != m_images.end())
        return it.value();
    const SeatMapPalette::Style &s = palette.style(style);
    // Opaque (RGB32): copied row by row, no blending.
    QImage image(m_mark, m_mark, QImage::Format_RGB32);
    image.fill(s.fill);
    QPainter p(&image);
    std::vector<QLine> lines;
    std::vector<QRect> squares;
    glyphLines(s.glyph, m_mark, lines, squares);
    // Crisp one-pixel strokes read better than antialiased ones at 7 to 15 pixels.
    p.setPen(QPen(s.ink, 1));
    if (!lines.empty()) {
        p.drawLines(lines.data(), int(lines.size()));
        if (m_mark >= 12) { // bolder on large marks: the same lines a pixel to the right
            p.translate(1, 0);
            p.drawLines(lines.data(), int(lines.size()));
            p.translate(-1, 0);
        }
    }
    if (!squares.empty()) {
        const bool dot = s.glyph == SeatMapPalette::Glyph::Dot;
        p.setPen(dot ? QPen(Qt::NoPen) : QPen(s.ink, 1));
        p.setBrush(dot ? QBrush(s.ink) : QBrush(Qt::NoBrush));
        p.drawRects(squares.data(), int(squares.size()));
    }
    if (s.outline) {
        // The frame lies inside the mark, so framed seats keep their neighbours' size.
        const int width = m_mark >= 9 ? 2 : 1;
        p.setPen(Qt::NoPen);
        p.setBrush(s.frame);
        p.drawRect(0, 0, m_mark, width);
        p.drawRect(0, m_mark - width, m_mark, width);
        p.drawRect(0, 0, width, m_mark);
        p.drawRect(m_mark - width, 0, width, m_mark);
    }
    p.end();
    if (m_images.size() > 512)
        m_images.clear(); // sizes change while zooming; old ones are not coming back soon
    return m_images.insert(key, image).value();
}

void SeatMarkBatch::glyphLines(SeatMapPalette::Glyph glyph, int mark, std::vector<QLine> &lines,
                               std::vector<QRect> &squares)
{
    using G = SeatMapPalette::Glyph;
    const int in = qMax(1, mark / 5); // glyph inset from the mark's edge
    const int x0 = 0, y0 = 0, x1 = mark - 1, y1 = mark - 1;
    const int l = x0 + in, t = y0 + in, r = x1 - in, b = y1 - in;
    const int cx = (l + r) / 2, cy = (t + b) / 2, h = (r - l) / 2;
    switch (glyph) {
    case G::Cross:
        lines.emplace_back(l, t, r, b);
        lines.emplace_back(l, b, r, t);
        break;
    case G::Hatch:
    case G::BackHatch:
    case G::CrossHatch: {
        // Two parallel diagonals per direction: distinct from the single-stroke cross.
        const int k = mark / 3;
        if (glyph != G::BackHatch) {
            lines.emplace_back(x0, y0 + k, x0 + k, y0);
            lines.emplace_back(x0, y1, x1, y0);
            lines.emplace_back(x1 - k, y1, x1, y1 - k);
        }
        if (glyph != G::Hatch) {
            lines.emplace_back(x1 - k, y0, x1, y0 + k);
            lines.emplace_back(x0, y0, x1, y1);
            lines.emplace_back(x0, y1 - k, x0 + k, y1);
        }
        break;
    }
    case G::Bar:
        lines.emplace_back(l, cy, r, cy);
        break;
    case G::Ring: // a diamond at this size
        lines.emplace_back(cx, t, r, cy);
        lines.emplace_back(r, cy, cx, b);
        lines.emplace_back(cx, b, l, cy);
        lines.emplace_back(l, cy, cx, t);
        break;
    case G::Check:
        lines.emplace_back(l, cy, cx - h / 3, b);
        lines.emplace_back(cx - h / 3, b, r, t);
        break;
    case G::Dot:
        squares.emplace_back(cx - h / 2, cy - h / 2, qMax(2, h), qMax(2, h));
        break;
    case G::Square:
        squares.emplace_back(l + 1, t + 1, qMax(2, r - l - 2), qMax(2, b - t - 2));
        break;
    case G::None:
        break;
    }
}

} // namespace Tribina
