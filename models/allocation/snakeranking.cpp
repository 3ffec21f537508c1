#include "allocation/snakeranking.h"

#include "layout/layoutsector.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <utility>
#include <vector>

namespace Tribina {

namespace {

// Marks a removed place in m_rank while ranking, so removed and already ranked places are both
// told apart from free ones by one array read; turned into -1 at the end.
constexpr int Removed = -2;
constexpr int Unranked = -1;

// Distances from the middle of a range are compared in units of 0.1 mm: seats mirrored about
// the middle then compare exactly equal, whatever rounding their sums of pitches and gaps had.
constexpr double DistanceUnitsPerMetre = 1e4;

// Distance along the row of each place's centre from the start of the run (LayoutRow's
// seatDistance() without runStart(), which cancels out of every difference taken here).
void placeOffsets(const LayoutRow &row, std::vector<double> *offsets)
{
    const int count = row.seatCount();
    offsets->assign(std::size_t(count), 0.0);
    // Gap widths first, at the place they precede; then a running sum adds pitches and gaps.
    for (const RowGap &gap : row.gaps()) {
        if (gap.afterSeats > 0 && gap.afterSeats < count && gap.width > 0) // effectiveGaps()
            (*offsets)[std::size_t(gap.afterSeats)] += gap.width;
    }
    double gaps = 0;
    for (int p = 0; p < count; ++p) {
        gaps += (*offsets)[std::size_t(p)];
        (*offsets)[std::size_t(p)] = row.seatPitch() * (p + 0.5) + gaps;
    }
}

} // namespace

SnakeRanking::SnakeRanking(const LayoutSector &sector, const SnakeConfig &config)
{
    compute(sector, config);
}

SnakeRanking::SnakeRanking(const LayoutSector &sector)
{
    compute(sector, sector.snakeConfig().value_or(SnakeConfig::defaultFor(int(sector.rows().size()))));
}

int SnakeRanking::rankOf(int rowOrder, int seatIndex) const
{
    if (rowOrder < 0 || rowOrder + 1 >= m_rowStart.size() || seatIndex < 0)
        return Unranked;
    const int at = m_rowStart.at(rowOrder) + seatIndex;
    return at < m_rowStart.at(rowOrder + 1) ? m_rank.at(at) : Unranked;
}

void SnakeRanking::compute(const LayoutSector &sector, const SnakeConfig &config)
{
    const QList<LayoutRow> &rows = sector.rows();
    const int rowCount = int(rows.size());
    if (sector.type() == SectorType::Standing || rowCount == 0)
        return;

    m_rowStart.reserve(rowCount + 1);
    int places = 0;
    for (const LayoutRow &row : rows) {
        m_rowStart.append(places);
        places += row.seatCount();
    }
    m_rowStart.append(places);
    m_rank.fill(Unranked, places);
    for (int r = 0; r < rowCount; ++r) {
        for (const int p : rows.at(r).removedSeats()) {
            if (p >= 0 && p < rows.at(r).seatCount())
                m_rank[m_rowStart.at(r) + p] = Removed;
        }
    }
    m_order.reserve(sector.seatCount());

    const int best = std::clamp(config.bestRow, 0, rowCount - 1);
    QList<int> visit;
    visit.reserve(rowCount);
    visit.append(best);
    const int step = config.traversal == TraversalDirection::TopToBottom ? 1 : -1;
    for (int r = best + step; r >= 0 && r < rowCount; r += step)
        visit.append(r);
    for (int r = best - step; r >= 0 && r < rowCount; r -= step)
        visit.append(r);

    int *ranks = m_rank.data(); // one detach check, not one per seat
    std::vector<double> offsets;
    const auto rankRange = [&](int r, int first, int last) {
        const LayoutRow &row = rows.at(r);
        first = std::max(first, 0);
        last = std::min(last, row.seatCount() - 1);
        if (first > last)
            return;
        const int start = m_rowStart.at(r);
        const bool reversed = std::abs(r - best) % 2 == 1;
        const auto take = [&](int p) {
            int &rank = ranks[start + p];
            if (rank != Unranked)
                return; // removed, or ranked by an earlier block
            rank = int(m_order.size());
            m_order.append({r, p});
        };

        if (config.strategy != RowStrategy::CenterOutward) {
            const bool ascending = (config.strategy == RowStrategy::LeftToRight) != reversed;
            if (ascending) {
                for (int p = first; p <= last; ++p)
                    take(p);
            } else {
                for (int p = last; p >= first; --p)
                    take(p);
            }
            return;
        }

        // Offsets grow along the row, so the seats left of the middle get farther from it
        // going left and those right of it going right: merging the two sides by distance
        // orders the row without sorting. Of two seats at the same distance the preferred
        // side goes first: the left one in the best row and rows an even distance from it,
        // the right one otherwise.
        placeOffsets(row, &offsets);
        const double middle = (offsets[std::size_t(first)] + offsets[std::size_t(last)]) / 2;
        const auto distance = [&](int p) {
            return std::llround(std::abs(offsets[std::size_t(p)] - middle) * DistanceUnitsPerMetre);
        };
        int right = first;
        while (right <= last && offsets[std::size_t(right)] < middle)
            ++right;
        int left = right - 1;
        while (left >= first || right <= last) {
            bool takeLeft = right > last;
            if (left >= first && right <= last) {
                const qint64 l = distance(left);
                const qint64 rr = distance(right);
                takeLeft = l < rr || (l == rr && !reversed);
            }
            take(takeLeft ? left-- : right++);
        }
    };

    if (!config.hasSubSectors()) {
        for (const int r : std::as_const(visit))
            rankRange(r, 0, rows.at(r).seatCount() - 1);
    } else {
        const int blocks = config.blockCount();
        for (int b = 0; b < blocks; ++b) {
            for (const int r : std::as_const(visit)) {
                const QList<SeatRange> ranges = config.subSectors.value(r);
                if (ranges.isEmpty()) {
                    if (b == 0)
                        rankRange(r, 0, rows.at(r).seatCount() - 1);
                } else if (b < ranges.size()) {
                    rankRange(r, ranges.at(b).first, ranges.at(b).last);
                }
            }
        }
        // Whatever no range covered, in one last block over whole rows.
        for (const int r : std::as_const(visit))
            rankRange(r, 0, rows.at(r).seatCount() - 1);
    }

    for (int &rank : m_rank) {
        if (rank == Removed)
            rank = Unranked;
    }
}

} // namespace Tribina
