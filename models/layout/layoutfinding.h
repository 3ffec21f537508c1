#pragma once

#include "layout/layoutseat.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace Tribina {

/// One problem LayoutValidator found in a layout: what it is, how bad, a translated message
/// for the findings list, and everything needed to show it on the map — the sector, row and
/// seat it names, the seats to select and the point to centre the view on
/// (LayoutDocument::selectFinding()).
struct LayoutFinding
{
    enum class Severity {
        Warning, ///< worth a look; the layout can still be saved and used
        Error,   ///< the layout cannot be stored or sold as it is
    };

    /// What was found; the validator documents each rule (see LayoutValidator).
    enum class Kind {
        DuplicateSectorCode,
        InvalidSectorCode,      ///< empty or too long for sectors.code
        SectorWithoutCapacity,  ///< no seats and no manual capacity
        StandingSectorWithRows, ///< rows a standing sector ignores
        MissingOutline,
        DuplicateRowIdentifier,
        InvalidRowIdentifier,   ///< empty or too long for row_identifier
        EmptyRow,
        DuplicateSeatLabel,
        OverlappingSeats,
        SeatOutsideOutline,
        MissingSnakeConfig,
        InvalidSnakeConfig,     ///< best row or sub-sector ranges outside the rows
    };

    Kind kind = Kind::DuplicateSectorCode;
    Severity severity = Severity::Error;
    QString message;

    int sectorIndex = -1; ///< index in StadiumLayout::sectors()
    int sectorId = 0;     ///< LayoutSector::id(), 0 outside the editor
    QString sectorCode;
    int rowOrder = -1;    ///< -1: the finding is about the whole sector
    QString rowIdentifier;
    int seatIndex = -1;   ///< -1: not about one seat; otherwise the first seat named
    int seatNumber = 0;   ///< printed number of that seat
    /// Every seat the finding is about, in its sector (e.g. all seats of a row outside the
    /// outline); selecting the finding selects these.
    QList<SeatKey> seats;
    /// Where to look on the plan (layout coordinates): the seat, the row's middle or the
    /// sector's label.
    QPointF position;

    bool isError() const { return severity == Severity::Error; }
    bool hasRow() const { return rowOrder >= 0; }
    bool hasSeat() const { return seatIndex >= 0; }
};

} // namespace Tribina
