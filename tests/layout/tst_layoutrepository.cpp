#include "db/migrator.h"
#include "demo/demobowl.h"
#include "demo/demoseeder.h"
#include "demo/demostadiums.h"
#include "layout/layoutjson.h"
#include "layout/layoutrepository.h"
#include "layout/seatgenerator.h"
#include "layout/stadiumlayout.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace Tribina;

Q_DECLARE_METATYPE(Tribina::StadiumLayout)

namespace {

QVariant value(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0);
}

qint64 scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    return value(db, sql, values).toLongLong();
}

QStringList rows(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    QStringList result;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields.append(q.value(i).toString());
        result.append(fields.join(QLatin1Char('|')));
    }
    return result;
}

// Everything a layout activation may write, as one comparable snapshot.
QStringList snapshot(QSqlDatabase db)
{
    QStringList result;
    for (const char *table : {"stadiums", "stadium_layouts", "sectors", "sector_seat_maps", "row_configurations",
                              "seats", "sector_snake_configs", "matches", "match_seat_inventory"})
        result.append(QLatin1String(table) + QLatin1Char('=')
                      + QString::number(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))));
    result += rows(db, QStringLiteral("SELECT stadium_id, version, status, md5(layout_json::text) FROM stadium_layouts ORDER BY 1, 2"));
    result += rows(db, QStringLiteral("SELECT id, name, base_capacity, updated_at FROM stadiums ORDER BY id"));
    return result;
}

// A small stadium with what matters for storage: a straight and a curved seated sector (aisles,
// a removed seat, special seats, odd numbering from the right), a standing one.
StadiumLayout smallLayout(const QString &name)
{
    StadiumLayout layout(name, QStringLiteral("Osijek"), QStringLiteral("HR"), VenueType::Home);
    layout.setAddress(QStringLiteral("Kralja Petra Svačića 1"));
    const DemoBowl bowl(52, 32);
    DemoBowl::Rows rows{4};
    rows.aisles = {0.5};
    LayoutSector west = DemoBowl::sector(QStringLiteral("Zapad"), QStringLiteral("W"), SectorType::Standard,
                                         bowl.side(DemoBowl::Side::West, 10), 30, 50, rows);
    QList<LayoutRow> westRows = west.rows();
    westRows[0].setSeatType(0, SeatType::Accessibility);
    westRows[0].setSeatType(1, SeatType::Companion);
    westRows[1].setRemoved(3, true);
    westRows[2].setNumbering(SeatNumbering(1, NumberingDirection::RightToLeft, NumberingStep::Odd));
    west.setRows(westRows);
    layout.addSector(west);
    DemoBowl::Rows vip{3, 0.9, 0.9, RowLabel::Style::Alphabetic};
    const RowPath corner = bowl.corner(DemoBowl::Corner::NorthWest, 10);
    layout.addSector(DemoBowl::sector(QStringLiteral("Kut"), QStringLiteral("NW"), SectorType::Vip, corner, 0,
                                      corner.length(), vip));
    LayoutSector standing(QStringLiteral("Sjever"), QStringLiteral("N"), SectorType::Standing);
    standing.setOutline(QPolygonF({{62, -20}, {70, -20}, {70, 20}, {62, 20}}));
    standing.setLabelPosition({66, 0});
    standing.setManualCapacity(800);
    layout.addSector(standing);
    return DemoSeeder::storedLayout(layout);
}

QString text(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

} // namespace

/// Stadium layouts in the database: versions, activation in one transaction, seats that matches
/// use never touched, a lossless round trip through jsonb.
class TestLayoutRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void draftThenActivate();
    void demoLayouts_data();
    void demoLayouts();
    void validationErrorsRefuse();
    void failureMidwayLeavesNothing_data();
    void failureMidwayLeavesNothing();
    void sqlFailureMidwayLeavesNothing();
    void newVersionKeepsReferencedSeats();
    void unreferencedVersionIsReplaced();
    void versions();
    void findAndList();
    void adminRoleCanActivate();
    void legacyLayoutsBecomeVersionOne();
    void cleanupTestCase();

private:
    QSqlDatabase m_db;
    QUuid m_small;
};

void TestLayoutRepository::initTestCase()
{
    m_db = TestDatabase::fresh(QStringLiteral("layout_repository"));
    QVERIFY(m_db.isOpen());
}

