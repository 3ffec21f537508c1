#pragma once

#include "cache/cachedmatch.h"
#include "db/changewatermark.h"
#include "domain/outcome.h"

#include <QCoreApplication>
#include <QList>

class QSqlDatabase;

namespace Tribina {

/// Reads what the cache keeps from PostgreSQL: the full state of a match and the seat changes
/// after a change number. Blocking calls on the caller's connection (the database thread).
class MatchServerReader
{
    Q_DECLARE_TR_FUNCTIONS(MatchServerReader)
public:
    /// Taken after a read: which transactions may still be running, and a signature of the
    /// small tables (match row, price categories, match sectors) that tells whether they changed.
    struct Mark : SnapshotMark
    {
        QString tablesSignature;
    };

    explicit MatchServerReader(QSqlDatabase &db) : m_db(db) {}

    /// Matches a counter can sell for (not closed or cancelled), by kick-off.
    Outcome listMatches(QList<CachedMatch> *matches);
    Outcome loadFull(const QUuid &matchId, MatchSnapshot *snapshot, Mark *mark);
    Outcome loadMatchTables(const QUuid &matchId, CachedMatch *match, QList<CachedCategory> *categories,
                            QList<CachedSector> *sectors);
    /// Inventory rows of the match with change_no > after, in change order.
    Outcome fetchSeatChanges(const QUuid &matchId, qint64 after, QList<SeatDelta> *changes);
    /// Call after a read: the snapshot it takes is then no older than the read's.
    Outcome readMark(const QUuid &matchId, Mark *mark);

private:
    QSqlDatabase &m_db;
};

} // namespace Tribina
