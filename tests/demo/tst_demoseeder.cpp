#include "demo/demoseeder.h"
#include "demo/demostadiums.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Tribina;

namespace {

qint64 scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

// Everything the seed writes, as one comparable snapshot.
QList<qint64> counts(QSqlDatabase db)
{
    QList<qint64> result;
    for (const char *table : {"stadiums", "sectors", "sector_seat_maps", "row_configurations", "seats",
                              "sector_snake_configs", "matches", "price_categories", "match_sectors",
                              "match_seat_inventory", "sales_phases", "fee_configurations",
                              "staff_accounts", "users"})
        result.append(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    return result;
}

QString stadiumId(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM stadiums WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

qint64 demoRoles(QSqlDatabase db)
{
    QStringList names;
    for (const DemoLogin &login : demoLogins())
        names.append(login.login);
    return scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ANY (string_to_array(?, ','))"),
                  {names.join(QLatin1Char(','))});
}

} // namespace

/// The demo data: one transaction, the promised shape, seeded once, nothing left by a failure.
class TestDemoSeeder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failureLeavesNothing_data();
    void failureLeavesNothing();
    void sqlFailureLeavesNothing();
    void seed();
    void homeStadium();
    void stressStadium();
    void matches();
    void inventory();
    void wheelchairPairsOnSale();
    void nonNumberedFriendly();
    void capacities();
    void staff();
    void secondSeedIsNoOp();
    void cleanupTestCase();

private:
    QSqlDatabase m_db;
    QString m_home;
};

void TestDemoSeeder::initTestCase()
{
    m_db = TestDatabase::fresh(QStringLiteral("demo_seed"));
    QVERIFY(m_db.isOpen());
    QVERIFY(!DemoSeeder(m_db).isSeeded());
}

void TestDemoSeeder::failureLeavesNothing_data()
{
    QTest::addColumn<QString>("step");
    // First step (login roles), the bulk step (140,000 seats) and the last one (everything):
    // each run builds the stadiums again, so the steps in between add time but no coverage.
    for (const QString &step : {DemoSeeder::StepStaff, DemoSeeder::StepStadiums, DemoSeeder::StepFees})
        QTest::newRow(qPrintable(step)) << step;
}

void TestDemoSeeder::failureLeavesNothing()
{
    QFETCH(QString, step);
    const QList<qint64> before = counts(m_db);
    const qint64 rolesBefore = demoRoles(m_db);

    DemoSeeder seeder(m_db);
    QStringList reached;
    seeder.setStepHook([&](const QString &name) {
        reached.append(name);
        return name == step ? Outcome::failure(QStringLiteral("injected failure")) : Outcome();
    });
    const Outcome outcome = seeder.seed();
    QVERIFY(!outcome);
    QCOMPARE(outcome.error(), QStringLiteral("injected failure"));
    QCOMPARE(reached.last(), step);

    QCOMPARE(counts(m_db), before);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM stadiums")), 0);
    QCOMPARE(demoRoles(m_db), rolesBefore); // CREATE ROLE rolled back as well
    QVERIFY(!seeder.isSeeded());
}

void TestDemoSeeder::sqlFailureLeavesNothing()
{
    // A real error from the server half-way through the staff logins: a role with a demo login's
    // name that is not a plain login makes staff_add refuse it.
    const QString blocker = demoLogins().constLast().login;
    QVERIFY(TestDatabase::sqlState(m_db, QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(blocker)).isEmpty());
    QVERIFY(TestDatabase::sqlState(m_db, QStringLiteral("CREATE ROLE \"%1\" NOLOGIN").arg(blocker)).isEmpty());
    const QList<qint64> before = counts(m_db);

    const Outcome outcome = DemoSeeder(m_db).seed();
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(blocker), qPrintable(outcome.error()));
    QCOMPARE(counts(m_db), before);
    QCOMPARE(demoRoles(m_db), 1); // only the blocker: the logins created before it are gone

    QVERIFY(TestDatabase::sqlState(m_db, QStringLiteral("DROP ROLE \"%1\"").arg(blocker)).isEmpty());
}

