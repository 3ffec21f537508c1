#pragma once

#include <QLatin1String>
#include <QList>
#include <QStringView>

#include <algorithm>
#include <array>
#include <utility>

/// The snake configuration of a sector (sector_snake_configs): how the best-seat allocator
/// ranks the seats of one sector. SnakeRanking turns it into the seat order that the counter,
/// quotas and petrol allocate by, and that the editor shows as a numbered heat map.

namespace Tribina {

/// traversal_dir in the database: which way the rows are visited from the best row. "Top" is
/// row_order 0 — the front row, first in the row list and, for the main stand, at the top of
/// the seat map (which puts the pitch above it).
enum class TraversalDirection {
    TopToBottom, ///< best row, then rows behind it (row_order ascending), then those in front
    BottomToTop, ///< best row, then rows in front of it (row_order descending), then those behind
};

/// row_strategy in the database: the order within the best row. Left and right are the
/// spectators' (seat_index ascending is left to right, see RowPath). The snake reverses the
/// direction from row to row (see SnakeRanking).
enum class RowStrategy {
    CenterOutward, ///< nearest the row's centre first, alternating sides
    LeftToRight,
    RightToLeft,
};

/// An inclusive range of seat indices (physical positions) within a row.
struct SeatRange
{
    int first = 0;
    int last = -1;

    bool isEmpty() const { return last < first; }
    bool contains(int seatIndex) const { return seatIndex >= first && seatIndex <= last; }

    friend bool operator==(const SeatRange &, const SeatRange &) = default;
};

struct SnakeConfig
{
    /// row_order of the best row; clamped to the sector's rows when ranking.
    int bestRow = 0;
    TraversalDirection traversal = TraversalDirection::TopToBottom;
    RowStrategy strategy = RowStrategy::CenterOutward;

    /// Optional sub-sector grouping for irregular sectors (subsector_grouping_json):
    /// subSectors[r] lists the seat ranges of row r, one per block, best block first. Block b
    /// is range b of every row that has one; a row without ranges (or beyond the list) belongs
    /// to the first block whole. Each block is ranked completely, with the same snake, before
    /// the next; seats no range covers come last.
    QList<QList<SeatRange>> subSectors;

    bool hasSubSectors() const
    {
        return std::any_of(subSectors.cbegin(), subSectors.cend(),
                           [](const QList<SeatRange> &ranges) { return !ranges.isEmpty(); });
    }
    /// The number of blocks: 1 without sub-sectors.
    int blockCount() const
    {
        qsizetype blocks = 1;
        for (const QList<SeatRange> &ranges : subSectors)
            blocks = std::max(blocks, ranges.size());
        return int(blocks);
    }

    /// What a sector gets when nobody configured it (the database's column defaults with the
    /// middle row as the best one, as the demo seeder writes them).
    static SnakeConfig defaultFor(int rowCount)
    {
        SnakeConfig config;
        config.bestRow = std::max(0, rowCount / 2);
        return config;
    }

    friend bool operator==(const SnakeConfig &, const SnakeConfig &) = default;
};

namespace SnakeSpellings {
inline constexpr std::array<std::pair<TraversalDirection, QLatin1String>, 2> traversals{{
    {TraversalDirection::TopToBottom, QLatin1String("TOP_TO_BOTTOM")},
    {TraversalDirection::BottomToTop, QLatin1String("BOTTOM_TO_TOP")},
}};
inline constexpr std::array<std::pair<RowStrategy, QLatin1String>, 3> strategies{{
    {RowStrategy::CenterOutward, QLatin1String("CENTER_OUTWARD")},
    {RowStrategy::LeftToRight, QLatin1String("LEFT_TO_RIGHT")},
    {RowStrategy::RightToLeft, QLatin1String("RIGHT_TO_LEFT")},
}};
} // namespace SnakeSpellings

/// Database spellings (traversal_dir, row_strategy), like sqlValue() of layoutenums.h.
inline QLatin1String sqlValue(TraversalDirection value)
{
    for (const auto &[e, s] : SnakeSpellings::traversals) {
        if (e == value)
            return s;
    }
    return SnakeSpellings::traversals.front().second;
}

inline QLatin1String sqlValue(RowStrategy value)
{
    for (const auto &[e, s] : SnakeSpellings::strategies) {
        if (e == value)
            return s;
    }
    return SnakeSpellings::strategies.front().second;
}

/// Parse a database spelling; false (and *out untouched) for an unknown value.
inline bool fromSqlValue(QStringView value, TraversalDirection *out)
{
    for (const auto &[e, s] : SnakeSpellings::traversals) {
        if (value == s) {
            *out = e;
            return true;
        }
    }
    return false;
}

inline bool fromSqlValue(QStringView value, RowStrategy *out)
{
    for (const auto &[e, s] : SnakeSpellings::strategies) {
        if (value == s) {
            *out = e;
            return true;
        }
    }
    return false;
}

} // namespace Tribina
