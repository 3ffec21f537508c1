#pragma once

#include "domain/outcome.h"
#include "printing/ticketdata.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Tribina {

class BarcodeGenerator;

/// Tickets as the printing side needs them: everything a ticket shows (the view
/// ticket_print_data), fresh codes for a ticket, the match keys, and the print log.
class TicketRepository
{
    Q_DECLARE_TR_FUNCTIONS(TicketRepository)
public:
    explicit TicketRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The ticket with this barcode. status (optional) receives tickets.status ("SOLD", ...).
    Outcome load(const QString &barcode, TicketData *ticket, QString *status = nullptr) const;

    struct IssuedCodes
    {
        QString barcode;
        QString qrPayload;
        int attempts = 0; ///< barcodes drawn; more than one means a collision was retried
    };
    enum class Transaction {
        Own,    ///< issueCodes() begins and commits a transaction of its own
        Caller, ///< the caller's transaction is open (a sale): savepoints only, no commit
    };
    /// Gives a sold ticket a new random barcode and the database-signed QR payload for it
    /// (ticket_qr_sign). A barcode that exists already is drawn again, silently. Issuing a new
    /// barcode makes the old one invalid. generator: nullptr for the cryptographic default.
    Outcome issueCodes(const QUuid &ticketId, IssuedCodes *codes, BarcodeGenerator *generator = nullptr,
                       Transaction transaction = Transaction::Own);

    /// The match's signing key (SQL match_signing_key; admins and support only).
    Outcome matchKey(const QUuid &matchId, QByteArray *key) const;

    /// Whether the match exists (a forged code may name any UUID).
    bool matchExists(const QUuid &matchId) const;

    /// The connected staff member's name for a reprint stamp (their login when not staff).
    QString currentAgentName() const;
    /// Records in the audit outbox that ticket was printed outside a sale: an emergency reprint
    /// (duplicate; printNumber receives its number, the original being 1 and earlier reprints
    /// counted) or, unstamped, an export of its codes (barcode_export).
    Outcome recordPrint(const TicketData &ticket, const QString &layoutName, bool duplicate, int *printNumber);

private:
    Outcome assignCodes(const QUuid &ticketId, IssuedCodes *codes, BarcodeGenerator &generator);

    QSqlDatabase m_db;
};

} // namespace Tribina
