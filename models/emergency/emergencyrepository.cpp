#include "emergencyrepository.h"

#include "db/sqlerrors.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Tribina {

namespace {
// The columns every row function of 0008 starts with, in order.
const QString kRowColumns = QStringLiteral(
    "ticket_id, match_id, order_number, barcode, qr_payload, ticket_status, other_match, match_closed,"
    " sector_code, row_identifier, seat_number, seat_label, price_category, price_cents, holder_name,"
    " oib_last4, is_blacklisted, print_count, refusal");
constexpr int kRowColumnCount = 19;

EmergencyTicket readRow(const QSqlQuery &q)
{
    EmergencyTicket t;
    t.ticketId = q.value(0).toUuid();
    t.matchId = q.value(1).toUuid();
    t.orderNumber = q.value(2).toString();
    t.barcode = q.value(3).toString();
    t.qrPayload = q.value(4).toString();
    t.status = q.value(5).toString();
    t.otherMatch = q.value(6).toBool();
    t.matchClosed = q.value(7).toBool();
    t.sectorCode = q.value(8).toString();
    t.row = q.value(9).toString();
    t.seat = q.value(10).toString();
    t.seatLabel = q.value(11).toString();
    t.priceCategory = q.value(12).toString();
    t.priceCents = q.value(13).toLongLong();
    t.holderName = q.value(14).toString();
    t.oibLast4 = q.value(15).toString();
    t.blacklisted = q.value(16).toBool();
    t.printCount = q.value(17).toInt();
    t.refusal = EmergencyText::refusalFromSql(q.value(18).toString());
    return t;
}

TicketData::Placement placementFromSql(const QString &name)
{
    if (name == QLatin1String("STANDING"))
        return TicketData::Placement::Standing;
    if (name == QLatin1String("FREE_SEATING"))
        return TicketData::Placement::FreeSeating;
    return TicketData::Placement::Seat;
}

const QString kPrintColumns = QStringLiteral(
    "ticket_id, match_id, barcode, qr_code_data, competition, home_team, away_team, kick_off_local,"
    " venue_name, venue_city, sector_code, sector_name, placement, row_identifier, seat_number,"
    " price_category, price_cents, fee_cents, vat_rate_hundredths, vat_cents, currency, order_number,"
    " holder_name");

TicketData readPrintRow(const QSqlQuery &q)
{
    TicketData t;
    t.ticketId = q.value(0).toUuid();
    t.matchId = q.value(1).toUuid();
    t.barcode = q.value(2).toString();
    t.qrPayload = q.value(3).toString();
    t.competition = q.value(4).toString();
    t.homeTeam = q.value(5).toString();
    t.awayTeam = q.value(6).toString();
    t.kickOff = q.value(7).toDateTime();
    t.venueName = q.value(8).toString();
    t.venueCity = q.value(9).toString();
    t.sectorCode = q.value(10).toString();
    t.sectorName = q.value(11).toString();
    t.placement = placementFromSql(q.value(12).toString());
    t.row = q.value(13).toString();
    t.seat = q.value(14).toString();
    t.priceCategory = q.value(15).toString();
    t.priceCents = q.value(16).toLongLong();
    t.feeCents = q.value(17).toLongLong();
    t.vatRateHundredths = q.value(18).toInt();
    t.vatCents = q.value(19).toLongLong();
    t.currency = q.value(20).toString();
    t.orderNumber = q.value(21).toString();
    t.holderName = q.value(22).toString();
    return t;
}
} // namespace

bool EmergencyRepository::ensureConnected(QSqlDatabase &db)
{
    if (db.isOpen()) {
        QSqlQuery ping(db);
        if (ping.exec(QStringLiteral("SELECT 1")))
            return true;
    }
    db.close();
    return db.open();
}

bool EmergencyRepository::fail(QSqlQuery &query, const QString &what, Failure *failure)
{
    const QSqlError error = query.lastError();
    query.finish();
    failure->sqlState = error.nativeErrorCode();
    // A statement the server answered with an error (a refusal of ours, a denied privilege) is
    // not a lost connection; connection failures come without SQLSTATE or in class 08 / 57P.
    const bool maybeLost = failure->sqlState.isEmpty() || failure->sqlState.startsWith(QLatin1String("08"))
        || failure->sqlState.startsWith(QLatin1String("57P"));
    if (maybeLost) {
        QSqlQuery ping(m_db);
        const bool alive = m_db.isOpen() && ping.exec(QStringLiteral("SELECT 1"));
        if (!alive) {
            failure->connectionLost = true;
            m_db.close();
            failure->reconnected = m_db.open();
            failure->message = failure->reconnected ? tr("%1: the connection to the server broke.").arg(what)
                                                    : tr("The server cannot be reached.");
            return false;
        }
    }
    const QString plain =
        EmergencyText::sqlStateText(failure->sqlState, error.databaseText());
    failure->message = plain.isEmpty() ? tr("%1: %2").arg(what, describe(error)) : plain;
    return false;
}

