// The quota manager page, offscreen, against the real server: load a small venue, propose an NM
// quota on the map, click a seat out and another in, commit, and see the quota in the table and
// its seats in its colour with its name on hover; then a REDOM quota in a second colour.

#include "quotas/quotamanagerpage.h"

#include "db/changelistener.h"
#include "db/dbsession.h"
#include "seatmap/seatmapmodel.h"

#include "testdatabase.h"
#include "testvenue.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Tribina;

namespace {

const QString DbName = QStringLiteral("tribina_quotapage");
const QString Admin = QStringLiteral("quotapage_admin");

int scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toInt();
}

} // namespace

class TestQuotaManagerPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createNmQuotaOnTheMap();
    void redomQuotaGetsItsOwnColour();
    void notEnoughSeatsIsShown();
    void counterSaleShowsLive();

private:
    QSqlDatabase m_super;
    TestVenue m_venue;
    std::unique_ptr<DbSession> m_session;
    std::unique_ptr<QuotaManagerPage> m_page;
    QUuid m_sector;
};

void TestQuotaManagerPage::initTestCase()
{
    m_super = TestDatabase::fresh(DbName);
    m_venue = TestVenue::create(m_super, QStringLiteral("Quota page"), 4, 10);
    TestDatabase::addStaff(m_super, Admin, QStringLiteral("tribina_admin"));
    QSqlQuery q(m_super);
    QVERIFY(q.exec(QStringLiteral("SELECT sec.id FROM matches m JOIN sectors sec ON sec.stadium_layout_id = m.stadium_layout_id WHERE m.id = '%1'")
                       .arg(m_venue.matchId.toString(QUuid::WithoutBraces))));
    QVERIFY(q.next());
    m_sector = q.value(0).toUuid();
    m_session = std::make_unique<DbSession>();
    QVERIFY(m_session->open(TestDatabase::settings(DbName, Admin), QStringLiteral("secret")).result().ok());
    m_page = std::make_unique<QuotaManagerPage>(*m_session);
    m_page->resize(1200, 800);
    QSignalSpy loaded(m_page.get(), &QuotaManagerPage::matchLoaded);
    m_page->show(); // the first show loads the matches and the first match
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_page->currentMatch(), m_venue.matchId);
    QCOMPARE(m_page->mapModel()->seatCount(), 40);
}

void TestQuotaManagerPage::createNmQuotaOnTheMap()
{
    QuotaDraft draft;
    draft.matchId = m_venue.matchId;
    draft.recipientEmail = QStringLiteral("sponzor@example.hr");
    draft.recipientName = QStringLiteral("Sponzor Čazma");
    draft.quantity = 6;
    draft.sectorIds = {m_sector};
    draft.expirationDate = QDate::currentDate().addDays(7);
    QVERIFY(m_page->propose(draft));
    QList<int> seats = m_page->previewSeats();
    QCOMPARE(seats.size(), 6);
    QCOMPARE(m_page->mapModel()->selectionCount(), 6);
    QVERIFY(m_page->describeSeat(seats.first()).contains(QStringLiteral("proposed for Sponzor Čazma")));

    // Click one proposed seat out and a free one in; a seventh is refused.
    const int out = seats.first();
    QVERIFY(m_page->toggleSeat(out));
    int extra = -1;
    for (int s = 0; s < m_page->mapModel()->seatCount() && extra < 0; ++s) {
        if (!seats.contains(s))
            extra = s;
    }
    QVERIFY(m_page->toggleSeat(extra));
    QCOMPARE(m_page->previewSeats().size(), 6);
    int another = -1;
    for (int s = 0; s < m_page->mapModel()->seatCount() && another < 0; ++s) {
        if (!m_page->previewSeats().contains(s) && s != out)
            another = s;
    }
    QVERIFY(!m_page->toggleSeat(another));
    const QList<int> chosen = m_page->previewSeats();

    QSignalSpy committed(m_page.get(), &QuotaManagerPage::committed);
    QSignalSpy loaded(m_page.get(), &QuotaManagerPage::matchLoaded);
    m_page->commitPreview();
    QVERIFY(committed.wait(20000));
    QVERIFY2(committed.first().at(0).toBool(), qPrintable(committed.first().at(1).toString()));
    QVERIFY(loaded.wait(20000));
    QVERIFY(!m_page->hasPreview());

    QCOMPARE(m_page->quotas().size(), 1);
    QCOMPARE(m_page->quotas().first().allocated, 6);
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE status = 'ALLOCATED'")), 6);
    // The seats committed are the ones on the map (the map is rebuilt the same way), in the
    // quota's colour (category 1) and named on hover.
    for (int seat : chosen) {
        QCOMPARE(m_page->mapModel()->category(seat), 1);
        QVERIFY2(m_page->describeSeat(seat).contains(QStringLiteral("quota: Sponzor Čazma")), qPrintable(m_page->describeSeat(seat)));
    }
    QCOMPARE(m_page->mapModel()->category(out), 0);
    QVERIFY(!m_page->grab().isNull());
}

