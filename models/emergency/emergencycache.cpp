#include "emergencycache.h"

#include "emergency/ticketdatajson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace Tribina {

namespace {
QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

const QString kTicketColumns = QStringLiteral(
    "ticket_id, match_id, order_number, barcode, qr_payload, status, match_closed, sector_code,"
    " row_identifier, seat_number, seat_label, price_category, price_cents, holder_name, oib_last4,"
    " blacklisted, print_count + (SELECT count(*) FROM outbox o WHERE o.ticket_id = tickets.ticket_id"
    "                             AND o.delivered_at IS NULL)");

EmergencyTicket readTicket(const QSqlQuery &q, const QUuid &selectedMatch)
{
    EmergencyTicket t;
    t.ticketId = QUuid::fromString(q.value(0).toString());
    t.matchId = QUuid::fromString(q.value(1).toString());
    t.orderNumber = q.value(2).toString();
    t.barcode = q.value(3).toString();
    t.qrPayload = q.value(4).toString();
    t.status = q.value(5).toString();
    t.otherMatch = t.matchId != selectedMatch;
    t.matchClosed = q.value(6).toBool();
    t.sectorCode = q.value(7).toString();
    t.row = q.value(8).toString();
    t.seat = q.value(9).toString();
    t.seatLabel = q.value(10).toString();
    t.priceCategory = q.value(11).toString();
    t.priceCents = q.value(12).toLongLong();
    t.holderName = q.value(13).toString();
    t.oibLast4 = q.value(14).toString();
    t.blacklisted = q.value(15).toBool();
    t.printCount = q.value(16).toInt();
    // The server's rules (emergency_rows), on the last known state.
    if (t.otherMatch)
        t.refusal = EmergencyRefusal::OtherMatch;
    else if (t.status != QLatin1String("SOLD"))
        t.refusal = EmergencyRefusal::NotSold;
    else if (t.matchClosed)
        t.refusal = EmergencyRefusal::MatchClosed;
    else if (t.blacklisted)
        t.refusal = EmergencyRefusal::Blacklisted;
    return t;
}
} // namespace

EmergencyCache::EmergencyCache(QString fileName)
    : m_fileName(std::move(fileName))
    , m_connection(QStringLiteral("emergency-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

EmergencyCache::~EmergencyCache()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString EmergencyCache::defaultFileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tribina/emergency.sqlite");
}

Outcome EmergencyCache::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Outcome::failure(tr("The offline cache %1 cannot be written: %2").arg(m_fileName, q.lastError().text()));
    return {};
}

Outcome EmergencyCache::open()
{
    if (m_open)
        return {};
    if (!QDir().mkpath(QFileInfo(m_fileName).absolutePath()))
        return Outcome::failure(tr("Cannot create the folder of the offline cache %1.").arg(m_fileName));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_fileName);
    if (!db.open())
        return Outcome::failure(tr("Cannot open the offline cache %1: %2").arg(m_fileName, db.lastError().text()));
    const QStringList schema = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS matches (id TEXT PRIMARY KEY, home_team TEXT, away_team TEXT,"
                       " competition TEXT, kick_off TEXT, status TEXT, refreshed_at TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS tickets (ticket_id TEXT PRIMARY KEY, match_id TEXT NOT NULL,"
                       " order_number TEXT, barcode TEXT, qr_payload TEXT, status TEXT, match_closed INTEGER,"
                       " sector_code TEXT, row_identifier TEXT, seat_number TEXT, seat_label TEXT,"
                       " price_category TEXT, price_cents INTEGER, holder_name TEXT, name_folded TEXT,"
                       " oib_last4 TEXT, blacklisted INTEGER, print_count INTEGER, oib_token BLOB,"
                       " passport_token BLOB, email_token BLOB, phone_token BLOB, print_json TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_match ON tickets (match_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_barcode ON tickets (barcode)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_order ON tickets (order_number)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS outbox (key TEXT PRIMARY KEY, ticket_id TEXT NOT NULL,"
                       " match_id TEXT, reason TEXT NOT NULL, identity_verified INTEGER NOT NULL, document TEXT,"
                       " location TEXT, printed_at TEXT NOT NULL, queued_at TEXT NOT NULL, delivered_at TEXT,"
                       " print_number INTEGER, replayed INTEGER)"),
    };
    for (const QString &sql : schema)
        if (const Outcome done = exec(sql); !done)
            return done;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'salt'")) && q.next())
        m_salt = q.value(0).toByteArray();
    if (m_salt.size() < 16) {
        m_salt.resize(32);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(m_salt.data()),
                                             reinterpret_cast<quint32 *>(m_salt.data() + m_salt.size()));
        if (const Outcome done = exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('salt', ?)"),
                                      {m_salt});
            !done)
            return done;
    }
    m_open = true;
    return {};
}

