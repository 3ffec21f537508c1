#pragma once

#include "seatmap/seatstatus.h"

#include <QColor>
#include <QList>
#include <QString>

#include <vector>

class QPainter;
class QRectF;

namespace Tribina {

/// Colours and second signals of the seat map. A seat's look (its "style") follows from its
/// status, its price category (for available seats) and its HeldByMe/Selected flags; the
/// painter batches seats by style index, so styles are numbered densely.
///
/// Colour is never the only signal: every status but Available carries a glyph (sold = cross,
/// blocked = diagonal hatch, ...), held seats a dark frame, selected seats a check mark and a
/// frame (a price category may well be blue too), and the
/// far level writes each sector's availability as a number. The status colours are taken from
/// the Okabe–Ito set, distinguishable with the common colour-vision deficiencies.
class SeatMapPalette
{
public:
    enum class Glyph : quint8 {
        None,
        Dot,        ///< centre dot
        Cross,      ///< x
        Hatch,      ///< diagonal lines, /
        BackHatch,  ///< diagonal lines, backslash
        CrossHatch, ///< both diagonals
        Ring,       ///< small circle
        Bar,        ///< horizontal bar
        Square,     ///< inner square
        Check,      ///< check mark
    };

    struct Style
    {
        QColor fill;
        QColor ink;       ///< glyphs and seat numbers, chosen for contrast with fill
        Glyph glyph = Glyph::None;
        bool outline = false; ///< a thick frame in frame: held by me, selected
        QColor frame;
        bool hollow = false;  ///< only an outline in the fill colour (inactive places)
        bool small = false;   ///< drawn smaller at the middle level (sold: the seat "recedes")
    };

    struct Category
    {
        QString name;
        QColor colour;
    };

    struct LegendEntry
    {
        QString text;
        Style style;
    };

    SeatMapPalette();

    /// Price categories (from price_categories.color); available seats take their colour.
    /// Index 0 is also used for seats whose category is out of range.
    void setCategories(const QList<Category> &categories);
    const QList<Category> &categories() const { return m_categories; }
    /// A distinct default colour for category index i (when the database has none).
    static QColor defaultCategoryColour(int i);

    /// Overrides the colour or glyph of a status.
    void setStatusLook(SeatStatus status, const QColor &fill, Glyph glyph);

    int styleCount() const { return int(m_styles.size()); }
    const Style &style(int index) const { return m_styles[size_t(index)]; }
    int styleIndex(quint8 status, quint8 category, quint8 flags) const
    {
        const int block = SeatStatusCount + m_categoryCount;
        const int base = ((flags & SeatFlag::StyleMask) * block);
        if (status != quint8(SeatStatus::Available))
            return base + status;
        return base + SeatStatusCount + (category < m_categoryCount ? category : 0);
    }
    /// Changes whenever a colour changes, so caches of drawn seats know to drop their images.
    quint32 revision() const { return m_revision; }

    /// Far level: the fill of a sector with the given available share (0..1): a light-to-dark
    /// ramp (readable by lightness alone), grey when sold out.
    QColor availabilityColour(double availability) const;

    // Colours of the surroundings.
    QColor background() const { return QColor(0xE8, 0xEC, 0xF0); }
    QColor standFill() const { return QColor(0xD5, 0xDB, 0xE2); }
    QColor standOutline() const { return QColor(0x7D, 0x89, 0x96); }
    QColor labelInk() const { return QColor(0x1F, 0x29, 0x33); }
    QColor soldOutFill() const { return QColor(0xBC, 0xC3, 0xCB); }
    QColor heldOutline() const { return QColor(0x11, 0x18, 0x20); }
    QColor selectedOutline() const { return QColor(0x05, 0x1C, 0x4A); }
    QColor hoverRing() const { return QColor(0xFF, 0x6F, 0x00); }

    /// One entry per status, then held and selected, then the price categories.
    QList<LegendEntry> legend() const;

    /// Draws a style's glyph into rect (the seat's body, painter coordinates).
    static void drawGlyph(QPainter *painter, const QRectF &rect, const Style &style);
    /// Draws a whole swatch (body, outline, glyph) as the legend and tests show it.
    static void drawSwatch(QPainter *painter, const QRectF &rect, const Style &style);

    /// Black or white, whichever reads better on fill.
    static QColor inkFor(const QColor &fill);

private:
    void rebuild();

    QList<Category> m_categories;
    int m_categoryCount = 1;
    QColor m_statusFill[SeatStatusCount];
    Glyph m_statusGlyph[SeatStatusCount];
    std::vector<Style> m_styles;
    quint32 m_revision = 0;
};

} // namespace Tribina
