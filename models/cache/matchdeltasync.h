#pragma once

#include "cache/cachedmatch.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <memory>

class QTimer;

namespace Tribina {

class ChangeListener;
class DbSession;

/// Keeps the workstation cache (MatchSnapshotStore) of the followed matches in step with the
/// server, on the database thread (DbSession::run):
/// - the first time a match is followed it is loaded in full (or, when the cache already has
///   it, caught up from the cache's watermark);
/// - on every notification for the match (ChangeListener::matchChanged, or LISTEN on the
///   session's own connection) it fetches the inventory rows with a newer change number,
///   writes them to SQLite and announces the seats that changed (seatsChanged());
/// - after a reconnect (resyncNeeded) it catches every followed match up; a slow poll catches up
///   too, in case a notification was lost with a connection.
///
/// Change numbers come from one sequence and commit out of order: a transaction may draw 100,
/// another 101 and commit first. The fetch therefore does not start after the highest number
/// seen but after a safe watermark (ChangeWatermark: each fetch is followed by a look at the
/// server's snapshot, and the highest number seen becomes safe only once every transaction that
/// was running at that moment has ended). Rows read twice meanwhile are de-duplicated by their
/// change number.
class MatchDeltaSync : public QObject
{
    Q_OBJECT
public:
    /// cachePath: the SQLite file (MatchSnapshotStore::defaultPath() in the app).
    MatchDeltaSync(DbSession &session, const QString &cachePath, QObject *parent = nullptr);
    ~MatchDeltaSync() override;

    /// Hears changes through a listener with a connection of its own (the design's way).
    void setListener(ChangeListener *listener);
    /// No listener at hand (the password is not kept): LISTEN on the session's connection,
    /// subscribing again whenever that connection comes back.
    void listenOnSession();
    /// How often followed matches are caught up without a notification (0: never). Default 5 s.
    void setPollInterval(int milliseconds);

    void follow(const QUuid &matchId);
    void unfollow(const QUuid &matchId);
    bool isFollowing(const QUuid &matchId) const { return m_followed.contains(matchId); }
    /// Queues a catch-up of the match (coalesced: one queued fetch per match at a time).
    void catchUp(const QUuid &matchId);
    /// Catches every followed match up.
    void resync();

    /// The matches on sale, read from the server (for a match picker; the cache's own list is
    /// MatchSnapshotStore::matches()).
    QFuture<QList<CachedMatch>> fetchMatches();

signals:
    /// The match was (re)loaded in full into the cache: readers reload it.
    void snapshotReplaced(const QUuid &matchId);
    /// The match row, its price categories or sectors changed (the cache has the new ones).
    void tablesChanged(const QUuid &matchId);
    /// Seats changed on the server and are now in the cache; each change at most once.
    void seatsChanged(const QUuid &matchId, const QList<Tribina::SeatDelta> &changes);
    /// The cache is up to date with the server as far as this catch-up could see.
    void caughtUp(const QUuid &matchId);
    void syncFailed(const QUuid &matchId, const QString &message);

private:
    struct Shared;
    void subscribeOnSession();

    DbSession &m_session;
    std::shared_ptr<Shared> m_shared;
    QList<QUuid> m_followed;
    QPointer<ChangeListener> m_listener;
    QTimer *m_poll = nullptr;
    bool m_sessionListening = false;
};

} // namespace Tribina
