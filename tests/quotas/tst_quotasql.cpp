// The 0010 quota functions against the real server, through QuotaRepository as an administrator:
// allocation (NM and REDOM), not enough seats, seats taken meanwhile, adjusting, both
// cancellation types, the overview's counts and PAST_DEADLINE, the sub-quota tree, audit
// events, and the concurrency case: two administrators and a counter selling in one sector.

#include "quotas/quotarepository.h"

#include "testdatabase.h"
#include "testvenue.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Tribina;

namespace {

const QString DbName = QStringLiteral("tribina_quotasql");
const QString Admin1 = QStringLiteral("quotasql_admin1");
const QString Admin2 = QStringLiteral("quotasql_admin2");

int scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toInt();
}

QString idLiteral(const QUuid &id) { return QLatin1Char('\'') + id.toString(QUuid::WithoutBraces) + QLatin1Char('\''); }

} // namespace

class TestQuotaSql : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void allocateBestSeats();
    void allocateDistributedDryRun();
    void notEnoughSeats();
    void seatsTakenMeanwhileAreNamed();
    void adjustAndOutsideSectors();
    void cancelAllUnused();
    void cancelUnfulfilledOnly();
    void pastDeadlineAndSubquotaTree();
    void onlyAdminsMayCall();
    void concurrentAdminsAndCounter();
    void commitTimeOf5000Seats();
    void wheelchairPlacesAreNotChosen();

private:
    QUuid newQuota(int quantity, QuotaAlgorithm algorithm = QuotaAlgorithm::BestSeats, QDate expiration = {});
    /// A quota with 6 seats: 2 RESERVED in a claim, 1 SOLD, 3 ALLOCATED (set up as the owner).
    QUuid quotaInUse();
    int availableSeats() { return scalar(m_super, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = %1 AND status = 'AVAILABLE'").arg(idLiteral(m_venue.matchId))); }

    QSqlDatabase m_super;
    QSqlDatabase m_admin;
    TestVenue m_venue;
    QUuid m_sectorId;
};

void TestQuotaSql::initTestCase()
{
    m_super = TestDatabase::fresh(DbName);
    m_venue = TestVenue::create(m_super, QStringLiteral("Quota SQL"), 10, 20);
    TestDatabase::addStaff(m_super, Admin1, QStringLiteral("tribina_admin"));
    TestDatabase::addStaff(m_super, Admin2, QStringLiteral("tribina_admin"));
    TestDatabase::addStaff(m_super, QStringLiteral("quotasql_clerk"), QStringLiteral("tribina_box_office"));
    m_admin = TestDatabase::connectAs(DbName, Admin1, QStringLiteral("admin1"), QStringLiteral("secret"));
    QVERIFY(m_admin.isOpen());
    QSqlQuery q(m_super);
    QVERIFY(q.exec(QStringLiteral("SELECT sec.id FROM matches m JOIN sectors sec ON sec.stadium_layout_id = m.stadium_layout_id WHERE m.id = %1").arg(idLiteral(m_venue.matchId))));
    QVERIFY(q.next());
    m_sectorId = q.value(0).toUuid();
}

QUuid TestQuotaSql::newQuota(int quantity, QuotaAlgorithm algorithm, QDate expiration)
{
    QuotaDraft d;
    d.matchId = m_venue.matchId;
    d.recipientEmail = QStringLiteral("partner%1@example.hr").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    d.recipientName = QStringLiteral("Partner Čakovec");
    d.quantity = quantity;
    d.sectorIds = {m_sectorId};
    d.algorithm = algorithm;
    d.expirationDate = expiration.isValid() ? expiration : QDate::currentDate().addDays(10);
    QUuid id;
    const Outcome created = QuotaRepository(m_admin).create(d, &id);
    if (!created)
        qFatal("create: %s", qPrintable(created.error()));
    return id;
}

void TestQuotaSql::allocateBestSeats()
{
    const int before = availableSeats();
    const int events = scalar(m_super, QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'quota_change'"));
    const QUuid quota = newQuota(25);
    QuotaRepository repo(m_admin);
    QuotaRepository::Allocation allocation;
    const Outcome outcome = repo.allocate(quota, false, &allocation);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QVERIFY(allocation.committed);
    QCOMPARE(allocation.seats.size(), 25);
    QCOMPARE(availableSeats(), before - 25);
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quota_seats qs JOIN match_seat_inventory i ON i.id = qs.match_seat_inventory_id"
                                            " WHERE qs.quota_id = %1 AND qs.status = 'ALLOCATED' AND i.status = 'ALLOCATED'").arg(idLiteral(quota))), 25);
    // Best row (middle, row_order 5) whole, then 5 of the row behind it: two rows only.
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(DISTINCT s.row_order) FROM quota_seats qs JOIN match_seat_inventory i ON i.id = qs.match_seat_inventory_id"
                                            " JOIN seats s ON s.id = i.seat_id WHERE qs.quota_id = %1").arg(idLiteral(quota))), 2);
    // create + allocate, attributed to the administrator.
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'quota_change'")), events + 2);
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'quota_change' AND entity_id = %1 AND actor_login = '%2'").arg(idLiteral(quota), Admin1)), 2);

    QuotaSummary summary;
    QVERIFY(repo.quota(quota, &summary).ok());
    QCOMPARE(summary.allocated, 25);
    QCOMPARE(summary.status, QStringLiteral("PENDING"));
    QCOMPARE(repo.seatsOf(quota).size(), 25);
    // A full quota gets nothing more.
    QVERIFY(!repo.allocate(quota, false, &allocation).ok());
}