void TestLayoutRepository::draftThenActivate()
{
    const StadiumLayout layout = smallLayout(QStringLiteral("Gradski vrt"));
    LayoutRepository repository(m_db);
    LayoutRepository::Saved saved;
    Outcome outcome = repository.saveDraft({}, layout, &saved);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QVERIFY(saved.newStadium);
    QCOMPARE(saved.version, 1);
    m_small = saved.stadiumId;
    const QString id = text(m_small);

    // A draft is only its document: no tables yet, no capacity.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sectors WHERE stadium_id = ?::uuid"), {id}), 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT base_capacity FROM stadiums WHERE id = ?::uuid"), {id}), 0);
    QCOMPARE(value(m_db, QStringLiteral("SELECT status::text FROM stadium_layouts WHERE stadium_id = ?::uuid"), {id}).toString(),
             QStringLiteral("DRAFT"));

    LayoutRepository::Activation activation;
    outcome = repository.activate(m_small, 1, &activation);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(activation.previousVersion, 0);
    QCOMPARE(activation.sectors, 3);
    QCOMPARE(activation.seatMaps, 2);
    QCOMPARE(activation.seats, layout.seatCount());
    QCOMPARE(activation.capacity, layout.capacity());
    QCOMPARE(activation.sectorIds.size(), 3);

    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sectors WHERE stadium_id = ?::uuid"), {id}), 3);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sector_seat_maps m JOIN sectors c ON c.id = m.sector_id"
                                         " WHERE c.stadium_id = ?::uuid AND m.configuration_status = 'ACTIVE'"), {id}), 2);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM row_configurations r JOIN sector_seat_maps m ON m.id = r.sector_seat_map_id"
                                         " JOIN sectors c ON c.id = m.sector_id WHERE c.stadium_id = ?::uuid"), {id}), 7);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM seats s JOIN sectors c ON c.id = s.sector_id WHERE c.stadium_id = ?::uuid"), {id}),
             layout.seatCount());
    // Capacity is derived: a seated sector's seats, a standing one's manual capacity, the sum.
    for (const LayoutSector &sector : layout.sectors()) {
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT capacity FROM sectors WHERE stadium_id = ?::uuid AND code = ?"), {id, sector.code()}),
                 sector.capacity());
    }
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT base_capacity FROM stadiums WHERE id = ?::uuid"), {id}), layout.capacity());
    QCOMPARE(layout.capacity(), layout.seatCount() + 800);
    // Rows say what their seats are: counts (the removed seat is gone), odd numbering, geometry.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM row_configurations r JOIN sector_seat_maps m ON m.id = r.sector_seat_map_id"
                                         " WHERE r.seat_count <> (SELECT count(*) FROM seats s WHERE s.sector_id = m.sector_id"
                                         " AND s.row_identifier = r.row_identifier)")), 0);
    const LayoutRow &third = layout.sectors().first().rows().at(2);
    QCOMPARE(rows(m_db, QStringLiteral("SELECT r.numbering_direction, r.numbering_step, r.start_seat_number, r.has_gap, r.gap_after_seat,"
                                       " r.path = ?::jsonb, r.gaps = ?::jsonb FROM row_configurations r"
                                       " JOIN sector_seat_maps m ON m.id = r.sector_seat_map_id JOIN sectors c ON c.id = m.sector_id"
                                       " WHERE c.stadium_id = ?::uuid AND c.code = 'W' AND r.row_order = 2"),
                 {QString::fromUtf8(LayoutJson::pathJson(third.path())),
                  QString::fromUtf8(LayoutJson::gapsJson(third.effectiveGaps())), id}),
             QStringList{QStringLiteral("RTL|ODD|1|true|%1|true|true").arg(third.effectiveGaps().first().afterSeats)});
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM seats s JOIN sectors c ON c.id = s.sector_id"
                                         " WHERE c.stadium_id = ?::uuid AND c.code = 'W' AND s.row_order = 1 AND s.seat_index = 3"), {id}), 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM seats s JOIN sectors c ON c.id = s.sector_id"
                                         " WHERE c.stadium_id = ?::uuid AND s.seat_type <> 'STANDARD'"), {id}), 2);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sector_snake_configs n JOIN sectors c ON c.id = n.sector_id"
                                         " WHERE c.stadium_id = ?::uuid"), {id}), 2);
    QCOMPARE(value(m_db, QStringLiteral("SELECT status::text FROM stadium_layouts WHERE stadium_id = ?::uuid"), {id}).toString(),
             QStringLiteral("ACTIVE"));

    StadiumLayout loaded;
    int loadedVersion = 0;
    outcome = repository.loadLayout(m_small, &loaded, LayoutRepository::ActiveVersion, &loadedVersion);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(loadedVersion, 1);
    QVERIFY(loaded == layout);
    QCOMPARE(LayoutJson::write(loaded), LayoutJson::write(layout));
}

