#include "petrol/petrolrepository.h"

#include "db/sqlerrors.h"
#include "layout/layoutrepository.h"
#include "layout/stadiumlayout.h"
#include "petrol/seatproposer.h"
#include "printing/ticketrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Tribina {

namespace {

QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

QString uuidArray(const QList<QUuid> &ids)
{
    QStringList parts;
    for (const QUuid &id : ids)
        parts.append(uuidText(id));
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QList<QUuid> parseUuidArray(const QVariant &value)
{
    // QPSQL returns uuid[] as its text form: {a,b,c}
    QString text = value.toString();
    text.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    QList<QUuid> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(QUuid::fromString(part.trimmed()));
    return ids;
}

QList<PinHolder> parseHolders(const QVariant &value)
{
    QList<PinHolder> holders;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        PinHolder h;
        h.index = o.value(QLatin1String("index")).toInt();
        h.fullName = o.value(QLatin1String("full_name")).toString();
        h.idMasked = o.value(QLatin1String("id_masked")).toString();
        h.idKind = o.value(QLatin1String("id_kind")).toString();
        h.check = o.value(QLatin1String("check")).toString();
        holders.append(h);
    }
    return holders;
}

Money cents(const QVariant &amount)
{
    // numeric(10,2) as text: exact, no floating point
    const QString text = amount.toString();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return Money(text.toLongLong() * 100);
    QString fraction = text.mid(dot + 1).left(2);
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    const bool negative = text.startsWith(QLatin1Char('-'));
    const qint64 whole = text.left(dot).toLongLong();
    const qint64 c = qAbs(whole) * 100 + fraction.toLongLong();
    return Money(negative ? -c : c);
}

QString paymentSql(PetrolPayment payment)
{
    return payment == PetrolPayment::Card ? QStringLiteral("CARD") : QStringLiteral("CASH");
}

} // namespace

Outcome PetrolRepository::matchesOnSale(QList<PetrolMatch> *matches) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT match_id, home_team, away_team, competition, kick_off_time, venue,"
                               " free_seats FROM petrol_matches_on_sale()")))
        return Outcome::failure(tr("Cannot read the matches on sale: %1").arg(describe(q.lastError())));
    matches->clear();
    while (q.next()) {
        PetrolMatch m;
        m.id = q.value(0).toUuid();
        m.homeTeam = q.value(1).toString();
        m.awayTeam = q.value(2).toString();
        m.competition = q.value(3).toString();
        m.kickOff = q.value(4).toDateTime();
        m.venue = q.value(5).toString();
        m.freeSeats = q.value(6).toInt();
        matches->append(m);
    }
    return {};
}

Outcome PetrolRepository::allMatches(QList<PetrolMatch> *matches) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT m.id, m.home_team, m.away_team, m.competition, m.kick_off_time, s.name"
                               " FROM matches m JOIN stadiums s ON s.id = m.venue_id"
                               " WHERE m.status IN ('PUBLISHED', 'ACTIVE') ORDER BY m.kick_off_time")))
        return Outcome::failure(tr("Cannot read the matches: %1").arg(describe(q.lastError())));
    matches->clear();
    while (q.next()) {
        PetrolMatch m;
        m.id = q.value(0).toUuid();
        m.homeTeam = q.value(1).toString();
        m.awayTeam = q.value(2).toString();
        m.competition = q.value(3).toString();
        m.kickOff = q.value(4).toDateTime();
        m.venue = q.value(5).toString();
        matches->append(m);
    }
    return {};
}

PinLookup PetrolRepository::lookupPin(const QString &pin, const QUuid &match) const
{
    PinLookup result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status, locked_until, pin_id, match_id, quantity, holders, expires_at,"
                             " server_now FROM petrol_lookup_pin(?, ?::uuid)"));
    q.addBindValue(pin);
    q.addBindValue(match.isNull() ? QVariant() : QVariant(uuidText(match)));
    if (!q.exec() || !q.next()) {
        // The statement text holds the PIN: say what failed without it.
        result.outcome = Outcome::failure(tr("The PIN could not be checked: %1").arg(q.lastError().databaseText()));
        return result;
    }
    result.status = petrolStatusFromSql(q.value(0).toString());
    result.lockedUntil = q.value(1).toDateTime();
    result.pinId = q.value(2).toUuid();
    result.matchId = q.value(3).toUuid();
    result.quantity = q.value(4).toInt();
    result.holders = parseHolders(q.value(5));
    result.expiresAt = q.value(6).toDateTime();
    result.serverNow = q.value(7).toDateTime();
    return result;
}

Outcome PetrolRepository::allocationSeats(const QUuid &match, QList<AllocationSeat> *seats) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT inventory_id, sector_code, row_label, seat_label, row_order, seat_index"
                             " FROM petrol_allocation_seats(?::uuid)"));
    q.addBindValue(uuidText(match));
    if (!q.exec())
        return Outcome::failure(tr("Cannot read the petrol seats: %1").arg(describe(q.lastError())));
    seats->clear();
    while (q.next()) {
        AllocationSeat s;
        s.inventoryId = q.value(0).toUuid();
        s.sectorCode = q.value(1).toString();
        s.rowLabel = q.value(2).toString();
        s.seatLabel = q.value(3).toString();
        s.rowOrder = q.value(4).toInt();
        s.seatIndex = q.value(5).toInt();
        seats->append(s);
    }
    return {};
}