void TestQuotaSql::allocateDistributedDryRun()
{
    const int before = availableSeats();
    const QUuid quota = newQuota(10, QuotaAlgorithm::Distributed);
    QuotaRepository repo(m_admin);
    QuotaRepository::Allocation preview;
    QVERIFY(repo.allocate(quota, true, &preview).ok());
    QCOMPARE(preview.seats.size(), 10);
    QVERIFY(!preview.committed);
    QCOMPARE(availableSeats(), before);
    // Spread over the 9 rows that still have free seats (the best row went to the NM quota):
    // 2 in the first row of the snake, 1 in each other.
    QHash<QString, int> perRow;
    for (const QuotaSeatRow &seat : preview.seats)
        ++perRow[seat.rowIdentifier];
    QCOMPARE(perRow.size(), 9);
    for (int n : std::as_const(perRow))
        QVERIFY(n == 1 || n == 2);
    QVERIFY(repo.allocateSeats(quota, preview.inventoryIds).ok());
    QCOMPARE(availableSeats(), before - 10);
}

void TestQuotaSql::notEnoughSeats()
{
    const int before = availableSeats();
    const QUuid quota = newQuota(before + 1);
    QuotaRepository::Allocation allocation;
    const Outcome outcome = QuotaRepository(m_admin).allocate(quota, false, &allocation);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().contains(QString::number(before + 1)), qPrintable(outcome.error()));
    QCOMPARE(availableSeats(), before);
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quota_seats WHERE quota_id = %1").arg(idLiteral(quota))), 0);
}

void TestQuotaSql::seatsTakenMeanwhileAreNamed()
{
    const int before = availableSeats();
    const QUuid quota = newQuota(4);
    QuotaRepository repo(m_admin);
    QuotaRepository::Allocation preview;
    QVERIFY(repo.allocate(quota, true, &preview).ok());
    QCOMPARE(preview.seats.size(), 4);
    // A counter sells one of the proposed seats before the administrator commits.
    QSqlQuery q(m_super);
    QVERIFY(q.exec(QStringLiteral("UPDATE match_seat_inventory SET status = 'SOLD' WHERE id = %1").arg(idLiteral(preview.inventoryIds.at(1)))));
    const Outcome outcome = repo.allocateSeats(quota, preview.inventoryIds);
    QVERIFY(!outcome.ok());
    const QString name = QStringLiteral("A / %1 / %2").arg(preview.seats.at(1).rowIdentifier, preview.seats.at(1).seatNumber);
    QVERIFY2(outcome.error().contains(name), qPrintable(outcome.error() + QStringLiteral(" lacks ") + name));
    QCOMPARE(availableSeats(), before - 1);
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quota_seats WHERE quota_id = %1").arg(idLiteral(quota))), 0);
    // The next preview avoids the sold seat and commits.
    QVERIFY(repo.allocate(quota, false, &preview).ok());
    QVERIFY(!preview.inventoryIds.isEmpty());
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quota_seats WHERE quota_id = %1").arg(idLiteral(quota))), 4);
}