void TestLayoutRepository::demoLayouts_data()
{
    QTest::addColumn<StadiumLayout>("layout");
    QTest::newRow("maksimir") << DemoSeeder::storedLayout(DemoStadiums::homeStadium());
    QTest::newRow("stress") << DemoSeeder::storedLayout(DemoStadiums::stressStadium());
    QTest::newRow("away") << DemoSeeder::storedLayout(DemoStadiums::awayStadium());
}

void TestLayoutRepository::demoLayouts()
{
    QFETCH(StadiumLayout, layout);
    LayoutRepository repository(m_db);
    LayoutRepository::Saved saved;
    QElapsedTimer timer;
    timer.start();
    Outcome outcome = repository.saveDraft({}, layout, &saved);
    const qint64 saveMs = timer.elapsed();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    LayoutRepository::Activation activation;
    QStringList steps;
    timer.restart();
    repository.setStepHook([&](const QString &step) {
        steps.append(QStringLiteral("%1 %2 ms").arg(step).arg(timer.restart()));
        return Outcome();
    });
    outcome = repository.activate(saved.stadiumId, saved.version, &activation);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    qInfo("%s: save draft %lld ms; activation %lld ms for %d sectors, %d rows, %d seats (capacity %d, %lld warnings): %s",
          QTest::currentDataTag(), saveMs, activation.elapsedMs, activation.sectors, activation.rows, activation.seats,
          activation.capacity, qint64(activation.warnings.size()), qPrintable(steps.join(QLatin1String(", "))));

    const QString id = text(saved.stadiumId);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM seats s JOIN sectors c ON c.id = s.sector_id WHERE c.stadium_id = ?::uuid"), {id}),
             layout.seatCount());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sectors WHERE stadium_id = ?::uuid"), {id}), layout.sectors().size());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT base_capacity FROM stadiums WHERE id = ?::uuid"), {id}), layout.capacity());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT sum(capacity) FROM sectors WHERE stadium_id = ?::uuid"), {id}), layout.capacity());

    // Lossless through jsonb: the same document, byte for byte.
    StadiumLayout loaded;
    QVERIFY(repository.loadLayout(saved.stadiumId, &loaded).ok());
    QVERIFY(loaded == layout);
    QCOMPARE(LayoutJson::write(loaded), LayoutJson::write(layout));
}

void TestLayoutRepository::validationErrorsRefuse()
{
    StadiumLayout layout = smallLayout(QStringLiteral("Pogrešan"));
    QList<LayoutSector> sectors = layout.sectors();
    sectors[1].setCode(sectors[0].code()); // two sectors "W"
    layout.setSectors(sectors);
    LayoutRepository repository(m_db);
    LayoutRepository::Saved saved;
    QVERIFY(repository.saveDraft({}, layout, &saved).ok()); // a draft may be wrong
    const QStringList before = snapshot(m_db);

    const Outcome outcome = repository.activate(saved.stadiumId, saved.version);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(QStringLiteral("cannot be activated")) && outcome.error().contains(QStringLiteral("W")),
             qPrintable(outcome.error()));
    QCOMPARE(snapshot(m_db), before);

    // Storage limits the validator does not know: a country that is no ISO code.
    layout = smallLayout(QStringLiteral("Pogrešan 2"));
    layout.setCountry(QStringLiteral("Croatia"));
    const Outcome created = repository.saveDraft({}, layout, &saved);
    QVERIFY(!created);
    QVERIFY2(created.error().contains(QStringLiteral("Croatia")), qPrintable(created.error()));
    QCOMPARE(snapshot(m_db), before);
}

void TestLayoutRepository::failureMidwayLeavesNothing_data()
{
    QTest::addColumn<QString>("step");
    for (const QString &step : {LayoutRepository::StepChecked, LayoutRepository::StepPreviousRetired,
                                LayoutRepository::StepTablesWritten, LayoutRepository::StepActivated})
        QTest::newRow(qPrintable(step)) << step;
}