void TestDemoSeeder::seed()
{
    QStringList progress;
    QElapsedTimer timer;
    timer.start();
    const Outcome outcome = DemoSeeder(m_db).seed([&progress, &timer](const QString &text) {
        progress.append(QStringLiteral("%1 ms: %2").arg(timer.elapsed(), 5).arg(text));
    });
    const qint64 ms = timer.elapsed();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    qInfo("demo seed: %lld ms for %lld seats and %lld inventory rows", ms,
          scalar(m_db, QStringLiteral("SELECT count(*) FROM seats")),
          scalar(m_db, QStringLiteral("SELECT count(*) FROM match_seat_inventory")));
    for (const QString &line : std::as_const(progress))
        qInfo("  %s", qPrintable(line));
    QVERIFY(progress.size() >= 5);
    QVERIFY(DemoSeeder(m_db).isSeeded());
    m_home = stadiumId(m_db, DemoStadiums::homeStadiumName());
    QVERIFY(!m_home.isEmpty());
}

void TestDemoSeeder::homeStadium()
{
    const qint64 seats = scalar(m_db, QStringLiteral("SELECT count(*) FROM seats s JOIN sectors c ON c.id = s.sector_id"
                                                     " WHERE c.stadium_id = ?::uuid"), {m_home});
    QVERIFY2(seats >= 33000 && seats <= 37000, qPrintable(QString::number(seats)));
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM sectors WHERE stadium_id = ?::uuid"), {m_home}) >= 16);
    for (const char *type : {"VIP", "ACCESSIBILITY", "STANDING"}) {
        QVERIFY2(scalar(m_db, QStringLiteral("SELECT count(*) FROM sectors WHERE stadium_id = ?::uuid"
                                             " AND sector_type = ?::sector_type"),
                        {m_home, QLatin1String(type)}) >= 1, type);
    }
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_sectors ms JOIN sectors c ON c.id = ms.sector_id"
                                        " WHERE c.stadium_id = ?::uuid AND ms.purpose = 'AWAY_FANS'"), {m_home}) >= 1);
    // Standing sectors have a capacity but no seats and no seat map.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sectors c WHERE c.sector_type = 'STANDING'"
                                         " AND (c.capacity = 0 OR EXISTS (SELECT 1 FROM seats s WHERE s.sector_id = c.id)"
                                         " OR EXISTS (SELECT 1 FROM sector_seat_maps m WHERE m.sector_id = c.id))")), 0);
    // Seat labels are unique per sector, and the unique index that guarantees it is there.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM seats GROUP BY sector_id,"
                                         " row_identifier, seat_number HAVING count(*) > 1) d")), 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                                         " WHERE c.relname = 'idx_seats_sector_row_seat' AND i.indisunique")), 1);
    // Geometry made it: outlines, labels, positions; every seated sector has its map, rows, snake.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sectors WHERE outline IS NULL OR label_x IS NULL")), 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM seats WHERE pos_x = 0 AND pos_y = 0")), 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sectors c WHERE EXISTS (SELECT 1 FROM seats s WHERE s.sector_id = c.id)"
                                         " AND (NOT EXISTS (SELECT 1 FROM sector_seat_maps m WHERE m.sector_id = c.id"
                                         "   AND m.configuration_status = 'ACTIVE')"
                                         " OR (SELECT count(*) FROM sector_snake_configs n WHERE n.sector_id = c.id) <> 1)")), 0);
    // Row configurations agree with the seats they describe.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM row_configurations r JOIN sector_seat_maps m ON m.id = r.sector_seat_map_id"
                                         " WHERE r.seat_count <> (SELECT count(*) FROM seats s WHERE s.sector_id = m.sector_id"
                                         " AND s.row_identifier = r.row_identifier)")), 0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM seats WHERE seat_type = 'ACCESSIBILITY'")) > 0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM seats WHERE seat_type = 'COMPANION'")) > 0);
}

