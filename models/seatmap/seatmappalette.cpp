#include "seatmap/seatmappalette.h"

#include <QCoreApplication>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <atomic>
#include <cmath>

namespace Tribina {

namespace {

constexpr QRgb SelectedFill = 0x0B57D0;

// Relative luminance (sRGB, WCAG), for choosing black or white ink.
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

SeatMapPalette::SeatMapPalette()
{
    using S = SeatStatus;
    auto set = [this](S s, QRgb rgb, Glyph g) {
        m_statusFill[int(s)] = QColor(rgb);
        m_statusGlyph[int(s)] = g;
    };
    // Available takes its category colour; the fill here is only the fallback.
    set(S::Available, 0x2E9E5B, Glyph::None);
    set(S::Reserved, 0xE69F00, Glyph::Dot);       // Okabe–Ito orange
    set(S::Sold, 0xA3ACB6, Glyph::Cross);
    set(S::Allocated, 0xCC79A7, Glyph::Ring);     // Okabe–Ito reddish purple
    set(S::Blocked, 0x56616D, Glyph::Hatch);
    set(S::Technical, 0x2F3A45, Glyph::Square);
    set(S::Official, 0x56B4E9, Glyph::Bar);       // Okabe–Ito sky blue
    set(S::Maintenance, 0xD55E00, Glyph::BackHatch); // Okabe–Ito vermillion
    set(S::Quarantined, 0xF0E442, Glyph::CrossHatch); // Okabe–Ito yellow
    set(S::Inactive, 0xB5BDC6, Glyph::None);
    m_categories = {{QCoreApplication::translate("Tribina::SeatMap", "Standard"), defaultCategoryColour(0)}};
    rebuild();
}

QColor SeatMapPalette::defaultCategoryColour(int i)
{
    // Greens first: "available" should read as go. No blue (selection), orange (reserved), sky
    // blue (official) or grey (sold, blocked); all differ in lightness too.
    static const QRgb colours[] = {0x2E9E5B, 0x7B61C9, 0x00838F, 0x8CBF3F, 0x1B5E20, 0x8D6E63};
    return QColor(colours[qMax(0, i) % int(std::size(colours))]);
}

void SeatMapPalette::setCategories(const QList<Category> &categories)
{
    m_categories = categories;
    if (m_categories.isEmpty())
        m_categories = {{QCoreApplication::translate("Tribina::SeatMap", "Standard"), defaultCategoryColour(0)}};
    for (int i = 0; i < m_categories.size(); ++i) {
        if (!m_categories[i].colour.isValid())
            m_categories[i].colour = defaultCategoryColour(i);
    }
    rebuild();
}

void SeatMapPalette::setStatusLook(SeatStatus status, const QColor &fill, Glyph glyph)
{
    m_statusFill[int(status)] = fill;
    m_statusGlyph[int(status)] = glyph;
    rebuild();
}

void SeatMapPalette::rebuild()
{
    m_categoryCount = int(qMin<qsizetype>(m_categories.size(), 255));
    const int block = SeatStatusCount + m_categoryCount;
    m_styles.assign(size_t(4 * block), Style());
    for (int flags = 0; flags < 4; ++flags) {
        for (int i = 0; i < block; ++i) {
            Style style;
            if (i < SeatStatusCount) {
                style.fill = m_statusFill[i];
                style.glyph = m_statusGlyph[i];
                style.small = SeatStatus(i) == SeatStatus::Sold;
                style.hollow = SeatStatus(i) == SeatStatus::Inactive;
            } else {
                style.fill = m_categories.at(i - SeatStatusCount).colour;
            }
            if (flags & SeatFlag::Selected) {
                style.fill = QColor(SelectedFill);
                style.glyph = Glyph::Check;
                style.small = false;
                style.hollow = false;
            }
            style.outline = flags & (SeatFlag::HeldByMe | SeatFlag::Selected);
            style.frame = (flags & SeatFlag::HeldByMe) ? heldOutline() : selectedOutline();
            style.ink = inkFor(style.fill);
            m_styles[size_t(flags * block + i)] = style;
        }
    }
    // Unique across all palettes: a copied-in palette never repeats the revision of the one
    // it replaces, so caches keyed by revision always notice.
    static std::atomic<quint32> revisions{0};
    m_revision = ++revisions;
}

QColor SeatMapPalette::availabilityColour(double availability) const
{
    if (availability <= 0.0)
        return soldOutFill();
    // Pale to deep green: lightness alone tells fuller from emptier.
    const QColor pale(0xD4, 0xEE, 0xDA);
    const QColor deep(0x1A, 0x7F, 0x48);
    return mix(pale, deep, qBound(0.0, availability, 1.0));
}

QColor SeatMapPalette::inkFor(const QColor &fill)
{
    return luminance(fill) > 0.32 ? QColor(0x1A, 0x1F, 0x26) : QColor(Qt::white);
}

QList<SeatMapPalette::LegendEntry> SeatMapPalette::legend() const
{
    QList<LegendEntry> entries;
    const int block = SeatStatusCount + m_categoryCount;
    for (int s = 0; s < SeatStatusCount; ++s) {
        if (SeatStatus(s) == SeatStatus::Available)
            continue; // shown per price category below
        entries.append({displayName(SeatStatus(s)), m_styles[size_t(s)]});
    }
    entries.append({QCoreApplication::translate("Tribina::SeatMap", "Held by this counter"),
                    m_styles[size_t(SeatFlag::HeldByMe * block + int(SeatStatus::Reserved))]});
    entries.append({QCoreApplication::translate("Tribina::SeatMap", "Selected"),
                    m_styles[size_t(SeatFlag::Selected * block + SeatStatusCount)]});
    for (int c = 0; c < m_categoryCount; ++c) {
        entries.append({QCoreApplication::translate("Tribina::SeatMap", "Available: %1")
                            .arg(m_categories.at(c).name),
                        m_styles[size_t(SeatStatusCount + c)]});
    }
    return entries;
}

void SeatMapPalette::drawGlyph(QPainter *painter, const QRectF &r, const Style &style)
{
    if (style.glyph == Glyph::None)
        return;
    const double s = qMin(r.width(), r.height());
    QPen pen(style.ink, qMax(1.0, s * 0.11), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF in = r.adjusted(r.width() * 0.2, r.height() * 0.2, -r.width() * 0.2, -r.height() * 0.2);
    // Diagonal lines x + y = c (y down: "/"), clipped to the body by construction.
    auto hatch = [&](bool back) {
        for (const double f : {0.5, 1.0, 1.5}) {
            QLineF line(r.left(), r.top() + f * r.height(), r.left() + f * r.width(), r.top());
            if (f > 1.0)
                line = QLineF(r.left() + (f - 1) * r.width(), r.bottom(), r.right(), r.top() + (f - 1) * r.height());
            if (back)
                line = QLineF(2 * r.center().x() - line.x1(), line.y1(), 2 * r.center().x() - line.x2(), line.y2());
            painter->drawLine(line);
        }
    };
    switch (style.glyph) {
    case Glyph::None:
        break;
    case Glyph::Dot:
        painter->setPen(Qt::NoPen);
        painter->setBrush(style.ink);
        painter->drawEllipse(r.center(), s * 0.2, s * 0.2);
        break;
    case Glyph::Cross:
        painter->drawLine(in.topLeft(), in.bottomRight());
        painter->drawLine(in.bottomLeft(), in.topRight());
        break;
    case Glyph::Hatch:
        hatch(false);
        break;
    case Glyph::BackHatch:
        hatch(true);
        break;
    case Glyph::CrossHatch:
        hatch(false);
        hatch(true);
        break;
    case Glyph::Ring:
        painter->drawEllipse(r.center(), s * 0.26, s * 0.26);
        break;
    case Glyph::Bar:
        painter->drawLine(QPointF(in.left(), r.center().y()), QPointF(in.right(), r.center().y()));
        break;
    case Glyph::Square:
        painter->drawRect(QRectF(r.center().x() - s * 0.22, r.center().y() - s * 0.22, s * 0.44, s * 0.44));
        break;
    case Glyph::Check: {
        const QPointF pts[] = {{in.left(), in.top() + in.height() * 0.55},
                               {in.left() + in.width() * 0.38, in.bottom()},
                               {in.right(), in.top()}};
        painter->drawPolyline(pts, 3);
        break;
    }
    }
}

void SeatMapPalette::drawSwatch(QPainter *painter, const QRectF &rect, const Style &style)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const double radius = qMin(rect.width(), rect.height()) * 0.18;
    if (style.hollow) {
        painter->setPen(QPen(style.fill.darker(130), 1.5));
        painter->setBrush(Qt::NoBrush);
    } else {
        painter->setPen(style.outline ? QPen(style.frame, 2.5) : QPen(style.fill.darker(125), 1));
        painter->setBrush(style.fill);
    }
    painter->drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius);
    painter->setClipRect(rect.adjusted(1.5, 1.5, -1.5, -1.5));
    drawGlyph(painter, rect.adjusted(1, 1, -1, -1), style);
    painter->restore();
}

} // namespace Tribina