void TestLayoutRepository::failureMidwayLeavesNothing()
{
    QFETCH(QString, step);
    // Version 2 of the small stadium: activating it would retire and replace version 1.
    StadiumLayout changed = smallLayout(QStringLiteral("Gradski vrt"));
    QList<LayoutSector> sectors = changed.sectors();
    sectors.removeLast();
    changed.setSectors(sectors);
    LayoutRepository repository(m_db);
    LayoutRepository::Saved saved;
    QVERIFY(repository.saveDraft(m_small, changed, &saved).ok());
    QCOMPARE(saved.version, 2);
    const QStringList before = snapshot(m_db);

    QStringList reached;
    repository.setStepHook([&](const QString &name) {
        reached.append(name);
        return name == step ? Outcome::failure(QStringLiteral("injected failure")) : Outcome();
    });
    const Outcome outcome = repository.activate(m_small, 2);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error(), QStringLiteral("injected failure"));
    QCOMPARE(reached.last(), step);
    QCOMPARE(snapshot(m_db), before);
}

void TestLayoutRepository::sqlFailureMidwayLeavesNothing()
{
    // A real error from the server after the previous version was retired and its sectors
    // deleted, half-way through the seats.
    QCOMPARE(TestDatabase::sqlState(m_db, QStringLiteral(
        "CREATE FUNCTION pg_temp.boom() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN RAISE EXCEPTION 'no seats in row %', NEW.row_identifier; END $$")), QString());
    QCOMPARE(TestDatabase::sqlState(m_db, QStringLiteral(
        "CREATE TRIGGER boom BEFORE INSERT ON seats FOR EACH ROW WHEN (NEW.row_identifier = 'C')"
        " EXECUTE FUNCTION pg_temp.boom()")), QString());
    const QStringList before = snapshot(m_db);
    const Outcome outcome = LayoutRepository(m_db).activate(m_small, 2);
    QCOMPARE(TestDatabase::sqlState(m_db, QStringLiteral("DROP TRIGGER boom ON seats")), QString());
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(QStringLiteral("no seats in row C")), qPrintable(outcome.error()));
    QCOMPARE(snapshot(m_db), before);
}

