#pragma once

#include <QString>
#include <QtGlobal>

#include <deque>

class QSqlQuery;

namespace Tribina {

/// The server's transaction snapshot (pg_current_snapshot) as read right after a fetch: which
/// transactions may still have been running at that moment.
struct SnapshotMark
{
    qint64 xmin = 0; ///< oldest transaction still running
    qint64 xmax = 0; ///< first transaction id not yet assigned

    /// "xmin, xmax" of the current snapshot, for the SELECT list of the query that reads a mark
    /// (the one place this SQL is written).
    static QString selectColumns();
    /// The two columns selectColumns() put at position first of q's current row.
    static SnapshotMark fromRow(const QSqlQuery &q, int first);
};

/// Where to fetch changes from when change numbers commit out of order (0002: every write stamps
/// change_no from one sequence at write time; it becomes visible at commit). A transaction may
/// draw 100, another 101 and commit first, so "the highest number seen" is no place to resume
/// from: 100 would never be read.
///
/// Use: fetch rows with change_no > fetchAfter(); call seen() for each; then read a SnapshotMark
/// and call advance(). The highest number seen becomes safe once every transaction that was
/// running when it was seen has ended (a later mark's xmin has passed that mark's xmax): each of
/// those numbers was drawn by such a transaction. Safe only from the fetch after that: the mark is
/// read after its fetch, so a transaction may end between the two and the fetch missed it; the
/// next fetch, which starts from the old safe number, sees it. Rows read again meanwhile must be
/// de-duplicated by the caller (by change number).
///
/// No database: plain bookkeeping (tests/db/tst_changewatermark).
class ChangeWatermark
{
public:
    /// Read again below the safe number: a row inserted by a transaction that drew its number
    /// before it had a transaction id (a BEFORE INSERT trigger on its first write); updates lock
    /// the row, and so have their id, before the trigger runs.
    static constexpr qint64 DefaultOverlap = 32;

    explicit ChangeWatermark(qint64 overlap = DefaultOverlap) : m_overlap(overlap) {}

    /// Starts again: every change up to safe is known to be in (0: nothing is).
    void restart(qint64 safe = 0);
    /// A row with this change number was read.
    void seen(qint64 changeNo);
    /// After each fetch (a full load counts): the snapshot read after it.
    void advance(const SnapshotMark &mark);
    void advance(qint64 xmin, qint64 xmax) { advance(SnapshotMark{xmin, xmax}); }

    /// Every change up to here has been read.
    qint64 safe() const { return m_safe; }
    qint64 highest() const { return m_highest; }
    /// The next fetch reads change_no > this.
    qint64 fetchAfter() const { return qMax<qint64>(0, m_safe - m_overlap); }
    /// Highest numbers still waiting for running transactions to end (bounded: see advance()).
    qsizetype pendingCheckpoints() const { return qsizetype(m_checkpoints.size()); }

private:
    struct Checkpoint
    {
        qint64 highest = 0; ///< highest change number seen when the mark was read
        qint64 xmax = 0;    ///< that mark's xmax
    };

    qint64 m_overlap;
    qint64 m_safe = 0;
    qint64 m_highest = 0;
    qint64 m_ready = 0; ///< verified by the last mark: becomes safe after the next fetch
    std::deque<Checkpoint> m_checkpoints;
};

} // namespace Tribina
