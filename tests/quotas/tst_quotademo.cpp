// Issue 7's "done when", offscreen against the real server: the demo data seeded into a fresh
// database; on the published demo match an administrator creates an NM quota of 40 seats and a
// REDOM quota of 60 on the quota page and sees them on the map (drawn with the counter's own
// sector outlines), imports a CSV with good and bad rows, and cancels one quota ALL_UNUSED and
// the other UNFULFILLED_ONLY; a second workstation's live map (the counter's MatchDeltaSync +
// LiveSeatMap, listening on its session with the 5 s poll) sees the seats allocated and released.
//
// TRIBINA_SCREENSHOT_DIR=/dir saves the page with both quotas as /dir/quota-manager-demo.png.

#include "quotas/quotamanagerpage.h"

#include "cache/liveseatmap.h"
#include "cache/matchdeltasync.h"
#include "cache/matchsnapshotstore.h"
#include "db/dbsession.h"
#include "demo/demoseeder.h"
#include "quotas/quotaimportdialog.h"
#include "seatmap/seatmapmodel.h"

#include "testdatabase.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Tribina;

namespace {

const QString DbName = QStringLiteral("tribina_quotademo");
const QString Admin = QStringLiteral("quotademo_admin");
const QString Clerk = QStringLiteral("quotademo_clerk");

QVariant value(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0);
}

int count(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    return value(db, sql, binds).toInt();
}

/// Per sector code and row: the seat indices of a quota's live seats.
QMap<QString, QMap<QString, QList<int>>> quotaRows(QSqlDatabase &db, const QUuid &quota)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT sec.code, s.row_identifier, s.seat_index FROM quota_seats qs"
                             " JOIN match_seat_inventory i ON i.id = qs.match_seat_inventory_id"
                             " JOIN seats s ON s.id = i.seat_id JOIN sectors sec ON sec.id = s.sector_id"
                             " WHERE qs.quota_id = ? AND qs.status <> 'CANCELLED' ORDER BY 1, 2, 3"));
    q.addBindValue(quota);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    QMap<QString, QMap<QString, QList<int>>> rows;
    while (q.next())
        rows[q.value(0).toString()][q.value(1).toString()].append(q.value(2).toInt());
    return rows;
}

QString debugRows(const QMap<QString, QMap<QString, QList<int>>> &rows)
{
    QStringList out;
    for (auto s = rows.cbegin(); s != rows.cend(); ++s)
        for (auto r = s->cbegin(); r != s->cend(); ++r) {
            QStringList seats;
            for (int i : *r)
                seats.append(QString::number(i));
            out.append(QStringLiteral("%1/%2: %3").arg(s.key(), r.key(), seats.join(QLatin1Char(' '))));
        }
    return out.join(QStringLiteral("; "));
}

/// Free standard seats lying inside a quota's block of a row (between its first and last seat):
/// 0 when every row's part is one block of the seats that were free (sold seats, wheelchair
/// places and other quotas' seats may sit between, as they cannot be chosen).
int freeSeatsInsideBlocks(QSqlDatabase &db, const QUuid &match, const QUuid &quota)
{
    return count(db, QStringLiteral(
        "WITH b AS (SELECT s.sector_id, s.row_identifier, min(s.seat_index) lo, max(s.seat_index) hi"
        "           FROM quota_seats qs JOIN match_seat_inventory i ON i.id = qs.match_seat_inventory_id"
        "           JOIN seats s ON s.id = i.seat_id WHERE qs.quota_id = ? AND qs.status <> 'CANCELLED' GROUP BY 1, 2)"
        " SELECT count(*) FROM b JOIN seats s ON s.sector_id = b.sector_id AND s.row_identifier = b.row_identifier"
        "   AND s.seat_index BETWEEN b.lo AND b.hi"
        " JOIN match_seat_inventory i ON i.seat_id = s.id AND i.match_id = ?"
        " WHERE i.status = 'AVAILABLE' AND s.seat_type = 'STANDARD'"),
        {quota, match});
}

} // namespace

class TestQuotaDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mapIsTheCountersMap();
    void nmQuotaOf40();
    void redomQuotaOf60();
    void screenshot();
    void csvImportWithBadRows();
    void cancelAllUnused();
    void cancelUnfulfilledOnly();
    void pageFollowsTheMatchLikeTheCounter();
    void cleanupTestCase();

private:
    QUuid sectorId(const QString &code);
    QList<QUuid> inventoryOf(const QUuid &quota, const QString &quotaSeatStatus = QString());
    int liveSeatsWithStatus(const QList<QUuid> &inventoryIds, SeatStatus status) const;
    QUuid commit(const QuotaDraft &draft);

    QSqlDatabase m_super;
    QUuid m_match;
    QTemporaryDir m_dir;
    std::unique_ptr<DbSession> m_adminSession;
    std::unique_ptr<QuotaManagerPage> m_page;
    // The second workstation: a counter's cache and live map.
    std::unique_ptr<DbSession> m_clerkSession;
    std::unique_ptr<MatchSnapshotStore> m_store;
    std::unique_ptr<MatchDeltaSync> m_sync;
    std::unique_ptr<SeatMapModel> m_liveModel;
    std::unique_ptr<LiveSeatMap> m_live;
    int m_baseQuotas = 0;
    int m_nmCategory = -1;
    QUuid m_nm;
    QUuid m_redom;
};

void TestQuotaDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_super = TestDatabase::fresh(DbName);
    const Outcome seeded = DemoSeeder(m_super).seed();
    QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
    TestDatabase::addStaff(m_super, Admin, QStringLiteral("tribina_admin"));
    TestDatabase::addStaff(m_super, Clerk, QStringLiteral("tribina_box_office"));
    m_match = value(m_super, QStringLiteral("SELECT id FROM matches WHERE status = 'PUBLISHED' AND match_type = 'HOME'"
                                            " AND away_team = 'Portugal'")).toUuid();
    QVERIFY(!m_match.isNull());

    // The counter: its own session, cache, LISTEN on the session and the 5 s poll (CounterPage).
    m_clerkSession = std::make_unique<DbSession>();
    QVERIFY(m_clerkSession->open(TestDatabase::settings(DbName, Clerk), QStringLiteral("secret")).result().ok());
    const QString cache = m_dir.filePath(QStringLiteral("counter-cache.sqlite"));
    m_store = std::make_unique<MatchSnapshotStore>(cache);
    QVERIFY(m_store->open().ok());
    m_sync = std::make_unique<MatchDeltaSync>(*m_clerkSession, cache);
    m_sync->listenOnSession();
    m_sync->setPollInterval(5'000);
    m_liveModel = std::make_unique<SeatMapModel>();
    m_live = std::make_unique<LiveSeatMap>(m_store.get(), m_sync.get(), m_liveModel.get());
    QSignalSpy replaced(m_sync.get(), &MatchDeltaSync::snapshotReplaced);
    m_live->showMatch(m_match);
    QVERIFY(replaced.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(m_live->hasSnapshot(), 10000);

    // The administrator's quota page on the demo match.
    m_adminSession = std::make_unique<DbSession>();
    QVERIFY(m_adminSession->open(TestDatabase::settings(DbName, Admin), QStringLiteral("secret")).result().ok());
    m_page = std::make_unique<QuotaManagerPage>(*m_adminSession);
    m_page->resize(1500, 950);
    QSignalSpy loaded(m_page.get(), &QuotaManagerPage::matchLoaded);
    m_page->show(); // the first show loads the matches and the first match
    QVERIFY(loaded.wait(60000));
    if (m_page->currentMatch() != m_match) {
        m_page->selectMatch(m_match);
        QVERIFY(loaded.wait(60000));
    }
    QCOMPARE(m_page->currentMatch(), m_match);
    // The demo has the petrol stations' allocation already (a quota in E2).
    m_baseQuotas = int(m_page->quotas().size());
}

QUuid TestQuotaDemo::sectorId(const QString &code)
{
    return value(m_super, QStringLiteral("SELECT sec.id FROM matches m JOIN sectors sec ON sec.stadium_layout_id = m.stadium_layout_id"
                                         " WHERE m.id = ? AND sec.code = ?"),
                 {m_match, code}).toUuid();
}

QList<QUuid> TestQuotaDemo::inventoryOf(const QUuid &quota, const QString &quotaSeatStatus)
{
    QSqlQuery q(m_super);
    q.prepare(QStringLiteral("SELECT match_seat_inventory_id FROM quota_seats WHERE quota_id = ?")
              + (quotaSeatStatus.isEmpty() ? QString() : QStringLiteral(" AND status::text = ?")));
    q.addBindValue(quota);
    if (!quotaSeatStatus.isEmpty())
        q.addBindValue(quotaSeatStatus);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    QList<QUuid> ids;
    while (q.next())
        ids.append(q.value(0).toUuid());
    return ids;
}

int TestQuotaDemo::liveSeatsWithStatus(const QList<QUuid> &inventoryIds, SeatStatus status) const
{
    int n = 0;
    for (const QUuid &id : inventoryIds) {
        const int seat = m_live->seatOf(id);
        n += seat >= 0 && m_liveModel->status(seat) == status ? 1 : 0;
    }
    return n;
}

QUuid TestQuotaDemo::commit(const QuotaDraft &draft)
{
    if (!m_page->propose(draft)) {
        qWarning("propose: %s", qPrintable(m_page->statusText()));
        return {};
    }
    if (m_page->previewSeats().size() != draft.quantity)
        return {};
    QSignalSpy committed(m_page.get(), &QuotaManagerPage::committed);
    QSignalSpy loaded(m_page.get(), &QuotaManagerPage::matchLoaded);
    m_page->commitPreview();
    if (!committed.wait(30000) || !committed.first().at(0).toBool()) {
        qWarning("commit: %s", committed.isEmpty() ? "timeout" : qPrintable(committed.first().at(1).toString()));
        return {};
    }
    if (loaded.isEmpty() && !loaded.wait(30000))
        return {};
    for (const QuotaSummary &q : m_page->quotas()) {
        if (q.recipientName == draft.recipientName)
            return q.id;
    }
    return {};
}

void TestQuotaDemo::mapIsTheCountersMap()
{
    // Gap 1 of the issue: the quota page draws the stadium exactly as the counter does (the real
    // sector outlines, not the seats' bounding boxes).
    const SeatMapData &quota = m_page->quotaMap().data;
    const SeatMapData &counter = m_live->seatMap().data;
    QCOMPARE(quota.seatCount(), counter.seatCount());
    QCOMPARE(quota.sectors.size(), counter.sectors.size());
    int shaped = 0;
    for (size_t s = 0; s < quota.sectors.size(); ++s) {
        QCOMPARE(quota.sectors[s].outline, counter.sectors[s].outline);
        QCOMPARE(quota.sectors[s].rows.size(), counter.sectors[s].rows.size());
        shaped += quota.sectors[s].outline.size() > 5 ? 1 : 0; // curved, not a rectangle
    }
    QVERIFY2(shaped > 0, "no sector has a real outline");
    // Every seat of the inventory is on the map and can be found back.
    for (size_t id = 0; id < m_page->quotaMap().mapSeatOfInventorySeat.size(); ++id)
        QVERIFY(m_page->quotaMap().mapSeatOfInventorySeat[id] >= 0);
}

void TestQuotaDemo::nmQuotaOf40()
{
    QuotaDraft draft;
    draft.matchId = m_match;
    draft.recipientEmail = QStringLiteral("nogometni.savez@example.hr");
    draft.recipientName = QStringLiteral("Županijski savez");
    draft.quantity = 40;
    draft.sectorIds = {sectorId(QStringLiteral("W1"))};
    draft.algorithm = QuotaAlgorithm::BestSeats;
    draft.expirationDate = QDate::currentDate().addDays(10);
    m_nm = commit(draft);
    QVERIFY(!m_nm.isNull());
    QCOMPARE(m_page->quotas().size(), m_baseQuotas + 1);
    for (const QuotaSummary &q : m_page->quotas()) {
        if (q.id == m_nm)
            QCOMPARE(q.allocated, 40);
    }

    // NM: all in W1, each row's part one contiguous block.
    const auto rows = quotaRows(m_super, m_nm);
    QCOMPARE(rows.keys(), QStringList{QStringLiteral("W1")});
    int seats = 0;
    for (const QList<int> &row : rows.value(QStringLiteral("W1")))
        seats += int(row.size());
    QCOMPARE(freeSeatsInsideBlocks(m_super, m_match, m_nm), 0); // one block per row
    qInfo("NM seats: %s", qPrintable(debugRows(rows)));
    QCOMPARE(seats, 40);
    QCOMPARE(count(m_super, QStringLiteral("SELECT count(*) FROM match_seat_inventory i JOIN quota_seats qs"
                                           " ON qs.match_seat_inventory_id = i.id WHERE qs.quota_id = ? AND i.status = 'ALLOCATED'"),
                   {m_nm}),
             40);

    // On the page's map: the quota's colour and name.
    const QList<QUuid> inventory = inventoryOf(m_nm);
    int coloured = 0;
    for (int s = 0; s < m_page->mapModel()->seatCount(); ++s) {
        if (m_page->describeSeat(s).contains(QStringLiteral("quota: Županijski savez"))) {
            ++coloured;
            QVERIFY(m_page->mapModel()->category(s) > 0); // in a quota's colour
            m_nmCategory = m_page->mapModel()->category(s);
        }
    }
    QCOMPARE(coloured, 40);

    // The counter sees them allocated, live.
    QTRY_COMPARE_WITH_TIMEOUT(liveSeatsWithStatus(inventory, SeatStatus::Allocated), 40, 15000);
}

void TestQuotaDemo::redomQuotaOf60()
{
    QuotaDraft draft;
    draft.matchId = m_match;
    draft.recipientEmail = QStringLiteral("partneri@example.hr");
    draft.recipientName = QStringLiteral("Partneri HNS-a");
    draft.quantity = 60;
    draft.sectorIds = {sectorId(QStringLiteral("E1")), sectorId(QStringLiteral("E2"))};
    draft.algorithm = QuotaAlgorithm::Distributed;
    draft.expirationDate = QDate::currentDate().addDays(10);
    m_redom = commit(draft);
    QVERIFY(!m_redom.isNull());
    QCOMPARE(m_page->quotas().size(), m_baseQuotas + 2);

    // REDOM: 30 per sector, each sector's share spread evenly over its rows (±1), one block per row.
    const auto rows = quotaRows(m_super, m_redom);
    QCOMPARE(rows.keys(), (QStringList{QStringLiteral("E1"), QStringLiteral("E2")}));
    for (const QString &sector : rows.keys()) {
        int seats = 0;
        int least = 1000;
        int most = 0;
        for (const QList<int> &row : rows.value(sector)) {
            seats += int(row.size());
            least = std::min(least, int(row.size()));
            most = std::max(most, int(row.size()));
        }
        QCOMPARE(seats, 30);
        QVERIFY2(rows.value(sector).size() >= 3, qPrintable(sector));
        QVERIFY(most - least <= 1);
    }
    QCOMPARE(freeSeatsInsideBlocks(m_super, m_match, m_redom), 0); // one block per row
    qInfo("REDOM seats: %s", qPrintable(debugRows(rows)));

    int second = 0;
    int redomCategory = -1;
    for (int s = 0; s < m_page->mapModel()->seatCount(); ++s) {
        if (m_page->describeSeat(s).contains(QStringLiteral("quota: Partneri HNS-a"))) {
            ++second;
            QVERIFY(m_page->mapModel()->category(s) > 0);
            redomCategory = m_page->mapModel()->category(s);
        }
    }
    QCOMPARE(second, 60);
    QCOMPARE(m_page->quotaMap().categories.size(), 1 + m_baseQuotas + 2); // "Free" and one per quota
    QVERIFY(redomCategory != m_nmCategory);
    QVERIFY(m_page->quotaMap().categories.at(redomCategory).colour != m_page->quotaMap().categories.at(m_nmCategory).colour);

    QTRY_COMPARE_WITH_TIMEOUT(liveSeatsWithStatus(inventoryOf(m_redom), SeatStatus::Allocated), 60, 15000);
}

void TestQuotaDemo::screenshot()
{
    const QImage image = m_page->grab().toImage();
    QVERIFY(!image.isNull());
    const QString dir = qEnvironmentVariable("TRIBINA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("TRIBINA_SCREENSHOT_DIR is not set");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("quota-manager-demo.png"))));
}

void TestQuotaDemo::csvImportWithBadRows()
{
    const QByteArray csv = QStringLiteral(
        "email;name;quantity;sectors;discount\r\n"
        "klub.dinamo@example.hr;Klub navijača Dinamo;4;S1;0\r\n"
        "skola@example.hr;Sportska škola;6;S1 S2;50\r\n"
        "ovo-nije-email;Bez adrese;2;S1;0\r\n"            // bad e-mail
        "nula@example.hr;Nula mjesta;0;S1;0\r\n"          // bad quantity
        "nepoznat@example.hr;Nepostojeći sektor;3;ZZ9;0\r\n" // unknown sector
        ).toUtf8();
    std::unique_ptr<QuotaImportDialog> dialog(m_page->createImportDialog());
    dialog->setFile(QStringLiteral("demo-partneri.csv"), csv);
    QSignalSpy checked(dialog.get(), &QuotaImportDialog::checked);
    dialog->check();
    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.first().at(0).toInt(), 2); // valid rows
    QCOMPARE(checked.first().at(1).toInt(), 3); // rows with errors, listed per row

    QSignalSpy imported(dialog.get(), &QuotaImportDialog::imported);
    QSignalSpy loaded(m_page.get(), &QuotaManagerPage::matchLoaded);
    dialog->import();
    QVERIFY(imported.wait(30000));
    QCOMPARE(imported.first().at(0).toInt(), 2);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(m_page->quotas().size(), m_baseQuotas + 4);

    QSqlQuery q(m_super);
    QVERIFY(q.exec(QStringLiteral("SELECT file_name, total_rows, successful_rows, failed_rows,"
                                  " error_report_json IS NOT NULL FROM quota_import_batches WHERE match_id = '%1'")
                       .arg(m_match.toString(QUuid::WithoutBraces))));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("demo-partneri.csv"));
    QCOMPARE(q.value(1).toInt(), 5);
    QCOMPARE(q.value(2).toInt(), 2);
    QCOMPARE(q.value(3).toInt(), 3);
    QVERIFY(q.value(4).toBool()); // the rejected rows and why
    QVERIFY(!q.next()); // one batch
    QCOMPARE(count(m_super, QStringLiteral("SELECT count(*) FROM quotas q JOIN quota_import_batches b ON b.id = q.batch_id")), 2);
    QCOMPARE(count(m_super, QStringLiteral("SELECT count(*) FROM quota_seats qs JOIN quotas q ON q.id = qs.quota_id"
                                           " WHERE q.batch_id IS NOT NULL")),
             10);
}

