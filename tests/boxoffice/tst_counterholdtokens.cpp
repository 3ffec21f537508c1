// Two counters of one clerk on one workstation, against the real database, offscreen: the
// second one starting does not release the first one's live holds, while the holds of a counter
// that died (its token listed, its lock gone) are released at once by the next start.
#include "boxoffice/counterpage.h"
#include "boxoffice/counterservice.h"
#include "boxoffice/holdtokenregistry.h"
#include "cache/liveseatmap.h"
#include "db/dbsession.h"
#include "saletestkit.h"
#include "seatmap/seatmapmodel.h"
#include "testdatabase.h"
#include "testvenue.h"

#include <QDateTime>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tribina;
using namespace SaleTestKit;

class TestCounterHoldTokens : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void secondCounterKeepsTheFirstOnesHolds();
    void deadCountersHoldsAreReleased();
    void cleanupTestCase();

private:
    std::unique_ptr<CounterPage> openCounter(DbSession &session, const QString &cache);
    QString statusOf(const QUuid &inventory)
    {
        return must(m_admin, QStringLiteral("SELECT status FROM match_seat_inventory WHERE id = '%1'").arg(id(inventory))).toString();
    }

    const QString m_name = QStringLiteral("counterholdtokens");
    QTemporaryDir m_dir;
    QSqlDatabase m_admin;
    QString m_clerk;
    QUuid m_match;
    std::unique_ptr<DbSession> m_session1;
    std::unique_ptr<DbSession> m_session2;
    std::unique_ptr<CounterPage> m_first;
    QUuid m_firstSeat;
};

std::unique_ptr<CounterPage> TestCounterHoldTokens::openCounter(DbSession &session, const QString &cache)
{
    // restoreHolds: the counter takes part in the workstation's token registry, as in the app.
    auto page = std::make_unique<CounterPage>(session, CounterPage::Options{m_dir.filePath(cache), true});
    [&] { QTRY_COMPARE_WITH_TIMEOUT(page->seatModel()->seatCount(), 20, 10'000); }();
    return page;
}

void TestCounterHoldTokens::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true); // settings and lock files in the test locations
    QSettings().remove(QStringLiteral("counter"));
    m_admin = TestDatabase::fresh(m_name);
    m_clerk = TestDatabase::addStaff(m_admin, QStringLiteral("ht_") + QString::number(QCoreApplication::applicationPid()),
                                     QStringLiteral("tribina_box_office"));
    m_match = TestVenue::create(m_admin, QStringLiteral("Token Arena"), 2, 10).matchId;
    priceMatch(m_admin, m_match);
    m_session1 = std::make_unique<DbSession>();
    m_session2 = std::make_unique<DbSession>();
    QVERIFY(m_session1->open(TestDatabase::settings(m_name, m_clerk), QStringLiteral("secret")).result().ok());
    QVERIFY(m_session2->open(TestDatabase::settings(m_name, m_clerk), QStringLiteral("secret")).result().ok());
}

void TestCounterHoldTokens::secondCounterKeepsTheFirstOnesHolds()
{
    m_first = openCounter(*m_session1, QStringLiteral("cache1.sqlite"));
    QVERIFY(!QTest::currentTestFailed());
    m_first->seatModel()->select({0}); // a click on the map
    QTRY_COMPARE_WITH_TIMEOUT(m_first->heldSeats().size(), 1, 10'000);
    m_firstSeat = m_first->liveMap()->cachedSeat(0)->inventoryId;
    QCOMPARE(statusOf(m_firstSeat), QStringLiteral("RESERVED"));

    // The same clerk opens a second window: its start-up looks for crashed counters' tokens.
    const std::unique_ptr<CounterPage> second = openCounter(*m_session2, QStringLiteral("cache2.sqlite"));
    QVERIFY(!QTest::currentTestFailed());
    // Anything the start-up released ran before the map was read on that session.
    QCOMPARE(statusOf(m_firstSeat), QStringLiteral("RESERVED"));
    QCOMPARE(m_first->heldSeats().size(), 1);
    QCOMPARE(HoldTokenRegistry().listed().size(), 2);
}

void TestCounterHoldTokens::deadCountersHoldsAreReleased()
{
    // A counter that died: its holds in the database, its token listed, no live lock.
    const QUuid dead = QUuid::createUuid();
    CounterService service(*m_session2);
    service.setHoldToken(dead);
    const QList<QUuid> ids = seatIds(m_admin, m_match);
    const QUuid deadSeat = ids.last();
    QVERIFY(service.hold(m_match, {deadSeat}).result().ok());
    QCOMPARE(statusOf(deadSeat), QStringLiteral("RESERVED"));
    QSettings().setValue(QStringLiteral("counter/holdTokens/") + dead.toString(QUuid::WithoutBraces),
                         QStringList{m_session2->identity().userId.toString(QUuid::WithoutBraces),
                                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    QVERIFY(HoldTokenRegistry().listed().contains(dead));

    const std::unique_ptr<CounterPage> next = openCounter(*m_session2, QStringLiteral("cache3.sqlite"));
    QVERIFY(!QTest::currentTestFailed());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(deadSeat), QStringLiteral("AVAILABLE"), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!HoldTokenRegistry().listed().contains(dead), 10'000);
    QCOMPARE(statusOf(m_firstSeat), QStringLiteral("RESERVED")); // the live counter's hold stays
}

void TestCounterHoldTokens::cleanupTestCase()
{
    m_first.reset();
    QCOMPARE(HoldTokenRegistry().listed().size(), 0); // closed counters take their entries along
    m_session1.reset();
    m_session2.reset();
}

QTEST_MAIN(TestCounterHoldTokens)
#include "tst_counterholdtokens.moc"
