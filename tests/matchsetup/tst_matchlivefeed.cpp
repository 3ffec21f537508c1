#include "matchsetupfixture.h"
#include "db/changelistener.h"
#include "db/dbsession.h"
#include "live/matchlivefeed.h"
#include "matchsetup/matchsetuprepository.h"
#include "seatmap/seatmapmodel.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Tribina;
using MatchSetupFixture::exec;

/// Live propagation: a change committed on one workstation's connection reaches another
/// workstation's seat map through NOTIFY, the delta fetch and MatchLiveFeed — statuses, seat
/// categories, sector categories — and a listener that lost its connection reloads.
class TestMatchLiveFeed : public QObject
{
    Q_OBJECT

    const QString m_name = QStringLiteral("matchsetup_live");
    QString m_login;
    QSqlDatabase m_owner;
    QSqlDatabase m_other; ///< the other workstation
    QUuid m_match;
    DbSession m_session;

    int seatIndexOf(const MatchLiveFeed &feed, const QUuid &inventory) { return feed.map().seatOfInventory.value(inventory, -1); }

    QUuid seat(const QString &sector, int row, int index)
    {
        return exec(m_owner, QStringLiteral("SELECT i.id FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id"
                                            " JOIN sectors c ON c.id = s.sector_id WHERE i.match_id = ?::uuid"
                                            " AND c.code = ? AND s.row_order = ? AND s.seat_index = ?"),
                    {m_match, sector, row, index}).toUuid();
    }

private slots:
    void initTestCase()
    {
        m_owner = TestDatabase::fresh(m_name);
        m_login = TestDatabase::addStaff(m_owner, QStringLiteral("live_admin_%1").arg(QCoreApplication::applicationPid()),
                                         QStringLiteral("tribina_admin"));
        m_other = TestDatabase::connectAs(m_name, m_login, QStringLiteral("other"), QStringLiteral("secret"));
        const MatchSetupFixture::Venue venue = MatchSetupFixture::smallVenue(m_owner, QStringLiteral("Live Arena"));
        m_match = MatchSetupFixture::createMatch(m_owner, venue.stadiumId);
        QVERIFY(MatchSetupRepository(m_other).generateInventory(m_match).outcome.ok());
        MatchSetupFixture::configureForSale(m_owner, m_match);
        m_session.open(TestDatabase::settings(m_name, m_login), QStringLiteral("secret")).result();
        QVERIFY(m_session.isOpen());
    }

    void changesReachTheOtherWorkstation()
    {
        ChangeListener listener;
        QSignalSpy listening(&listener, &ChangeListener::listeningChanged);
        listener.start(TestDatabase::settings(m_name, m_login), QStringLiteral("secret"));
        QVERIFY(listening.wait(10'000));

        SeatMapModel model;
        MatchLiveFeed feed(m_session, &model);
        feed.setListener(&listener);
        QSignalSpy loaded(&feed, &MatchLiveFeed::loaded);
        feed.setMatch(m_match);
        QVERIFY(loaded.wait(20'000));
        QCOMPARE(model.seatCount(), 25);
        const int camera = seatIndexOf(feed, seat(QStringLiteral("A"), 0, 0));
        QVERIFY(camera >= 0);
        QCOMPARE(model.status(camera), SeatStatus::Technical);
        const int first = seatIndexOf(feed, seat(QStringLiteral("A"), 1, 0));
        QCOMPARE(model.status(first), SeatStatus::Available);
        QCOMPARE(model.category(first), 1); // the one category, painted on every sector

        // The other workstation blocks a row of three seats.
        MatchSetupRepository other(m_other);
        const QList<QUuid> row = {seat(QStringLiteral("A"), 1, 0), seat(QStringLiteral("A"), 1, 1), seat(QStringLiteral("A"), 1, 2)};
        const SeatOperationResult r = other.applySeats(m_match, row, QStringLiteral("BLOCKED"), QStringLiteral("broken"));
        QCOMPARE(r.applied, 3);
        for (const QUuid &id : row)
            QTRY_COMPARE_WITH_TIMEOUT(model.status(seatIndexOf(feed, id)), SeatStatus::Blocked, 10'000);
        QCOMPARE(model.status(seatIndexOf(feed, seat(QStringLiteral("A"), 1, 3))), SeatStatus::Available);

        // ... adds a category and paints it on one seat, then on the whole sector B.
        exec(m_owner, QStringLiteral("UPDATE matches SET stadium_config_status = 'DRAFT' WHERE id = ?::uuid"), {m_match});
        SetupPriceCategory vip{QUuid(), QStringLiteral("VIP"), 12000, QStringLiteral("#0072b2")};
        QVERIFY(other.saveCategory(m_match, &vip).ok());
        const QUuid painted = seat(QStringLiteral("A"), 2, 2);
        QVERIFY(other.setSeatCategory(m_match, {painted}, vip.id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.category(seatIndexOf(feed, painted)), feed.map().categoryIndex(vip.id), 10'000);
        QVERIFY(feed.map().categoryIndex(vip.id) > 0);
        const QUuid sectorB = exec(m_owner, QStringLiteral("SELECT c.id FROM matches m JOIN sectors c ON c.stadium_layout_id = m.stadium_layout_id"
                                                           " WHERE m.id = ?::uuid AND c.code = 'B'"), {m_match}).toUuid();
        SetupSectorChange change;
        change.category = vip.id;
        QVERIFY(other.configureSectors(m_match, {sectorB}, change).ok());
        const int bSeat = seatIndexOf(feed, seat(QStringLiteral("B"), 1, 4));
        QTRY_COMPARE_WITH_TIMEOUT(model.category(bSeat), feed.map().categoryIndex(vip.id), 10'000);
        QCOMPARE(model.category(seatIndexOf(feed, seat(QStringLiteral("A"), 2, 1))), feed.map().categoryIndex(QUuid(
            exec(m_owner, QStringLiteral("SELECT id FROM price_categories WHERE match_id = ?::uuid AND name = 'Kategorija 1'"), {m_match}).toUuid())));

        // A rolled-back change never shows.
        QSqlQuery q(m_other);
        QVERIFY(m_other.transaction());
        QVERIFY(q.exec(QStringLiteral("UPDATE match_seat_inventory SET status = 'OFFICIAL' WHERE id = '%1'")
                           .arg(seat(QStringLiteral("A"), 2, 3).toString(QUuid::WithoutBraces))));
        QVERIFY(m_other.rollback());
        QTest::qWait(500);
        QCOMPARE(model.status(seatIndexOf(feed, seat(QStringLiteral("A"), 2, 3))), SeatStatus::Available);

        // The listener loses its connection: on its return the feed reloads everything, and a
        // change made meanwhile is there.
        QSignalSpy resync(&listener, &ChangeListener::resyncNeeded);
        exec(m_owner, QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = ?"
                                     " AND pid <> pg_backend_pid() AND query ILIKE '%LISTEN%'"), {m_login});
        QVERIFY(other.applySeats(m_match, {seat(QStringLiteral("B"), 0, 0)}, QStringLiteral("OFFICIAL"), QStringLiteral("delegation")).outcome.ok());
        QTRY_VERIFY_WITH_TIMEOUT(resync.size() >= 1, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(model.status(seatIndexOf(feed, seat(QStringLiteral("B"), 0, 0))), SeatStatus::Official, 20'000);
    }
};

QTEST_GUILESS_MAIN(TestMatchLiveFeed)
#include "tst_matchlivefeed.moc"