void TestQuotaDemo::cancelAllUnused()
{
    const QList<QUuid> inventory = inventoryOf(m_nm);
    QCOMPARE(inventory.size(), 40);
    QSignalSpy cancelled(m_page.get(), &QuotaManagerPage::cancelled);
    QSignalSpy loaded(m_page.get(), &QuotaManagerPage::matchLoaded);
    m_page->cancel(m_nm, QuotaCancellation::AllUnused);
    QVERIFY(cancelled.wait(30000));
    QVERIFY2(cancelled.first().at(0).toBool(), qPrintable(cancelled.first().at(1).toString()));
    QVERIFY(cancelled.first().at(1).toString().contains(QLatin1String("40")));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(value(m_super, QStringLiteral("SELECT cancellation_type::text FROM quotas WHERE id = ?"), {m_nm}).toString(),
             QStringLiteral("ALL_UNUSED"));
    // Gone from the page's map, back on sale at the counter.
    int nmColoured = 0;
    for (int s = 0; s < m_page->mapModel()->seatCount(); ++s)
        nmColoured += m_page->describeSeat(s).contains(QStringLiteral("Županijski savez")) ? 1 : 0;
    QCOMPARE(nmColoured, 0);
    QTRY_COMPARE_WITH_TIMEOUT(liveSeatsWithStatus(inventory, SeatStatus::Available), 40, 15000);
}

