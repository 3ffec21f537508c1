#pragma once

#include "layout/layoutenums.h"

#include <QPointF>
#include <QString>

namespace Tribina {

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

    friend bool operator==(const LayoutSeat &, const LayoutSeat &) = default;
};

} // namespace Tribina
