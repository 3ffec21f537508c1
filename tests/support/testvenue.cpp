#include "testvenue.h"

#include "demo/demoseeder.h"
#include "layout/layoutrepository.h"
#include "layout/rowblock.h"
#include "layout/stadiumlayout.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Tribina;

TestVenue TestVenue::create(QSqlDatabase &db, const QString &name, int rows, int seatsPerRow)
{
    StadiumLayout layout(name, QStringLiteral("Zagreb"), QStringLiteral("HR"), VenueType::Home);
    // Main stand (+y): facing the pitch, the spectators' left is +x, where rows start.
    RowBlock block(RowPath::straight({10, 40}, {-10, 40}), rows);
    block.setFixedSeats(seatsPerRow);
    LayoutSector sector(QStringLiteral("Sektor A"), QStringLiteral("A"));
    sector.addBlock(block);
    sector.fitOutlineToRows();
    layout.addSector(sector);

    LayoutRepository repository(db);
    LayoutRepository::Saved saved;
    Outcome outcome = repository.saveDraft({}, DemoSeeder::storedLayout(layout), &saved);
    if (outcome.ok())
        outcome = repository.activate(saved.stadiumId, saved.version);
    if (!outcome.ok())
        qFatal("TestVenue %s: %s", qPrintable(name), qPrintable(outcome.error()));

    TestVenue venue;
    venue.stadiumId = saved.stadiumId;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "WITH m AS (INSERT INTO matches (home_team, away_team, competition, kick_off_time, venue_id, match_type)"
        "           VALUES ('Hrvatska', 'Test', 'Prijateljska', now() + interval '7 days', ?, 'HOME') RETURNING id, stadium_layout_id),"
        " inv AS (INSERT INTO match_seat_inventory (match_id, seat_id)"
        "         SELECT m.id, s.id FROM m JOIN sectors sec ON sec.stadium_layout_id = m.stadium_layout_id"
        "         JOIN seats s ON s.sector_id = sec.id RETURNING 1)"
        " SELECT (SELECT id FROM m), (SELECT count(*) FROM inv)"));
    q.addBindValue(venue.stadiumId);
    if (!q.exec() || !q.next())
        qFatal("TestVenue %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
    venue.matchId = q.value(0).toUuid();
    venue.seatCount = q.value(1).toInt();
    return venue;
}