void TestLayoutRepository::newVersionKeepsReferencedSeats()
{
    // A match at the small stadium with its inventory open: it uses version 1's seats.
    const QString stadium = text(m_small);
    const QString matchId = value(m_db, QStringLiteral(
        "INSERT INTO matches (home_team, away_team, competition, kick_off_time, venue_id, match_type)"
        " VALUES ('Osijek', 'Rijeka', 'HNL', now() + interval '7 days', ?::uuid, 'HOME') RETURNING id"), {stadium}).toString();
    const QString version1 = value(m_db, QStringLiteral("SELECT id FROM stadium_layouts WHERE stadium_id = ?::uuid AND version = 1"),
                                   {stadium}).toString();
    QCOMPARE(value(m_db, QStringLiteral("SELECT stadium_layout_id FROM matches WHERE id = ?::uuid"), {matchId}).toString(), version1);
    QCOMPARE(TestDatabase::sqlState(m_db, QStringLiteral(
        "INSERT INTO match_seat_inventory (match_id, seat_id) SELECT '%1', s.id FROM seats s JOIN sectors c ON c.id = s.sector_id"
        " WHERE c.stadium_layout_id = '%2'").arg(matchId, version1)), QString());
    const QString seatsOfVersion1 = QStringLiteral(
        "SELECT s.id, c.code, s.row_identifier, s.seat_number, s.seat_type, s.pos_x, s.pos_y FROM seats s"
        " JOIN sectors c ON c.id = s.sector_id WHERE c.stadium_layout_id = ?::uuid ORDER BY s.id");
    const QStringList before = rows(m_db, seatsOfVersion1, {version1});
    QVERIFY(before.size() > 100);

    // Version 2 renumbers a row, removes a seat and a sector: activating it must not touch them.
    LayoutRepository repository(m_db);
    StadiumLayout edited;
    QVERIFY(repository.loadLayout(m_small, &edited, LayoutRepository::LatestVersion).ok());
    QList<LayoutSector> sectors = edited.sectors();
    QList<LayoutRow> westRows = sectors[0].rows();
    westRows[0].setNumbering(SeatNumbering(101, NumberingDirection::RightToLeft));
    westRows[0].setRemoved(5, true);
    sectors[0].setRows(westRows);
    edited.setSectors(sectors);
    LayoutRepository::Saved saved;
    QVERIFY(repository.saveDraft(m_small, edited, &saved).ok());
    QCOMPARE(saved.version, 2); // the draft of the earlier tests, replaced
    LayoutRepository::Activation activation;
    const Outcome outcome = repository.activate(m_small, 2, &activation);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(activation.previousVersion, 1);
    QVERIFY(activation.previousKept);

    QCOMPARE(rows(m_db, seatsOfVersion1, {version1}), before);
    QCOMPARE(value(m_db, QStringLiteral("SELECT stadium_layout_id FROM matches WHERE id = ?::uuid"), {matchId}).toString(), version1);
    QCOMPARE(rows(m_db, QStringLiteral("SELECT version, status FROM stadium_layouts WHERE stadium_id = ?::uuid ORDER BY version"), {stadium}),
             (QStringList{QStringLiteral("1|RETIRED"), QStringLiteral("2|ACTIVE")}));
    // Version 2 has seats of its own (new rows), numbered as edited.
    const QString version2 = text(activation.layoutId);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM seats s JOIN sectors c ON c.id = s.sector_id"
                                         " WHERE c.stadium_layout_id = ?::uuid"), {version2}), edited.seatCount());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT max(seat_number::integer) FROM seats s JOIN sectors c ON c.id = s.sector_id"
                                         " WHERE c.stadium_layout_id = ?::uuid AND c.code = 'W' AND s.row_order = 0"), {version2}),
             100 + edited.sectors().first().rows().first().seatCount());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT base_capacity FROM stadiums WHERE id = ?::uuid"), {stadium}), edited.capacity());
    // A match created now is configured with the active version.
    QCOMPARE(value(m_db, QStringLiteral(
        "INSERT INTO matches (home_team, away_team, competition, kick_off_time, venue_id, match_type)"
        " VALUES ('Osijek', 'Hajduk', 'HNL', now() + interval '14 days', ?::uuid, 'HOME') RETURNING stadium_layout_id"),
                   {stadium}).toString(), version2);

    // And nobody gets round it by hand: the database refuses to renumber, delete or re-edit.
    const QString seatId = before.first().section(QLatin1Char('|'), 0, 0);
    QCOMPARE(TestDatabase::sqlState(m_db, QStringLiteral("UPDATE seats SET seat_number = '999' WHERE id = '%1'").arg(seatId)),
             QStringLiteral("23000"));
    QCOMPARE(TestDatabase::sqlState(m_db, QStringLiteral("DELETE FROM seats WHERE id = '%1'").arg(seatId)), QStringLiteral("23503"));
    QCOMPARE(TestDatabase::sqlState(m_db, QStringLiteral("UPDATE sectors SET code = 'X' WHERE stadium_layout_id = '%1'").arg(version1)),
             QStringLiteral("23000"));
    QCOMPARE(TestDatabase::sqlState(m_db, QStringLiteral("UPDATE stadium_layouts SET layout_json = layout_json || '{\"x\": 1}'"
                                                         " WHERE id = '%1'").arg(version1)),
             QStringLiteral("55000"));
    QCOMPARE(TestDatabase::sqlState(m_db, QStringLiteral("UPDATE stadium_layouts SET status = 'ACTIVE' WHERE id = '%1'").arg(version1)),
             QStringLiteral("55000"));
    QCOMPARE(rows(m_db, seatsOfVersion1, {version1}), before);
    // A retired version cannot come back; its document can still be read.
    const Outcome again = repository.activate(m_small, 1);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QStringLiteral("replaced by version 2")), qPrintable(again.error()));
    StadiumLayout old;
    QVERIFY(repository.loadLayout(m_small, &old, 1).ok());
    QVERIFY(old == smallLayout(QStringLiteral("Gradski vrt")));
}

void TestLayoutRepository::unreferencedVersionIsReplaced()
{
    // Nothing uses version 1 of a fresh stadium: version 2 replaces its tables.
    LayoutRepository repository(m_db);
    LayoutRepository::Saved saved;
    QVERIFY(repository.saveDraft({}, smallLayout(QStringLiteral("Kamen")), &saved).ok());
    QVERIFY(repository.activate(saved.stadiumId, 1).ok());
    const QString stadium = text(saved.stadiumId);
    const QString version1 = value(m_db, QStringLiteral("SELECT id FROM stadium_layouts WHERE stadium_id = ?::uuid AND version = 1"),
                                   {stadium}).toString();

    StadiumLayout edited = smallLayout(QStringLiteral("Kamen"));
    QList<LayoutSector> sectors = edited.sectors();
    sectors.removeFirst();
    edited.setSectors(sectors);
    QVERIFY(repository.saveDraft(saved.stadiumId, edited, &saved).ok());
    QCOMPARE(saved.version, 2);
    LayoutRepository::Activation activation;
    QVERIFY(repository.activate(saved.stadiumId, 2, &activation).ok());
    QVERIFY(!activation.previousKept);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sectors WHERE stadium_layout_id = ?::uuid"), {version1}), 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sectors WHERE stadium_id = ?::uuid"), {stadium}), 2);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT base_capacity FROM stadiums WHERE id = ?::uuid"), {stadium}), edited.capacity());
    QCOMPARE(value(m_db, QStringLiteral("SELECT status::text FROM stadium_layouts WHERE id = ?::uuid"), {version1}).toString(),
             QStringLiteral("RETIRED"));
}