void TestDemoSeeder::stressStadium()
{
    const QString stress = stadiumId(m_db, DemoStadiums::stressStadiumName());
    QVERIFY(!stress.isEmpty());
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM seats s JOIN sectors c ON c.id = s.sector_id"
                                        " WHERE c.stadium_id = ?::uuid"), {stress}) >= 100000);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM stadiums WHERE type = 'HOME'")), 2);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM stadiums WHERE type = 'AWAY' AND NOT is_numbered"
                                         " AND country <> 'HR'")), 1);
}

void TestDemoSeeder::matches()
{
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral(
        "SELECT away_team, match_type, status, stadium_config_status, is_numbered, published_at IS NOT NULL,"
        " kick_off_time > now() FROM matches ORDER BY kick_off_time")));
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 7; ++i)
            fields.append(q.value(i).toString());
        rows.append(fields.join(QLatin1Char(' ')));
    }
    QCOMPARE(rows, (QStringList{
        QStringLiteral("Portugal HOME PUBLISHED LOCKED true true true"),
        QStringLiteral("Slovenija HOME ACTIVE LOCKED false true true"),
        QStringLiteral("Hrvatska AWAY PUBLISHED LOCKED false true true"),
        QStringLiteral("Gibraltar HOME DRAFT DRAFT true false true"),
    }));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM matches WHERE competition = 'UEFA Nations League'"
                                         " AND away_team = 'Portugal' AND kick_off_time BETWEEN now() + interval '20 days'"
                                         " AND now() + interval '23 days'")), 1);
    // Prices in cents, exactly.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT (p.price * 100)::bigint FROM price_categories p JOIN matches m ON m.id = p.match_id"
                                         " WHERE m.away_team = 'Portugal' AND p.name = 'Kategorija 1' AND p.color = '#c8102e'")), 6000);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT (p.price * 100)::bigint FROM price_categories p JOIN matches m ON m.id = p.match_id"
                                         " WHERE m.away_team = 'Portugal' AND p.name = 'VIP'")), 15000);
    // Every sector of both home matches is configured, with a price category.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_sectors ms JOIN matches m ON m.id = ms.match_id"
                                         " WHERE m.match_type = 'HOME'")),
             3 * scalar(m_db, QStringLiteral("SELECT count(*) FROM sectors WHERE stadium_id = ?::uuid"), {m_home}));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_sectors WHERE price_category_id IS NULL")), 0);
    for (const char *purpose : {"GENERAL", "AWAY_FANS", "VIP", "PRESS"})
        QVERIFY2(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_sectors WHERE purpose = ?::sector_purpose"),
                        {QLatin1String(purpose)}) > 0, purpose);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sales_phases sp JOIN matches m ON m.id = sp.match_id"
                                         " WHERE m.away_team = 'Portugal' AND sp.phase_type = 'GENERAL_PUBLIC'"
                                         " AND now() BETWEEN sp.start_at AND sp.end_at")), 1);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM fee_configurations WHERE match_id IS NULL AND fee_percent = 6"
                                         " AND home_ticket_vat_percent = 5 AND home_fee_vat_percent = 25"
                                         " AND away_ticket_vat_percent = 0 AND away_fee_vat_percent = 0"
                                         " AND effective_from = DATE '2026-01-01'")), 1);
}

void TestDemoSeeder::inventory()
{
    const qint64 homeSeats = scalar(m_db, QStringLiteral("SELECT count(*) FROM seats s JOIN sectors c ON c.id = s.sector_id"
                                                         " WHERE c.stadium_id = ?::uuid"), {m_home});
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_seat_inventory i JOIN matches m ON m.id = i.match_id"
                                         " WHERE m.away_team = 'Portugal'")), homeSeats);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_seat_inventory")),
             homeSeats + scalar(m_db, QStringLiteral("SELECT count(*) FROM match_seat_inventory i JOIN matches m"
                                                     " ON m.id = i.match_id WHERE m.away_team = 'Slovenija'")));
    for (const char *status : {"TECHNICAL", "OFFICIAL", "BLOCKED"}) {
        const qint64 n = scalar(m_db, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE status = ?::seat_status"),
                                {QLatin1String(status)});
        QVERIFY2(n > 0 && n < 50, status);
    }
    // Technical seats are exactly the technical inventory, and match_sectors counts them.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id"
                                         " WHERE (s.seat_type = 'TECHNICAL') <> (i.status = 'TECHNICAL')")), 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT sum(technical_seats) FROM match_sectors ms JOIN matches m ON m.id = ms.match_id"
                                         " WHERE m.away_team = 'Portugal'")),
             scalar(m_db, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE status = 'TECHNICAL'")));
}