void TestQuotaDemo::cancelUnfulfilledOnly()
{
    // Five of the REDOM seats are in a running claim (the recipient's portal reserved them).
    QSqlQuery q(m_super);
    QVERIFY2(q.exec(QStringLiteral("UPDATE quota_seats SET status = 'RESERVED' WHERE id IN (SELECT id FROM quota_seats"
                                   " WHERE quota_id = '%1' ORDER BY id LIMIT 5)")
                        .arg(m_redom.toString(QUuid::WithoutBraces))),
             qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 5);
    const QList<QUuid> claimed = inventoryOf(m_redom, QStringLiteral("RESERVED"));
    const QList<QUuid> unfulfilled = inventoryOf(m_redom, QStringLiteral("ALLOCATED"));
    QCOMPARE(claimed.size(), 5);
    QCOMPARE(unfulfilled.size(), 55);

    QSignalSpy cancelled(m_page.get(), &QuotaManagerPage::cancelled);
    QSignalSpy loaded(m_page.get(), &QuotaManagerPage::matchLoaded);
    m_page->cancel(m_redom, QuotaCancellation::UnfulfilledOnly);
    QVERIFY(cancelled.wait(30000));
    QVERIFY2(cancelled.first().at(0).toBool(), qPrintable(cancelled.first().at(1).toString()));
    QVERIFY(cancelled.first().at(1).toString().contains(QLatin1String("55")));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(value(m_super, QStringLiteral("SELECT cancellation_type::text FROM quotas WHERE id = ?"), {m_redom}).toString(),
             QStringLiteral("UNFULFILLED_ONLY"));

    // The 55 unclaimed seats are on sale again at the counter; the claim keeps its 5.
    QTRY_COMPARE_WITH_TIMEOUT(liveSeatsWithStatus(unfulfilled, SeatStatus::Available), 55, 15000);
    QCOMPARE(liveSeatsWithStatus(claimed, SeatStatus::Allocated), 5);
    QCOMPARE(count(m_super, QStringLiteral("SELECT count(*) FROM quota_seats qs JOIN match_seat_inventory i"
                                           " ON i.id = qs.match_seat_inventory_id WHERE qs.quota_id = ? AND qs.status = 'RESERVED'"
                                           " AND i.status = 'ALLOCATED'"),
                   {m_redom}),
             5);
    // The imported quotas are untouched.
    QCOMPARE(count(m_super, QStringLiteral("SELECT count(*) FROM quotas WHERE match_id = ? AND status <> 'CANCELLED'"), {m_match}),
             m_baseQuotas + 2);
}