void TestLayoutRepository::versions()
{
    LayoutRepository repository(m_db);
    LayoutRepository::Saved saved;
    StadiumLayout layout = smallLayout(QStringLiteral("Verzije"));
    QVERIFY(repository.saveDraft({}, layout, &saved).ok());
    const QUuid id = saved.stadiumId;
    // Saving again replaces the draft; the newest version is the draft.
    layout.setAddress(QStringLiteral("Nova adresa 2"));
    QVERIFY(repository.saveDraft(id, layout, &saved).ok());
    QCOMPARE(saved.version, 1);
    QVERIFY(!saved.newStadium);
    QVERIFY(saved.replacedDraft);
    StadiumLayout loaded;
    int version = 0;
    QVERIFY(!repository.loadLayout(id, &loaded).ok()); // nothing active yet
    QVERIFY(repository.loadLayout(id, &loaded, LayoutRepository::LatestVersion, &version).ok());
    QCOMPARE(version, 1);
    QCOMPARE(loaded.address(), QStringLiteral("Nova adresa 2"));

    LayoutRepository::Activation activation;
    QVERIFY(repository.activate(id, 1, &activation).ok());
    QVERIFY(repository.activate(id, 1, &activation).ok());
    QVERIFY(activation.alreadyActive);
    QVERIFY(!repository.activate(id, 7).ok());
    QVERIFY(!repository.activate(QUuid::createUuid(), 1).ok());
    QVERIFY(!repository.saveDraft(QUuid::createUuid(), layout, &saved).ok());

    // After activation a save starts the next version; active and latest differ.
    layout.setCity(QStringLiteral("Vukovar"));
    QVERIFY(repository.saveDraft(id, layout, &saved).ok());
    QCOMPARE(saved.version, 2);
    QVERIFY(!saved.replacedDraft);
    QVERIFY(repository.loadLayout(id, &loaded, LayoutRepository::ActiveVersion, &version).ok());
    QCOMPARE(version, 1);
    QCOMPARE(loaded.city(), QStringLiteral("Osijek"));
    QVERIFY(repository.loadLayout(id, &loaded, LayoutRepository::LatestVersion, &version).ok());
    QCOMPARE(version, 2);
    QCOMPARE(loaded.city(), QStringLiteral("Vukovar"));
    // The venue's row follows the active version only.
    QCOMPARE(value(m_db, QStringLiteral("SELECT city FROM stadiums WHERE id = ?::uuid"), {text(id)}).toString(), QStringLiteral("Osijek"));
}

void TestLayoutRepository::findAndList()
{
    LayoutRepository repository(m_db);
    QUuid found;
    QVERIFY(repository.findStadium(QStringLiteral("gradski VRT"), &found).ok());
    QCOMPARE(found, m_small);
    QVERIFY(repository.findStadium(text(m_small), &found).ok());
    QCOMPARE(found, m_small);
    Outcome outcome = repository.findStadium(QStringLiteral("Nepostojeći"), &found);
    QVERIFY(!outcome);
    QVERIFY(outcome.error().contains(QStringLiteral("Nepostojeći")));
    LayoutRepository::Saved saved;
    QVERIFY(repository.saveDraft({}, smallLayout(QStringLiteral("Gradski vrt")), &saved).ok());
    outcome = repository.findStadium(QStringLiteral("Gradski vrt"), &found);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(text(m_small)) && outcome.error().contains(text(saved.stadiumId)), qPrintable(outcome.error()));

    QList<LayoutRepository::StadiumSummary> stadiums;
    QVERIFY(repository.listStadiums(&stadiums).ok());
    const auto small = std::find_if(stadiums.cbegin(), stadiums.cend(), [this](const auto &s) { return s.id == m_small; });
    QVERIFY(small != stadiums.cend());
    QCOMPARE(small->activeVersion, 2);
    QCOMPARE(small->draftVersion, 0);
    QCOMPARE(small->versions, 2);
    QCOMPARE(small->city, QStringLiteral("Osijek"));
    StadiumLayout active;
    QVERIFY(repository.loadLayout(m_small, &active).ok());
    QCOMPARE(small->baseCapacity, active.capacity());
}