Outcome PetrolRepository::matchLayout(const QUuid &match, StadiumLayout *layout) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT l.stadium_id, l.version FROM matches m"
                             " JOIN stadium_layouts l ON l.id = m.stadium_layout_id WHERE m.id = ?::uuid"));
    q.addBindValue(uuidText(match));
    if (!q.exec())
        return Outcome::failure(tr("Cannot read the match's stadium: %1").arg(describe(q.lastError())));
    if (!q.next())
        return Outcome::failure(tr("The match has no stadium layout."));
    return LayoutRepository(m_db).loadLayout(q.value(0).toUuid(), layout, q.value(1).toInt());
}

Outcome PetrolRepository::proposeSeats(const QUuid &match, int quantity, QList<QUuid> *seats) const
{
    StadiumLayout layout;
    if (Outcome o = matchLayout(match, &layout); !o)
        return o;
    QList<AllocationSeat> free;
    if (Outcome o = allocationSeats(match, &free); !o)
        return o;
    return SeatProposer(layout, free).propose(quantity, seats);
}

PetrolReservation PetrolRepository::reserve(const QUuid &pinId, const QList<QUuid> &seats) const
{
    PetrolReservation result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status, reservation_id, expires_at, seats, unavailable, server_now"
                             " FROM petrol_reserve(?::uuid, ?::uuid[])"));
    q.addBindValue(uuidText(pinId));
    q.addBindValue(uuidArray(seats));
    if (!q.exec() || !q.next()) {
        result.outcome = Outcome::failure(tr("The seats could not be reserved: %1").arg(describe(q.lastError())));
        return result;
    }
    result.status = petrolStatusFromSql(q.value(0).toString());
    result.reservationId = q.value(1).toUuid();
    result.expiresAt = q.value(2).toDateTime();
    result.seats = parseUuidArray(q.value(3));
    result.unavailable = parseUuidArray(q.value(4));
    result.serverNow = q.value(5).toDateTime();
    return result;
}

PetrolReservation PetrolRepository::reserveBest(const QUuid &pinId, const QUuid &match, int quantity,
                                                int attempts) const
{
    PetrolReservation result;
    StadiumLayout layout;
    if (Outcome o = matchLayout(match, &layout); !o) {
        result.outcome = o;
        return result;
    }
    for (int i = 0; i < attempts; ++i) {
        // Attendants redeeming PINs of one match at the same moment would all propose the same
        // best seats, and all but one would have to propose again, round after round. A
        // transaction-scoped advisory lock per match (class 1012) lets one attendant at a time
        // read the free seats, propose and reserve: a few milliseconds each, never a conflict.
        // petrol_reserve checks every seat anyway; the lock only saves the retries.
        if (!m_db.transaction()) {
            result.outcome = Outcome::failure(tr("Cannot start a transaction: %1").arg(describe(m_db.lastError())));
            return result;
        }
        QSqlQuery lock(m_db);
        lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(1012, hashtext(?))"));
        lock.addBindValue(uuidText(match));
        QList<AllocationSeat> free;
        QList<QUuid> seats;
        Outcome o = lock.exec() ? Outcome() : Outcome::failure(describe(lock.lastError()));
        if (o)
            o = allocationSeats(match, &free);
        if (o)
            o = SeatProposer(layout, free).propose(quantity, &seats);
        if (!o) {
            m_db.rollback();
            result.outcome = o;
            return result;
        }
        result = reserve(pinId, seats);
        if (!m_db.commit()) {
            m_db.rollback();
            result.outcome = Outcome::failure(tr("The seats could not be reserved: %1").arg(describe(m_db.lastError())));
            return result;
        }
        if (!result.outcome || result.status != PetrolStatus::SeatsTaken)
            return result;
    }
    return result;
}

IdentityCheck PetrolRepository::verifyIdentity(const QUuid &reservation, const QString &documentType) const
{
    IdentityCheck result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status, holders FROM petrol_verify_identity(?::uuid, ?)"));
    q.addBindValue(uuidText(reservation));
    q.addBindValue(documentType);
    if (!q.exec() || !q.next()) {
        result.outcome = Outcome::failure(tr("The identity could not be recorded: %1").arg(describe(q.lastError())));
        return result;
    }
    result.status = petrolStatusFromSql(q.value(0).toString());
    result.holders = parseHolders(q.value(1));
    return result;
}