void TestQuotaSql::adjustAndOutsideSectors()
{
    const QUuid quota = newQuota(3);
    QuotaRepository repo(m_admin);
    QuotaRepository::Allocation allocation;
    QVERIFY(repo.allocate(quota, false, &allocation).ok());
    // Click one seat out and another (free) one in.
    QSqlQuery q(m_super);
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM match_seat_inventory WHERE match_id = %1 AND status = 'AVAILABLE' LIMIT 1").arg(idLiteral(m_venue.matchId))));
    QVERIFY(q.next());
    const QUuid freeSeat = q.value(0).toUuid();
    const Outcome adjusted = repo.adjust(quota, {freeSeat}, {allocation.inventoryIds.first()});
    QVERIFY2(adjusted.ok(), qPrintable(adjusted.error()));
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT status = 'AVAILABLE' FROM match_seat_inventory WHERE id = %1").arg(idLiteral(allocation.inventoryIds.first()))), 1);
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT status = 'ALLOCATED' FROM match_seat_inventory WHERE id = %1").arg(idLiteral(freeSeat))), 1);
    QCOMPARE(repo.seatsOf(quota).size(), 3);
    // More than the quantity: refused.
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM match_seat_inventory WHERE match_id = %1 AND status = 'AVAILABLE' LIMIT 1").arg(idLiteral(m_venue.matchId))));
    QVERIFY(q.next());
    QVERIFY(!repo.allocateSeats(quota, {q.value(0).toUuid()}).ok());
    // A seat of another match is outside the allowed sectors.
    const TestVenue other = TestVenue::create(m_super, QStringLiteral("Quota SQL other"), 1, 3);
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM match_seat_inventory WHERE match_id = %1 LIMIT 1").arg(idLiteral(other.matchId))));
    QVERIFY(q.next());
    QVERIFY(repo.adjust(quota, {}, {freeSeat}).ok());
    const Outcome outside = repo.allocateSeats(quota, {q.value(0).toUuid()});
    QVERIFY(!outside.ok());
    QVERIFY2(outside.error().contains(QLatin1String("allowed sectors")), qPrintable(outside.error()));
}

QUuid TestQuotaSql::quotaInUse()
{
    const QUuid quota = newQuota(6);
    QuotaRepository::Allocation allocation;
    if (!QuotaRepository(m_admin).allocate(quota, false, &allocation).ok())
        qFatal("allocate failed");
    // Claims and sales are other modules' business: set their traces up directly.
    QSqlQuery q(m_super);
    auto run = [&](const QString &sql) {
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    };
    for (int i = 0; i < 3; ++i) {
        const QString status = i < 2 ? QStringLiteral("RESERVED") : QStringLiteral("SOLD");
        run(QStringLiteral("UPDATE match_seat_inventory SET status = '%1' WHERE id = %2").arg(status, idLiteral(allocation.inventoryIds.at(i))));
        run(QStringLiteral("UPDATE quota_seats SET status = '%1' WHERE quota_id = %2 AND match_seat_inventory_id = %3")
                .arg(status, idLiteral(quota), idLiteral(allocation.inventoryIds.at(i))));
    }
    return quota;
}

void TestQuotaSql::cancelAllUnused()
{
    const QUuid quota = quotaInUse();
    const int before = availableSeats();
    int released = 0;
    QuotaRepository repo(m_admin);
    const Outcome outcome = repo.cancel(quota, QuotaCancellation::AllUnused, &released);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(released, 5);
    QCOMPARE(availableSeats(), before + 5);
    QuotaSummary summary;
    QVERIFY(repo.quota(quota, &summary).ok());
    QCOMPARE(summary.status, QStringLiteral("CANCELLED"));
    QCOMPARE(summary.sold, 1);
    QCOMPARE(summary.reserved, 0);
    QCOMPARE(summary.cancelled, 5);
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quota_seats qs JOIN match_seat_inventory i ON i.id = qs.match_seat_inventory_id"
                                            " WHERE qs.quota_id = %1 AND i.status = 'SOLD' AND qs.status = 'SOLD'").arg(idLiteral(quota))), 1);
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quotas WHERE id = %1 AND cancellation_type = 'ALL_UNUSED' AND cancelled_by IS NOT NULL").arg(idLiteral(quota))), 1);
    // Twice: refused.
    QVERIFY(!repo.cancel(quota, QuotaCancellation::AllUnused).ok());
}