void TestLayoutRepository::adminRoleCanActivate()
{
    // The grants of 0003/0004 are enough for an admin; a clerk may read layouts, not write them.
    const QString admin = TestDatabase::addStaff(m_db, QStringLiteral("layout_admin"), QStringLiteral("tribina_admin"));
    const QString clerk = TestDatabase::addStaff(m_db, QStringLiteral("layout_clerk"), QStringLiteral("tribina_box_office"));
    {
        QSqlDatabase adminDb = TestDatabase::connectAs(m_db.databaseName(), admin, QStringLiteral("layout-admin"), QStringLiteral("secret"));
        LayoutRepository repository(adminDb);
        LayoutRepository::Saved saved;
        Outcome outcome = repository.saveDraft(m_small, smallLayout(QStringLiteral("Gradski vrt")), &saved);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        outcome = repository.activate(m_small, saved.version);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(value(m_db, QStringLiteral("SELECT a.login_role FROM stadium_layouts l JOIN staff_accounts a ON a.user_id = l.activated_by"
                                            " WHERE l.stadium_id = ?::uuid AND l.version = ?"), {text(m_small), saved.version}).toString(),
                 admin);

        QSqlDatabase clerkDb = TestDatabase::connectAs(m_db.databaseName(), clerk, QStringLiteral("layout-clerk"), QStringLiteral("secret"));
        LayoutRepository readOnly(clerkDb);
        StadiumLayout layout;
        QVERIFY(readOnly.loadLayout(m_small, &layout).ok());
        outcome = readOnly.saveDraft(m_small, layout, &saved);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().contains(QStringLiteral("42501")), qPrintable(outcome.error()));
        adminDb.close();
        clerkDb.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("layout-admin"));
    QSqlDatabase::removeDatabase(QStringLiteral("layout-clerk"));
    for (const QString &login : {admin, clerk}) {
        QCOMPARE(TestDatabase::sqlState(m_db, QStringLiteral("DROP OWNED BY \"%1\"").arg(login)), QString());
        QCOMPARE(TestDatabase::sqlState(m_db, QStringLiteral("DROP ROLE \"%1\"").arg(login)), QString());
    }
}

