#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUuid>

#include <functional>

class QRandomGenerator;

namespace Tribina {

/// Sold tickets for the demo's published home match, as the online shop would have sold them:
/// buyers (users), COMPLETED orders with order numbers, SUCCEEDED card payments, tickets with
/// random barcodes (BarcodeGenerator) and QR payloads signed by the database (ticket_qr_sign),
/// holders with Croatian names, valid OIBs (some foreigners with passports instead), stored
/// encrypted and hashed (pii_encrypt, pii_hash), e-mails and phones, amounts from PriceBreakdown,
/// the seats SOLD, and a `sale` audit event per order. A few tickets end in other states
/// (CANCELLED and REFUNDED with their refunds and the seat free again, ATTENDED), and one holder
/// of a sold ticket is on the blacklist, so emergency printing can show its refusals.
///
/// Runs inside the caller's transaction (DemoSeeder's); bulk inserts keep it to a few seconds.
/// Names and seats come from a seeded generator (the same demo each time); barcodes from the
/// cryptographic source, like real ones.
class DemoTickets
{
    Q_DECLARE_TR_FUNCTIONS(DemoTickets)
public:
    static constexpr int kTickets = 3000;
    static constexpr int kCancelled = 4;
    static constexpr int kRefunded = 4;
    static constexpr int kAttended = 4;

    struct Summary
    {
        int orders = 0;
        int tickets = 0;
        int passports = 0;       ///< holders identified by a passport instead of an OIB
        QString blacklistedOib;  ///< the holder of a SOLD ticket who is on the blacklist
    };

    explicit DemoTickets(QSqlDatabase db, quint32 seed = 20261123) : m_db(std::move(db)), m_seed(seed) {}

    /// adminUserId: the staff user who approved the refunds and entered the blacklist row; sales
    /// and cancellations are the buyers' own (last_modified_by, cancelled_by = the shop user).
    Outcome seed(const QUuid &matchId, const QString &adminUserId,
                 const std::function<void(const QString &)> &say = {}, Summary *summary = nullptr);

    /// A random valid OIB: 10 digits (the first not 0) and the ISO 7064 MOD 11,10 check digit
    /// (Oib::checkDigit).
    static QString randomOib(QRandomGenerator &random);

private:
    QSqlDatabase m_db;
    quint32 m_seed;
};

} // namespace Tribina