PetrolQuote PetrolRepository::quote(const QUuid &reservation) const
{
    PetrolQuote result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT holder_index, inventory_id, sector_code, row_label, seat_label, category,"
                             " ticket_amount, ticket_vat_amount, fee_amount, fee_vat_amount, total_amount"
                             " FROM petrol_quote(?::uuid)"));
    q.addBindValue(uuidText(reservation));
    if (!q.exec()) {
        result.outcome = Outcome::failure(tr("The price could not be calculated: %1").arg(describe(q.lastError())));
        return result;
    }
    while (q.next()) {
        QuoteLine line;
        line.holderIndex = q.value(0).toInt();
        line.inventoryId = q.value(1).toUuid();
        line.sectorCode = q.value(2).toString();
        line.rowLabel = q.value(3).toString();
        line.seatLabel = q.value(4).toString();
        line.category = q.value(5).toString();
        line.ticket = cents(q.value(6));
        line.ticketVat = cents(q.value(7));
        line.fee = cents(q.value(8));
        line.feeVat = cents(q.value(9));
        line.total = cents(q.value(10));
        result.lines.append(line);
    }
    return result;
}

PetrolCompletion PetrolRepository::complete(const QUuid &key, const QUuid &reservation, PetrolPayment payment,
                                            const QString &posReference) const
{
    PetrolCompletion result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT petrol_complete(?::uuid, ?::uuid, ?, ?)::text"));
    q.addBindValue(uuidText(key));
    q.addBindValue(uuidText(reservation));
    q.addBindValue(paymentSql(payment));
    q.addBindValue(posReference);
    if (!q.exec() || !q.next()) {
        result.outcome = Outcome::failure(tr("The sale could not be completed: %1").arg(describe(q.lastError())));
        return result;
    }
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    result.status = petrolStatusFromSql(o.value(QLatin1String("status")).toString());
    result.detail = o.value(QLatin1String("detail")).toString();
    result.orderId = QUuid::fromString(o.value(QLatin1String("order_id")).toString());
    result.orderNumber = o.value(QLatin1String("order_number")).toString();
    result.total = cents(o.value(QLatin1String("total")).toVariant().toString());
    result.replayed = o.value(QLatin1String("replayed")).toBool();
    const QJsonArray tickets = o.value(QLatin1String("tickets")).toArray();
    for (const QJsonValue &t : tickets)
        result.barcodes.append(t.toObject().value(QLatin1String("barcode")).toString());
    return result;
}

PetrolStatus PetrolRepository::cancel(const QUuid &reservation, const QString &reason, Outcome *outcome) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT petrol_cancel(?::uuid, ?)"));
    q.addBindValue(uuidText(reservation));
    q.addBindValue(reason);
    if (!q.exec() || !q.next()) {
        if (outcome)
            *outcome = Outcome::failure(tr("The reservation could not be cancelled: %1").arg(describe(q.lastError())));
        return PetrolStatus::Failed;
    }
    return petrolStatusFromSql(q.value(0).toString());
}

Outcome PetrolRepository::tickets(const QStringList &barcodes, QList<TicketData> *tickets) const
{
    TicketRepository repository(m_db);
    tickets->clear();
    for (const QString &barcode : barcodes) {
        TicketData ticket;
        if (Outcome o = repository.load(barcode, &ticket); !o)
            return o;
        tickets->append(ticket);
    }
    return {};
}

Outcome PetrolRepository::activeLockouts(QList<PetrolLockout> *lockouts) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT lockout_id, scope, staff_login, staff_name, station_code, station_name,"
                               " failures, locked_at, locked_until FROM petrol_lockouts_active()")))
        return Outcome::failure(tr("Cannot read the lockouts: %1").arg(describe(q.lastError())));
    lockouts->clear();
    while (q.next()) {
        PetrolLockout l;
        l.id = q.value(0).toUuid();
        l.scope = q.value(1).toString();
        l.staffLogin = q.value(2).toString();
        l.staffName = q.value(3).toString();
        l.stationCode = q.value(4).toString();
        l.stationName = q.value(5).toString();
        l.failures = q.value(6).toInt();
        l.lockedAt = q.value(7).toDateTime();
        l.lockedUntil = q.value(8).toDateTime();
        lockouts->append(l);
    }
    return {};
}

Outcome PetrolRepository::liftLockout(const QUuid &lockout, const QString &reason, bool *lifted) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT petrol_lockout_lift(?::uuid, ?)"));
    q.addBindValue(uuidText(lockout));
    q.addBindValue(reason);
    if (!q.exec() || !q.next())
        return Outcome::failure(tr("Cannot lift the lockout: %1").arg(describe(q.lastError())));
    if (lifted)
        *lifted = q.value(0).toBool();
    return {};
}

PetrolDeepLink PetrolRepository::deepLink(const QUuid &match, bool renew) const
{
    PetrolDeepLink result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT deeplink_id, deeplink_url, qr_code_data FROM petrol_deeplink_generate(?::uuid, ?)"));
    q.addBindValue(uuidText(match));
    q.addBindValue(renew);
    if (!q.exec() || !q.next()) {
        result.outcome = Outcome::failure(tr("Cannot create the deep link: %1").arg(describe(q.lastError())));
        return result;
    }
    result.id = q.value(0).toUuid();
    result.url = q.value(1).toString();
    result.qrData = q.value(2).toString();
    return result;
}

} // namespace Tribina