void TestLayoutRepository::legacyLayoutsBecomeVersionOne()
{
    // A database seeded before 0004 (layout tables only, no documents): the migration rebuilds
    // version 1's document from the seats, closely enough to place every seat where it is.
    QSqlDatabase db = TestDatabase::fresh(QStringLiteral("layout_legacy"), false);
    QVERIFY(Migrator(db, Migrator::bundled().mid(0, 3)).migrate().ok());
    const QStringList legacy = {
        QStringLiteral("INSERT INTO stadiums (id, name, city, type, base_capacity) VALUES"
                       " ('11111111-1111-1111-1111-111111111111', 'Stari', 'Split', 'HOME', 514)"),
        QStringLiteral("INSERT INTO sectors (id, stadium_id, name, code, capacity, outline, label_x, label_y, sort_order, sector_type) VALUES"
                       " ('22222222-2222-2222-2222-222222222222', '11111111-1111-1111-1111-111111111111', 'Ravno', 'S', 9,"
                       "  '[[0,0],[10,0],[10,2],[0,2]]', 5, 1, 0, 'STANDARD'),"
                       " ('33333333-3333-3333-3333-333333333333', '11111111-1111-1111-1111-111111111111', 'Luk', 'A', 5, NULL, NULL, NULL, 1, 'VIP'),"
                       " ('44444444-4444-4444-4444-444444444444', '11111111-1111-1111-1111-111111111111', 'Stajanje', 'T', 500, NULL, NULL, NULL, 2, 'STANDING')"),
        QStringLiteral("INSERT INTO sector_seat_maps (id, sector_id, total_rows, configuration_status) VALUES"
                       " ('55555555-5555-5555-5555-555555555555', '22222222-2222-2222-2222-222222222222', 1, 'ACTIVE'),"
                       " ('66666666-6666-6666-6666-666666666666', '33333333-3333-3333-3333-333333333333', 1, 'ACTIVE')"),
        QStringLiteral("INSERT INTO row_configurations (sector_seat_map_id, row_identifier, seat_count, start_seat_number,"
                       " numbering_direction, has_gap, gap_after_seat, row_order) VALUES"
                       " ('55555555-5555-5555-5555-555555555555', '1', 9, 1, 'RTL', true, 4, 0),"
                       " ('66666666-6666-6666-6666-666666666666', 'A', 5, 1, 'LTR', false, NULL, 0)"),
        // A straight row along -x with an aisle after four seats, numbered from the right.
        QStringLiteral("INSERT INTO seats (sector_id, row_identifier, seat_number, seat_type, pos_x, pos_y, angle_deg, row_order, seat_index)"
                       " SELECT '22222222-2222-2222-2222-222222222222', '1', (9 - i)::text,"
                       " CASE WHEN i = 0 THEN 'ACCESSIBILITY' ELSE 'STANDARD' END::seat_type,"
                       " 9.6 - 0.8 * i - CASE WHEN i >= 4 THEN 1.2 ELSE 0 END, 0.5, 180, 0, i FROM generate_series(0, 8) i"),
        // A curved row around (52, 32), radius 20, 0.8 m of arc per seat, stored to the millimetre.
        QStringLiteral("INSERT INTO seats (sector_id, row_identifier, seat_number, pos_x, pos_y, angle_deg, row_order, seat_index)"
                       " SELECT '33333333-3333-3333-3333-333333333333', 'A', (1 + i)::text,"
                       " round((52 + 20 * cos(radians(10) + (0.4 + 0.8 * i) / 20))::numeric, 3),"
                       " round((32 + 20 * sin(radians(10) + (0.4 + 0.8 * i) / 20))::numeric, 3),"
                       " degrees(radians(10) + (0.4 + 0.8 * i) / 20) + 90, 0, i FROM generate_series(0, 4) i"),
        QStringLiteral("INSERT INTO sector_snake_configs (sector_id, best_row_index) VALUES ('22222222-2222-2222-2222-222222222222', 0)"),
        QStringLiteral("INSERT INTO matches (home_team, away_team, competition, kick_off_time, venue_id, match_type)"
                       " VALUES ('Hajduk', 'Dinamo', 'HNL', now(), '11111111-1111-1111-1111-111111111111', 'HOME')"),
    };
    for (const QString &sql : legacy)
        QVERIFY2(TestDatabase::sqlState(db, sql).isEmpty(), qPrintable(sql));
    const Outcome migrated = Migrator(db).migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.error()));

    const QUuid stadium = QUuid::fromString(QStringLiteral("11111111-1111-1111-1111-111111111111"));
    QCOMPARE(rows(db, QStringLiteral("SELECT version, status FROM stadium_layouts")), QStringList{QStringLiteral("1|ACTIVE")});
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM matches m JOIN stadium_layouts l ON l.id = m.stadium_layout_id"
                                       " WHERE l.version = 1")), 1);
    LayoutRepository repository(db);
    StadiumLayout layout;
    const Outcome loaded = repository.loadLayout(stadium, &layout);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(layout.name(), QStringLiteral("Stari"));
    QCOMPARE(layout.sectors().size(), 3);
    QCOMPARE(layout.capacity(), 514);
    QCOMPARE(layout.sectors().at(1).rows().first().path().kind(), RowPath::Kind::Arc);
    QCOMPARE(layout.sectors().at(2).manualCapacity(), 500);
    QVERIFY(layout.sectors().at(0).snakeConfig().has_value());

    // Every seat generated from the rebuilt rows is where the table has it, with its label and type.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT c.code, s.seat_index, s.seat_number, s.seat_type, s.pos_x, s.pos_y FROM seats s"
                                  " JOIN sectors c ON c.id = s.sector_id ORDER BY c.sort_order, s.seat_index")));
    QList<LayoutSeat> generated = SeatGenerator::seats(layout.sectors().at(0));
    generated += SeatGenerator::seats(layout.sectors().at(1));
    int i = 0;
    while (q.next()) {
        QVERIFY(i < generated.size());
        const LayoutSeat &seat = generated.at(i++);
        QCOMPARE(seat.seatIndex, q.value(1).toInt());
        QCOMPARE(seat.label(), q.value(2).toString());
        QCOMPARE(QString(sqlValue(seat.type)), q.value(3).toString());
        QVERIFY2(QLineF(seat.position, QPointF(q.value(4).toDouble(), q.value(5).toDouble())).length() < 0.003,
                 qPrintable(QStringLiteral("%1 seat %2").arg(q.value(0).toString(), q.value(2).toString())));
    }
    QCOMPARE(i, generated.size());

    // The rebuilt document is a draft's starting point like any other.
    LayoutRepository::Saved saved;
    QVERIFY(repository.saveDraft(stadium, DemoSeeder::storedLayout(layout), &saved).ok());
    const Outcome activated = repository.activate(stadium, saved.version);
    QVERIFY2(activated.ok(), qPrintable(activated.error()));
    db.close();
}

void TestLayoutRepository::cleanupTestCase()
{
}

QTEST_GUILESS_MAIN(TestLayoutRepository)
#include "tst_layoutrepository.moc"
