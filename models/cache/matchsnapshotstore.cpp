#include "matchsnapshotstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace Tribina {

namespace {

// Bump when the tables change: an older file is simply dropped and refilled from the server.
constexpr int SchemaVersion = 3;

QString outlineText(const QPolygonF &outline)
{
    QJsonArray points;
    for (const QPointF &p : outline)
        points.append(QJsonArray{p.x(), p.y()});
    return QString::fromUtf8(QJsonDocument(points).toJson(QJsonDocument::Compact));
}

QPolygonF outlineFrom(const QString &text)
{
    QPolygonF outline;
    const QJsonArray points = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &p : points) {
        const QJsonArray xy = p.toArray();
        if (xy.size() == 2)
            outline.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
    }
    return outline;
}

QVariant msecs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMsecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant uuidText(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(id.toString(QUuid::WithoutBraces));
}

Outcome failed(const QSqlQuery &q)
{
    return Outcome::failure(MatchSnapshotStore::tr("The local cache could not be written: %1")
                                .arg(q.lastError().text()));
}

} // namespace

QString MatchSnapshotStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/tribina/cache.sqlite");
}

MatchSnapshotStore::MatchSnapshotStore(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("tribina-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

MatchSnapshotStore::~MatchSnapshotStore()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool MatchSnapshotStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

Outcome MatchSnapshotStore::open()
{
    if (isOpen())
        return {};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? QSqlDatabase::database(m_connection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Outcome::failure(tr("The local cache %1 cannot be opened: %2").arg(m_path, db.lastError().text()));
    QSqlQuery q(db);
    // WAL: the GUI reads while the database thread writes. NORMAL sync: a cache may lose the
    // last change on a power cut; the server has it and the next catch-up brings it back.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    return createSchema();
}

Outcome MatchSnapshotStore::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (version == SchemaVersion)
        return {};
    const QStringList statements = {
        QStringLiteral("DROP TABLE IF EXISTS matches"),
        QStringLiteral("DROP TABLE IF EXISTS price_categories"),
        QStringLiteral("DROP TABLE IF EXISTS sectors"),
        QStringLiteral("DROP TABLE IF EXISTS seats"),
        QStringLiteral("CREATE TABLE matches (id TEXT PRIMARY KEY, home_team TEXT, away_team TEXT,"
                       " competition TEXT, kick_off INTEGER, venue TEXT, match_type TEXT, status TEXT,"
                       " is_numbered INTEGER, layout_json BLOB, watermark INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE price_categories (match_id TEXT NOT NULL, id TEXT NOT NULL,"
                       " ord INTEGER, name TEXT, price_cents INTEGER, currency TEXT, colour TEXT,"
                       " PRIMARY KEY (match_id, id))"),
        QStringLiteral("CREATE TABLE sectors (match_id TEXT NOT NULL, sector_id TEXT NOT NULL,"
                       " match_sector_id TEXT, code TEXT, name TEXT, sector_type TEXT, outline TEXT,"
                       " label_x REAL, label_y REAL, sort_order INTEGER, capacity INTEGER,"
                       " category_id TEXT, is_numbered INTEGER, status TEXT, PRIMARY KEY (match_id, sector_id))"),
        QStringLiteral("CREATE TABLE seats (match_id TEXT NOT NULL, inventory_id TEXT NOT NULL,"
                       " seat_id TEXT, sector_id TEXT, row_identifier TEXT, seat_number TEXT,"
                       " row_order INTEGER, seat_index INTEGER, x REAL, y REAL, angle REAL, seat_type TEXT,"
                        " status TEXT, held_until INTEGER, held_by TEXT, category_id TEXT, change_no INTEGER NOT NULL,"
                       " PRIMARY KEY (match_id, inventory_id)) WITHOUT ROWID"),
        QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion),
    };
    for (const QString &sql : statements)
        if (!q.exec(sql))
            return failed(q);
    return {};
}

Outcome MatchSnapshotStore::replaceMatch(const MatchSnapshot &snapshot)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString id = snapshot.match.id.toString(QUuid::WithoutBraces);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM seats WHERE match_id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        db.rollback();
        return failed(q);
    }
    q.prepare(QStringLiteral(
        "INSERT INTO seats (match_id, inventory_id, seat_id, sector_id, row_identifier, seat_number, row_order,"
         " seat_index, x, y, angle, seat_type, status, held_until, held_by, category_id, change_no)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const CachedSeat &s : snapshot.seats) {
        q.addBindValue(id);
        q.addBindValue(uuidText(s.inventoryId));
        q.addBindValue(uuidText(s.seatId));
        q.addBindValue(uuidText(s.sectorId));
        q.addBindValue(s.row);
        q.addBindValue(s.number);
        q.addBindValue(s.rowOrder);
        q.addBindValue(s.seatIndex);
        q.addBindValue(s.x);
        q.addBindValue(s.y);
        q.addBindValue(s.angle);
        q.addBindValue(QString(sqlValue(s.type)));
        q.addBindValue(QString(sqlValue(s.status)));
        q.addBindValue(msecs(s.heldUntil));
        q.addBindValue(uuidText(s.heldBy));
        q.addBindValue(uuidText(s.categoryId));
        q.addBindValue(s.changeNo);
        if (!q.exec()) {
            db.rollback();
            return failed(q);
        }
    }
    db.commit();
    if (Outcome o = replaceMatchTables(snapshot.match, snapshot.categories, snapshot.sectors); !o)
        return o;
    return setWatermark(snapshot.match.id, snapshot.watermark);
}

