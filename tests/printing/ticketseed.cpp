#include "ticketseed.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace TicketSeed {

QVariant exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        qFatal("seed statement failed: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql));
    return q.next() ? q.value(0) : QVariant();
}

Seeded seed(QSqlDatabase &db)
{
    const auto id = [&db](const QString &sql, const QVariantList &values = {}) {
        return exec(db, sql, values).toUuid();
    };
    const QUuid stadium = id(QStringLiteral(
        "INSERT INTO stadiums (name, city, type, base_capacity) VALUES ('Stadion Maksimir', 'Zagreb', 'HOME', 5)"
        " RETURNING id"));
    const QUuid layout = id(QStringLiteral(
        "INSERT INTO stadium_layouts (stadium_id, version, status, layout_json, activated_at)"
        " VALUES (?, 1, 'ACTIVE', '{\"format\": \"tribina-layout\"}', now()) RETURNING id"), {stadium});
    const QUuid west = id(QStringLiteral(
        "INSERT INTO sectors (stadium_id, stadium_layout_id, name, code, capacity)"
        " VALUES (?, ?, 'Zapadna tribina – čelni dio', 'ZAPAD-Č', 3) RETURNING id"), {stadium, layout});
    const QUuid north = id(QStringLiteral(
        "INSERT INTO sectors (stadium_id, stadium_layout_id, name, code, capacity, sector_type)"
        " VALUES (?, ?, 'Sjeverna tribina', 'SJEVER', 2, 'STANDING') RETURNING id"), {stadium, layout});
    exec(db, QStringLiteral("INSERT INTO seats (sector_id, row_identifier, seat_number)"
                            " VALUES (?, '12', '26'), (?, '12', '27'), (?, '12', '28'), (?, '1', '1'), (?, '1', '2')"),
         {west, west, west, north, north});

    Seeded s;
    const auto addMatch = [&](const QString &away) {
        const QUuid match = id(QStringLiteral(
            "INSERT INTO matches (home_team, away_team, competition, kick_off_time, venue_id, match_type, status)"
            " VALUES ('GNK Dinamo Zagreb', ?, 'SuperSport HNL · 14. kolo', '2025-11-15 19:45:00+00', ?, 'HOME',"
            "         'PUBLISHED') RETURNING id"), {away, stadium});
        const QUuid category = id(QStringLiteral(
            "INSERT INTO price_categories (match_id, name, price) VALUES (?, 'Kategorija 1', 45.00) RETURNING id"),
            {match});
        exec(db, QStringLiteral("INSERT INTO match_sectors (match_id, sector_id, name, code, total_capacity, price_category_id)"
                                " SELECT ?, id, name, code, capacity, ? FROM sectors WHERE stadium_id = ?"),
             {match, category, stadium});
        exec(db, QStringLiteral("INSERT INTO match_seat_inventory (match_id, seat_id, status)"
                                " SELECT ?, s.id, 'SOLD' FROM seats s JOIN sectors c ON c.id = s.sector_id"
                                " WHERE c.stadium_id = ?"), {match, stadium});
        return match;
    };
    s.match = addMatch(QStringLiteral("HNK Šibenik"));
    s.otherMatch = addMatch(QStringLiteral("HNK Rijeka"));

    const QUuid buyer = id(QStringLiteral("INSERT INTO users (drupal_user_id, email) VALUES ('buyer-1', 'buyer@example.test')"
                                          " RETURNING id"));
    const QUuid order = id(QStringLiteral(
        "INSERT INTO orders (user_id, match_id, order_number, status, ticket_amount, ticket_vat_amount, fee_amount,"
        "                    fee_vat_amount, total_amount)"
        " VALUES (?, ?, 'HNS-2025-004217', 'COMPLETED', 180.00, 8.56, 10.80, 2.16, 190.80) RETURNING id"),
        {buyer, s.match});
    int placeholder = 0;
    const auto addTicket = [&](const QString &sector, const QString &row, const QString &seat) {
        return id(QStringLiteral(
            "INSERT INTO tickets (order_id, match_id, match_seat_inventory_id, barcode, qr_code_data, price_amount, fee_amount)"
            " SELECT ?, i.match_id, i.id, ?, '', 45.00, 2.70"
            " FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id JOIN sectors c ON c.id = s.sector_id"
            " WHERE i.match_id = ? AND c.code = ? AND s.row_identifier = ? AND s.seat_number = ? RETURNING id"),
            {order, QStringLiteral("PENDING-%1").arg(++placeholder), s.match, sector, row, seat});
    };
    s.seatedTicket = addTicket(QStringLiteral("ZAPAD-Č"), QStringLiteral("12"), QStringLiteral("27"));
    s.standingTicket = addTicket(QStringLiteral("SJEVER"), QStringLiteral("1"), QStringLiteral("1"));
    s.spareTicket = addTicket(QStringLiteral("ZAPAD-Č"), QStringLiteral("12"), QStringLiteral("28"));
    s.spareTicket2 = addTicket(QStringLiteral("ZAPAD-Č"), QStringLiteral("12"), QStringLiteral("26"));
    exec(db, QStringLiteral("INSERT INTO ticket_holders (ticket_id, full_name, date_of_birth, nationality, source)"
                            " VALUES (?, 'Đurđica Čačić-Šimunović Žužić', '1990-05-17', 'HR', 'MANUAL_ENTRY')"),
         {s.seatedTicket});
    return s;
}

} // namespace TicketSeed
