#include "matchdeltasync.h"

#include "cache/matchserverreader.h"
#include "cache/matchsnapshotstore.h"
#include "db/changelistener.h"
#include "db/changewatermark.h"
#include "db/dbsession.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

#include <stdexcept>

namespace Tribina {

/// What the database thread keeps between jobs. Only jobs (on that thread) touch store and
/// states; queued and owner are shared with the GUI thread under the mutex.
struct MatchDeltaSync::Shared
{
    struct State
    {
        bool loaded = false;
        ChangeWatermark watermark; ///< its safe() is the cache's watermark
        QString tablesSignature;
        QHash<QUuid, qint64> seatChange; ///< inventory id -> change number in the cache
    };

    QString cachePath;
    std::unique_ptr<MatchSnapshotStore> store;
    QHash<QUuid, State> states;
    QPointer<QSqlDriver> listeningDriver;

    QMutex mutex;
    QSet<QUuid> queued;
    QSet<QUuid> followed;
    MatchDeltaSync *owner = nullptr;

    template<typename F>
    void announce(F &&f)
    {
        QMutexLocker lock(&mutex);
        if (owner)
            f(owner);
    }

    Outcome ensureStore()
    {
        if (!store)
            store = std::make_unique<MatchSnapshotStore>(cachePath);
        return store->open();
    }

    void sync(QSqlDatabase &db, const QUuid &matchId);
    Outcome loadFull(MatchServerReader &reader, const QUuid &matchId, State &state);
    Outcome catchUp(MatchServerReader &reader, const QUuid &matchId, State &state, bool *reloaded);
};

Outcome MatchDeltaSync::Shared::loadFull(MatchServerReader &reader, const QUuid &matchId, State &state)
{
    MatchSnapshot snapshot;
    MatchServerReader::Mark mark;
    if (Outcome o = reader.loadFull(matchId, &snapshot, &mark); !o)
        return o;
    state = State();
    state.loaded = true;
    state.watermark.seen(snapshot.watermark);
    state.tablesSignature = mark.tablesSignature;
    state.seatChange.reserve(snapshot.seats.size());
    for (const CachedSeat &s : std::as_const(snapshot.seats))
        state.seatChange.insert(s.inventoryId, s.changeNo);
    state.watermark.advance(mark);
    snapshot.watermark = state.watermark.safe();
    return store->replaceMatch(snapshot);
}

Outcome MatchDeltaSync::Shared::catchUp(MatchServerReader &reader, const QUuid &matchId, State &state, bool *reloaded)
{
    *reloaded = false;
    QList<SeatDelta> changes;
    if (Outcome o = reader.fetchSeatChanges(matchId, state.watermark.fetchAfter(), &changes); !o)
        return o;
    // Taken after the fetch, so its snapshot is no older than the fetch's.
    MatchServerReader::Mark mark;
    if (Outcome o = reader.readMark(matchId, &mark); !o)
        return o;

    QList<SeatDelta> fresh;
    for (const SeatDelta &d : std::as_const(changes)) {
        state.watermark.seen(d.changeNo);
        const auto known = state.seatChange.constFind(d.inventoryId);
        if (known == state.seatChange.cend()) {
            // A row the cache never had (inventory added to the match): start again in full.
            *reloaded = true;
            return loadFull(reader, matchId, state);
        }
        if (d.changeNo > *known) {
            state.seatChange[d.inventoryId] = d.changeNo;
            fresh.append(d);
        }
    }
    if (mark.tablesSignature != state.tablesSignature) {
        CachedMatch match;
        QList<CachedCategory> categories;
        QList<CachedSector> sectors;
        if (Outcome o = reader.loadMatchTables(matchId, &match, &categories, &sectors); !o)
            return o;
        if (Outcome o = store->replaceMatchTables(match, categories, sectors); !o)
            return o;
        state.tablesSignature = mark.tablesSignature;
        announce([&](MatchDeltaSync *owner) { emit owner->tablesChanged(matchId); });
    }
    if (!fresh.isEmpty()) {
        QList<SeatDelta> applied;
        if (Outcome o = store->applySeatChanges(matchId, fresh, &applied); !o)
            return o;
    }
    const qint64 before = state.watermark.safe();
    state.watermark.advance(mark);
    if (state.watermark.safe() != before)
        if (Outcome o = store->setWatermark(matchId, state.watermark.safe()); !o)
            return o;
    if (!fresh.isEmpty())
        announce([&](MatchDeltaSync *owner) { emit owner->seatsChanged(matchId, fresh); });
    return {};
}

void MatchDeltaSync::Shared::sync(QSqlDatabase &db, const QUuid &matchId)
{
    {
        QMutexLocker lock(&mutex);
        queued.remove(matchId);
        if (!followed.contains(matchId))
            return;
    }
    Outcome outcome = ensureStore();
    if (outcome && !db.isOpen())
        outcome = Outcome::failure(MatchSnapshotStore::tr("Not connected to the server."));
    if (outcome) {
        MatchServerReader reader(db);
        State &state = states[matchId];
        bool reloaded = false;
        if (!state.loaded) {
            // Known to the cache: catch up from its watermark instead of reading it all again.
            const qint64 cached = store->watermark(matchId);
            if (cached > 0) {
                state.loaded = true;
                state.watermark.restart(cached);
                state.seatChange = store->seatChangeNumbers(matchId);
                outcome = catchUp(reader, matchId, state, &reloaded);
            } else {
                outcome = loadFull(reader, matchId, state);
                reloaded = true;
            }
        } else {
            outcome = catchUp(reader, matchId, state, &reloaded);
        }
        if (!outcome)
            state.loaded = false; // start again cleanly next time
        else if (reloaded)
            announce([&](MatchDeltaSync *owner) { emit owner->snapshotReplaced(matchId); });
    }
    announce([&](MatchDeltaSync *owner) {
        if (outcome)
            emit owner->caughtUp(matchId);
        else
            emit owner->syncFailed(matchId, outcome.error());
    });
}

MatchDeltaSync::MatchDeltaSync(DbSession &session, const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<QList<SeatDelta>>();
    m_shared->cachePath = cachePath;
    m_shared->owner = this;
    m_poll = new QTimer(this);
    m_poll->setInterval(5'000);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_sessionListening)
            subscribeOnSession();
        resync();
    });
    m_poll->start();
}

