#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUuid>
#include <QVariant>
#include <QVariantList>

/// A minimal sold order for the ticket tests, written with SQL as the superuser: one stadium with
/// a numbered sector (code with a diacritic) and a standing one, two matches, and tickets whose
/// barcodes are placeholders until TicketRepository::issueCodes() gives them real ones.
namespace TicketSeed {

struct Seeded
{
    QUuid match;          ///< Dinamo – Šibenik, 15.11.2025. 20:45 Zagreb time
    QUuid otherMatch;     ///< a second match at the same stadium
    QUuid seatedTicket;   ///< ZAPAD-Č, row 12, seat 27, holder with diacritics, 45,00 € + 2,70 € fee
    QUuid standingTicket; ///< SJEVER (standing)
    QUuid spareTicket;    ///< ZAPAD-Č, row 12, seat 28
    QUuid spareTicket2;   ///< ZAPAD-Č, row 12, seat 26
};

/// Seeds the data above into a migrated database (aborts the test run on any SQL error).
Seeded seed(QSqlDatabase &db);

/// Runs sql with positional values, returns the first column of the first row (if any);
/// aborts the test run on an error.
QVariant exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

} // namespace TicketSeed