Outcome EmergencyCache::storeMatches(const QList<EmergencyMatch> &matches)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    for (const EmergencyMatch &m : matches) {
        const Outcome done = exec(
            QStringLiteral("INSERT INTO matches (id, home_team, away_team, competition, kick_off, status)"
                           " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET home_team = excluded.home_team,"
                           " away_team = excluded.away_team, competition = excluded.competition,"
                           " kick_off = excluded.kick_off, status = excluded.status"),
            {uuidText(m.id), m.homeTeam, m.awayTeam, m.competition, m.kickOff.toUTC().toString(Qt::ISODate), m.status});
        if (!done) {
            db.rollback();
            return done;
        }
    }
    return db.commit() ? Outcome() : Outcome::failure(tr("The offline cache cannot be written."));
}

QList<EmergencyMatch> EmergencyCache::matches() const
{
    QList<EmergencyMatch> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT id, home_team, away_team, competition, kick_off, status FROM matches"
                               " ORDER BY kick_off, id")))
        return result;
    while (q.next()) {
        EmergencyMatch m;
        m.id = QUuid::fromString(q.value(0).toString());
        m.homeTeam = q.value(1).toString();
        m.awayTeam = q.value(2).toString();
        m.competition = q.value(3).toString();
        m.kickOff = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        m.status = q.value(5).toString();
        result.append(m);
    }
    return result;
}

Outcome EmergencyCache::storeSnapshot(const QUuid &match, const QList<CachedEmergencyTicket> &tickets)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Outcome::failure(tr("The offline cache cannot be written."));
    const auto rollback = [&db](const Outcome &o) {
        db.rollback();
        return o;
    };
    if (const Outcome done = exec(QStringLiteral("DELETE FROM tickets WHERE match_id = ?"), {uuidText(match)}); !done)
        return rollback(done);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO tickets (ticket_id, match_id, order_number, barcode, qr_payload, status, match_closed,"
        " sector_code, row_identifier, seat_number, seat_label, price_category, price_cents, holder_name, name_folded,"
        " oib_last4, blacklisted, print_count, oib_token, passport_token, email_token, phone_token, print_json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const CachedEmergencyTicket &c : tickets) {
        const EmergencyTicket &t = c.ticket;
        const QVariantList values = {
            uuidText(t.ticketId), uuidText(t.matchId), t.orderNumber, t.barcode, t.qrPayload, t.status,
            int(t.matchClosed), t.sectorCode, t.row, t.seat, t.seatLabel, t.priceCategory, t.priceCents,
            t.holderName, fold(t.holderName), t.oibLast4, int(t.blacklisted), t.printCount, c.oibToken,
            c.passportToken, c.emailToken, c.phoneToken,
            QString::fromUtf8(QJsonDocument(TicketDataJson::toJson(c.print)).toJson(QJsonDocument::Compact))};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            return rollback(Outcome::failure(tr("The offline cache cannot be written: %1").arg(q.lastError().text())));
    }
    if (const Outcome done = exec(QStringLiteral("UPDATE matches SET refreshed_at = ? WHERE id = ?"),
                                  {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), uuidText(match)});
        !done)
        return rollback(done);
    return db.commit() ? Outcome() : Outcome::failure(tr("The offline cache cannot be written."));
}

