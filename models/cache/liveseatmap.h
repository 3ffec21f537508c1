#pragma once

#include "cache/cachedmatch.h"
#include "cache/matchseatmap.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUuid>

class QTimer;

namespace Tribina {

class MatchDeltaSync;
class MatchSnapshotStore;
class SeatMapModel;

/// Glue between the cache and a seat map: shows a match from the local cache at once (no
/// server needed), then applies each change MatchDeltaSync announces to the SeatMapModel seat
/// by seat, so the map repaints only what changed. Holds that run out turn available on
/// their own (a timer), as the database counts them.
///
/// Lives on the GUI thread and reads the cache through its own store.
class LiveSeatMap : public QObject
{
    Q_OBJECT
public:
    /// store (opened, GUI thread) and sync are not owned; model is the map's render model.
    LiveSeatMap(MatchSnapshotStore *store, MatchDeltaSync *sync, SeatMapModel *model, QObject *parent = nullptr);

    /// Seats held by this user are drawn as "held by me".
    void setCurrentUser(const QUuid &userId) { m_me = userId; }

    /// Shows what the cache knows of the match (possibly nothing yet) and follows it.
    void showMatch(const QUuid &matchId);
    QUuid matchId() const { return m_matchId; }
    /// Whether the map shows a snapshot (from the cache or just loaded).
    bool hasSnapshot() const { return m_snapshot.isValid(); }

    const MatchSnapshot &snapshot() const { return m_snapshot; }
    const MatchSeatMap &seatMap() const { return m_map; }
    SeatMapModel *model() const { return m_model; }

    /// Global seat index of an inventory row, or -1.
    int seatOf(const QUuid &inventoryId) const { return m_map.seatByInventoryId.value(inventoryId, -1); }
    /// The cached row behind a seat (its ids, labels and the state loaded with the snapshot).
    const CachedSeat *cachedSeat(int seat) const;
    /// Price category index of a seat (into snapshot().categories).
    int categoryOf(int seat) const;
    /// Available seats per price category index, as the map shows them now.
    QList<int> availableByCategory() const;
    /// Number of changes applied since the last reload (for tests and the benchmark).
    qint64 appliedChanges() const { return m_applied; }

signals:
    /// The model was reset with a new snapshot (palette and legends should follow).
    void reloaded();
    /// Seats changed status; global indices.
    void seatsUpdated(const QList<int> &seats);

private:
    void reload();
    void apply(const QUuid &matchId, const QList<SeatDelta> &changes);
    void expireHolds();

    MatchSnapshotStore *m_store;
    MatchDeltaSync *m_sync;
    SeatMapModel *m_model;
    QTimer *m_expiry;
    QUuid m_me;
    QUuid m_matchId;
    MatchSnapshot m_snapshot;
    MatchSeatMap m_map;
    QHash<int, QDateTime> m_holds; ///< reserved seats and when their hold ends
    qint64 m_applied = 0;
};

} // namespace Tribina