void TestDemoSeeder::nonNumberedFriendly()
{
    // A match on sale with free seating: the counter sells its open sectors by quantity.
    const QString match = scalar(m_db, QStringLiteral("SELECT count(*) FROM matches WHERE away_team = 'Slovenija'"
                                                      " AND NOT is_numbered AND status = 'ACTIVE'")) == 1
        ? QStringLiteral("(SELECT id FROM matches WHERE away_team = 'Slovenija')") : QString();
    QVERIFY(!match.isEmpty());
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT code || ' ' || status || ' ' || category || ' ' || price || ' ' || (available > 100)"
                                  " || ' ' || (available = capacity) FROM sector_quantity_availability(%1)"
                                  " WHERE status = 'ACTIVE' ORDER BY code").arg(match)));
    QStringList open;
    while (q.next())
        open << q.value(0).toString();
    QCOMPARE(open, (QStringList{QStringLiteral("E1 ACTIVE Istok 12.00 true true"),
                                QStringLiteral("S1 ACTIVE Jug 8.00 true true")}));
    // Closed sectors have no inventory; a sales phase is running.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id"
                                         " JOIN sectors c ON c.id = s.sector_id WHERE i.match_id = %1"
                                         " AND c.code NOT IN ('E1', 'S1')").arg(match)), 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sales_phases WHERE match_id = %1"
                                         " AND now() BETWEEN start_at AND end_at").arg(match)), 1);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_sectors WHERE match_id = %1 AND is_numbered").arg(match)), 0);

    // The demo clerk can hold places there by quantity (and gives them back).
    {
        QSqlDatabase clerk = TestDatabase::connectAs(QStringLiteral("demo_seed"), QStringLiteral("blagajna"),
                                                     QStringLiteral("demo_clerk"), QStringLiteral("demo-blagajna"));
        QVERIFY(clerk.isOpen());
        QSqlQuery h(clerk);
        QVERIFY2(h.exec(QStringLiteral("SELECT cardinality(seats_hold_quantity(%1, (SELECT id FROM sectors c WHERE c.code = 'E1'"
                                       " AND c.stadium_layout_id = (SELECT stadium_layout_id FROM matches WHERE id = %1)),"
                                       " 3, '00000000-0000-4000-8000-000000000014'))").arg(match)),
                 qPrintable(h.lastError().text()));
        QVERIFY(h.next());
        QCOMPARE(h.value(0).toInt(), 3);
        QVERIFY(h.exec(QStringLiteral("SELECT seats_release('00000000-0000-4000-8000-000000000014')")) && h.next());
        QCOMPARE(h.value(0).toInt(), 3);
        h.finish();
        clerk.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("demo_clerk"));
}

