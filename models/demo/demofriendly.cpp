#include "demo/demofriendly.h"

#include "db/sqlerrors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Tribina {

Outcome DemoFriendly::seed(const QUuid &homeStadium, const std::function<void(const QString &)> &say)
{
    if (say)
        say(tr("Opening a friendly with free seating (sold by quantity)…"));
    QSqlQuery q(m_db);
    auto exec = [&q](const QString &sql, const QVariantList &values) {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec();
    };
    auto failed = [&q](const char *what) {
        return Outcome::failure(tr("Cannot seed the friendly (%1): %2").arg(QLatin1String(what), describe(q.lastError())));
    };
    const QString match = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString open = QLatin1Char('{') + openSectorCodes().join(QLatin1Char(',')) + QLatin1Char('}');

    // Four weeks ahead, after the showcase match, at a local evening hour.
    if (!exec(QStringLiteral(
                  "INSERT INTO matches (id, home_team, away_team, competition, kick_off_time, venue_id, match_type,"
                  " is_numbered, status, stadium_config_status, published_at, stadium_validated_at, stadium_locked_at)"
                  " VALUES (?::uuid, 'Hrvatska', ?, ?, ((current_date + 28) + time '19:00') AT TIME ZONE 'Europe/Zagreb',"
                  " ?::uuid, 'HOME', false, 'ACTIVE', 'LOCKED', now() - interval '2 days', now() - interval '3 days',"
                  " now() - interval '2 days')"),
              {match, awayTeam(), competition(), homeStadium.toString(QUuid::WithoutBraces)}))
        return failed("matches");
    if (!exec(QStringLiteral("INSERT INTO price_categories (match_id, name, price, currency, color) VALUES"
                             " (?::uuid, 'Istok', 12.00, 'EUR', '#1f4e9c'), (?::uuid, 'Jug', 8.00, 'EUR', '#2e8b57')"),
              {match, match}))
        return failed("price_categories");
    // Every sector configured (free seating); the open ones ACTIVE with their category, the rest
    // CLOSED (with the cheaper category, so no sector is left without a price).
    if (!exec(QStringLiteral(
                  "INSERT INTO match_sectors (match_id, sector_id, name, code, total_capacity, technical_seats,"
                  " price_category_id, status, purpose, is_numbered, has_seat_map)"
                  " SELECT m.id, c.id, c.name, c.code, c.capacity,"
                  "  least(c.capacity, (SELECT count(*) FROM seats s WHERE s.sector_id = c.id AND s.seat_type = 'TECHNICAL')),"
                  "  (SELECT p.id FROM price_categories p WHERE p.match_id = m.id"
                  "   AND p.name = CASE WHEN c.code LIKE 'E%' THEN 'Istok' ELSE 'Jug' END),"
                  "  CASE WHEN c.code = ANY (?::text[]) THEN 'ACTIVE' ELSE 'CLOSED' END::match_sector_status,"
                  "  'GENERAL', false, EXISTS (SELECT 1 FROM seats s WHERE s.sector_id = c.id)"
                  " FROM matches m JOIN sectors c ON c.stadium_layout_id = m.stadium_layout_id WHERE m.id = ?::uuid"),
              {open, match}))
        return failed("match_sectors");
    if (!exec(QStringLiteral("INSERT INTO match_seat_inventory (match_id, seat_id, status)"
                             " SELECT m.id, s.id, CASE s.seat_type WHEN 'TECHNICAL' THEN 'TECHNICAL'"
                             " ELSE 'AVAILABLE' END::seat_status"
                             " FROM matches m JOIN sectors c ON c.stadium_layout_id = m.stadium_layout_id"
                             " JOIN seats s ON s.sector_id = c.id WHERE m.id = ?::uuid AND c.code = ANY (?::text[])"),
              {match, open}))
        return failed("match_seat_inventory");
    if (!exec(QStringLiteral("INSERT INTO sales_phases (match_id, phase_type, name, start_at, end_at, ticket_limit)"
                             " SELECT id, 'GENERAL_PUBLIC', 'Slobodna prodaja', now() - interval '2 days',"
                             " kick_off_time - interval '1 hour', 6 FROM matches WHERE id = ?::uuid"),
              {match}))
        return failed("sales_phases");
    return {};
}

} // namespace Tribina
