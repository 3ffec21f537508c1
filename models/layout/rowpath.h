#pragma once

#include <QPointF>
#include <QPolygonF>

namespace Tribina {

/// The two mirror lines of the pitch, across which a stand is mirrored onto the opposite one.
enum class MirrorAxis {
    HalfwayLine, ///< x = 0: the north end onto the south end (x → -x)
    LongAxis,    ///< y = 0: the main (west) stand onto the east stand (y → -y)
};

/// The centre line of a row of seats: a straight segment or a circular arc, in layout
/// coordinates (metres, origin at the centre spot, x along the pitch, y across it, main stand
/// on +y; angles in degrees, counter-clockwise from +x, as on a plan seen from above).
///
/// Orientation matters: a path runs from the spectators' left to their right as they sit in the
/// row facing the pitch, so walking along it the pitch is on the left. Hence:
/// - the direction "towards the pitch" is the path's left normal, "back" its right normal;
/// - an arc around a corner of the pitch has its centre on the pitch side and a positive
///   (counter-clockwise) sweep.
/// offset() uses this to build the rows behind a front row.
class RowPath
{
public:
    enum class Kind {
        Straight,
        Arc,
    };

    /// A zero-length straight path at the origin.
    RowPath() = default;
    static RowPath straight(QPointF start, QPointF end);
    /// Points centre + radius·(cos a, sin a) for a from startAngle to startAngle + sweep (degrees).
    static RowPath arc(QPointF centre, double radius, double startAngleDeg, double sweepDeg);

    Kind kind() const { return m_kind; }
    bool isCurved() const { return m_kind == Kind::Arc; }

    // Straight paths
    QPointF start() const;
    QPointF end() const;
    // Arcs
    QPointF centre() const { return m_centre; }
    double radius() const { return m_radius; }
    double startAngle() const { return m_startAngle; }
    double sweep() const { return m_sweep; }

    /// Length in metres (the arc length for an arc).
    double length() const;
    /// The point at distance s (metres) from the start along the path; s may lie outside
    /// [0, length()], the path is then extended along its line or circle.
    QPointF pointAt(double s) const;
    /// Direction of travel at distance s, degrees counter-clockwise from +x.
    double angleAt(double s) const;

    /// The parallel path d metres further back (away from the pitch; negative: towards it).
    /// Arcs keep their centre: the radius grows by d for a counter-clockwise arc, shrinks for a
    /// clockwise one.
    RowPath offset(double d) const;

    /// The part of the path between distances from and to (from < to), same kind and
    /// orientation: how a stand's front line is split into sectors.
    RowPath section(double from, double to) const;

    /// Points along the path from distance from to distance to, at most maxStep apart
    /// (straight paths need only their two ends).
    QPolygonF sample(double from, double to, double maxStep = 1.0) const;

    /// The same path moved by delta.
    RowPath translated(QPointF delta) const;
    /// The same path turned by angleDeg (counter-clockwise) around pivot.
    RowPath rotated(double angleDeg, QPointF pivot) const;
    /// The mirror image across axis, run backwards: a mirror swaps the spectators' left and
    /// right, so reversing keeps the pitch on the path's left (and offset() pointing back).
    /// Distance s on this path corresponds to distance length() - s on the mirrored one.
    RowPath mirrored(MirrorAxis axis) const;

    /// The point p turned by angleDeg around pivot; p mirrored across axis.
    static QPointF rotatedPoint(QPointF p, double angleDeg, QPointF pivot);
    static QPointF mirroredPoint(QPointF p, MirrorAxis axis);

    friend bool operator==(const RowPath &, const RowPath &) = default;

private:
    Kind m_kind = Kind::Straight;
    QPointF m_start;      ///< Straight: start point
    QPointF m_end;        ///< Straight: end point
    QPointF m_centre;     ///< Arc
    double m_radius = 0;
    double m_startAngle = 0;
    double m_sweep = 0;
};

} // namespace Tribina
