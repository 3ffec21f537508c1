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
/// categories, sector categories — and a listener that lost its connection reloads; a change
/// committed long after others with higher change numbers, and inventory generated after the
/// load, show without a manual reload.
class TestMatchLiveFeed : public QObject
{
    Q_OBJECT

    const QString m_name = QStringLiteral("matchsetup_live");
    QString m_login;
    QSqlDatabase m_owner;
    QSqlDatabase m_other; ///< the other workstation
    QUuid m_stadium;
    QUuid m_match;
    DbSession m_session;

    int seatIndexOf(const MatchLiveFeed &feed, const QUuid &inventory) { return feed.map().seatOfInventory.value(inventory, -1); }

    /// A feed on match with its own listener, loaded.
    struct LiveFeed
    {
        ChangeListener listener;
        SeatMapModel model;
        std::unique_ptr<MatchLiveFeed> feed;
    };
    void openFeed(LiveFeed &live, const QUuid &match)
    {
        QSignalSpy listening(&live.listener, &ChangeListener::listeningChanged);
        live.listener.start(TestDatabase::settings(m_name, m_login), QStringLiteral("secret"));
        QVERIFY(listening.wait(10'000));
        live.feed = std::make_unique<MatchLiveFeed>(m_session, &live.model);
        live.feed->setListener(&live.listener);
        QSignalSpy loaded(live.feed.get(), &MatchLiveFeed::loaded);
        live.feed->setMatch(match);
        QVERIFY(loaded.wait(20'000));
    }

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
        m_stadium = venue.stadiumId;
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

    void changeCommittedBelowThousandsOfOthersShows()
    {
        LiveFeed live;
        openFeed(live, m_match);
        if (QTest::currentTestFailed())
            return;
        const QUuid held = seat(QStringLiteral("A"), 2, 4);
        const QUuid marker = seat(QStringLiteral("B"), 1, 1);
        QCOMPARE(live.model.status(seatIndexOf(*live.feed, held)), SeatStatus::Available);
        QCOMPARE(live.model.status(seatIndexOf(*live.feed, marker)), SeatStatus::Available);

        // A transaction on another connection draws its change number and stays open ...
        QSqlDatabase heldDb = QSqlDatabase::cloneDatabase(m_owner, QStringLiteral("held"));
        QVERIFY(heldDb.open());
        qint64 heldNo = 0;
        {
            QSqlQuery h(heldDb);
            QVERIFY(h.exec(QStringLiteral("BEGIN")));
            QVERIFY(h.exec(QStringLiteral("UPDATE match_seat_inventory SET status = 'OFFICIAL' WHERE id = '%1' RETURNING change_no")
                               .arg(held.toString(QUuid::WithoutBraces))) && h.next());
            heldNo = h.value(0).toLongLong();

            // ... while others draw and commit more than 2,000 numbers on the same match (what
            // generating a large inventory does), each commit announced to the feed.
            QSqlQuery others(m_owner);
            qint64 last = 0;
            int commits = 0;
            while (last < heldNo + 2'100) {
                QVERIFY(others.exec(QStringLiteral("UPDATE match_seat_inventory SET version = version + 1"
                                                   " WHERE match_id = '%1' AND id <> '%2' RETURNING change_no")
                                        .arg(m_match.toString(QUuid::WithoutBraces), held.toString(QUuid::WithoutBraces))));
                while (others.next())
                    last = qMax(last, others.value(0).toLongLong());
                ++commits;
            }
            QVERIFY(commits > 50);
            // The feed has read past all of them: a visible change committed last arrives.
            exec(m_owner, QStringLiteral("UPDATE match_seat_inventory SET status = 'OFFICIAL' WHERE id = ?::uuid"), {marker});
            QTRY_COMPARE_WITH_TIMEOUT(live.model.status(seatIndexOf(*live.feed, marker)), SeatStatus::Official, 10'000);
            QVERIFY(live.feed->map().watermark.highest() > heldNo + 2'000);
            QCOMPARE(live.model.status(seatIndexOf(*live.feed, held)), SeatStatus::Available); // not committed yet

            QVERIFY(h.exec(QStringLiteral("COMMIT")));
        }
        heldDb.close();
        QTRY_COMPARE_WITH_TIMEOUT(live.model.status(seatIndexOf(*live.feed, held)), SeatStatus::Official, 10'000);
        // Once nothing is running any more, the safe watermark passes the held number (two more
        // fetches: the one after the mark that shows it, then the next).
        QSignalSpy applied(live.feed.get(), &MatchLiveFeed::applied);
        for (int i = 0; i < 3 && live.feed->map().watermark.safe() < heldNo; ++i) {
            live.feed->refresh(m_match.toString(QUuid::WithoutBraces));
            QVERIFY(applied.wait(10'000));
        }
        QVERIFY(live.feed->map().watermark.safe() >= heldNo);
        QCOMPARE(live.model.status(seatIndexOf(*live.feed, marker)), SeatStatus::Official);
    }

    void inventoryGeneratedAfterTheLoadShows()
    {
        const QUuid later = MatchSetupFixture::createMatch(m_owner, m_stadium);
        LiveFeed live;
        openFeed(live, later);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(live.model.seatCount(), 25);
        for (int s = 0; s < live.model.seatCount(); ++s)
            QVERIFY(live.feed->inventoryId(s).isNull());
        QSignalSpy loaded(live.feed.get(), &MatchLiveFeed::loaded);

        QVERIFY(MatchSetupRepository(m_other).generateInventory(later).outcome.ok());
        // No reload() here: the delta's rows of seats the map has no row for reload it in full.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 10'000);
        QCOMPARE(live.feed->map().seatOfInventory.size(), 25);
        for (int s = 0; s < live.model.seatCount(); ++s)
            QVERIFY(!live.feed->inventoryId(s).isNull());

        // And the rows of the new inventory are live from there on.
        const QUuid id = exec(m_owner, QStringLiteral("SELECT i.id FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id"
                                                      " JOIN sectors c ON c.id = s.sector_id WHERE i.match_id = ?::uuid"
                                                      " AND c.code = 'B' AND s.row_order = 0 AND s.seat_index = 2"), {later}).toUuid();
        QVERIFY(MatchSetupRepository(m_other).applySeats(later, {id}, QStringLiteral("OFFICIAL"), QStringLiteral("delegation")).outcome.ok());
        QTRY_COMPARE_WITH_TIMEOUT(live.model.status(seatIndexOf(*live.feed, id)), SeatStatus::Official, 10'000);
        QCOMPARE(loaded.size(), 1); // a delta, not another reload
    }
};

QTEST_GUILESS_MAIN(TestMatchLiveFeed)
#include "tst_matchlivefeed.moc"
