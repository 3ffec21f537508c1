#pragma once

#include "ticketseed.h"

/// Tickets for the emergency tests, on top of TicketSeed: one for each refusal, holders found by
/// every search kind, and a blacklisted holder. The match kicks off in two hours, the
/// other match in three days.
namespace EmergencySeed {

inline const QString kOib = QStringLiteral("12345678903");       ///< Đurđica's OIB (printable)
inline const QString kBannedOib = QStringLiteral("69123456782"); ///< Ivan Horvat's OIB, blacklisted
inline const QString kPassport = QStringLiteral("AB1234567");    ///< Marko Marić's passport
inline const QString kEmail = QStringLiteral("Durdica.Cacic@Example.test");
inline const QString kPhone = QStringLiteral("+385 91 234 5678");

struct Tickets
{
    TicketSeed::Seeded base;
    QUuid printable;    ///< SOLD, Đurđica Čačić-Šimunović Žužić, OIB, e-mail, phone
    QUuid passport;     ///< SOLD, Marko Marić, passport only
    QUuid blacklisted;  ///< SOLD, Ivan Horvat, OIB on the blacklist
    QUuid attended;     ///< ATTENDED
    QUuid cancelled;    ///< CANCELLED
    QUuid refunded;     ///< REFUNDED
    QUuid otherMatch;   ///< SOLD, of base.otherMatch
    QHash<QUuid, QString> barcodes;
    QHash<QUuid, QString> payloads;
    QString orderNumber; ///< order of printable, passport, blacklisted, attended
};

Tickets seed(QSqlDatabase &db);

} // namespace EmergencySeed
