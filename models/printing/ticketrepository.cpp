#include "ticketrepository.h"

#include "db/sqlerrors.h"
#include "printing/barcodegenerator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Tribina {

namespace {
TicketData::Placement placementFromSql(const QString &placement)
{
    if (placement == QLatin1String("STANDING"))
        return TicketData::Placement::Standing;
    if (placement == QLatin1String("FREE_SEATING"))
        return TicketData::Placement::FreeSeating;
    return TicketData::Placement::Seat;
}

bool isBarcodeCollision(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("23505")
        && error.databaseText().contains(QLatin1String("idx_tickets_barcode"));
}
} // namespace

Outcome TicketRepository::load(const QString &barcode, TicketData *ticket, QString *status) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT ticket_id, match_id, barcode, qr_code_data, ticket_status, competition, home_team, away_team,"
        "       kick_off_local, venue_name, venue_city, sector_code, sector_name, placement, row_identifier,"
        "       seat_number, price_category, price_cents, fee_cents, vat_rate_hundredths, vat_cents, currency,"
        "       order_number, holder_name"
        " FROM ticket_print_data WHERE barcode = ?"));
    q.addBindValue(barcode);
    if (!q.exec())
        return Outcome::failure(tr("Cannot read ticket %1: %2").arg(barcode, describe(q.lastError())));
    if (!q.next())
        return Outcome::failure(tr("There is no ticket with the barcode %1.").arg(barcode));
    TicketData t;
    t.ticketId = q.value(0).toUuid();
    t.matchId = q.value(1).toUuid();
    t.barcode = q.value(2).toString();
    t.qrPayload = q.value(3).toString();
    t.competition = q.value(5).toString();
    t.homeTeam = q.value(6).toString();
    t.awayTeam = q.value(7).toString();
    t.kickOff = q.value(8).toDateTime();
    t.venueName = q.value(9).toString();
    t.venueCity = q.value(10).toString();
    t.sectorCode = q.value(11).toString();
    t.sectorName = q.value(12).toString();
    t.placement = placementFromSql(q.value(13).toString());
    t.row = q.value(14).toString();
    t.seat = q.value(15).toString();
    t.priceCategory = q.value(16).toString();
    t.priceCents = q.value(17).toLongLong();
    t.feeCents = q.value(18).toLongLong();
    t.vatRateHundredths = q.value(19).toInt();
    t.vatCents = q.value(20).toLongLong();
    t.currency = q.value(21).toString();
    t.orderNumber = q.value(22).toString();
    t.holderName = q.value(23).toString();
    if (status)
        *status = q.value(4).toString();
    *ticket = t;
    return {};
}

Outcome TicketRepository::issueCodes(const QUuid &ticketId, IssuedCodes *codes, BarcodeGenerator *generator,
                                     Transaction transaction)
{
    BarcodeGenerator fallback;
    BarcodeGenerator &g = generator ? *generator : fallback;
    if (transaction == Transaction::Caller)
        return assignCodes(ticketId, codes, g);
    if (!m_db.transaction())
        return Outcome::failure(tr("Cannot start a transaction: %1").arg(describe(m_db.lastError())));
    const Outcome assigned = assignCodes(ticketId, codes, g);
    if (!assigned) {
        m_db.rollback();
        return assigned;
    }
    if (!m_db.commit()) {
        const QString error = describe(m_db.lastError());
        m_db.rollback();
        return Outcome::failure(tr("The new ticket codes could not be saved: %1").arg(error));
    }
    return {};
}

