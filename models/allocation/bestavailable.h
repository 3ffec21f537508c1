#pragma once

#include "layout/layoutenums.h"
#include "layout/layoutseat.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <vector>

namespace Tribina {

class SnakeRanking;

/// "Best N available" for one sector: the counter's group request, ranked by the sector's snake
/// (SnakeRanking). Built once per sector layout; choose() is then cheap (no allocation beyond
/// the result and two rank-sized arrays): the 100,000-seat benchmark picks 6 seats in well under
/// a millisecond.
///
/// Rules (issue 6):
/// - Walk the snake order over the available seats; the group takes the FIRST block of N
///   physically adjacent available seats in one row (seat_index consecutive, no removed place
///   between them) that this walk completes. Among the windows the same seat completes, the
///   one with the best (smallest) rank sum.
/// - Orphans: a block that leaves a single available seat squeezed between itself and an
///   unavailable seat (or the row's end) is skipped while a later block does not; when every
///   block leaves one, the first block is taken (leavesOrphan set).
/// - No block of N: the N best single seats in snake order, together = false ("not together").
/// - Regular requests never take Technical, Accessibility or Companion seats. An accessible
///   request (Mode::Accessible, count = wheelchair places) takes Accessibility seats in snake
///   order, each with an adjacent available Companion seat (same row, seat_index ± 1, no removed
///   place between); the result holds both, place then companion. Where places and companions
///   alternate (A C A C …) a place may move an earlier place's companion to that place's other
///   side, so every place that can have a companion gets one.
class BestAvailable
{
public:
    enum class Mode { Regular, Accessible };

    struct Choice
    {
        QList<SeatKey> seats;       ///< best first (blocks: left to right)
        bool together = false;      ///< one block of adjacent seats
        bool leavesOrphan = false;  ///< the block leaves a single seat beside it (no better block)
        int requested = 0;
        /// Regular: count seats; Accessible: count pairs.
        bool complete() const { return seats.size() >= requested; }
    };

    BestAvailable() = default;
    /// types: seat types by key (missing = Standard).
    BestAvailable(const SnakeRanking &ranking, const QHash<SeatKey, SeatType> &types = {});
    /// The same from a snake order directly (best first); for tests and data from the database.
    explicit BestAvailable(const QList<SeatKey> &order, const QHash<SeatKey, SeatType> &types = {});

    int size() const { return int(m_keys.size()); }
    const QList<SeatKey> &order() const { return m_keys; }
    /// Rank of a seat (-1: not in the sector).
    int rankOf(SeatKey key) const { return m_rankOf.value(key, -1); }

    /// Availability as choose() wants it: one flag per rank, from a set of available seats.
    std::vector<char> availabilityOf(const QSet<SeatKey> &available) const;

    /// The best count seats (Regular) or count wheelchair places with companions (Accessible).
    /// available: one flag per rank (availabilityOf()).
    Choice choose(int count, const std::vector<char> &available, Mode mode = Mode::Regular) const;

    /// How many wheelchair places with an adjacent companion seat are free (what an accessible
    /// request of any size could get).
    int freePairs(const std::vector<char> &available) const;
    /// For a clerk's own pick: the free companion seat beside the wheelchair place at rank
    /// (-1: none, or rank is no wheelchair place). With one on each side, the one that does not
    /// leave the next wheelchair place without a companion.
    int companionOf(int rank, const std::vector<char> &available) const;
    SeatType typeOf(int rank) const { return rank >= 0 && rank < size() ? m_type[size_t(rank)] : SeatType::Standard; }

private:
    void build(const QList<SeatKey> &order, const QHash<SeatKey, SeatType> &types);
    bool sellable(int rank, const std::vector<char> &available) const;
    /// The rank at position seatIndex of rank r's row, -1 when there is no seat there.
    int rankAt(int row, int seatIndex) const;
    Choice chooseAccessible(int count, const std::vector<char> &available) const;
    bool freeOfType(int rank, SeatType type, const std::vector<char> &available) const;
    /// Pairs wheelchair place `place` with the companion seat on side dir (-1 left, +1 right),
    /// shifting the companions of the places further along that side when they block it.
    bool pairTowards(int place, int dir, const std::vector<char> &available, QHash<int, int> &companionOfPlace,
                     QHash<int, int> &placeOfCompanion) const;

    QList<SeatKey> m_keys;            ///< by rank
    QHash<SeatKey, int> m_rankOf;
    std::vector<SeatType> m_type;     ///< by rank
    std::vector<int> m_left;          ///< rank of the seat at seatIndex - 1, or -1
    std::vector<int> m_right;         ///< rank of the seat at seatIndex + 1, or -1
    // Rows: ranks by seat index, flattened; m_rowBase[row] = offset of seat index m_rowFirst[row].
    std::vector<int> m_rowRanks;
    QHash<int, int> m_rowBase;
    QHash<int, int> m_rowFirst;
    QHash<int, int> m_rowLast;
};

} // namespace Tribina
