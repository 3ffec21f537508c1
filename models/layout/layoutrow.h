#pragma once

#include "layout/layoutenums.h"
#include "layout/rowpath.h"
#include "layout/seatnumbering.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Tribina {

/// Where an aisle or stair interrupts a row: after the first afterSeats seats (counted
/// physically from the path's start) there is width metres of empty space. A gap takes space,
/// never a number: the seat after it carries the next number.
struct RowGap
{
    int afterSeats = 0;
    double width = 0.8;

    friend bool operator==(const RowGap &, const RowGap &) = default;
};

/// One row of seats: its identifier, its centre line (RowPath), how many seats sit on it, how
/// they are numbered, where aisles interrupt it and which seats are not ordinary seats.
///
/// The seats (and gaps) form a run of runLength() metres placed on the path according to the
/// alignment; a seat's position is the point of the path at the seat's centre, so curved rows
/// keep the seat pitch along the arc.
class LayoutRow
{
public:
    enum class Alignment {
        Start,  ///< the run begins at the path's start
        Centre, ///< the run is centred on the path (the default: symmetric stands)
        End,    ///< the run ends at the path's end
    };

    static constexpr double DefaultSeatPitch = 0.8; ///< metres from seat centre to seat centre
    static constexpr double DefaultDepth = 0.9;     ///< metres from row to row

    LayoutRow() = default;
    LayoutRow(QString identifier, RowPath path, int seatCount);

    const QString &identifier() const { return m_identifier; }
    void setIdentifier(const QString &identifier) { m_identifier = identifier; }
    const RowPath &path() const { return m_path; }
    void setPath(const RowPath &path) { m_path = path; }
    /// Places on the row, removed seats included: numbering and geometry count places, so
    /// removing a seat leaves a hole and never renumbers or moves its neighbours.
    int seatCount() const { return m_seatCount; }
    /// The seats that exist: places minus removed seats (what SeatGenerator produces).
    int activeSeatCount() const;
    void setSeatCount(int count) { m_seatCount = qMax(0, count); }
    double seatPitch() const { return m_seatPitch; }
    void setSeatPitch(double pitch) { m_seatPitch = pitch; }
    /// Depth of the row's tread; used for outlines and drawing, not for seat positions.
    double depth() const { return m_depth; }
    void setDepth(double depth) { m_depth = depth; }
    Alignment alignment() const { return m_alignment; }
    void setAlignment(Alignment alignment) { m_alignment = alignment; }

    const SeatNumbering &numbering() const { return m_numbering; }
    void setNumbering(const SeatNumbering &numbering) { m_numbering = numbering; }

    const QList<RowGap> &gaps() const { return m_gaps; }
    void setGaps(const QList<RowGap> &gaps) { m_gaps = gaps; }
    void addGap(int afterSeats, double width = DefaultSeatPitch) { m_gaps.append({afterSeats, width}); }
    /// Gaps that really interrupt the row (0 < afterSeats < seatCount()); others are ignored.
    QList<RowGap> effectiveGaps() const;

    /// Seat types by physical position; positions not listed are standard seats.
    const QMap<int, SeatType> &seatTypes() const { return m_seatTypes; }
    void setSeatType(int position, SeatType type);
    SeatType seatType(int position) const { return m_seatTypes.value(position, SeatType::Standard); }
    /// Seats of present places only (removed seats do not count).
    int countOf(SeatType type) const;

    /// Places whose seat was taken out (a pillar, a camera platform, a wider gangway), sorted.
    /// A removed place keeps its type, so restoring the seat brings back what was there.
    const QList<int> &removedSeats() const { return m_removed; }
    bool isRemoved(int position) const;
    void setRemoved(int position, bool removed);
    void setRemovedSeats(const QList<int> &positions);

    /// The same row moved, turned or mirrored (see RowPath). Mirroring reverses everything
    /// indexed by physical position — seat types, removed seats, gaps, alignment and the
    /// numbering direction — so each seat keeps its number at its mirrored place.
    void translate(QPointF delta) { m_path = m_path.translated(delta); }
    void rotate(double angleDeg, QPointF pivot) { m_path = m_path.rotated(angleDeg, pivot); }
    LayoutRow mirrored(MirrorAxis axis) const;

    /// Seats plus gaps, metres.
    double runLength() const;
    /// Distance along the path where the run (the first seat's outer edge) begins.
    double runStart() const;
    double runEnd() const { return runStart() + runLength(); }
    /// Distance along the path of the centre of the seat at position.
    double seatDistance(int position) const;
    int seatNumber(int position) const { return m_numbering.numberAt(position, m_seatCount); }

    friend bool operator==(const LayoutRow &, const LayoutRow &) = default;

private:
    QString m_identifier;
    RowPath m_path;
    int m_seatCount = 0;
    double m_seatPitch = DefaultSeatPitch;
    double m_depth = DefaultDepth;
    Alignment m_alignment = Alignment::Centre;
    SeatNumbering m_numbering;
    QList<RowGap> m_gaps;
    QMap<int, SeatType> m_seatTypes;
    QList<int> m_removed;
};

} // namespace Tribina
