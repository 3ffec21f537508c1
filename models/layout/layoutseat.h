#pragma once

#include "layout/layoutenums.h"

#include <QHashFunctions>
#include <QPointF>
#include <QString>

#include <compare>

namespace Tribina {

/// Where a seat sits in its sector: the row's index (row_order, front row 0) and the seat's
/// physical position in the row (seat_index, from the path's start). Unlike the printed labels
/// this never collides, so the editor, the snake ranking and selections refer to seats by it.
struct SeatKey
{
    int rowOrder = 0;
    int seatIndex = 0;

    friend bool operator==(const SeatKey &, const SeatKey &) = default;
    friend auto operator<=>(const SeatKey &, const SeatKey &) = default;
};

inline size_t qHash(SeatKey key, size_t seed = 0)
{
    return qHashMulti(seed, key.rowOrder, key.seatIndex);
}

/// A seat of a whole layout: its sector's editor id (LayoutSector::id()) and its SeatKey.
struct SeatRef
{
    int sectorId = 0;
    SeatKey seat;

    friend bool operator==(const SeatRef &, const SeatRef &) = default;
    friend auto operator<=>(const SeatRef &, const SeatRef &) = default;
};

inline size_t qHash(const SeatRef &ref, size_t seed = 0)
{
    return qHashMulti(seed, ref.sectorId, ref.seat.rowOrder, ref.seat.seatIndex);
}

/// One seat as generated from a row (see SeatGenerator): what the seats table stores.
struct LayoutSeat
{
    QString rowIdentifier;
    int number = 0;        ///< seat number as printed on the ticket
    QPointF position;      ///< centre of the seat, layout coordinates (metres)
    double angleDeg = 0;   ///< direction of the row at this seat (see RowPath::angleAt)
    SeatType type = SeatType::Standard;
    int rowOrder = 0;      ///< 0-based index of the row in its sector, front row first
    int seatIndex = 0;     ///< 0-based physical position in the row, from the path's start

    /// seats.seat_number
    QString label() const { return QString::number(number); }
    SeatKey key() const { return {rowOrder, seatIndex}; }

    friend bool operator==(const LayoutSeat &, const LayoutSeat &) = default;
};

} // namespace Tribina
