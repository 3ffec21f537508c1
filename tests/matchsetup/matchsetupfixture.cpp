#include "matchsetupfixture.h"

#include "demo/demoseeder.h"
#include "demo/demostadiums.h"
#include "layout/layoutrepository.h"
#include "layout/rowblock.h"
#include "layout/stadiumlayout.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Tribina;

namespace MatchSetupFixture {

QVariant exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    bool ok = true;
    if (values.isEmpty()) {
        ok = q.exec(sql); // not prepared: DDL cannot be
    } else {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v.userType() == QMetaType::QUuid ? QVariant(v.toUuid().toString(QUuid::WithoutBraces)) : v);
        ok = q.exec();
    }
    if (!ok)
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.next() ? q.value(0) : QVariant();
}

static Venue store(QSqlDatabase &db, const StadiumLayout &layout)
{
    LayoutRepository repository(db);
    LayoutRepository::Saved saved;
    Outcome outcome = repository.saveDraft({}, DemoSeeder::storedLayout(layout), &saved);
    if (outcome.ok())
        outcome = repository.activate(saved.stadiumId, saved.version);
    if (!outcome.ok())
        qFatal("venue %s: %s", qPrintable(layout.name()), qPrintable(outcome.error()));
    Venue venue;
    venue.stadiumId = saved.stadiumId;
    venue.seats = exec(db, QStringLiteral("SELECT count(*) FROM seats s JOIN sectors c ON c.id = s.sector_id"
                                          " JOIN stadium_layouts l ON l.id = c.stadium_layout_id"
                                          " WHERE l.stadium_id = ?::uuid AND l.status = 'ACTIVE'"),
                       {venue.stadiumId}).toInt();
    return venue;
}

Venue smallVenue(QSqlDatabase &db, const QString &name, int rows, int seatsPerRow)
{
    StadiumLayout layout(name, QStringLiteral("Zagreb"), QStringLiteral("HR"), VenueType::Home);
    RowBlock a(RowPath::straight({10, 40}, {-10, 40}), rows);
    a.setFixedSeats(seatsPerRow);
    LayoutSector sectorA(QStringLiteral("Sektor A"), QStringLiteral("A"));
    sectorA.addBlock(a);
    sectorA.fitOutlineToRows();
    layout.addSector(sectorA);
    RowBlock b(RowPath::straight({-20, -40}, {-10, -40}), 2);
    b.setFixedSeats(5);
    LayoutSector sectorB(QStringLiteral("Sektor B"), QStringLiteral("B"));
    sectorB.addBlock(b);
    sectorB.fitOutlineToRows();
    layout.addSector(sectorB);
    LayoutSector standing(QStringLiteral("Sjever"), QStringLiteral("ST"), SectorType::Standing);
    standing.setManualCapacity(300);
    standing.setOutline(QPolygonF({{60, -20}, {70, -20}, {70, 20}, {60, 20}}));
    layout.addSector(standing);
    Venue venue = store(db, layout);
    // A camera position: the first seat of sector A's front row.
    exec(db, QStringLiteral("UPDATE seats s SET seat_type = 'TECHNICAL' FROM sectors c"
                            " JOIN stadium_layouts l ON l.id = c.stadium_layout_id"
                            " WHERE s.sector_id = c.id AND l.stadium_id = ?::uuid AND c.code = 'A'"
                            " AND s.row_order = 0 AND s.seat_index = 0"),
         {venue.stadiumId});
    return venue;
}

Venue stressVenue(QSqlDatabase &db)
{
    return store(db, DemoStadiums::stressStadium());
}

QUuid createMatch(QSqlDatabase &db, const QUuid &stadium)
{
    return exec(db, QStringLiteral("INSERT INTO matches (home_team, away_team, competition, kick_off_time, venue_id, match_type)"
                                   " VALUES ('Hrvatska', 'Test', 'Prijateljska', now() + interval '30 days', ?::uuid, 'HOME')"
                                   " RETURNING id"),
                {stadium}).toUuid();
}