MatchDeltaSync::~MatchDeltaSync()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->owner = nullptr;
        m_shared->followed.clear();
    }
    // The SQLite connection belongs to the database thread: close it there.
    m_session.run<void>([shared = m_shared](QSqlDatabase &) {
        shared->store.reset();
        shared->states.clear();
    });
}

void MatchDeltaSync::setListener(ChangeListener *listener)
{
    if (m_listener)
        m_listener->disconnect(this);
    m_listener = listener;
    if (!listener)
        return;
    connect(listener, &ChangeListener::matchChanged, this, [this](const QString &matchId) {
        const QUuid id(matchId);
        if (m_followed.contains(id))
            catchUp(id);
    });
    connect(listener, &ChangeListener::resyncNeeded, this, &MatchDeltaSync::resync);
}

void MatchDeltaSync::listenOnSession()
{
    if (m_sessionListening)
        return;
    m_sessionListening = true;
    connect(&m_session, &DbSession::connectedChanged, this, [this](bool connected) {
        if (connected) {
            subscribeOnSession();
            resync();
        }
    });
    subscribeOnSession();
}

void MatchDeltaSync::subscribeOnSession()
{
    QPointer<MatchDeltaSync> self(this);
    m_session.run<void>([shared = m_shared, self](QSqlDatabase &db) {
        if (!db.isOpen())
            return;
        QSqlDriver *driver = db.driver();
        const QString channel = QLatin1String(ChangeListener::kChannel);
        if (driver->subscribedToNotifications().contains(channel) && shared->listeningDriver == driver)
            return;
        const bool again = !shared->listeningDriver.isNull();
        if (!driver->subscribeToNotification(channel))
            return;
        if (shared->listeningDriver != driver) {
            shared->listeningDriver = driver;
            QObject::connect(driver, &QSqlDriver::notification, driver,
                             [shared](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                                 const QUuid id(payload.toString());
                                 shared->announce([&](MatchDeltaSync *owner) {
                                     QMetaObject::invokeMethod(owner, [owner, id] {
                                         if (owner->isFollowing(id))
                                             owner->catchUp(id);
                                     }, Qt::QueuedConnection);
                                 });
                             });
        }
        // Subscribed again after the connection came back: what happened meanwhile was not heard.
        if (again)
            shared->announce([](MatchDeltaSync *owner) {
                QMetaObject::invokeMethod(owner, &MatchDeltaSync::resync, Qt::QueuedConnection);
            });
    });
}

void MatchDeltaSync::setPollInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_poll->stop();
        return;
    }
    m_poll->setInterval(milliseconds);
    m_poll->start();
}

void MatchDeltaSync::follow(const QUuid &matchId)
{
    if (matchId.isNull() || m_followed.contains(matchId))
        return;
    m_followed.append(matchId);
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->followed.insert(matchId);
    }
    catchUp(matchId);
}

void MatchDeltaSync::unfollow(const QUuid &matchId)
{
    m_followed.removeAll(matchId);
    QMutexLocker lock(&m_shared->mutex);
    m_shared->followed.remove(matchId);
}

void MatchDeltaSync::catchUp(const QUuid &matchId)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->queued.contains(matchId))
            return; // the queued fetch starts later and will see this change too
        m_shared->queued.insert(matchId);
    }
    m_session.run<void>([shared = m_shared, matchId](QSqlDatabase &db) { shared->sync(db, matchId); });
}

QFuture<QList<CachedMatch>> MatchDeltaSync::fetchMatches()
{
    return m_session.run<QList<CachedMatch>>([](QSqlDatabase &db) {
        QList<CachedMatch> matches;
        if (Outcome o = MatchServerReader(db).listMatches(&matches); !o)
            throw std::runtime_error(o.error().toStdString());
        return matches;
    });
}

void MatchDeltaSync::resync()
{
    for (const QUuid &id : std::as_const(m_followed))
        catchUp(id);
}

} // namespace Tribina