void TestQuotaDemo::pageFollowsTheMatchLikeTheCounter()
{
    // No ChangeListener was given to the page: it hears the server the counter's way (LISTEN on
    // its session, 5 s poll). A seat sold elsewhere shows on its map.
    int seat = -1;
    for (int s = 0; s < m_page->mapModel()->seatCount() && seat < 0; ++s) {
        if (m_page->mapModel()->status(s) == SeatStatus::Available && m_page->mapModel()->category(s) == 0
            && m_page->quotaMap().inventorySeatOfMapSeat[size_t(s)] >= 0)
            seat = s;
    }
    QVERIFY(seat >= 0);
    QSqlQuery q(m_super);
    QVERIFY(q.exec(QStringLiteral("UPDATE match_seat_inventory i SET status = 'SOLD' FROM seats s JOIN sectors sec ON sec.id = s.sector_id"
                                  " WHERE s.id = i.seat_id AND i.match_id = '%1' AND s.row_identifier = '%2' AND s.seat_number = '%3'"
                                  " AND sec.code = '%4'")
                       .arg(m_match.toString(QUuid::WithoutBraces), m_page->mapModel()->rowIdentifier(seat),
                            m_page->mapModel()->seatLabel(seat),
                            m_page->quotaMap().data.sectors[size_t(m_page->quotaMap().data.locate(seat).sector)].code)));
    QCOMPARE(q.numRowsAffected(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->mapModel()->status(seat), SeatStatus::Sold, 15000);
}

void TestQuotaDemo::cleanupTestCase()
{
    m_page.reset();
    m_live.reset();
    m_sync.reset();
}

QTEST_MAIN(TestQuotaDemo)
#include "tst_quotademo.moc"
