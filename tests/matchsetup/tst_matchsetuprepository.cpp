#include "matchsetupfixture.h"
#include "matchsetup/matchsetuprepository.h"
#include "matchsetup/matchsetuptext.h"
#include "pricing/feerepository.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QtTest>

using namespace Tribina;
using MatchSetupFixture::exec;

/// The match set-up against the real database (migration 0006 through MatchSetupRepository, as
/// an administrator): inventory generation, the configuration lifecycle and its checks, phase
/// overlaps, seat operations and match cancellation.
class TestMatchSetupRepository : public QObject
{
    Q_OBJECT

    const QString m_name = QStringLiteral("matchsetup_repo");
    QString m_login;
    QSqlDatabase m_owner;
    QSqlDatabase m_admin;
    MatchSetupFixture::Venue m_venue;

    QSet<QString> problemCodes(const QUuid &match)
    {
        MatchSetupRepository repo(m_admin);
        QList<ConfigProblem> problems;
        const Outcome o = repo.problems(match, &problems);
        if (!o)
            qWarning() << o.error();
        QSet<QString> codes;
        for (const ConfigProblem &p : std::as_const(problems)) {
            codes.insert(p.code);
            if (p.text.isEmpty())
                qWarning() << "untranslated problem" << p.code;
        }
        return codes;
    }

    /// A fresh match with its inventory, configured for sale.
    QUuid readyMatch()
    {
        const QUuid match = MatchSetupFixture::createMatch(m_owner, m_venue.stadiumId);
        MatchSetupRepository repo(m_admin);
        const GenerateResult g = repo.generateInventory(match);
        if (!g.outcome)
            qFatal("generate: %s", qPrintable(g.outcome.error()));
        MatchSetupFixture::configureForSale(m_owner, match);
        return match;
    }

    QUuid seat(const QUuid &match, const QString &sector, int row, int index)
    {
        return exec(m_owner, QStringLiteral("SELECT i.id FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id"
                                            " JOIN sectors c ON c.id = s.sector_id WHERE i.match_id = ?::uuid"
                                            " AND c.code = ? AND s.row_order = ? AND s.seat_index = ?"),
                    {match, sector, row, index}).toUuid();
    }

    QString status(const QUuid &inventory)
    {
        return exec(m_owner, QStringLiteral("SELECT status::text FROM match_seat_inventory WHERE id = ?::uuid"), {inventory}).toString();
    }

private slots:
    void initTestCase()
    {
        m_owner = TestDatabase::fresh(m_name);
        m_login = TestDatabase::addStaff(m_owner, QStringLiteral("setup_admin_%1").arg(QCoreApplication::applicationPid()),
                                         QStringLiteral("tribina_admin"));
        m_admin = TestDatabase::connectAs(m_name, m_login, QStringLiteral("admin"), QStringLiteral("secret"));
        QVERIFY(m_admin.isOpen());
        m_venue = MatchSetupFixture::smallVenue(m_owner, QStringLiteral("Setup Arena"));
        QCOMPARE(m_venue.seats, 25);
    }

