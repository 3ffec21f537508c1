#include "seatmap/pitchpainter.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace Tribina {

namespace {

// Laws of the Game, metres.
constexpr double CircleRadius = 9.15;
constexpr double PenaltyDepth = 16.5;
constexpr double PenaltyWidth = 40.32;
constexpr double GoalAreaDepth = 5.5;
constexpr double GoalAreaWidth = 18.32;
constexpr double PenaltySpot = 11.0;
constexpr double GoalWidth = 7.32;
constexpr double GoalDepth = 2.0;
constexpr double CornerRadius = 1.0;
constexpr double LineWidth = 0.12;

} // namespace

QRectF PitchPainter::area(QSizeF pitchSize)
{
    const double w = pitchSize.width() / 2 + Apron;
    const double h = pitchSize.height() / 2 + Apron;
    return QRectF(-w, -h, 2 * w, 2 * h);
}

void PitchPainter::paint(QPainter *painter, QSizeF pitchSize)
{
    const double hl = pitchSize.width() / 2;  // half length (x)
    const double hw = pitchSize.height() / 2; // half width (y)
    const QTransform t = painter->worldTransform();
    const double scale = std::sqrt(std::abs(t.determinant()));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    // Every pixel of the area is painted exactly once (a zoomed-in frame is mostly grass, and
    // each full-screen fill costs about half a millisecond): the apron as a frame around the
    // pitch, then the mowing stripes across the length, alternate shades every 1/18.
    const QRectF apron = area(pitchSize);
    const QRectF lines(-hl, -hw, 2 * hl, 2 * hw);
    const QColor dark(0x3E, 0x8E, 0x47);
    const QColor light(0x46, 0x9A, 0x4F);
    painter->setBrush(dark);
    painter->drawRect(QRectF(apron.topLeft(), QPointF(apron.right(), lines.top())));
    painter->drawRect(QRectF(QPointF(apron.left(), lines.bottom()), apron.bottomRight()));
    painter->drawRect(QRectF(QPointF(apron.left(), lines.top()), lines.bottomLeft()));
    painter->drawRect(QRectF(lines.topRight(), QPointF(apron.right(), lines.bottom())));
    const int stripes = 18;
    const double step = 2 * hl / stripes;
    for (int i = 0; i < stripes; ++i) {
        painter->setBrush(i % 2 == 0 ? light : dark);
        painter->drawRect(QRectF(-hl + i * step, -hw, step, 2 * hw));
    }

    // Markings. Culled against what is being repainted: a near view shows a corner of the
    // pitch, and an antialiased wide stroke of a shape that is mostly off screen still costs
    // its whole outline.
    const QRectF visible = painter->hasClipping() ? painter->clipBoundingRect() : area(pitchSize);
    const QColor white(0xF4, 0xF7, 0xF2);
    const bool thin = LineWidth * scale < 1.2;
    // A real line is 12 cm; at overview scales that is under a pixel, so keep one pixel.
    QPen pen(white);
    if (thin) {
        pen.setWidthF(1.2);
        pen.setCosmetic(true);
    } else {
        pen.setWidthF(LineWidth);
    }
    const double half = LineWidth / 2;
    // Straight markings are axis-parallel: as filled rectangles when wide enough to show their
    // width (exact, no antialiasing needed, a fraction of a stroke's cost).
    auto segment = [&](QPointF a, QPointF b) {
        const QRectF r = QRectF(a, b).normalized().adjusted(-half, -half, half, half);
        if (!r.intersects(visible))
            return;
        if (thin) {
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setPen(pen);
            painter->drawLine(a, b);
        } else {
            painter->setRenderHint(QPainter::Antialiasing, false);
            painter->fillRect(r, white);
        }
    };
    auto box = [&](const QRectF &r) {
        segment(r.topLeft(), r.topRight());
        segment(r.bottomLeft(), r.bottomRight());
        segment(r.topLeft(), r.bottomLeft());
        segment(r.topRight(), r.bottomRight());
    };
    // Arcs as filled ring segments rather than wide strokes.
    auto arc = [&](const QRectF &circle, double startDeg, double spanDeg) {
        const QRectF outer = circle.adjusted(-half, -half, half, half);
        if (!outer.intersects(visible))
            return;
        painter->setRenderHint(QPainter::Antialiasing, true);
        if (thin) {
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            if (spanDeg >= 360)
                painter->drawEllipse(circle);
            else
                painter->drawArc(circle, int(startDeg * 16), int(spanDeg * 16));
            return;
        }
        const QRectF inner = circle.adjusted(half, half, -half, -half);
        QPainterPath band;
        if (spanDeg >= 360) {
            band.addEllipse(outer);
            band.addEllipse(inner);
        } else {
            band.arcMoveTo(outer, startDeg);
            band.arcTo(outer, startDeg, spanDeg);
            band.arcTo(inner, startDeg + spanDeg, -spanDeg);
            band.closeSubpath();
        }
        // Filled in device coordinates: Qt flattens a curve under a large scale several times
        // more slowly than the same curve mapped to pixels first (affine maps are exact).
        painter->save();
        painter->resetTransform();
        painter->setPen(Qt::NoPen);
        painter->setBrush(white);
        painter->drawPath(t.map(band)); // odd-even fill: the inner ellipse is the hole
        painter->restore();
    };

    box(QRectF(-hl, -hw, 2 * hl, 2 * hw));
    segment(QPointF(0, -hw), QPointF(0, hw));
    arc(QRectF(-CircleRadius, -CircleRadius, 2 * CircleRadius, 2 * CircleRadius), 0, 360);

    // The arc outside the penalty area is the part of the 9.15 m circle around the spot that
    // lies beyond the area's front line: half-angle acos((16.5 - 11) / 9.15).
    const double arcHalf = std::acos((PenaltyDepth - PenaltySpot) / CircleRadius) * 180.0 / std::numbers::pi;
    for (const int side : {-1, 1}) {
        const double goalLine = side * hl;
        const double inwards = -side;
        box(QRectF(QPointF(goalLine, -PenaltyWidth / 2),
                   QPointF(goalLine + inwards * PenaltyDepth, PenaltyWidth / 2)).normalized());
        box(QRectF(QPointF(goalLine, -GoalAreaWidth / 2),
                   QPointF(goalLine + inwards * GoalAreaDepth, GoalAreaWidth / 2)).normalized());
        const QPointF spot(goalLine + inwards * PenaltySpot, 0);
        // Qt angles: 0 = +x, counter-clockwise as seen on screen (y down flips the sense).
        const double facing = inwards > 0 ? 0.0 : 180.0;
        arc(QRectF(spot.x() - CircleRadius, -CircleRadius, 2 * CircleRadius, 2 * CircleRadius),
            facing - arcHalf, 2 * arcHalf);
        // Goal: the net behind the line.
        box(QRectF(QPointF(goalLine, -GoalWidth / 2), QPointF(goalLine - inwards * GoalDepth, GoalWidth / 2)).normalized());
        for (const int end : {-1, 1}) {
            const QPointF corner(goalLine, end * hw);
            const double start = (inwards > 0 ? (end > 0 ? 0.0 : 270.0) : (end > 0 ? 90.0 : 180.0));
            arc(QRectF(corner.x() - CornerRadius, corner.y() - CornerRadius, 2 * CornerRadius, 2 * CornerRadius),
                start, 90);
        }
    }
    // Spots: centre and penalty marks.
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setBrush(white);
    const double spotRadius = qMax(0.11, 1.5 / scale);
    for (const QPointF spot : {QPointF(0, 0), QPointF(hl - PenaltySpot, 0), QPointF(-hl + PenaltySpot, 0)}) {
        if (visible.contains(spot))
            painter->drawEllipse(spot, spotRadius, spotRadius);
    }
    painter->restore();
}

} // namespace Tribina