Outcome TicketRepository::assignCodes(const QUuid &ticketId, IssuedCodes *codes, BarcodeGenerator &generator)
{
    QSqlQuery q(m_db);
    QString failure;
    // Each attempt in a savepoint: a unique violation aborts only the attempt, not the caller's
    // transaction.
    const auto tryClaim = [&](const QString &candidate) {
        if (!q.exec(QStringLiteral("SAVEPOINT ticket_barcode"))) {
            failure = describe(q.lastError());
            return BarcodeGenerator::Claim::Failed;
        }
        q.prepare(QStringLiteral("UPDATE tickets SET barcode = ? WHERE id = ?"));
        q.addBindValue(candidate);
        q.addBindValue(ticketId);
        const bool updated = q.exec();
        const QSqlError error = q.lastError();
        const int rows = updated ? q.numRowsAffected() : 0;
        q.exec(updated ? QStringLiteral("RELEASE SAVEPOINT ticket_barcode")
                       : QStringLiteral("ROLLBACK TO SAVEPOINT ticket_barcode"));
        if (!updated && isBarcodeCollision(error))
            return BarcodeGenerator::Claim::Collision;
        if (!updated) {
            failure = describe(error);
            return BarcodeGenerator::Claim::Failed;
        }
        if (rows != 1) {
            failure = tr("there is no such ticket");
            return BarcodeGenerator::Claim::Failed;
        }
        return BarcodeGenerator::Claim::Claimed;
    };
    int attempts = 0;
    const std::optional<QString> barcode = generator.claimUnique(tryClaim, 8, &attempts);
    if (!barcode)
        return Outcome::failure(tr("Cannot give ticket %1 a new barcode: %2")
                                    .arg(ticketId.toString(QUuid::WithoutBraces),
                                         failure.isEmpty() ? tr("every barcode drawn was taken") : failure));
    q.prepare(QStringLiteral("SELECT ticket_qr_sign(?)"));
    q.addBindValue(ticketId);
    if (!q.exec() || !q.next())
        return Outcome::failure(tr("Cannot sign the QR code of ticket %1: %2")
                                    .arg(ticketId.toString(QUuid::WithoutBraces), describe(q.lastError())));
    codes->barcode = *barcode;
    codes->qrPayload = q.value(0).toString();
    codes->attempts = attempts;
    return {};
}

Outcome TicketRepository::matchKey(const QUuid &matchId, QByteArray *key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT match_signing_key(?)"));
    q.addBindValue(matchId);
    if (!q.exec() || !q.next())
        return Outcome::failure(tr("Cannot read the signing key of match %1: %2")
                                    .arg(matchId.toString(QUuid::WithoutBraces), describe(q.lastError())));
    *key = q.value(0).toByteArray();
    return {};
}

QString TicketRepository::currentAgentName() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT coalesce((SELECT full_name FROM staff_accounts WHERE login_role = session_user),"
                              " session_user::text)"))
        && q.next())
        return q.value(0).toString();
    return m_db.userName();
}

bool TicketRepository::matchExists(const QUuid &matchId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM matches WHERE id = ?"));
    q.addBindValue(matchId);
    return q.exec() && q.next();
}

Outcome TicketRepository::recordPrint(const TicketData &ticket, const QString &layoutName, bool duplicate,
                                      int *printNumber)
{
    // Counted and written under a lock per ticket, so two reprints at once get numbers 2 and 3.
    if (!m_db.transaction())
        return Outcome::failure(tr("Cannot start a transaction: %1").arg(describe(m_db.lastError())));
    QSqlQuery q(m_db);
    const auto fail = [&] {
        const QString error = describe(q.lastError());
        m_db.rollback();
        return Outcome::failure(tr("Cannot record the printing of ticket %1: %2").arg(ticket.barcode, error));
    };
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(1005, hashtext(?::text))"));
    q.addBindValue(ticket.ticketId);
    if (!q.exec())
        return fail();
    int number = 1;
    if (duplicate) {
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM audit_outbox WHERE audit_type = 'emergency_print' AND entity_id = ?"));
        q.addBindValue(ticket.ticketId);
        if (!q.exec() || !q.next())
            return fail();
        number = q.value(0).toInt() + 2; // the original was print 1
    }
    QJsonObject payload{{QStringLiteral("barcode"), ticket.barcode},
                        {QStringLiteral("layout"), layoutName},
                        {QStringLiteral("source"), QStringLiteral("tribina-admin ticket print")}};
    if (duplicate)
        payload.insert(QStringLiteral("print_number"), number);
    q.prepare(QStringLiteral("SELECT audit_event(?::audit_type, ?, ?, ?::jsonb)"));
    q.addBindValue(duplicate ? QStringLiteral("emergency_print") : QStringLiteral("barcode_export"));
    q.addBindValue(ticket.matchId);
    q.addBindValue(ticket.ticketId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return fail();
    if (!m_db.commit())
        return fail();
    if (printNumber)
        *printNumber = number;
    return {};
}

} // namespace Tribina