Outcome MatchSnapshotStore::replaceMatchTables(const CachedMatch &m, const QList<CachedCategory> &categories,
                                               const QList<CachedSector> &sectors)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString id = m.id.toString(QUuid::WithoutBraces);
    db.transaction();
    QSqlQuery q(db);
    auto fail = [&] {
        const Outcome o = failed(q);
        db.rollback();
        return o;
    };
    // Keep the watermark of an existing row: an upsert, not a replace.
    q.prepare(QStringLiteral(
        "INSERT INTO matches (id, home_team, away_team, competition, kick_off, venue, match_type, status, is_numbered,"
        " layout_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET home_team = excluded.home_team,"
        " away_team = excluded.away_team, competition = excluded.competition, kick_off = excluded.kick_off,"
        " venue = excluded.venue, match_type = excluded.match_type, status = excluded.status,"
        " is_numbered = excluded.is_numbered, layout_json = excluded.layout_json"));
    q.addBindValue(id);
    q.addBindValue(m.homeTeam);
    q.addBindValue(m.awayTeam);
    q.addBindValue(m.competition);
    q.addBindValue(msecs(m.kickOff));
    q.addBindValue(m.venueName);
    q.addBindValue(m.matchType);
    q.addBindValue(m.status);
    q.addBindValue(m.isNumbered ? 1 : 0);
    q.addBindValue(m.layoutJson);
    if (!q.exec())
        return fail();
    for (const QString &table : {QStringLiteral("price_categories"), QStringLiteral("sectors")}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE match_id = ?").arg(table));
        q.addBindValue(id);
        if (!q.exec())
            return fail();
    }
    q.prepare(QStringLiteral("INSERT INTO price_categories (match_id, id, ord, name, price_cents, currency, colour)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < categories.size(); ++i) {
        const CachedCategory &c = categories.at(i);
        q.addBindValue(id);
        q.addBindValue(uuidText(c.id));
        q.addBindValue(i);
        q.addBindValue(c.name);
        q.addBindValue(c.priceCents);
        q.addBindValue(c.currency);
        q.addBindValue(c.colour);
        if (!q.exec())
            return fail();
    }
    q.prepare(QStringLiteral(
        "INSERT INTO sectors (match_id, sector_id, match_sector_id, code, name, sector_type, outline, label_x,"
        " label_y, sort_order, capacity, category_id, is_numbered, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const CachedSector &s : sectors) {
        q.addBindValue(id);
        q.addBindValue(uuidText(s.sectorId));
        q.addBindValue(uuidText(s.matchSectorId));
        q.addBindValue(s.code);
        q.addBindValue(s.name);
        q.addBindValue(QString(sqlValue(s.type)));
        q.addBindValue(outlineText(s.outline));
        q.addBindValue(s.hasLabelPosition ? QVariant(s.labelPosition.x()) : QVariant(QMetaType(QMetaType::Double)));
        q.addBindValue(s.hasLabelPosition ? QVariant(s.labelPosition.y()) : QVariant(QMetaType(QMetaType::Double)));
        q.addBindValue(s.sortOrder);
        q.addBindValue(s.capacity);
        q.addBindValue(uuidText(s.categoryId));
        q.addBindValue(s.isNumbered ? 1 : 0);
        q.addBindValue(s.status);
        if (!q.exec())
            return fail();
    }
    db.commit();
    return {};
}

Outcome MatchSnapshotStore::applySeatChanges(const QUuid &matchId, const QList<SeatDelta> &changes,
                                             QList<SeatDelta> *applied, int *unknown)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString id = matchId.toString(QUuid::WithoutBraces);
    if (unknown)
        *unknown = 0;
    db.transaction();
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE seats SET status = ?, held_until = ?, held_by = ?, category_id = ?, change_no = ?"
        " WHERE match_id = ? AND inventory_id = ? AND change_no < ?"));
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM seats WHERE match_id = ? AND inventory_id = ?"));
    for (const SeatDelta &d : changes) {
        update.addBindValue(QString(sqlValue(d.status)));
        update.addBindValue(msecs(d.heldUntil));
        update.addBindValue(uuidText(d.heldBy));
        update.addBindValue(uuidText(d.categoryId));
        update.addBindValue(d.changeNo);
        update.addBindValue(id);
        update.addBindValue(uuidText(d.inventoryId));
        update.addBindValue(d.changeNo);
        if (!update.exec()) {
            const Outcome o = failed(update);
            db.rollback();
            return o;
        }
        if (update.numRowsAffected() > 0) {
            if (applied)
                applied->append(d);
            continue;
        }
        if (unknown) {
            exists.addBindValue(id);
            exists.addBindValue(uuidText(d.inventoryId));
            if (exists.exec() && !exists.next())
                ++*unknown;
        }
    }
    db.commit();
    return {};
}

