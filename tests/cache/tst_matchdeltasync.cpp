// The workstation cache against the real database: out-of-order commits, de-duplication,
// catching up after the listener's connection is killed, and reloading the SQLite snapshot.
#include "cache/liveseatmap.h"
#include "cache/matchdeltasync.h"
#include "cache/matchsnapshotstore.h"
#include "db/changelistener.h"
#include "db/dbsession.h"
#include "seatmap/seatmapmodel.h"
#include "testdatabase.h"
#include "testvenue.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tribina;

class TestMatchDeltaSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loadsTheMatch();
    void outOfOrderCommitsAreNotMissed();
    void changesAreAppliedOnce();
    void catchesUpAfterTheListenerIsKilled();
    void snapshotReloadsFromSqlite();
    void cleanupTestCase();

private:
    QUuid inventoryId(int n) const { return m_inventory.at(n); }
    int seatOf(int n) const { return m_live->seatOf(inventoryId(n)); }
    void setStatus(QSqlDatabase &db, int n, const QString &status);

    const QString m_name = QStringLiteral("tst_matchdeltasync");
    QSqlDatabase m_db;
    TestVenue m_venue;
    QString m_clerk;
    QList<QUuid> m_inventory;
    QTemporaryDir m_dir;
    std::unique_ptr<DbSession> m_session;
    std::unique_ptr<ChangeListener> m_listener;
    std::unique_ptr<MatchDeltaSync> m_sync;
    std::unique_ptr<MatchSnapshotStore> m_store;
    std::unique_ptr<SeatMapModel> m_model;
    std::unique_ptr<LiveSeatMap> m_live;
};

void TestMatchDeltaSync::setStatus(QSqlDatabase &db, int n, const QString &status)
{
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("UPDATE match_seat_inventory SET status = '%1' WHERE id = '%2'")
                        .arg(status, inventoryId(n).toString(QUuid::WithoutBraces))),
             qPrintable(q.lastError().text()));
}

void TestMatchDeltaSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = TestDatabase::fresh(m_name);
    m_venue = TestVenue::create(m_db, QStringLiteral("Cache Arena"), 3, 10);
    QCOMPARE(m_venue.seatCount, 30);
    m_clerk = TestDatabase::addStaff(m_db, QStringLiteral("cache_clerk"), QStringLiteral("tribina_box_office"));
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT i.id FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id"
                                  " WHERE i.match_id = '%1' ORDER BY s.row_order, s.seat_index")
                       .arg(m_venue.matchId.toString(QUuid::WithoutBraces))));
    while (q.next())
        m_inventory.append(q.value(0).toUuid());
    QCOMPARE(m_inventory.size(), 30);

    const ConnectionSettings settings = TestDatabase::settings(m_name, m_clerk);
    m_session = std::make_unique<DbSession>();
    const LoginResult login = m_session->open(settings, QStringLiteral("secret")).result();
    QVERIFY2(login.ok(), qPrintable(login.message()));
    m_listener = std::make_unique<ChangeListener>();
    QSignalSpy listening(m_listener.get(), &ChangeListener::listeningChanged);
    m_listener->start(settings, QStringLiteral("secret"));
    QVERIFY(listening.wait(10'000));

    m_sync = std::make_unique<MatchDeltaSync>(*m_session, m_dir.filePath(QStringLiteral("cache.sqlite")));
    m_sync->setListener(m_listener.get());
    m_sync->setPollInterval(0); // only notifications and resyncs: what the tests are about
    m_store = std::make_unique<MatchSnapshotStore>(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_store->open().ok());
    m_model = std::make_unique<SeatMapModel>();
    m_live = std::make_unique<LiveSeatMap>(m_store.get(), m_sync.get(), m_model.get());
}

void TestMatchDeltaSync::loadsTheMatch()
{
    QSignalSpy replaced(m_sync.get(), &MatchDeltaSync::snapshotReplaced);
    m_live->showMatch(m_venue.matchId);
    QCOMPARE(m_model->seatCount(), 0); // nothing in the cache yet
    QVERIFY(replaced.wait(10'000));
    QCOMPARE(m_model->seatCount(), 30);
    QCOMPARE(m_live->snapshot().match.homeTeam, QStringLiteral("Hrvatska"));
    for (int n = 0; n < 30; ++n)
        QVERIFY(seatOf(n) >= 0);
    QCOMPARE(m_model->status(seatOf(0)), SeatStatus::Available);
}

void TestMatchDeltaSync::outOfOrderCommitsAreNotMissed()
{
    // A draws the lower change number and commits last.
    QSqlDatabase a = QSqlDatabase::cloneDatabase(m_db, QStringLiteral("writer-a"));
    QVERIFY(a.open());
    QSqlQuery qa(a);
    QVERIFY(qa.exec(QStringLiteral("BEGIN")));
    setStatus(a, 1, QStringLiteral("SOLD"));
    QVERIFY(qa.exec(QStringLiteral("SELECT change_no FROM match_seat_inventory WHERE id = '%1'")
                        .arg(inventoryId(1).toString(QUuid::WithoutBraces))) && qa.next());
    const qint64 lower = qa.value(0).toLongLong();

    // Others commit many changes meanwhile: A's number falls far below anything an overlap
    // window of a few numbers would read again.
    QSqlQuery others(m_db);
    for (int i = 0; i < 3; ++i)
        QVERIFY(others.exec(QStringLiteral("UPDATE match_seat_inventory SET version = version + 1"
                                           " WHERE match_id = '%1' AND id <> '%2'")
                                .arg(m_venue.matchId.toString(QUuid::WithoutBraces),
                                     inventoryId(1).toString(QUuid::WithoutBraces))));
    setStatus(m_db, 2, QStringLiteral("SOLD")); // B: commits at once with a higher number
    QTRY_COMPARE_WITH_TIMEOUT(m_model->status(seatOf(2)), SeatStatus::Sold, 10'000);
    QSqlQuery qb(m_db);
    QVERIFY(qb.exec(QStringLiteral("SELECT change_no FROM match_seat_inventory WHERE id = '%1'")
                        .arg(inventoryId(2).toString(QUuid::WithoutBraces))) && qb.next());
    QVERIFY(qb.value(0).toLongLong() > lower + 80);
    QCOMPARE(m_model->status(seatOf(1)), SeatStatus::Available); // A's change is not committed yet

    QVERIFY(qa.exec(QStringLiteral("COMMIT")));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->status(seatOf(1)), SeatStatus::Sold, 10'000);
    a.close();
}

void TestMatchDeltaSync::changesAreAppliedOnce()
{
    QSignalSpy changed(m_sync.get(), &MatchDeltaSync::seatsChanged);
    const qint64 before = m_live->appliedChanges();
    for (int n = 3; n < 8; ++n)
        setStatus(m_db, n, QStringLiteral("BLOCKED"));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->status(seatOf(7)), SeatStatus::Blocked, 10'000);
    QSignalSpy caughtUp(m_sync.get(), &MatchDeltaSync::caughtUp);
    // Catch-ups re-read the overlap window: nothing in it may be applied twice.
    for (int i = 0; i < 4; ++i) {
        m_sync->resync();
        QVERIFY(caughtUp.wait(10'000));
    }
    QCOMPARE(m_live->appliedChanges() - before, qint64(5));
    int announced = 0;
    for (const QList<QVariant> &signal : std::as_const(changed))
        announced += int(signal.at(1).value<QList<SeatDelta>>().size());
    QCOMPARE(announced, 5);
    for (int n = 3; n < 8; ++n)
        QCOMPARE(m_model->status(seatOf(n)), SeatStatus::Blocked);
}

void TestMatchDeltaSync::catchesUpAfterTheListenerIsKilled()
{
    QSignalSpy resync(m_listener.get(), &ChangeListener::resyncNeeded);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE usename = '%1' AND query ILIKE 'LISTEN%%'")
                       .arg(m_clerk)));
    QList<int> pids;
    while (q.next())
        pids.append(q.value(0).toInt());
    QCOMPARE(pids.size(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pids.first())));
    // Committed while nobody listens: no notification will ever arrive for it.
    setStatus(m_db, 9, QStringLiteral("SOLD"));
    QVERIFY(resync.wait(20'000));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->status(seatOf(9)), SeatStatus::Sold, 10'000);
    // And the new subscription works.
    setStatus(m_db, 10, QStringLiteral("SOLD"));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->status(seatOf(10)), SeatStatus::Sold, 10'000);
}

void TestMatchDeltaSync::snapshotReloadsFromSqlite()
{
    // Another store on the same file (what the next start-up reads), without any server.
    MatchSnapshotStore store(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(store.open().ok());
    QCOMPARE(store.matches().size(), 1);
    const std::optional<MatchSnapshot> snapshot = store.load(m_venue.matchId);
    QVERIFY(snapshot.has_value());
    QCOMPARE(snapshot->seats.size(), 30);
    QVERIFY(snapshot->watermark > 0);
    int sold = 0, blocked = 0;
    for (const CachedSeat &s : snapshot->seats) {
        sold += s.status == SeatStatus::Sold;
        blocked += s.status == SeatStatus::Blocked;
    }
    QCOMPARE(sold, 4);
    QCOMPARE(blocked, 5);

    // A counter that starts while the server is away draws the last known map at once.
    DbSession offline;
    MatchDeltaSync sync(offline, m_dir.filePath(QStringLiteral("cache.sqlite")));
    SeatMapModel model;
    LiveSeatMap live(&store, &sync, &model);
    live.showMatch(m_venue.matchId);
    QCOMPARE(model.seatCount(), 30);
    QCOMPARE(model.status(live.seatOf(inventoryId(9))), SeatStatus::Sold);
    QCOMPARE(model.status(live.seatOf(inventoryId(5))), SeatStatus::Blocked);
    QCOMPARE(model.status(live.seatOf(inventoryId(20))), SeatStatus::Available);
    QSignalSpy failed(&sync, &MatchDeltaSync::syncFailed);
    QVERIFY(failed.wait(5'000)); // it tried to catch up and says it could not
}

void TestMatchDeltaSync::cleanupTestCase()
{
    m_live.reset();
    m_model.reset();
    m_sync.reset();
    m_listener.reset();
    m_session.reset();
    m_store.reset();
}

QTEST_MAIN(TestMatchDeltaSync)
#include "tst_matchdeltasync.moc"