void TestQuotaSql::cancelUnfulfilledOnly()
{
    const QUuid quota = quotaInUse();
    const int before = availableSeats();
    int released = 0;
    QuotaRepository repo(m_admin);
    QVERIFY(repo.cancel(quota, QuotaCancellation::UnfulfilledOnly, &released).ok());
    QCOMPARE(released, 3);
    QCOMPARE(availableSeats(), before + 3);
    QuotaSummary summary;
    QVERIFY(repo.quota(quota, &summary).ok());
    QCOMPARE(summary.status, QStringLiteral("CANCELLED"));
    QCOMPARE(summary.reserved, 2);
    QCOMPARE(summary.sold, 1);
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quota_seats qs JOIN match_seat_inventory i ON i.id = qs.match_seat_inventory_id"
                                            " WHERE qs.quota_id = %1 AND i.status = 'RESERVED'").arg(idLiteral(quota))), 2);
}

void TestQuotaSql::pastDeadlineAndSubquotaTree()
{
    const QUuid quota = newQuota(2, QuotaAlgorithm::BestSeats, QDate::currentDate().addDays(-1));
    QuotaRepository repo(m_admin);
    QuotaSummary summary;
    QVERIFY(repo.quota(quota, &summary).ok());
    QCOMPARE(summary.status, QStringLiteral("PAST_DEADLINE"));
    QSqlQuery q(m_super);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO subquotas (parent_quota_id, recipient_email, recipient_name, quantity, expires_at)"
                                  " VALUES (%1, 'sub@example.hr', 'Sub Šibenik', 1, now() + interval '1 day')").arg(idLiteral(quota))));
    const QList<SubquotaNode> tree = repo.subquotaTree(quota);
    QCOMPARE(tree.size(), 2);
    QCOMPARE(tree.at(0).depth, 0);
    QCOMPARE(tree.at(0).status, QStringLiteral("PAST_DEADLINE"));
    QCOMPARE(tree.at(1).depth, 1);
    QCOMPARE(tree.at(1).parentId, quota);
    QCOMPARE(tree.at(1).recipientName, QStringLiteral("Sub Šibenik"));
    bool found = false;
    for (const QuotaSummary &s : repo.quotas(m_venue.matchId))
        found = found || (s.id == quota && s.status == QLatin1String("PAST_DEADLINE"));
    QVERIFY(found);
}

void TestQuotaSql::onlyAdminsMayCall()
{
    QSqlDatabase clerk = TestDatabase::connectAs(DbName, QStringLiteral("quotasql_clerk"), QStringLiteral("clerk"), QStringLiteral("secret"));
    QCOMPARE(TestDatabase::sqlState(clerk, QStringLiteral("SELECT quota_cancel(gen_random_uuid(), 'ALL_UNUSED')")), QStringLiteral("42501"));
    QCOMPARE(TestDatabase::sqlState(clerk, QStringLiteral("SELECT quota_allocate(gen_random_uuid(), '{}')")), QStringLiteral("42501"));
}

