#include "db/changewatermark.h"

#include <QSqlQuery>
#include <QVariant>

namespace Tribina {

QString SnapshotMark::selectColumns()
{
    return QStringLiteral("pg_snapshot_xmin(pg_current_snapshot())::text::bigint,"
                          " pg_snapshot_xmax(pg_current_snapshot())::text::bigint");
}

SnapshotMark SnapshotMark::fromRow(const QSqlQuery &q, int first)
{
    return {q.value(first).toLongLong(), q.value(first + 1).toLongLong()};
}

void ChangeWatermark::restart(qint64 safe)
{
    m_safe = m_highest = m_ready = safe;
    m_checkpoints.clear();
}

void ChangeWatermark::seen(qint64 changeNo)
{
    m_highest = qMax(m_highest, changeNo);
}

void ChangeWatermark::advance(const SnapshotMark &mark)
{
    // The previous mark was read before the fetch that just ended, which started from the old
    // safe number: what that mark verified was committed before the fetch and has been read.
    m_safe = qMax(m_safe, m_ready);

    // A checkpoint with the same xmax as the last one only raises its highest (those numbers were
    // drawn before this mark too); one without a higher number adds nothing. Keeps the deque
    // small while a long transaction holds xmin back.
    if (!m_checkpoints.empty() && m_checkpoints.back().xmax == mark.xmax)
        m_checkpoints.back().highest = m_highest;
    else if (m_checkpoints.empty() || m_checkpoints.back().highest < m_highest)
        m_checkpoints.push_back({m_highest, mark.xmax});

    // Every transaction that was running when a checkpoint was taken has ended: all numbers up to
    // its highest are committed (or rolled back).
    while (!m_checkpoints.empty() && m_checkpoints.front().xmax <= mark.xmin) {
        m_ready = qMax(m_ready, m_checkpoints.front().highest);
        m_checkpoints.pop_front();
    }
}

} // namespace Tribina
