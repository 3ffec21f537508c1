#include "layout/rowpath.h"

#include <QLineF>

#include <cmath>
#include <numbers>

namespace Tribina {

namespace {
constexpr double degrees(double radians) { return radians * 180.0 / std::numbers::pi; }
constexpr double radians(double degrees) { return degrees * std::numbers::pi / 180.0; }
} // namespace

RowPath RowPath::straight(QPointF start, QPointF end)
{
    RowPath path;
    path.m_kind = Kind::Straight;
    path.m_start = start;
    path.m_end = end;
    return path;
}

RowPath RowPath::arc(QPointF centre, double radius, double startAngleDeg, double sweepDeg)
{
    RowPath path;
    path.m_kind = Kind::Arc;
    path.m_centre = centre;
    path.m_radius = radius;
    path.m_startAngle = startAngleDeg;
    path.m_sweep = sweepDeg;
    return path;
}

QPointF RowPath::start() const
{
    return m_kind == Kind::Straight ? m_start : pointAt(0);
}

QPointF RowPath::end() const
{
    return m_kind == Kind::Straight ? m_end : pointAt(length());
}

double RowPath::length() const
{
    if (m_kind == Kind::Straight)
        return QLineF(m_start, m_end).length();
    return std::abs(radians(m_sweep)) * m_radius;
}

QPointF RowPath::pointAt(double s) const
{
    if (m_kind == Kind::Straight) {
        const double len = length();
        if (len <= 0)
            return m_start;
        return m_start + (m_end - m_start) * (s / len);
    }
    if (m_radius <= 0)
        return m_centre;
    // Equal arc length per seat is what makes curved rows keep the seat pitch.
    const double direction = m_sweep < 0 ? -1.0 : 1.0;
    const double a = radians(m_startAngle) + direction * s / m_radius;
    return m_centre + QPointF(std::cos(a), std::sin(a)) * m_radius;
}

double RowPath::angleAt(double s) const
{
    if (m_kind == Kind::Straight)
        return degrees(std::atan2(m_end.y() - m_start.y(), m_end.x() - m_start.x()));
    if (m_radius <= 0)
        return m_startAngle;
    const double direction = m_sweep < 0 ? -1.0 : 1.0;
    const double a = m_startAngle + direction * degrees(s / m_radius);
    // The tangent of a counter-clockwise circle leads the radius by a quarter turn.
    return a + direction * 90.0;
}

RowPath RowPath::offset(double d) const
{
    if (m_kind == Kind::Arc)
        return arc(m_centre, m_radius + (m_sweep < 0 ? -d : d), m_startAngle, m_sweep);
    const QLineF line(m_start, m_end);
    if (line.length() <= 0)
        return *this;
    // Right normal of the direction of travel (x, y) is (y, -x): away from the pitch.
    const QPointF unit = (m_end - m_start) / line.length();
    const QPointF back(unit.y(), -unit.x());
    return straight(m_start + back * d, m_end + back * d);
}

RowPath RowPath::section(double from, double to) const
{
    if (m_kind == Kind::Straight)
        return straight(pointAt(from), pointAt(to));
    if (m_radius <= 0)
        return *this;
    const double direction = m_sweep < 0 ? -1.0 : 1.0;
    return arc(m_centre, m_radius, m_startAngle + direction * degrees(from / m_radius),
               direction * degrees((to - from) / m_radius));
}

// Only the fields of the path's own kind change, so a moved path still compares equal to the
// same path built with straight() or arc().
RowPath RowPath::translated(QPointF delta) const
{
    if (m_kind == Kind::Straight)
        return straight(m_start + delta, m_end + delta);
    return arc(m_centre + delta, m_radius, m_startAngle, m_sweep);
}

RowPath RowPath::rotated(double angleDeg, QPointF pivot) const
{
    if (m_kind == Kind::Straight)
        return straight(rotatedPoint(m_start, angleDeg, pivot), rotatedPoint(m_end, angleDeg, pivot));
    return arc(rotatedPoint(m_centre, angleDeg, pivot), m_radius, m_startAngle + angleDeg, m_sweep);
}

RowPath RowPath::mirrored(MirrorAxis axis) const
{
    if (m_kind == Kind::Straight)
        return straight(mirroredPoint(m_end, axis), mirroredPoint(m_start, axis));
    // A mirror maps the polar angle a to 180 - a (x → -x) or -a (y → -y) and turns the arc's
    // sense; starting from the mirrored end point restores the original sense (and sweep).
    const double reflected = axis == MirrorAxis::HalfwayLine ? 180.0 : 0.0;
    return arc(mirroredPoint(m_centre, axis), m_radius, reflected - (m_startAngle + m_sweep), m_sweep);
}

QPointF RowPath::rotatedPoint(QPointF p, double angleDeg, QPointF pivot)
{
    const double a = radians(angleDeg);
    const double c = std::cos(a);
    const double s = std::sin(a);
    const QPointF d = p - pivot;
    return pivot + QPointF(d.x() * c - d.y() * s, d.x() * s + d.y() * c);
}

QPointF RowPath::mirroredPoint(QPointF p, MirrorAxis axis)
{
    return axis == MirrorAxis::HalfwayLine ? QPointF(-p.x(), p.y()) : QPointF(p.x(), -p.y());
}

QPolygonF RowPath::sample(double from, double to, double maxStep) const
{
    QPolygonF points;
    int steps = 1;
    if (m_kind == Kind::Arc && maxStep > 0)
        steps = qMax(1, int(std::ceil(std::abs(to - from) / maxStep)));
    points.reserve(steps + 1);
    for (int i = 0; i <= steps; ++i)
        points.append(pointAt(from + (to - from) * i / steps));
    return points;
}

} // namespace Tribina