// Two administrators allocate quotas of 7 in the same sector while a counter sells single seats
// there by conditional update; afterwards no seat has two owners and the books agree.
void TestQuotaSql::concurrentAdminsAndCounter()
{
    const TestVenue venue = TestVenue::create(m_super, QStringLiteral("Quota race"), 8, 25);
    QSqlQuery q(m_super);
    QVERIFY(q.exec(QStringLiteral("SELECT sec.id FROM matches m JOIN sectors sec ON sec.stadium_layout_id = m.stadium_layout_id WHERE m.id = %1").arg(idLiteral(venue.matchId))));
    QVERIFY(q.next());
    const QUuid sector = q.value(0).toUuid();

    QAtomicInt conflicts;
    QAtomicInt allocatedQuotas;
    auto admin = [&](const QString &login, const QString &connection) {
        QSqlDatabase db = TestDatabase::connectAs(DbName, login, connection, QStringLiteral("secret"));
        QuotaRepository repo(db);
        for (int i = 0; i < 12; ++i) {
            QuotaDraft d;
            d.matchId = venue.matchId;
            d.recipientEmail = QStringLiteral("%1-%2@example.hr").arg(connection).arg(i);
            d.recipientName = connection;
            d.quantity = 7;
            d.sectorIds = {sector};
            d.algorithm = i % 2 ? QuotaAlgorithm::Distributed : QuotaAlgorithm::BestSeats;
            d.expirationDate = QDate::currentDate().addDays(3);
            QUuid id;
            if (!repo.create(d, &id).ok())
                continue;
            // Retry on conflicts: each attempt re-reads the inventory.
            for (int attempt = 0; attempt < 5; ++attempt) {
                QuotaRepository::Allocation a;
                const Outcome o = repo.allocate(id, false, &a);
                if (o.ok()) {
                    allocatedQuotas.fetchAndAddRelaxed(1);
                    break;
                }
                if (!o.error().contains(QLatin1String("meanwhile")))
                    break;
                conflicts.fetchAndAddRelaxed(1);
            }
        }
        db.close();
    };
    QList<QUuid> sold;
    auto counter = [&] {
        QSqlDatabase db = TestDatabase::connectAs(DbName, QStringLiteral("postgres"), QStringLiteral("counter"));
        QSqlQuery sale(db);
        for (int i = 0; i < 60; ++i) {
            // The counter's best-available pick, then its conditional sale.
            if (!sale.exec(QStringLiteral("UPDATE match_seat_inventory SET status = 'SOLD' WHERE id = ("
                                          " SELECT id FROM match_seat_inventory WHERE match_id = %1 AND status = 'AVAILABLE'"
                                          " ORDER BY random() LIMIT 1) AND status = 'AVAILABLE' RETURNING id").arg(idLiteral(venue.matchId))))
                continue;
            if (sale.next())
                sold.append(sale.value(0).toUuid());
        }
        db.close();
    };
    QThread *a1 = QThread::create(admin, Admin1, QStringLiteral("race_admin1"));
    QThread *a2 = QThread::create(admin, Admin2, QStringLiteral("race_admin2"));
    QThread *c = QThread::create(counter);
    a1->start();
    a2->start();
    c->start();
    QVERIFY(a1->wait(120000) && a2->wait(120000) && c->wait(120000));
    delete a1;
    delete a2;
    delete c;
    QSqlDatabase::removeDatabase(QStringLiteral("race_admin1"));
    QSqlDatabase::removeDatabase(QStringLiteral("race_admin2"));
    QSqlDatabase::removeDatabase(QStringLiteral("counter"));

    qInfo("quotas allocated: %d, conflicts retried: %d, seats sold: %d", allocatedQuotas.loadRelaxed(),
          conflicts.loadRelaxed(), int(sold.size()));
    QVERIFY(allocatedQuotas.loadRelaxed() > 0);
    QVERIFY(!sold.isEmpty());
    const QString m = idLiteral(venue.matchId);
    // No seat in two live quota rows.
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM (SELECT match_seat_inventory_id FROM quota_seats qs JOIN quotas q ON q.id = qs.quota_id"
                                            " WHERE q.match_id = %1 AND qs.status <> 'CANCELLED' GROUP BY 1 HAVING count(*) > 1) d").arg(m)), 0);
    // No sold seat in a quota.
    QStringList soldIds;
    for (const QUuid &id : sold)
        soldIds.append(idLiteral(id));
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quota_seats WHERE status <> 'CANCELLED' AND match_seat_inventory_id IN (%1)").arg(soldIds.join(u','))), 0);
    // Every ALLOCATED seat belongs to exactly one live quota row and vice versa.
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = %1 AND status = 'ALLOCATED'").arg(m)),
             scalar(m_super, QStringLiteral("SELECT count(*) FROM quota_seats qs JOIN quotas q ON q.id = qs.quota_id WHERE q.match_id = %1 AND qs.status = 'ALLOCATED'").arg(m)));
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = %1 AND status = 'SOLD'").arg(m)), int(sold.size()));
    // Every quota that says it is allocated has exactly its quantity.
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quota_overview WHERE match_id = %1 AND allocated NOT IN (0, total_quantity)").arg(m)), 0);
}

