#include "emergencyseed.h"

#include "printing/barcodegenerator.h"
#include "printing/ticketrepository.h"

#include <QtTest>

namespace EmergencySeed {

using TicketSeed::exec;

Tickets seed(QSqlDatabase &db)
{
    Tickets t;
    t.base = TicketSeed::seed(db);
    t.printable = t.base.seatedTicket;
    t.attended = t.base.standingTicket;
    t.blacklisted = t.base.spareTicket;
    t.passport = t.base.spareTicket2;
    t.orderNumber = QStringLiteral("HNS-2025-004217");
    exec(db, QStringLiteral("UPDATE matches SET kick_off_time = CASE WHEN id = ? THEN now() + interval '2 hours'"
                            " ELSE now() + interval '3 days' END"), {t.base.match});

    Tribina::TicketRepository repository(db);
    for (const QUuid &id : {t.printable, t.attended, t.blacklisted, t.passport}) {
        Tribina::TicketRepository::IssuedCodes codes;
        if (const Tribina::Outcome issued = repository.issueCodes(id, &codes); !issued)
            qFatal("issueCodes: %s", qPrintable(issued.error()));
        t.barcodes.insert(id, codes.barcode);
        t.payloads.insert(id, codes.qrPayload);
    }
    exec(db, QStringLiteral("UPDATE ticket_holders SET oib_encrypted = pii_encrypt(?), oib_hash = pii_hash(?),"
                            " email = ?, phone = ? WHERE ticket_id = ?"),
         {kOib, kOib, kEmail, kPhone, t.printable});
    exec(db, QStringLiteral("INSERT INTO ticket_holders (ticket_id, full_name, date_of_birth, nationality, source,"
                            " oib_encrypted, oib_hash) VALUES (?, 'Ivan Horvat', '1985-01-02', 'HR', 'MANUAL_ENTRY',"
                            " pii_encrypt(?), pii_hash(?))"),
         {t.blacklisted, kBannedOib, kBannedOib});
    exec(db, QStringLiteral("INSERT INTO ticket_holders (ticket_id, full_name, date_of_birth, nationality, source,"
                            " passport_encrypted, passport_hash) VALUES (?, 'Marko Marić', '1979-03-04', 'DE',"
                            " 'MANUAL_ENTRY', pii_encrypt(?), pii_hash(?))"),
         {t.passport, kPassport, kPassport});
    exec(db, QStringLiteral("INSERT INTO blacklist (oib, first_name, last_name, created_by)"
                            " VALUES (?, 'Ivan', 'Horvat', (SELECT id FROM users LIMIT 1))"),
         {kBannedOib});
    exec(db, QStringLiteral("UPDATE tickets SET status = 'ATTENDED', attended_at = now() WHERE id = ?"), {t.attended});

    Tribina::BarcodeGenerator generator;
    const auto addTicket = [&](const QUuid &match, const QString &order, const QString &status, const QString &seat) {
        const QString barcode = generator.next();
        const QUuid id = exec(db, QStringLiteral(
            "INSERT INTO tickets (order_id, match_id, match_seat_inventory_id, barcode, qr_code_data, price_amount,"
            "                     fee_amount, status)"
            " SELECT o.id, i.match_id, i.id, ?, '', 45.00, 2.70, ?::ticket_status"
            " FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id JOIN orders o ON o.order_number = ?"
            " WHERE i.match_id = ? AND s.row_identifier = '12' AND s.seat_number = ? RETURNING id"),
            {barcode, status, order, match, seat}).toUuid();
        t.barcodes.insert(id, barcode);
        return id;
    };
    t.cancelled = addTicket(t.base.match, t.orderNumber, QStringLiteral("CANCELLED"), QStringLiteral("27"));
    t.refunded = addTicket(t.base.match, t.orderNumber, QStringLiteral("REFUNDED"), QStringLiteral("28"));
    exec(db, QStringLiteral(
        "INSERT INTO orders (user_id, match_id, order_number, status, ticket_amount, ticket_vat_amount, fee_amount,"
        "                    fee_vat_amount, total_amount)"
        " SELECT user_id, ?, 'HNS-2025-009999', 'COMPLETED', 45.00, 2.14, 2.70, 0.54, 47.70 FROM orders LIMIT 1"),
        {t.base.otherMatch});
    t.otherMatch = addTicket(t.base.otherMatch, QStringLiteral("HNS-2025-009999"), QStringLiteral("SOLD"),
                             QStringLiteral("27"));
    Tribina::TicketRepository::IssuedCodes codes;
    if (const Tribina::Outcome issued = repository.issueCodes(t.otherMatch, &codes); !issued)
        qFatal("issueCodes: %s", qPrintable(issued.error()));
    t.barcodes.insert(t.otherMatch, codes.barcode);
    t.payloads.insert(t.otherMatch, codes.qrPayload);
    exec(db, QStringLiteral("INSERT INTO ticket_holders (ticket_id, full_name, date_of_birth, nationality, source)"
                            " VALUES (?, 'Ana Anić', '2000-01-01', 'HR', 'MANUAL_ENTRY')"),
         {t.otherMatch});
    return t;
}

} // namespace EmergencySeed
