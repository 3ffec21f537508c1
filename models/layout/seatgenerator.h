#pragma once

#include "layout/layoutseat.h"

#include <QList>

namespace Tribina {

class LayoutRow;
class LayoutSector;

/// Expands rows into seats: the one place that turns a row's geometry and numbering into seat
/// positions, numbers and types, used by the editor, the seeder, imports and exports alike.
class SeatGenerator
{
public:
    /// The seats of row, in physical order from the path's start (seatIndex 0, 1, ...),
    /// each stamped with rowOrder. Removed seats are left out (their seatIndex is skipped).
    static QList<LayoutSeat> seats(const LayoutRow &row, int rowOrder);
    /// The seats of every row of sector, front row first; rowOrder is the row's index.
    static QList<LayoutSeat> seats(const LayoutSector &sector);
};

} // namespace Tribina
