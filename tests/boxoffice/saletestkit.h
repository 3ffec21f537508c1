#pragma once

// Shared set-up of the box-office database suites: a venue with a priced match, clerks, holders.

#include "boxoffice/saletypes.h"
#include "domain/oib.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace SaleTestKit {

/// A random valid OIB (ISO 7064 MOD 11,10).
inline QString randomOib()
{
    QString digits;
    digits += QChar(u'1' + QRandomGenerator::global()->bounded(9));
    while (digits.size() < 10)
        digits += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    return digits + QString::number(Tribina::Oib::checkDigit(digits));
}

inline Tribina::TicketHolder holder(const QString &name, const QString &oib = randomOib(),
                                    QDate born = QDate(1990, 5, 17))
{
    Tribina::TicketHolder h;
    h.fullName = name;
    h.dateOfBirth = born;
    h.nationality = QStringLiteral("HR");
    h.oib = oib;
    return h;
}

/// Runs sql as the connection's user; fails hard (qFatal) on error. Returns column 0 of row 0.
inline QVariant must(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s\n%s", qPrintable(q.lastError().text()), qPrintable(sql));
    return q.next() ? q.value(0) : QVariant();
}

inline QString id(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

/// Gives every sector of the match one price category at price (e.g. "45.00").
inline void priceMatch(QSqlDatabase &db, const QUuid &match, const QString &price = QStringLiteral("45.00"))
{
    const QString m = id(match);
    must(db, QStringLiteral("INSERT INTO price_categories (match_id, name, price) VALUES ('%1', 'K1', %2)").arg(m, price));
    must(db, QStringLiteral(
        "INSERT INTO match_sectors (match_id, sector_id, name, code, total_capacity, price_category_id)"
        " SELECT '%1', sc.id, sc.name, sc.code, sc.capacity, (SELECT id FROM price_categories WHERE match_id = '%1')"
        " FROM sectors sc JOIN matches m ON m.stadium_layout_id = sc.stadium_layout_id WHERE m.id = '%1'").arg(m));
}

/// The match's inventory ids, in seat order (row, seat index).
inline QList<QUuid> seatIds(QSqlDatabase &db, const QUuid &match)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT i.id FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id"
                               " WHERE i.match_id = '%1' ORDER BY s.row_order, s.seat_index").arg(id(match))))
        qFatal("%s", qPrintable(q.lastError().text()));
    QList<QUuid> ids;
    while (q.next())
        ids << QUuid::fromString(q.value(0).toString());
    return ids;
}

} // namespace SaleTestKit