Outcome MatchSnapshotStore::setWatermark(const QUuid &matchId, qint64 watermark)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE matches SET watermark = ? WHERE id = ?"));
    q.addBindValue(watermark);
    q.addBindValue(matchId.toString(QUuid::WithoutBraces));
    return q.exec() ? Outcome() : failed(q);
}

qint64 MatchSnapshotStore::watermark(const QUuid &matchId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT watermark FROM matches WHERE id = ?"));
    q.addBindValue(matchId.toString(QUuid::WithoutBraces));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QHash<QUuid, qint64> MatchSnapshotStore::seatChangeNumbers(const QUuid &matchId) const
{
    QHash<QUuid, qint64> numbers;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT inventory_id, change_no FROM seats WHERE match_id = ?"));
    q.addBindValue(matchId.toString(QUuid::WithoutBraces));
    if (q.exec())
        while (q.next())
            numbers.insert(QUuid(q.value(0).toString()), q.value(1).toLongLong());
    return numbers;
}

namespace {

CachedMatch matchFrom(const QSqlQuery &q)
{
    CachedMatch m;
    m.id = QUuid(q.value(0).toString());
    m.homeTeam = q.value(1).toString();
    m.awayTeam = q.value(2).toString();
    m.competition = q.value(3).toString();
    m.kickOff = fromMsecs(q.value(4));
    m.venueName = q.value(5).toString();
    m.matchType = q.value(6).toString();
    m.status = q.value(7).toString();
    m.isNumbered = q.value(8).toInt() != 0;
    return m;
}

const QLatin1String MatchColumns("id, home_team, away_team, competition, kick_off, venue, match_type, status, is_numbered, watermark, layout_json");

} // namespace

QList<CachedMatch> MatchSnapshotStore::matches() const
{
    QList<CachedMatch> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT %1 FROM matches ORDER BY kick_off").arg(MatchColumns)))
        while (q.next())
            result.append(matchFrom(q));
    return result;
}

std::optional<MatchSnapshot> MatchSnapshotStore::load(const QUuid &matchId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString id = matchId.toString(QUuid::WithoutBraces);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM matches WHERE id = ?").arg(MatchColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    MatchSnapshot snapshot;
    snapshot.match = matchFrom(q);
    snapshot.watermark = q.value(9).toLongLong();
    snapshot.match.layoutJson = q.value(10).toByteArray();

    q.prepare(QStringLiteral("SELECT id, name, price_cents, currency, colour FROM price_categories"
                             " WHERE match_id = ? ORDER BY ord"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            snapshot.categories.append({QUuid(q.value(0).toString()), q.value(1).toString(),
                                        q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString()});

    q.prepare(QStringLiteral(
        "SELECT sector_id, match_sector_id, code, name, sector_type, outline, label_x, label_y, sort_order,"
        " capacity, category_id, is_numbered, status FROM sectors WHERE match_id = ? ORDER BY sort_order, code"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            CachedSector s;
            s.sectorId = QUuid(q.value(0).toString());
            s.matchSectorId = QUuid(q.value(1).toString());
            s.code = q.value(2).toString();
            s.name = q.value(3).toString();
            fromSqlValue(q.value(4).toString(), &s.type);
            s.outline = outlineFrom(q.value(5).toString());
            s.hasLabelPosition = !q.value(6).isNull();
            s.labelPosition = QPointF(q.value(6).toDouble(), q.value(7).toDouble());
            s.sortOrder = q.value(8).toInt();
            s.capacity = q.value(9).toInt();
            s.categoryId = QUuid(q.value(10).toString());
            s.isNumbered = q.value(11).toInt() != 0;
            s.status = q.value(12).toString();
            snapshot.sectors.append(s);
        }
    }

    q.prepare(QStringLiteral(
        "SELECT inventory_id, seat_id, sector_id, row_identifier, seat_number, row_order, seat_index, x, y, angle,"
         " seat_type, status, held_until, held_by, change_no, category_id FROM seats WHERE match_id = ?"
        " ORDER BY sector_id, row_order, seat_index"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            CachedSeat s;
            s.inventoryId = QUuid(q.value(0).toString());
            s.seatId = QUuid(q.value(1).toString());
            s.sectorId = QUuid(q.value(2).toString());
            s.row = q.value(3).toString();
            s.number = q.value(4).toString();
            s.rowOrder = q.value(5).toInt();
            s.seatIndex = q.value(6).toInt();
            s.x = q.value(7).toDouble();
            s.y = q.value(8).toDouble();
            s.angle = q.value(9).toDouble();
            fromSqlValue(q.value(10).toString(), &s.type);
            fromSqlValue(q.value(11).toString(), &s.status);
            s.heldUntil = fromMsecs(q.value(12));
            s.heldBy = QUuid(q.value(13).toString());
            s.changeNo = q.value(14).toLongLong();
            s.categoryId = QUuid(q.value(15).toString());
            snapshot.seats.append(s);
        }
    }
    return snapshot;
}

} // namespace Tribina