void TestDemoSeeder::wheelchairPairsOnSale()
{
    // The counter's wheelchair Best N has something to find: free wheelchair places with a free
    // companion seat beside them, in priced sectors on general sale of the match on sale.
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral(
        "SELECT ms.code, count(DISTINCT a.id) FROM match_seat_inventory ia JOIN seats a ON a.id = ia.seat_id"
        " JOIN seats c ON c.sector_id = a.sector_id AND c.row_order = a.row_order"
        "  AND abs(c.seat_index - a.seat_index) = 1 AND c.seat_type = 'COMPANION'"
        " JOIN match_seat_inventory ic ON ic.seat_id = c.id AND ic.match_id = ia.match_id"
        " JOIN matches m ON m.id = ia.match_id"
        " JOIN match_sectors ms ON ms.match_id = m.id AND ms.sector_id = a.sector_id"
        " JOIN price_categories pc ON pc.id = ms.price_category_id"
        " WHERE m.away_team = 'Portugal' AND m.status = 'PUBLISHED' AND a.seat_type = 'ACCESSIBILITY'"
        "  AND ia.status = 'AVAILABLE' AND ic.status = 'AVAILABLE' AND ms.status = 'ACTIVE'"
        "  AND ms.purpose = 'GENERAL' AND pc.price > 0"
        " GROUP BY ms.code ORDER BY ms.code")));
    QHash<QString, int> places;
    while (q.next())
        places.insert(q.value(0).toString(), q.value(1).toInt());
    QVERIFY2(places.size() >= 3, qPrintable(QStringList(places.keys()).join(u' ')));
    QCOMPARE(places.value(QStringLiteral("W1")), 3); // main stand, category 1: three pairs
}

void TestDemoSeeder::capacities()
{
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM stadiums st WHERE base_capacity <>"
                                         " (SELECT coalesce(sum(capacity), 0) FROM sectors c WHERE c.stadium_id = st.id)")), 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sectors c WHERE EXISTS (SELECT 1 FROM seats s WHERE s.sector_id = c.id)"
                                         " AND c.capacity <> (SELECT count(*) FROM seats s WHERE s.sector_id = c.id)")), 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_sectors ms JOIN sectors c ON c.id = ms.sector_id"
                                         " WHERE ms.total_capacity <> c.capacity")), 0);
}

void TestDemoSeeder::staff()
{
    for (const DemoLogin &login : demoLogins()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT s.group_role, s.full_name, pg_has_role(s.login_role, s.group_role, 'MEMBER')"
                                 " FROM staff_accounts s JOIN users u ON u.id = s.user_id WHERE s.login_role = ?"));
        q.addBindValue(login.login);
        QVERIFY(q.exec());
        QVERIFY2(q.next(), qPrintable(login.login));
        QCOMPARE(q.value(0).toString(), login.group);
        QCOMPARE(q.value(1).toString(), login.fullName);
        QVERIFY(q.value(2).toBool());
        QCOMPARE(login.password, QStringLiteral("demo-") + login.login);
    }
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM staff_accounts")), 5);
    QCOMPARE(demoRoles(m_db), 5);
    QCOMPARE(DemoSeeder::logins().size(), 5);
    // Who changed the inventory by hand: the admin.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_seat_inventory i JOIN staff_accounts s"
                                         " ON s.user_id = i.last_modified_by WHERE s.login_role = 'admin'")),
             scalar(m_db, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE status IN ('OFFICIAL', 'BLOCKED')")));
}

void TestDemoSeeder::secondSeedIsNoOp()
{
    const QList<qint64> before = counts(m_db);
    DemoSeeder seeder(m_db);
    QVERIFY(seeder.isSeeded());
    QStringList reached;
    seeder.setStepHook([&reached](const QString &step) {
        reached.append(step);
        return Outcome();
    });
    const Outcome outcome = seeder.seed();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QVERIFY(reached.isEmpty());
    QCOMPARE(counts(m_db), before);
}

void TestDemoSeeder::cleanupTestCase()
{
    // Login roles are cluster-wide: leave none behind for the other suites of the run.
    if (!m_db.isOpen() || demoRoles(m_db) != 5)
        return;
    QStringList names;
    for (const DemoLogin &login : demoLogins())
        names.append(QLatin1Char('"') + login.login + QLatin1Char('"'));
    const QString list = names.join(QLatin1String(", "));
    QCOMPARE(TestDatabase::sqlState(m_db, QStringLiteral("DROP OWNED BY %1").arg(list)), QString());
    QCOMPARE(TestDatabase::sqlState(m_db, QStringLiteral("DROP ROLE %1").arg(list)), QString());
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