bool EmergencyRepository::find(const QUuid &match, EmergencySearchKind kind, const QString &term,
                               QList<EmergencyTicket> *tickets, Failure *failure)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM emergency_find_tickets(?, ?, ?)").arg(kRowColumns));
    q.addBindValue(match);
    q.addBindValue(EmergencyText::kindSqlName(kind));
    q.addBindValue(term);
    if (!q.exec())
        return fail(q, tr("Cannot search for tickets"), failure);
    tickets->clear();
    while (q.next())
        tickets->append(readRow(q));
    return true;
}

bool EmergencyRepository::matches(bool upcomingOnly, QList<EmergencyMatch> *matches, Failure *failure)
{
    QSqlQuery q(m_db);
    QString sql = QStringLiteral("SELECT id, home_team, away_team, competition, kick_off_time, status::text"
                                 " FROM matches WHERE status IN ('PUBLISHED', 'ACTIVE')");
    if (upcomingOnly)
        sql += QStringLiteral(" AND kick_off_time BETWEEN now() - interval '12 hours' AND now() + interval '8 days'");
    sql += QStringLiteral(" ORDER BY kick_off_time, id");
    if (!q.exec(sql))
        return fail(q, tr("Cannot read the matches"), failure);
    matches->clear();
    while (q.next()) {
        EmergencyMatch m;
        m.id = q.value(0).toUuid();
        m.homeTeam = q.value(1).toString();
        m.awayTeam = q.value(2).toString();
        m.competition = q.value(3).toString();
        m.kickOff = q.value(4).toDateTime().toUTC();
        m.status = q.value(5).toString();
        matches->append(m);
    }
    return true;
}

bool EmergencyRepository::snapshot(const QUuid &match, const QByteArray &salt, QList<CachedEmergencyTicket> *tickets,
                                   Failure *failure)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, oib_token, passport_token, email_token, phone_token"
                             " FROM emergency_snapshot(?, ?)").arg(kRowColumns));
    q.addBindValue(match);
    q.addBindValue(salt);
    if (!q.exec())
        return fail(q, tr("Cannot read the tickets for the offline cache"), failure);
    QHash<QUuid, qsizetype> index;
    tickets->clear();
    while (q.next()) {
        CachedEmergencyTicket c;
        c.ticket = readRow(q);
        c.oibToken = q.value(kRowColumnCount).toByteArray();
        c.passportToken = q.value(kRowColumnCount + 1).toByteArray();
        c.emailToken = q.value(kRowColumnCount + 2).toByteArray();
        c.phoneToken = q.value(kRowColumnCount + 3).toByteArray();
        index.insert(c.ticket.ticketId, tickets->size());
        tickets->append(c);
    }
    // What each ticket prints: the view, read with the caller's own rights.
    q.prepare(QStringLiteral("SELECT %1 FROM ticket_print_data WHERE match_id = ?").arg(kPrintColumns));
    q.addBindValue(match);
    if (!q.exec())
        return fail(q, tr("Cannot read the tickets for the offline cache"), failure);
    while (q.next()) {
        const TicketData data = readPrintRow(q);
        if (const auto it = index.constFind(data.ticketId); it != index.constEnd())
            (*tickets)[*it].print = data;
    }
    return true;
}

bool EmergencyRepository::printData(const QUuid &ticketId, TicketData *ticket, Failure *failure)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM ticket_print_data WHERE ticket_id = ?").arg(kPrintColumns));
    q.addBindValue(ticketId);
    if (!q.exec())
        return fail(q, tr("Cannot read the ticket"), failure);
    if (!q.next()) {
        failure->sqlState = QStringLiteral("EP001");
        failure->message = EmergencyText::sqlStateText(failure->sqlState, {});
        return false;
    }
    *ticket = readPrintRow(q);
    return true;
}

bool EmergencyRepository::record(const EmergencyPrintRequest &r, bool offline, EmergencyPrintReceipt *receipt,
                                 Failure *failure)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT print_number, printed_at, agent_login, agent_name, replayed,"
                             "       array_to_string(conflicts, E'\\n')"
                             " FROM emergency_print_record(?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.key);
    q.addBindValue(r.ticketId);
    q.addBindValue(r.reason);
    q.addBindValue(r.identityVerified);
    q.addBindValue(EmergencyText::documentSqlName(r.document));
    q.addBindValue(r.location);
    q.addBindValue(r.printedAt.isValid() ? QVariant(r.printedAt.toUTC()) : QVariant(QMetaType(QMetaType::QDateTime)));
    q.addBindValue(offline);
    if (!q.exec() || !q.next())
        return fail(q, tr("Cannot record the print"), failure);
    receipt->state = EmergencyPrintReceipt::State::Recorded;
    receipt->printNumber = q.value(0).toInt();
    receipt->printedAt = q.value(1).toDateTime();
    receipt->agentLogin = q.value(2).toString();
    receipt->agentName = q.value(3).toString();
    receipt->replayed = q.value(4).toBool();
    const QString conflicts = q.value(5).toString();
    receipt->conflicts = conflicts.isEmpty() ? QStringList() : conflicts.split(QLatin1Char('\n'));
    return true;
}

} // namespace Tribina
