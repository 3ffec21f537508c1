#pragma once

#include "layout/layoutfinding.h"

#include <QCoreApplication>
#include <QList>

namespace Tribina {

class StadiumLayout;

/// Checks a layout before it is saved, validated or used for selling. Rules (severity):
/// - sector codes: unique within the stadium (error; the later sector is reported), not empty
///   and at most MaxSectorCodeLength characters (error: tickets print them, sectors.code
///   holds 20);
/// - sector capacity: a sector with neither seats nor a manual capacity sells nothing
///   (warning); a standing sector's rows are ignored (warning); a sector needs an outline to
///   be drawn and clicked (warning);
/// - rows: identifiers unique within the sector (error), not empty and at most
///   MaxRowIdentifierLength characters (error); a row without seats (empty, or every seat
///   removed) is skipped when stored (warning);
/// - seats: labels (row identifier + number) unique within the sector (error, one finding per
///   row that repeats labels of an earlier row); seats of different rows (any sectors) whose
///   footprints overlap (error, one finding per pair of rows); seat centres outside their
///   sector's outline (warning, one finding per row);
/// - snake: every seated sector has a configuration (error: the best-seat allocator ranks by
///   it) whose best row exists (error) and whose sub-sector ranges lie within their rows and
///   do not overlap (warning).
///
/// A seat's footprint is its share of the row, seat pitch × row depth, shrunk by
/// FootprintScale: neighbouring rows of one block touch without overlapping, and the slight
/// overlap of neighbours in a tightly curved row is tolerated. Seats of the same row are never
/// compared: the row places them a pitch apart by construction.
///
/// Findings come sector by sector in layout order, each sector's by kind then row. Pure and
/// fast (the 35,000 seats of Maksimir take a few tens of milliseconds).
class LayoutValidator
{
    Q_DECLARE_TR_FUNCTIONS(LayoutValidator)

public:
    static constexpr int MaxSectorCodeLength = 20;
    static constexpr int MaxRowIdentifierLength = 10;
    static constexpr double FootprintScale = 0.8;

    static QList<LayoutFinding> validate(const StadiumLayout &layout);

    static bool hasErrors(const QList<LayoutFinding> &findings);
    /// The severity a kind of finding has (InvalidSnakeConfig: of a missing best row).
    static LayoutFinding::Severity severityOf(LayoutFinding::Kind kind);
};

} // namespace Tribina