void TestQuotaManagerPage::redomQuotaGetsItsOwnColour()
{
    QuotaDraft draft;
    draft.matchId = m_venue.matchId;
    draft.recipientEmail = QStringLiteral("partner@example.hr");
    draft.recipientName = QStringLiteral("Partner");
    draft.quantity = 8;
    draft.sectorIds = {m_sector};
    draft.algorithm = QuotaAlgorithm::Distributed;
    draft.expirationDate = QDate::currentDate().addDays(7);
    QVERIFY(m_page->propose(draft));
    const QList<int> chosen = m_page->previewSeats();
    QCOMPARE(chosen.size(), 8);
    QSignalSpy loaded(m_page.get(), &QuotaManagerPage::matchLoaded);
    m_page->commitPreview();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_page->quotas().size(), 2);
    QSet<QString> rows;
    for (int seat : chosen) {
        QCOMPARE(m_page->mapModel()->category(seat), 2);
        rows.insert(m_page->mapModel()->rowIdentifier(seat));
    }
    QCOMPARE(rows.size(), 4); // spread over all four rows
    QCOMPARE(m_page->quotaMap().categories.size(), 3);
    QVERIFY(m_page->quotaMap().categories.at(1).colour != m_page->quotaMap().categories.at(2).colour);
    // For the note: TRIBINA_QUOTA_SCREENSHOT=/path.png saves the page with both quotas.
    const QString shot = qEnvironmentVariable("TRIBINA_QUOTA_SCREENSHOT");
    if (!shot.isEmpty())
        QVERIFY(m_page->grab().save(shot));
}

void TestQuotaManagerPage::notEnoughSeatsIsShown()
{
    QuotaDraft draft;
    draft.matchId = m_venue.matchId;
    draft.recipientEmail = QStringLiteral("big@example.hr");
    draft.recipientName = QStringLiteral("Too big");
    draft.quantity = 27; // 40 - 14 = 26 free
    draft.sectorIds = {m_sector};
    QVERIFY(!m_page->propose(draft));
    QVERIFY2(m_page->statusText().contains(QLatin1String("26 free")), qPrintable(m_page->statusText()));
    QVERIFY(!m_page->hasPreview());
}

void TestQuotaManagerPage::counterSaleShowsLive()
{
    ChangeListener listener;
    QSignalSpy listening(&listener, &ChangeListener::listeningChanged);
    listener.start(TestDatabase::settings(DbName, Admin), QStringLiteral("secret"));
    QVERIFY(listening.wait(20000));
    m_page->setChangeListener(&listener);
    // A free seat on the map, sold by "a counter" on another connection.
    int seat = -1;
    for (int s = 0; s < m_page->mapModel()->seatCount() && seat < 0; ++s) {
        if (m_page->mapModel()->status(s) == SeatStatus::Available && m_page->mapModel()->category(s) == 0)
            seat = s;
    }
    QVERIFY(seat >= 0);
    QSqlQuery q(m_super);
    QVERIFY(q.exec(QStringLiteral("UPDATE match_seat_inventory i SET status = 'SOLD' FROM seats s"
                                  " WHERE s.id = i.seat_id AND i.match_id = '%1' AND s.row_identifier = '%2' AND s.seat_number = '%3'")
                       .arg(m_venue.matchId.toString(QUuid::WithoutBraces), m_page->mapModel()->rowIdentifier(seat),
                            m_page->mapModel()->seatLabel(seat))));
    QCOMPARE(q.numRowsAffected(), 1);
    QSignalSpy loaded(m_page.get(), &QuotaManagerPage::matchLoaded);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_page->mapModel()->status(seat), SeatStatus::Sold);
    listener.stop();
}

QTEST_MAIN(TestQuotaManagerPage)
#include "tst_quotamanagerpage.moc"