void configureForSale(QSqlDatabase &db, const QUuid &match)
{
    const QUuid category = exec(db, QStringLiteral("INSERT INTO price_categories (match_id, name, price, color)"
                                                   " VALUES (?::uuid, 'Kategorija 1', 30.00, '#d55e00') RETURNING id"),
                                {match}).toUuid();
    exec(db, QStringLiteral("INSERT INTO match_sectors (match_id, sector_id, name, code, total_capacity, technical_seats,"
                            " is_numbered, has_seat_map)"
                            " SELECT m.id, c.id, c.name, c.code, c.capacity, 0, EXISTS (SELECT 1 FROM seats s WHERE s.sector_id = c.id),"
                            " EXISTS (SELECT 1 FROM seats s WHERE s.sector_id = c.id)"
                            " FROM matches m JOIN sectors c ON c.stadium_layout_id = m.stadium_layout_id WHERE m.id = ?::uuid"
                            " ON CONFLICT DO NOTHING"),
         {match});
    exec(db, QStringLiteral("UPDATE match_sectors SET price_category_id = ?::uuid WHERE match_id = ?::uuid"), {category, match});
    exec(db, QStringLiteral("INSERT INTO sales_phases (match_id, phase_type, name, start_at, end_at)"
                            " VALUES (?::uuid, 'GENERAL_PUBLIC', 'Slobodna prodaja', now(), now() + interval '20 days')"),
         {match});
    exec(db, QStringLiteral("INSERT INTO fee_configurations (effective_from)"
                            " SELECT DATE '2020-01-01' WHERE NOT EXISTS (SELECT 1 FROM fee_configurations WHERE match_id IS NULL)"));
}

QUuid sellTickets(QSqlDatabase &db, const QUuid &match, int n)
{
    static int orders = 0;
    ++orders;
    const QUuid buyer = exec(db, QStringLiteral("INSERT INTO users (drupal_user_id, email) VALUES (?, ?) RETURNING id"),
                             {QStringLiteral("buyer-%1").arg(orders), QStringLiteral("buyer%1@example.test").arg(orders)})
                            .toUuid();
    const QString total = QString::number(n * 30) + QStringLiteral(".00");
    const QString fee = QString::number(n * 1.8, 'f', 2);
    const QUuid order = exec(db, QStringLiteral(
        "INSERT INTO orders (user_id, match_id, order_number, status, ticket_amount, ticket_vat_amount, fee_amount,"
        " fee_vat_amount, total_amount) VALUES (?::uuid, ?::uuid, ?, 'COMPLETED', ?::numeric, 0, ?::numeric, 0,"
        " ?::numeric + ?::numeric) RETURNING id"),
        {buyer, match, QStringLiteral("T-%1").arg(orders), total, fee, total, fee}).toUuid();
    exec(db, QStringLiteral("INSERT INTO payments (order_id, amount, status, method) VALUES (?::uuid, ?::numeric + ?::numeric, 'SUCCEEDED', 'CASH')"),
         {order, total, fee});
    exec(db, QStringLiteral(
        "WITH seats AS (SELECT id FROM match_seat_inventory WHERE match_id = ?::uuid AND status = 'AVAILABLE'"
        "               ORDER BY id LIMIT ?),"
        " sold AS (UPDATE match_seat_inventory i SET status = 'SOLD' FROM seats WHERE i.id = seats.id RETURNING i.id)"
        " INSERT INTO tickets (order_id, match_id, match_seat_inventory_id, barcode, qr_code_data, price_amount, fee_amount)"
        " SELECT ?::uuid, ?::uuid, sold.id, 'T' || ? || '-' || row_number() OVER (), '', 30.00, 1.80 FROM sold"),
         {match, n, order, match, orders});
    return order;
}

} // namespace MatchSetupFixture