// The benchmark's database half: loading a 5,000-seat inventory and committing an NM quota of all
// of it (quota_allocate: lock, conditional update, quota_seats, audit). Printed, loosely bounded.
void TestQuotaSql::commitTimeOf5000Seats()
{
    const TestVenue venue = TestVenue::create(m_super, QStringLiteral("Quota bulk"), 50, 100);
    QCOMPARE(venue.seatCount, 5000);
    QSqlQuery q(m_super);
    QVERIFY(q.exec(QStringLiteral("SELECT sec.id FROM matches m JOIN sectors sec ON sec.stadium_layout_id = m.stadium_layout_id WHERE m.id = %1").arg(idLiteral(venue.matchId))));
    QVERIFY(q.next());
    QuotaDraft d;
    d.matchId = venue.matchId;
    d.recipientEmail = QStringLiteral("bulk@example.hr");
    d.recipientName = QStringLiteral("Bulk");
    d.quantity = 5000;
    d.sectorIds = {q.value(0).toUuid()};
    d.expirationDate = QDate::currentDate().addDays(3);
    QuotaRepository repo(m_admin);
    QUuid id;
    QVERIFY(repo.create(d, &id).ok());
    QElapsedTimer t;
    t.start();
    QuotaSummary summary;
    QVERIFY(repo.quota(id, &summary).ok());
    MatchInventory inventory;
    QVERIFY(MatchInventory::load(m_admin, venue.matchId, &inventory).ok());
    const qint64 loadMs = t.restart();
    QuotaRepository::Allocation preview;
    QVERIFY(repo.allocate(summary, inventory, true, &preview).ok());
    const qint64 chooseMs = t.restart();
    QVERIFY(repo.allocateSeats(id, preview.inventoryIds).ok());
    const qint64 commitMs = t.elapsed();
    qInfo("5,000 seats: inventory load %lld ms, choice %lld ms, commit %lld ms", loadMs, chooseMs, commitMs);
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = %1 AND status = 'ALLOCATED'").arg(idLiteral(venue.matchId))), 5000);
    QVERIFY(commitMs < 30000);
}

// As at the counter, automatic allocation leaves wheelchair and companion places alone.
void TestQuotaSql::wheelchairPlacesAreNotChosen()
{
    const TestVenue venue = TestVenue::create(m_super, QStringLiteral("Quota access"), 1, 6);
    QSqlQuery q(m_super);
    // An activated layout's seats are frozen by a trigger; the test edits them as the owner would
    // have drawn them (replica mode skips the guard).
    QVERIFY(q.exec(QStringLiteral("SET session_replication_role = replica")));
    QVERIFY2(q.exec(QStringLiteral("UPDATE seats s SET seat_type = 'ACCESSIBILITY' FROM match_seat_inventory i"
                                  " WHERE i.seat_id = s.id AND i.match_id = %1 AND s.seat_index IN (2, 3)").arg(idLiteral(venue.matchId))),
             qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 2);
    QVERIFY(q.exec(QStringLiteral("RESET session_replication_role")));
    QVERIFY(q.exec(QStringLiteral("SELECT sec.id FROM matches m JOIN sectors sec ON sec.stadium_layout_id = m.stadium_layout_id WHERE m.id = %1").arg(idLiteral(venue.matchId))));
    QVERIFY(q.next());
    QuotaDraft d;
    d.matchId = venue.matchId;
    d.recipientEmail = QStringLiteral("access@example.hr");
    d.recipientName = QStringLiteral("Access");
    d.quantity = 4;
    d.sectorIds = {q.value(0).toUuid()};
    d.expirationDate = QDate::currentDate().addDays(3);
    QuotaRepository repo(m_admin);
    QUuid id;
    QVERIFY(repo.create(d, &id).ok());
    QuotaRepository::Allocation a;
    QVERIFY(repo.allocate(id, false, &a).ok());
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quota_seats qs JOIN match_seat_inventory i ON i.id = qs.match_seat_inventory_id"
                                            " JOIN seats s ON s.id = i.seat_id WHERE qs.quota_id = %1 AND s.seat_type = 'STANDARD'").arg(idLiteral(id))), 4);
    // Only the two wheelchair places are left: another quota gets none of them automatically.
    d.recipientEmail = QStringLiteral("access2@example.hr");
    d.quantity = 1;
    QUuid second;
    QVERIFY(repo.create(d, &second).ok());
    const Outcome none = repo.allocate(second, false, &a);
    QVERIFY(!none.ok());
    QVERIFY2(none.error().contains(QLatin1String("0 free")), qPrintable(none.error()));
}

QTEST_GUILESS_MAIN(TestQuotaSql)
#include "tst_quotasql.moc"