QDateTime EmergencyCache::refreshedAt(const QUuid &match) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT refreshed_at FROM matches WHERE id = ?"));
    q.addBindValue(uuidText(match));
    if (q.exec() && q.next() && !q.value(0).isNull())
        return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return {};
}

int EmergencyCache::ticketCount(const QUuid &match) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM tickets WHERE match_id = ?"));
    q.addBindValue(uuidText(match));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<EmergencyTicket> EmergencyCache::search(const QUuid &match, EmergencySearchKind kind, const QString &term) const
{
    const QString value = term.trimmed();
    QList<EmergencyTicket> result;
    if (value.isEmpty())
        return result;
    QString where;
    QVariant bound;
    bool anyMatch = false;
    QString order = QStringLiteral("ticket_id");
    switch (kind) {
    case EmergencySearchKind::Barcode:
        where = QStringLiteral("barcode = ?");
        bound = value.startsWith(QLatin1String("HNS1.")) ? value.section(QLatin1Char('.'), 1, 1) : value;
        anyMatch = true;
        break;
    case EmergencySearchKind::OrderNumber:
        where = QStringLiteral("order_number = ?");
        bound = value.toUpper();
        anyMatch = true;
        break;
    case EmergencySearchKind::HolderName:
        if (value.size() < 2)
            return result;
        where = QStringLiteral("instr(name_folded, ?) > 0");
        bound = fold(value);
        break;
    case EmergencySearchKind::Oib:
        where = QStringLiteral("oib_token = ?");
        bound = token(m_salt, kind, value);
        break;
    case EmergencySearchKind::Passport:
        where = QStringLiteral("passport_token = ?");
        bound = token(m_salt, kind, value);
        break;
    case EmergencySearchKind::Email:
        where = QStringLiteral("email_token = ?");
        bound = token(m_salt, kind, value);
        break;
    case EmergencySearchKind::Phone:
        where = QStringLiteral("phone_token = ?");
        bound = token(m_salt, kind, value);
        break;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QString sql = QStringLiteral("SELECT %1 FROM tickets WHERE %2").arg(kTicketColumns, where);
    if (!anyMatch)
        sql += QStringLiteral(" AND match_id = ?");
    if (kind == EmergencySearchKind::HolderName)
        order = QStringLiteral("instr(name_folded, '%1') <> 1, holder_name, ticket_id")
                    .arg(bound.toString().replace(QLatin1Char('\''), QLatin1String("''")));
    sql += QStringLiteral(" ORDER BY %1 LIMIT 50").arg(order);
    q.prepare(sql);
    q.addBindValue(bound);
    if (!anyMatch)
        q.addBindValue(uuidText(match));
    if (!q.exec())
        return result;
    while (q.next())
        result.append(readTicket(q, match));
    return result;
}

std::optional<EmergencyTicket> EmergencyCache::ticket(const QUuid &match, const QUuid &ticketId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM tickets WHERE ticket_id = ?").arg(kTicketColumns));
    q.addBindValue(uuidText(ticketId));
    if (q.exec() && q.next())
        return readTicket(q, match);
    return std::nullopt;
}

std::optional<TicketData> EmergencyCache::printData(const QUuid &ticketId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT print_json FROM tickets WHERE ticket_id = ?"));
    q.addBindValue(uuidText(ticketId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    const TicketData data = TicketDataJson::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    if (data.ticketId.isNull())
        return std::nullopt;
    return data;
}

void EmergencyCache::notePrintCount(const QUuid &ticketId, int serverCount)
{
    (void)exec(QStringLiteral("UPDATE tickets SET print_count = max(print_count, ?) WHERE ticket_id = ?"),
               {serverCount, uuidText(ticketId)});
}

Outcome EmergencyCache::enqueue(const EmergencyPrintRequest &r)
{
    return exec(QStringLiteral("INSERT INTO outbox (key, ticket_id, match_id, reason, identity_verified, document,"
                               " location, printed_at, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {uuidText(r.key), uuidText(r.ticketId), uuidText(r.matchId), r.reason, int(r.identityVerified),
                 EmergencyText::documentSqlName(r.document), r.location,
                 r.printedAt.toUTC().toString(Qt::ISODateWithMs),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

QList<EmergencyPrintRequest> EmergencyCache::pending() const
{
    QList<EmergencyPrintRequest> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT key, ticket_id, match_id, reason, identity_verified, document, location,"
                               " printed_at FROM outbox WHERE delivered_at IS NULL ORDER BY queued_at, key")))
        return result;
    while (q.next()) {
        EmergencyPrintRequest r;
        r.key = QUuid::fromString(q.value(0).toString());
        r.ticketId = QUuid::fromString(q.value(1).toString());
        r.matchId = QUuid::fromString(q.value(2).toString());
        r.reason = q.value(3).toString();
        r.identityVerified = q.value(4).toBool();
        r.document = q.value(5).toString() == QLatin1String("PASSPORT") ? IdentityDocument::Passport
                                                                         : IdentityDocument::IdentityCard;
        r.location = q.value(6).toString();
        r.printedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        result.append(r);
    }
    return result;
}

int EmergencyCache::pendingCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE delivered_at IS NULL")) && q.next()
        ? q.value(0).toInt()
        : 0;
}

Outcome EmergencyCache::markDelivered(const QUuid &key, const EmergencyPrintReceipt &receipt)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ticket_id FROM outbox WHERE key = ?"));
    q.addBindValue(uuidText(key));
    const QString ticket = q.exec() && q.next() ? q.value(0).toString() : QString();
    const Outcome done = exec(QStringLiteral("UPDATE outbox SET delivered_at = ?, print_number = ?, replayed = ?"
                                             " WHERE key = ? AND delivered_at IS NULL"),
                              {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), receipt.printNumber,
                               int(receipt.replayed), uuidText(key)});
    if (!done) {
        db.rollback();
        return done;
    }
    // The server's count now includes this print; keep it until the next snapshot says so.
    (void)exec(QStringLiteral("UPDATE tickets SET print_count = max(print_count, ?) WHERE ticket_id = ?"),
               {receipt.printNumber, ticket});
    return db.commit() ? Outcome() : Outcome::failure(tr("The offline cache cannot be written."));
}

