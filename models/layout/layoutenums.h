#pragma once

#include <QLatin1String>
#include <QStringView>

/// The small closed vocabularies of a stadium layout, with their database spellings (the
/// PostgreSQL enum labels of the data model), so that every reader and writer agrees on them.

namespace Tribina {

/// sector_type in the database.
enum class SectorType {
    Standard,
    Vip,
    Accessibility, ///< a platform or area for wheelchair users and their companions
    Standing,      ///< capacity only: no seats, no seat map
};

/// seat_type in the database.
enum class SeatType {
    Standard,
    Technical,     ///< camera, security or broadcast position: never sold
    Accessibility, ///< wheelchair place
    Companion,     ///< the seat of a wheelchair user's companion, next to it
};

/// numbering_dir in the database. Left and right are as seen by a spectator sitting in the row
/// and looking at the pitch, which is also the direction of the row's path (see RowPath).
enum class NumberingDirection {
    LeftToRight, ///< "LTR": the first number is at the path's start
    RightToLeft, ///< "RTL": the first number is at the path's end
};

/// How seat numbers advance along a row. Odd/even numbering is common where a row is split by
/// a central stair and each half is numbered from its own side.
enum class NumberingStep {
    Consecutive, ///< 1, 2, 3, ...
    Odd,         ///< 1, 3, 5, ...
    Even,        ///< 2, 4, 6, ...
};

/// stadium_type in the database.
enum class VenueType {
    Home, ///< a Croatian stadium the federation configures itself
    Away, ///< a foreign venue, usually only a few non-numbered sectors
};

QLatin1String sqlValue(SectorType type);
QLatin1String sqlValue(SeatType type);
QLatin1String sqlValue(NumberingDirection direction);
QLatin1String sqlValue(VenueType type);

/// Parse a database spelling; false (and *out untouched) for an unknown value.
bool fromSqlValue(QStringView value, SectorType *out);
bool fromSqlValue(QStringView value, SeatType *out);
bool fromSqlValue(QStringView value, NumberingDirection *out);
bool fromSqlValue(QStringView value, VenueType *out);

} // namespace Tribina
