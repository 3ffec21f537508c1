#include "matchserverreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Tribina {

namespace {

// Ids are formatted by QUuid and numbers by QString::number: literal SQL is safe here and saves
// the PREPARE/EXECUTE round trips of Qt's emulated prepared statements (the delta fetch runs
// for every notification, so its latency is the propagation time).
QString literal(const QUuid &id)
{
    return QLatin1Char('\'') + id.toString(QUuid::WithoutBraces) + QStringLiteral("'::uuid");
}

QPolygonF outlineFrom(const QString &json)
{
    QPolygonF outline;
    const QJsonArray points = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &p : points) {
        const QJsonArray xy = p.toArray();
        if (xy.size() >= 2)
            outline.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
    }
    return outline;
}

SeatStatus statusFrom(const QVariant &v)
{
    SeatStatus status = SeatStatus::Inactive;
    fromSqlValue(v.toString(), &status);
    return status;
}

// Instants travel as epoch milliseconds: no dependence on the server's TimeZone setting or on how
// the driver parses its offset.
QDateTime instant(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QUuid uuidFrom(const QVariant &v)
{
    return v.isNull() ? QUuid() : QUuid(v.toString());
}

} // namespace

#define TRIBINA_EXEC_OR_FAIL(q, sql)                                                                          \
    if (!(q).exec(sql))                                                                                        \
        return Outcome::failure(tr("The server could not be read: %1").arg((q).lastError().text()));

Outcome MatchServerReader::listMatches(QList<CachedMatch> *matches)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    TRIBINA_EXEC_OR_FAIL(q, QStringLiteral(
        "SELECT m.id, m.home_team, m.away_team, m.competition, (extract(epoch FROM m.kick_off_time) * 1000)::bigint, st.name, m.match_type::text,"
        " m.status::text, m.is_numbered FROM matches m JOIN stadiums st ON st.id = m.venue_id"
        " WHERE m.status::text NOT IN ('CLOSED', 'CANCELLED', 'ARCHIVED') ORDER BY m.kick_off_time, m.home_team"));
    while (q.next()) {
        CachedMatch m;
        m.id = uuidFrom(q.value(0));
        m.homeTeam = q.value(1).toString();
        m.awayTeam = q.value(2).toString();
        m.competition = q.value(3).toString();
        m.kickOff = instant(q.value(4));
        m.venueName = q.value(5).toString();
        m.matchType = q.value(6).toString();
        m.status = q.value(7).toString();
        m.isNumbered = q.value(8).toBool();
        matches->append(m);
    }
    return {};
}

Outcome MatchServerReader::loadMatchTables(const QUuid &matchId, CachedMatch *match,
                                           QList<CachedCategory> *categories, QList<CachedSector> *sectors)
{
    const QString id = literal(matchId);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    TRIBINA_EXEC_OR_FAIL(q, QStringLiteral(
        "SELECT m.id, m.home_team, m.away_team, m.competition, (extract(epoch FROM m.kick_off_time) * 1000)::bigint, st.name, m.match_type::text,"
        " m.status::text, m.is_numbered FROM matches m JOIN stadiums st ON st.id = m.venue_id WHERE m.id = %1").arg(id));
    if (!q.next())
        return Outcome::failure(tr("The match is not on the server any more."));
    match->id = uuidFrom(q.value(0));
    match->homeTeam = q.value(1).toString();
    match->awayTeam = q.value(2).toString();
    match->competition = q.value(3).toString();
    match->kickOff = instant(q.value(4));
    match->venueName = q.value(5).toString();
    match->matchType = q.value(6).toString();
    match->status = q.value(7).toString();
    match->isNumbered = q.value(8).toBool();
    TRIBINA_EXEC_OR_FAIL(q, QStringLiteral(
        "SELECT l.layout_json::text FROM stadium_layouts l JOIN matches m ON m.stadium_layout_id = l.id"
        " WHERE m.id = %1").arg(id));
    match->layoutJson = q.next() ? q.value(0).toString().toUtf8() : QByteArray();

    categories->clear();
    TRIBINA_EXEC_OR_FAIL(q, QStringLiteral(
        "SELECT id, name, (price * 100)::bigint, currency, color FROM price_categories WHERE match_id = %1"
        " ORDER BY price DESC, name").arg(id));
    while (q.next())
        categories->append({uuidFrom(q.value(0)), q.value(1).toString(), q.value(2).toLongLong(),
                            q.value(3).toString(), q.value(4).toString()});

    // The stadium's sectors of the layout version the match uses, with what match_sectors adds.
    sectors->clear();
    TRIBINA_EXEC_OR_FAIL(q, QStringLiteral(
        "SELECT sec.id, ms.id, sec.code, coalesce(ms.name, sec.name), sec.sector_type::text, sec.outline::text,"
        " sec.label_x, sec.label_y, sec.sort_order, sec.capacity, ms.price_category_id,"
        " coalesce(ms.is_numbered, true), coalesce(ms.status::text, 'ACTIVE')"
        " FROM sectors sec LEFT JOIN match_sectors ms ON ms.sector_id = sec.id AND ms.match_id = %1"
        " WHERE sec.stadium_layout_id = (SELECT stadium_layout_id FROM matches WHERE id = %1)"
        "    OR sec.id IN (SELECT sector_id FROM match_sectors WHERE match_id = %1)"
        " ORDER BY sec.sort_order, sec.code").arg(id));
    while (q.next()) {
        CachedSector s;
        s.sectorId = uuidFrom(q.value(0));
        s.matchSectorId = uuidFrom(q.value(1));
        s.code = q.value(2).toString();
        s.name = q.value(3).toString();
        fromSqlValue(q.value(4).toString(), &s.type);
        s.outline = outlineFrom(q.value(5).toString());
        s.hasLabelPosition = !q.value(6).isNull();
        s.labelPosition = QPointF(q.value(6).toDouble(), q.value(7).toDouble());
        s.sortOrder = q.value(8).toInt();
        s.capacity = q.value(9).toInt();
        s.categoryId = uuidFrom(q.value(10));
        s.isNumbered = q.value(11).toBool();
        s.status = q.value(12).toString();
        sectors->append(s);
    }
    return {};
}