    void generatesInventoryFromTheLayout()
    {
        const QUuid match = MatchSetupFixture::createMatch(m_owner, m_venue.stadiumId);
        MatchSetupRepository repo(m_admin);
        QList<int> progress;
        const GenerateResult g = repo.generateInventory(match, [&](int done, int total) {
            progress << done;
            return total == 25;
        });
        QVERIFY2(g.outcome, qPrintable(g.outcome.error()));
        QCOMPARE(g.seats, 25);
        QCOMPARE(progress.last(), 25);
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = ?::uuid"), {match}).toInt(), 25);
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = ?::uuid AND status = 'TECHNICAL'"), {match}).toInt(), 1);
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = ?::uuid AND status = 'AVAILABLE'"), {match}).toInt(), 24);
        // Every sector got its match configuration; the standing one is sold by capacity.
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM match_sectors WHERE match_id = ?::uuid"), {match}).toInt(), 3);
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT total_capacity::text || '/' || is_numbered::text FROM match_sectors"
                                              " WHERE match_id = ?::uuid AND code = 'ST'"), {match}).toString(),
                 QStringLiteral("300/false"));
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT technical_seats FROM match_sectors WHERE match_id = ?::uuid AND code = 'A'"), {match}).toInt(), 1);
        // One audit event per call of the function, attributed to the administrator.
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT actor_login FROM audit_outbox WHERE match_id = ?::uuid"
                                              " AND payload->>'change' = 'INVENTORY_GENERATED'"), {match}).toString(), m_login);

        // A second run is refused and writes nothing.
        const GenerateResult again = repo.generateInventory(match);
        QVERIFY(!again.outcome);
        QVERIFY2(again.outcome.error().contains(QLatin1String("exists already")), qPrintable(again.outcome.error()));
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = ?::uuid"), {match}).toInt(), 25);
    }

    void closedAndMaintenanceSectorsGenerateAccordingly()
    {
        const QUuid match = MatchSetupFixture::createMatch(m_owner, m_venue.stadiumId);
        MatchSetupRepository repo(m_admin);
        const QUuid a = exec(m_owner, QStringLiteral("SELECT c.id FROM matches m JOIN sectors c ON c.stadium_layout_id = m.stadium_layout_id"
                                                     " WHERE m.id = ?::uuid AND c.code = 'A'"), {match}).toUuid();
        const QUuid b = exec(m_owner, QStringLiteral("SELECT c.id FROM matches m JOIN sectors c ON c.stadium_layout_id = m.stadium_layout_id"
                                                     " WHERE m.id = ?::uuid AND c.code = 'B'"), {match}).toUuid();
        MatchSetupRepository::SectorChange closed;
        closed.status = QStringLiteral("CLOSED");
        QVERIFY(repo.configureSectors(match, {a}, closed).ok());
        MatchSetupRepository::SectorChange maintenance;
        maintenance.status = QStringLiteral("MAINTENANCE");
        maintenance.purpose = QStringLiteral("AWAY_FANS");
        QVERIFY(repo.configureSectors(match, {b}, maintenance).ok());
        QVERIFY(repo.generateInventory(match).outcome.ok());
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT string_agg(status::text || ':' || n, ',' ORDER BY status) FROM"
                                              " (SELECT status, count(*) n FROM match_seat_inventory WHERE match_id = ?::uuid GROUP BY status) x"),
                      {match}).toString(),
                 QStringLiteral("TECHNICAL:1,MAINTENANCE:10,INACTIVE:14"));
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT purpose::text FROM match_sectors WHERE match_id = ?::uuid AND sector_id = ?::uuid"),
                      {match, b}).toString(), QStringLiteral("AWAY_FANS"));
    }

    void hundredThousandSeatsInOneTransaction()
    {
        const MatchSetupFixture::Venue stress = MatchSetupFixture::stressVenue(m_owner);
        QVERIFY(stress.seats >= 100'000);
        MatchSetupRepository repo(m_admin);

        // A failure half way leaves nothing: one seat of the last sector already has a row, so
        // the last batch is refused after the earlier ones were written in the same transaction.
        const QUuid failing = MatchSetupFixture::createMatch(m_owner, stress.stadiumId);
        exec(m_owner, QStringLiteral("INSERT INTO match_seat_inventory (match_id, seat_id)"
                                     " SELECT m.id, s.id FROM matches m JOIN sectors c ON c.stadium_layout_id = m.stadium_layout_id"
                                     " JOIN seats s ON s.sector_id = c.id WHERE m.id = ?::uuid"
                                     " ORDER BY c.sort_order DESC, c.code DESC LIMIT 1"), {failing});
        int batches = 0;
        const GenerateResult broken = repo.generateInventory(failing, [&](int, int) { ++batches; return true; });
        QVERIFY(!broken.outcome);
        QVERIFY(batches > 2);
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = ?::uuid"), {failing}).toInt(), 1);

        // Cancelled by the user after two batches: rolled back, nothing written.
        const QUuid cancelled = MatchSetupFixture::createMatch(m_owner, stress.stadiumId);
        int calls = 0;
        const GenerateResult stopped = repo.generateInventory(cancelled, [&](int, int) { return ++calls < 3; });
        QVERIFY(stopped.cancelled);
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = ?::uuid"), {cancelled}).toInt(), 0);

        const QUuid match = MatchSetupFixture::createMatch(m_owner, stress.stadiumId);
        QElapsedTimer timer;
        timer.start();
        const GenerateResult g = repo.generateInventory(match);
        const qint64 ms = timer.elapsed();
        QVERIFY2(g.outcome, qPrintable(g.outcome.error()));
        QCOMPARE(g.seats, stress.seats);
        qInfo("Inventory generation: %d seats in %lld ms (%.0f seats/s)", g.seats, ms, g.seats * 1000.0 / qMax<qint64>(ms, 1));
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = ?::uuid"), {match}).toInt(), stress.seats);
        // One transaction: every row carries the same inserting transaction id.
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(DISTINCT xmin::text) FROM match_seat_inventory WHERE match_id = ?::uuid"), {match}).toInt(), 1);
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id"
                                              " WHERE i.match_id = ?::uuid AND (s.seat_type = 'TECHNICAL') <> (i.status = 'TECHNICAL')"), {match}).toInt(), 0);
    }

    void lifecycleChecks()
    {
        MatchSetupRepository repo(m_admin);
        const QUuid match = MatchSetupFixture::createMatch(m_owner, m_venue.stadiumId);
        QSet<QString> codes = problemCodes(match);
        QVERIFY(codes.contains(QStringLiteral("NO_PRICE_CATEGORIES")));
        QVERIFY(codes.contains(QStringLiteral("NO_INVENTORY")));
        QVERIFY(codes.contains(QStringLiteral("NO_SALES_PHASE")));
        QVERIFY(codes.contains(QStringLiteral("SECTOR_NOT_CONFIGURED")));
        LifecycleResult r = repo.setConfigStatus(match, QStringLiteral("VALIDATED"));
        QVERIFY(r.outcome);
        QVERIFY(!r.problems.isEmpty());
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT stadium_config_status::text FROM matches WHERE id = ?::uuid"), {match}).toString(),
                 QStringLiteral("DRAFT"));

        QVERIFY(repo.generateInventory(match).outcome.ok());
        MatchSetupFixture::configureForSale(m_owner, match);
        QCOMPARE(problemCodes(match), QSet<QString>());

        // Every sellable seat needs a category: take sector B's away, then paint its seats.
        exec(m_owner, QStringLiteral("UPDATE match_sectors SET price_category_id = NULL WHERE match_id = ?::uuid AND code = 'B'"), {match});
        QVERIFY(problemCodes(match).contains(QStringLiteral("SEATS_WITHOUT_PRICE")));
        const QList<QUuid> sectorB = [&] {
            QList<QUuid> ids;
            QSqlQuery q(m_owner);
            q.prepare(QStringLiteral("SELECT i.id FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id"
                                     " JOIN sectors c ON c.id = s.sector_id WHERE i.match_id = ?::uuid AND c.code = 'B'"));
            q.addBindValue(match.toString(QUuid::WithoutBraces));
            q.exec();
            while (q.next())
                ids << q.value(0).toUuid();
            return ids;
        }();
        QCOMPARE(sectorB.size(), 10);
        const QUuid category = exec(m_owner, QStringLiteral("SELECT id FROM price_categories WHERE match_id = ?::uuid"), {match}).toUuid();
        int painted = 0;
        QVERIFY(repo.setSeatCategory(match, sectorB, category, &painted).ok());
        QCOMPARE(painted, 10);
        QCOMPARE(problemCodes(match), QSet<QString>());

        // The standing sector sold by capacity needs a price too.
        exec(m_owner, QStringLiteral("UPDATE match_sectors SET price_category_id = NULL WHERE match_id = ?::uuid AND code = 'ST'"), {match});
        QVERIFY(problemCodes(match).contains(QStringLiteral("SECTOR_WITHOUT_PRICE")));
        exec(m_owner, QStringLiteral("UPDATE match_sectors SET price_category_id = ?::uuid WHERE match_id = ?::uuid AND code = 'ST'"), {category, match});

        // A phase ending after kick-off.
        const QUuid late = exec(m_owner, QStringLiteral("INSERT INTO sales_phases (match_id, phase_type, name, start_at, end_at)"
                                                        " SELECT id, 'LOYALTY', 'Kasna', kick_off_time - interval '1 day', kick_off_time + interval '1 hour'"
                                                        " FROM matches WHERE id = ?::uuid RETURNING id"), {match}).toUuid();
        QVERIFY(problemCodes(match).contains(QStringLiteral("PHASE_AFTER_KICK_OFF")));
        QVERIFY(repo.deletePhase(late).ok());

        // The inventory must be the layout's seats, all of them.
        const QUuid removed = seat(match, QStringLiteral("A"), 2, 4);
        exec(m_owner, QStringLiteral("ALTER TABLE match_seat_inventory DISABLE TRIGGER USER"));
        const QUuid seatId = exec(m_owner, QStringLiteral("DELETE FROM match_seat_inventory WHERE id = ?::uuid RETURNING seat_id"), {removed}).toUuid();
        exec(m_owner, QStringLiteral("ALTER TABLE match_seat_inventory ENABLE TRIGGER USER"));
        QVERIFY(problemCodes(match).contains(QStringLiteral("INVENTORY_MISSING_SEATS")));
        exec(m_owner, QStringLiteral("INSERT INTO match_seat_inventory (id, match_id, seat_id) VALUES (?::uuid, ?::uuid, ?::uuid)"),
             {removed, match, seatId});

        // No fee configuration in force on the match day.
        exec(m_owner, QStringLiteral("UPDATE fee_configurations SET effective_to = DATE '2021-01-01' WHERE match_id IS NULL"));
        QVERIFY(problemCodes(match).contains(QStringLiteral("NO_FEE_CONFIGURATION")));
        exec(m_owner, QStringLiteral("UPDATE fee_configurations SET effective_to = NULL WHERE match_id IS NULL"));
        QCOMPARE(problemCodes(match), QSet<QString>());

        // The match day is Zagreb's whatever the session's zone (0015): a 00:30 kick-off in
        // Zagreb is the day before in UTC, and a fee ending on that UTC day is not in force.
        const QString kickOff = exec(m_owner, QStringLiteral("SELECT kick_off_time::text FROM matches WHERE id = ?::uuid"),
                                     {match}).toString();
        exec(m_admin, QStringLiteral("SET TIME ZONE 'UTC'")); // the connection problemCodes() asks on
        exec(m_owner, QStringLiteral("UPDATE matches SET kick_off_time = TIMESTAMPTZ '2031-06-11 00:30 Europe/Zagreb'"
                                     " WHERE id = ?::uuid"), {match});
        exec(m_owner, QStringLiteral("UPDATE fee_configurations SET effective_to = DATE '2031-06-10' WHERE match_id IS NULL"));
        QVERIFY(problemCodes(match).contains(QStringLiteral("NO_FEE_CONFIGURATION")));
        exec(m_owner, QStringLiteral("UPDATE fee_configurations SET effective_to = NULL WHERE match_id IS NULL"));
        exec(m_owner, QStringLiteral("UPDATE matches SET kick_off_time = ?::timestamptz WHERE id = ?::uuid"), {kickOff, match});
        exec(m_admin, QStringLiteral("RESET TIME ZONE"));
        QCOMPARE(problemCodes(match), QSet<QString>());

        // DRAFT → LOCKED skips a step: refused.
        r = repo.setConfigStatus(match, QStringLiteral("LOCKED"));
        QCOMPARE(r.problems.value(0).code, QStringLiteral("NOT_VALIDATED"));
        // Publishing needs LOCKED.
        QVERIFY(!repo.publish(match));
        r = repo.setConfigStatus(match, QStringLiteral("VALIDATED"));
        QVERIFY2(r.outcome && r.problems.isEmpty(), qPrintable(r.problems.value(0).text));
        QVERIFY(!repo.publish(match));
        // Prices are frozen outside DRAFT.
        SetupPriceCategory extra{QUuid(), QStringLiteral("Extra"), 1000, QStringLiteral("#009e73")};
        QVERIFY(!repo.saveCategory(match, &extra));
        r = repo.setConfigStatus(match, QStringLiteral("LOCKED"));
        QVERIFY(r.outcome && r.problems.isEmpty());
        const Outcome published = repo.publish(match);
        QVERIFY2(published, qPrintable(published.error()));
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT status::text || '/' || stadium_config_status::text FROM matches WHERE id = ?::uuid"), {match}).toString(),
                 QStringLiteral("PUBLISHED/LOCKED"));
        QVERIFY(!repo.publish(match)); // once

        // Back to DRAFT only while nothing is sold.
        MatchSetupFixture::sellTickets(m_owner, match, 1);
        r = repo.setConfigStatus(match, QStringLiteral("DRAFT"));
        QCOMPARE(r.problems.value(0).code, QStringLiteral("ALREADY_SOLD"));
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT stadium_config_status::text FROM matches WHERE id = ?::uuid"), {match}).toString(),
                 QStringLiteral("LOCKED"));

        const QUuid unsold = readyMatch();
        QVERIFY(repo.setConfigStatus(unsold, QStringLiteral("VALIDATED")).problems.isEmpty());
        QVERIFY(repo.setConfigStatus(unsold, QStringLiteral("LOCKED")).problems.isEmpty());
        r = repo.setConfigStatus(unsold, QStringLiteral("DRAFT"));
        QVERIFY(r.outcome && r.problems.isEmpty());
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT stadium_config_status::text FROM matches WHERE id = ?::uuid"), {unsold}).toString(),
                 QStringLiteral("DRAFT"));
        QVERIFY(exec(m_owner, QStringLiteral("SELECT count(*) FROM audit_outbox WHERE match_id = ?::uuid AND audit_type = 'match_change'"
                                             " AND payload->>'config_status' IS NOT NULL"), {unsold}).toInt() == 3);
    }

    void overlappingPhasesAreRefused()
    {
        MatchSetupRepository repo(m_admin);
        const QUuid match = MatchSetupFixture::createMatch(m_owner, m_venue.stadiumId);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(1);
        SetupPhase loyalty{QUuid(), QStringLiteral("LOYALTY"), QStringLiteral("Članovi"), t0, t0.addDays(3), 2, true};
        QVERIFY(repo.savePhase(match, &loyalty).ok());
        SetupPhase overlapping{QUuid(), QStringLiteral("GENERAL_PUBLIC"), QStringLiteral("Svi"), t0.addDays(2), t0.addDays(10), 4, true};
        const Outcome o = repo.savePhase(match, &overlapping);
        QVERIFY(!o);
        QVERIFY2(o.error().contains(QLatin1String("overlaps")), qPrintable(o.error()));
        QVERIFY(overlapping.id.isNull());
        // Adjacent is fine (half-open ranges).
        SetupPhase next{QUuid(), QStringLiteral("GENERAL_PUBLIC"), QStringLiteral("Svi"), t0.addDays(3), t0.addDays(10), 4, true};
        QVERIFY(repo.savePhase(match, &next).ok());
        // Moving an existing phase into another is refused as well.
        loyalty.end = t0.addDays(5);
        QVERIFY(!repo.savePhase(match, &loyalty));
        QList<SetupPhase> phases;
        QVERIFY(repo.loadPhases(match, &phases).ok());
        QCOMPARE(phases.size(), 2);
        QCOMPARE(phases.first().end, t0.addDays(3));
    }

    void seatTransitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("setup");  // extra state: "hold", "expired", "ticket", "technical"
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("skip");    // empty: applied

        const QStringList targets = {QStringLiteral("BLOCKED"), QStringLiteral("OFFICIAL"), QStringLiteral("TECHNICAL"),
                                     QStringLiteral("MAINTENANCE"), QStringLiteral("QUARANTINED"), QStringLiteral("INACTIVE")};
        for (const QString &t : targets) {
            QTest::addRow("AVAILABLE->%s", qPrintable(t)) << QStringLiteral("AVAILABLE") << QString() << t << QString();
            QTest::addRow("%s->AVAILABLE", qPrintable(t)) << t << QString() << QStringLiteral("AVAILABLE") << QString();
            QTest::addRow("SOLD->%s", qPrintable(t)) << QStringLiteral("SOLD") << QStringLiteral("ticket") << t << QStringLiteral("SOLD");
            QTest::addRow("HELD->%s", qPrintable(t)) << QStringLiteral("RESERVED") << QStringLiteral("hold") << t << QStringLiteral("HELD");
            QTest::addRow("ALLOCATED->%s", qPrintable(t)) << QStringLiteral("ALLOCATED") << QString() << t << QStringLiteral("ALLOCATED");
            QTest::addRow("%s->%s", qPrintable(t), qPrintable(t)) << t << QString() << t << QStringLiteral("UNCHANGED");
        }
        QTest::newRow("BLOCKED->OFFICIAL") << QStringLiteral("BLOCKED") << QString() << QStringLiteral("OFFICIAL") << QString();
        QTest::newRow("SOLD->AVAILABLE") << QStringLiteral("SOLD") << QStringLiteral("ticket") << QStringLiteral("AVAILABLE") << QStringLiteral("SOLD");
        QTest::newRow("HELD->AVAILABLE") << QStringLiteral("RESERVED") << QStringLiteral("hold") << QStringLiteral("AVAILABLE") << QStringLiteral("HELD");
        QTest::newRow("expired hold->BLOCKED") << QStringLiteral("RESERVED") << QStringLiteral("expired") << QStringLiteral("BLOCKED") << QString();
        QTest::newRow("camera->AVAILABLE") << QStringLiteral("TECHNICAL") << QStringLiteral("technical") << QStringLiteral("AVAILABLE")
                                           << QStringLiteral("TECHNICAL_SEAT");
        QTest::newRow("camera->BLOCKED") << QStringLiteral("TECHNICAL") << QStringLiteral("technical") << QStringLiteral("BLOCKED") << QString();
    }

    void seatTransitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, setup);
        QFETCH(QString, target);
        QFETCH(QString, skip);
        static QUuid match;
        if (match.isNull())
            match = readyMatch();
        MatchSetupRepository repo(m_admin);
        // A fresh seat of sector A or B per row: the camera position for "technical".
        static int next = 0;
        QUuid id;
        if (setup == QLatin1String("technical")) {
            id = seat(match, QStringLiteral("A"), 0, 0);
        } else {
            const int n = next++ % 24;
            id = n < 14 ? seat(match, QStringLiteral("A"), (n + 1) / 5, (n + 1) % 5) : seat(match, QStringLiteral("B"), (n - 14) / 5, (n - 14) % 5);
        }
        QVERIFY(!id.isNull());
        exec(m_owner, QStringLiteral("UPDATE tickets SET status = 'REFUNDED' WHERE match_seat_inventory_id = ?::uuid AND status = 'SOLD'"), {id});
        exec(m_owner, QStringLiteral("UPDATE match_seat_inventory SET status = ?::seat_status, held_until = CASE ?"
                                     " WHEN 'hold' THEN now() + interval '10 minutes' WHEN 'expired' THEN now() - interval '1 minute' END"
                                     " WHERE id = ?::uuid"), {from, setup, id});
        if (setup == QLatin1String("ticket")) {
            const QUuid buyer = exec(m_owner, QStringLiteral("INSERT INTO users (drupal_user_id, email) VALUES (gen_random_uuid()::text,"
                                                             " gen_random_uuid()::text || '@x.test') RETURNING id")).toUuid();
            const QUuid o = exec(m_owner, QStringLiteral("INSERT INTO orders (user_id, match_id, order_number, status, ticket_amount,"
                                                         " ticket_vat_amount, fee_amount, fee_vat_amount, total_amount)"
                                                         " VALUES (?::uuid, ?::uuid, left(gen_random_uuid()::text, 20), 'COMPLETED', 30, 0, 0, 0, 30) RETURNING id"),
                                 {buyer, match}).toUuid();
            exec(m_owner, QStringLiteral("INSERT INTO tickets (order_id, match_id, match_seat_inventory_id, barcode, qr_code_data, price_amount, fee_amount)"
                                         " VALUES (?::uuid, ?::uuid, ?::uuid, gen_random_uuid()::text, '', 30, 0)"), {o, match, id});
        }
        const SeatOperationResult r = repo.applySeats(match, {id}, target, QStringLiteral("test %1").arg(QLatin1String(QTest::currentDataTag())));
        QVERIFY2(r.outcome, qPrintable(r.outcome.error()));
        if (skip.isEmpty()) {
            QCOMPARE(r.applied, 1);
            QVERIFY(r.skipped.isEmpty());
            QCOMPARE(status(id), target);
            QVERIFY(exec(m_owner, QStringLiteral("SELECT held_until IS NULL FROM match_seat_inventory WHERE id = ?::uuid"), {id}).toBool());
        } else {
            QCOMPARE(r.applied, 0);
            QCOMPARE(r.skipped.size(), 1);
            QCOMPARE(r.skipped.first().reason, skip);
            QCOMPARE(r.skipped.first().inventoryId, id);
            QCOMPARE(status(id), from);
        }
    }

    void seatOperationRefusals()
    {
        MatchSetupRepository repo(m_admin);
        const QUuid match = readyMatch();
        const QUuid id = seat(match, QStringLiteral("B"), 0, 0);
        QVERIFY(!repo.applySeats(match, {id}, QStringLiteral("BLOCKED"), QStringLiteral("  ")).outcome);
        QVERIFY(!repo.applySeats(match, {id}, QStringLiteral("SOLD"), QStringLiteral("x")).outcome);
        QVERIFY(!repo.applySeats(match, {id}, QStringLiteral("RESERVED"), QStringLiteral("x")).outcome);
        QVERIFY(!repo.applySeats(match, {id}, QStringLiteral("ALLOCATED"), QStringLiteral("x")).outcome);
        QCOMPARE(status(id), QStringLiteral("AVAILABLE"));
        // A seat of another match is not found in this one.
        const QUuid other = readyMatch();
        const SeatOperationResult r = repo.applySeats(match, {seat(other, QStringLiteral("B"), 0, 0)}, QStringLiteral("BLOCKED"),
                                                      QStringLiteral("wrong match"));
        QCOMPARE(r.skipped.value(0).reason, QStringLiteral("NOT_FOUND"));
        QCOMPARE(status(seat(other, QStringLiteral("B"), 0, 0)), QStringLiteral("AVAILABLE"));
    }

    void bulkOperationSkipsHeldAndSoldSeats()
    {
        MatchSetupRepository repo(m_admin);
        const QUuid match = readyMatch();
        QList<QUuid> row;
        for (int r = 0; r < 2; ++r)
            for (int i = 0; i < 5; ++i)
                row << seat(match, QStringLiteral("B"), r, i);
        exec(m_owner, QStringLiteral("UPDATE match_seat_inventory SET status = 'RESERVED', held_until = now() + interval '5 minutes'"
                                     " WHERE id = ?::uuid"), {row[3]});
        // Sell two of them: the fixture sells the lowest available ids of the match, so block
        // every other seat of the match first.
        exec(m_owner, QStringLiteral("UPDATE match_seat_inventory SET status = 'BLOCKED' WHERE match_id = ?::uuid AND NOT (id = ANY (?::uuid[]))"),
             {match, MatchSetupRepository::uuidArray(row)});
        exec(m_owner, QStringLiteral("UPDATE match_seat_inventory SET status = 'BLOCKED' WHERE match_id = ?::uuid AND id = ANY (?::uuid[])"
                                     " AND id NOT IN (?::uuid, ?::uuid) AND status = 'AVAILABLE'"),
             {match, MatchSetupRepository::uuidArray(row), row[0], row[7]});
        MatchSetupFixture::sellTickets(m_owner, match, 2);
        exec(m_owner, QStringLiteral("UPDATE match_seat_inventory SET status = 'AVAILABLE' WHERE id = ANY (?::uuid[]) AND status = 'BLOCKED'"),
             {MatchSetupRepository::uuidArray(row)});
        QCOMPARE(status(row[0]), QStringLiteral("SOLD"));
        QCOMPARE(status(row[7]), QStringLiteral("SOLD"));
        const qint64 events = exec(m_owner, QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'seat_change'")).toLongLong();

        const SeatOperationResult r = repo.applySeats(match, row, QStringLiteral("BLOCKED"), QStringLiteral("row 1-2 broken"));
        QVERIFY2(r.outcome, qPrintable(r.outcome.error()));
        QCOMPARE(r.requested, 10);
        QCOMPARE(r.applied, 7);
        QCOMPARE(r.skipped.size(), 3);
        QMap<QUuid, QString> reasons;
        for (const SkippedSeat &s : r.skipped)
            reasons.insert(s.inventoryId, s.reason);
        QCOMPARE(reasons.value(row[0]), QStringLiteral("SOLD"));
        QCOMPARE(reasons.value(row[7]), QStringLiteral("SOLD"));
        QCOMPARE(reasons.value(row[3]), QStringLiteral("HELD"));
        QCOMPARE(status(row[3]), QStringLiteral("RESERVED"));
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE id = ANY (?::uuid[]) AND status = 'BLOCKED'"),
                      {MatchSetupRepository::uuidArray(row)}).toInt(), 7);
        // One audit event for the operation, listing the seven seats and the reason.
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'seat_change'")).toLongLong(), events + 1);
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT jsonb_array_length(payload->'seats') || '/' || (payload->>'reason') || '/' || actor_login"
                                              " FROM audit_outbox WHERE audit_type = 'seat_change' ORDER BY id DESC LIMIT 1")).toString(),
                 QStringLiteral("7/row 1-2 broken/") + m_login);
    }

    void cancellingAMatchReversesAndDeletesNothing()
    {
        MatchSetupRepository repo(m_admin);
        const QUuid match = readyMatch();
        const QUuid first = MatchSetupFixture::sellTickets(m_owner, match, 3);
        MatchSetupFixture::sellTickets(m_owner, match, 2);
        const QStringList tables = {QStringLiteral("orders"), QStringLiteral("tickets"), QStringLiteral("payments"),
                                    QStringLiteral("refunds"), QStringLiteral("match_seat_inventory"), QStringLiteral("audit_outbox"),
                                    QStringLiteral("sales_phases"), QStringLiteral("price_categories"), QStringLiteral("match_sectors")};
        QMap<QString, qint64> before;
        for (const QString &t : tables)
            before[t] = exec(m_owner, QStringLiteral("SELECT count(*) FROM ") + t).toLongLong();

        QVERIFY(!repo.cancelMatch(match, QStringLiteral(" ")).outcome);
        const CancelResult r = repo.cancelMatch(match, QStringLiteral("Stadium flooded"));
        QVERIFY2(r.outcome, qPrintable(r.outcome.error()));
        QCOMPARE(r.tickets, 5);
        QCOMPARE(r.refunds, 5);
        QCOMPARE(r.orders, 2);

        for (const QString &t : tables) {
            const qint64 after = exec(m_owner, QStringLiteral("SELECT count(*) FROM ") + t).toLongLong();
            if (t == QLatin1String("refunds"))
                QCOMPARE(after, before[t] + 5);
            else if (t == QLatin1String("audit_outbox"))
                QCOMPARE(after, before[t] + 1);
            else
                QCOMPARE(after, before[t]);
        }
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM tickets WHERE match_id = ?::uuid AND status = 'CANCELLED_MATCH_CANCELLED'"
                                              " AND cancellation_reason = 'MATCH_CANCELLED'"), {match}).toInt(), 5);
        // The ticket amount goes back, the fee is kept (ARCHITECTURE.md, "Money").
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT sum(refund_amount)::text || '/' || sum(fee_retained)::text || '/' || min(source::text)"
                                              " FROM refunds WHERE order_id = ?::uuid"), {first}).toString(),
                 QStringLiteral("90.00/5.40/SYSTEM"));
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM orders WHERE match_id = ?::uuid AND status = 'REFUNDED'"), {match}).toInt(), 2);
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT status::text FROM matches WHERE id = ?::uuid"), {match}).toString(), QStringLiteral("CANCELLED"));
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM sales_phases WHERE match_id = ?::uuid AND is_active"), {match}).toInt(), 0);
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT payload->>'reason' FROM audit_outbox WHERE match_id = ?::uuid"
                                              " AND payload->>'change' = 'CANCEL'"), {match}).toString(), QStringLiteral("Stadium flooded"));
        // Once only; and a cancelled match takes no seat operations.
        QVERIFY(!repo.cancelMatch(match, QStringLiteral("again")).outcome);
        QVERIFY(!repo.applySeats(match, {seat(match, QStringLiteral("B"), 0, 0)}, QStringLiteral("BLOCKED"), QStringLiteral("x")).outcome);
    }

    void percentagesAreParsedExactly()
    {
        qint64 v = -1;
        QVERIFY(MatchSetupText::parsePercent(QStringLiteral("6"), &v));
        QCOMPARE(v, 600);
        QVERIFY(MatchSetupText::parsePercent(QStringLiteral("6,5"), &v));
        QCOMPARE(v, 650);
        QVERIFY(MatchSetupText::parsePercent(QStringLiteral(" 13.07 %"), &v));
        QCOMPARE(v, 1307);
        QVERIFY(MatchSetupText::parsePercent(QStringLiteral("100"), &v));
        QCOMPARE(v, 10000);
        for (const char *bad : {"100.01", "-1", "6.555", "abc", "", "1e2"})
            QVERIFY2(!MatchSetupText::parsePercent(QLatin1String(bad), &v), bad);
        QCOMPARE(MatchSetupText::percent(1307).remove(QLocale().decimalPoint()), QStringLiteral("1307"));
        QCOMPARE(MatchSetupText::percent(5).remove(QLocale().decimalPoint()), QStringLiteral("005"));
    }

    /// The match's own fee configuration wins over the default one in every place prices come
    /// from (match_fee_rates / match_price_breakdown of 0007, loadFeeRates, loadFees), even
    /// over a newer default; going back to the default removes it.
    void ownFeesWinOverTheDefault()
    {
        MatchSetupRepository repo(m_admin);
        const QUuid match = MatchSetupFixture::createMatch(m_owner, m_venue.stadiumId);
        MatchSetupFixture::configureForSale(m_owner, match);
        const QDate matchDay = exec(m_owner, QStringLiteral("SELECT (kick_off_time AT TIME ZONE 'Europe/Zagreb')::date FROM matches"
                                                            " WHERE id = ?::uuid"), {match}).toDate();
        const auto sqlFee = [&] {
            return exec(m_admin, QStringLiteral("SELECT (fee_percent * 100)::bigint FROM match_fee_rates(?::uuid)"), {match}).toLongLong();
        };
        const auto ownRows = [&] {
            return exec(m_owner, QStringLiteral("SELECT count(*) FROM fee_configurations WHERE match_id = ?::uuid"), {match}).toInt();
        };

        SetupFees fees;
        QVERIFY(repo.loadFees(match, &fees).ok());
        QVERIFY(fees.found);
        QVERIFY(!fees.matchSpecific);
        QCOMPARE(fees.feePercent, 600);
        QCOMPARE(fees.homeFeeVat, 2500);
        SetupFees own;
        QVERIFY(repo.loadOwnFees(match, &own).ok());
        QVERIFY(!own.found);

        // Refused, with a sentence, and nothing written.
        SetupFees edit;
        edit.feePercent = 850;
        edit.homeTicketVat = 1300;
        edit.effectiveFrom = QDate::currentDate();
        edit.effectiveTo = matchDay.addDays(1);
        SetupFees bad = edit;
        bad.feePercent = 10'001;
        Outcome o = repo.saveOwnFees(match, &bad);
        QVERIFY(!o);
        QVERIFY2(o.error().contains(QLatin1String("100")), qPrintable(o.error()));
        bad = edit;
        bad.awayFeeVat = -1;
        QVERIFY(!repo.saveOwnFees(match, &bad));
        bad = edit;
        bad.effectiveTo = bad.effectiveFrom.addDays(-1);
        QVERIFY(!repo.saveOwnFees(match, &bad));
        bad = edit;
        bad.effectiveFrom = matchDay.addDays(1);
        bad.effectiveTo = QDate();
        o = repo.saveOwnFees(match, &bad);
        QVERIFY(!o);
        QVERIFY2(o.error().contains(QLatin1String("match day")), qPrintable(o.error()));
        QCOMPARE(ownRows(), 0);

        // Stored exactly: 8.50 % fee, 13.00 % ticket VAT at home.
        QVERIFY2(repo.saveOwnFees(match, &edit).ok(), "saveOwnFees");
        QVERIFY(!edit.id.isNull());
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT fee_percent::text || '/' || home_ticket_vat_percent::text || '/' || effective_to::text"
                                              " FROM fee_configurations WHERE id = ?::uuid"), {edit.id}).toString(),
                 QStringLiteral("8.50/13.00/") + matchDay.addDays(1).toString(Qt::ISODate));
        // A default row newer than the match's own still loses to it.
        const QUuid newerDefault = exec(m_owner, QStringLiteral("INSERT INTO fee_configurations (fee_percent, effective_from)"
                                                                " VALUES (7.00, current_date) RETURNING id")).toUuid();
        QVERIFY(repo.loadFees(match, &fees).ok());
        QVERIFY(fees.matchSpecific);
        QCOMPARE(fees.id, edit.id);
        QCOMPARE(fees.feePercent, 850);
        QCOMPARE(fees.homeTicketVat, 1300);
        QCOMPARE(sqlFee(), 850);
        FeeRates rates;
        QVERIFY(loadFeeRates(m_admin, match, &rates).ok());
        QCOMPARE(rates.fee, 850);
        QCOMPARE(rates.homeTicketVat, 1300);
        QVERIFY(!rates.fromDefaults);
        // 100.00 at home: fee 8.50, VAT in the ticket 100 × 13/113 = 11.50, total 108.50 — in SQL and in C++.
        QCOMPARE(exec(m_admin, QStringLiteral("SELECT fee_amount::text || '/' || ticket_vat_amount::text || '/' || total_amount::text"
                                              " FROM match_price_breakdown(?::uuid, 100.00)"), {match}).toString(),
                 QStringLiteral("8.50/11.50/108.50"));
        PriceBreakdown breakdown;
        QVERIFY(priceTicket(m_admin, match, Money(10'000), 0, &breakdown).ok());
        QCOMPARE(breakdown.feeAmount.cents(), 850);
        QCOMPARE(breakdown.total().cents(), 10'850);
        // Another match without its own row gets the newest default.
        const QUuid other = MatchSetupFixture::createMatch(m_owner, m_venue.stadiumId);
        QCOMPARE(exec(m_admin, QStringLiteral("SELECT (fee_percent * 100)::bigint FROM match_fee_rates(?::uuid)"), {other}).toLongLong(), 700);

        // Updating keeps one row; each change is audited.
        edit.feePercent = 725;
        QVERIFY(repo.saveOwnFees(match, &edit).ok());
        QCOMPARE(ownRows(), 1);
        QCOMPARE(sqlFee(), 725);
        QVERIFY(repo.loadOwnFees(match, &own).ok());
        QVERIFY(own.found);
        QCOMPARE(own.feePercent, 725);
        QCOMPARE(own.effectiveTo, matchDay.addDays(1));
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM audit_outbox WHERE match_id = ?::uuid AND audit_type = 'match_change'"
                                              " AND payload->>'action' = 'fees_set'"), {match}).toInt(), 2);

        // Not while the configuration is validated or locked.
        exec(m_owner, QStringLiteral("UPDATE matches SET stadium_config_status = 'VALIDATED' WHERE id = ?::uuid"), {match});
        QVERIFY(!repo.saveOwnFees(match, &edit));
        QVERIFY(!repo.useDefaultFees(match));
        QCOMPARE(sqlFee(), 725);
        exec(m_owner, QStringLiteral("UPDATE matches SET stadium_config_status = 'DRAFT' WHERE id = ?::uuid"), {match});

        // Back to the default: the newest default row applies again.
        QVERIFY(repo.useDefaultFees(match).ok());
        QCOMPARE(ownRows(), 0);
        QVERIFY(repo.loadFees(match, &fees).ok());
        QVERIFY(!fees.matchSpecific);
        QCOMPARE(fees.id, newerDefault);
        QCOMPARE(sqlFee(), 700);
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM audit_outbox WHERE match_id = ?::uuid"
                                              " AND payload->>'action' = 'fees_default'"), {match}).toInt(), 1);
        exec(m_owner, QStringLiteral("DELETE FROM fee_configurations WHERE id = ?::uuid"), {newerDefault});
    }
};

QTEST_GUILESS_MAIN(TestMatchSetupRepository)
#include "tst_matchsetuprepository.moc"