QHash<QUuid, int> EmergencyCache::delivered() const
{
    QHash<QUuid, int> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT key, print_number FROM outbox WHERE delivered_at IS NOT NULL")))
        while (q.next())
            result.insert(QUuid::fromString(q.value(0).toString()), q.value(1).toInt());
    return result;
}

QByteArray EmergencyCache::token(const QByteArray &salt, EmergencySearchKind kind, const QString &value)
{
    QString normalised = value.trimmed();
    switch (kind) {
    case EmergencySearchKind::Oib:
    case EmergencySearchKind::Passport:
        normalised = normalised.toUpper();
        break;
    case EmergencySearchKind::Email:
        normalised = normalised.toLower();
        break;
    case EmergencySearchKind::Phone:
        normalised = phoneDigits(normalised);
        break;
    default:
        break;
    }
    return QMessageAuthenticationCode::hash(normalised.toUtf8(), salt, QCryptographicHash::Sha256);
}

QString EmergencyCache::fold(const QString &name)
{
    QString result;
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ Đ have no decomposition
            c = QLatin1Char('d');
        result.append(c.toLower());
    }
    return result;
}

QString EmergencyCache::phoneDigits(const QString &phone)
{
    QString digits;
    for (QChar c : phone)
        if (c.isDigit())
            digits.append(c);
    if (digits.startsWith(QLatin1String("00")))
        return digits.mid(2);
    if (digits.startsWith(QLatin1Char('0')))
        return QStringLiteral("385") + digits.mid(1);
    return digits;
}

} // namespace Tribina