Outcome MatchServerReader::loadFull(const QUuid &matchId, MatchSnapshot *snapshot, Mark *mark)
{
    *snapshot = MatchSnapshot();
    if (Outcome o = loadMatchTables(matchId, &snapshot->match, &snapshot->categories, &snapshot->sectors); !o)
        return o;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    TRIBINA_EXEC_OR_FAIL(q, QStringLiteral(
        "SELECT i.id, s.id, s.sector_id, s.row_identifier, s.seat_number, s.row_order, s.seat_index, s.pos_x,"
        " s.pos_y, s.angle_deg, s.seat_type::text, i.status::text, (extract(epoch FROM i.held_until) * 1000)::bigint, i.held_by, i.change_no,"
        " i.price_category_id FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id WHERE i.match_id = %1"
        " ORDER BY s.sector_id, s.row_order, s.seat_index").arg(literal(matchId)));
    qint64 highest = 0;
    while (q.next()) {
        CachedSeat s;
        s.inventoryId = uuidFrom(q.value(0));
        s.seatId = uuidFrom(q.value(1));
        s.sectorId = uuidFrom(q.value(2));
        s.row = q.value(3).toString();
        s.number = q.value(4).toString();
        s.rowOrder = q.value(5).toInt();
        s.seatIndex = q.value(6).toInt();
        s.x = q.value(7).toDouble();
        s.y = q.value(8).toDouble();
        s.angle = q.value(9).toDouble();
        fromSqlValue(q.value(10).toString(), &s.type);
        s.status = statusFrom(q.value(11));
        s.heldUntil = instant(q.value(12));
        s.heldBy = uuidFrom(q.value(13));
        s.changeNo = q.value(14).toLongLong();
        s.categoryId = uuidFrom(q.value(15));
        highest = qMax(highest, s.changeNo);
        snapshot->seats.append(s);
    }
    snapshot->watermark = highest;
    return readMark(matchId, mark);
}

Outcome MatchServerReader::fetchSeatChanges(const QUuid &matchId, qint64 after, QList<SeatDelta> *changes)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    TRIBINA_EXEC_OR_FAIL(q, QStringLiteral(
        "SELECT id, status::text, (extract(epoch FROM held_until) * 1000)::bigint, held_by, change_no,"
        " price_category_id FROM match_seat_inventory"
        " WHERE match_id = %1 AND change_no > %2 ORDER BY change_no").arg(literal(matchId)).arg(after));
    while (q.next())
        changes->append({uuidFrom(q.value(0)), statusFrom(q.value(1)), instant(q.value(2)),
                         uuidFrom(q.value(3)), q.value(4).toLongLong(), uuidFrom(q.value(5))});
    return {};
}

Outcome MatchServerReader::readMark(const QUuid &matchId, Mark *mark)
{
    const QString id = literal(matchId);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    TRIBINA_EXEC_OR_FAIL(q, QStringLiteral(
        "SELECT %2, concat_ws('/', (SELECT change_no FROM matches WHERE id = %1),"
        "   (SELECT coalesce(max(change_no), 0) || ':' || count(*) FROM price_categories WHERE match_id = %1),"
        "   (SELECT coalesce(max(change_no), 0) || ':' || count(*) FROM match_sectors WHERE match_id = %1))").arg(id, SnapshotMark::selectColumns()));
    if (!q.next())
        return Outcome::failure(tr("The server could not be read."));
    static_cast<SnapshotMark &>(*mark) = SnapshotMark::fromRow(q, 0);
    mark->tablesSignature = q.value(2).toString();
    return {};
}

} // namespace Tribina
