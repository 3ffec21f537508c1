#pragma once

#include "boxoffice/saletypes.h"

#include <QSqlDatabase>

namespace Tribina {

/// The box-office calls into PostgreSQL (migration 0009), one function per SQL function, each
/// one statement in its own transaction (the functions are the transactions). Runs on whatever
/// thread owns db: CounterService calls it on the DbSession thread, the benchmark on its own
/// threads. Errors come back as SaleError (SQLSTATE TB001–TB009 sorted into kinds).
///
///   hold          seats_hold(match, ids, token, minutes)
///   release       seats_release(token)             releaseMine  seats_release_mine()
///   releaseExpired seats_release_expired(match)
///   holdQuantity  seats_hold_quantity(match, sector, quantity, token, minutes)   (0014)
///   sell          counter_sell(...)                 idempotent on request.key; then
///                 changes_announce(match) after the commit (0013)
///   refund        counter_refund / counter_refund_order   idempotent on request.key
///   findByBarcode / findByOrderNumber   SELECT on ticket_print_data (refund by a scanned barcode)
///   openShift     counter_shift_open(float, workstation)   currentShift counter_shift_current()
///   shiftTotals   counter_shift_totals(shift)       closeShift  counter_shift_close(shift, counted, note)
///   blacklisted   blacklist_check(oib, passport)
///   priceSeats    display figures for seats before the sale (models/pricing, same rule as SQL)
class SaleRepository
{
public:
    explicit SaleRepository(QSqlDatabase &db) : m_db(db) {}

    SaleError hold(const QUuid &matchId, const QList<QUuid> &inventoryIds, const QUuid &holdToken,
                   int minutes, HoldResult *result);
    SaleError release(const QUuid &holdToken, int *released = nullptr);
    SaleError releaseMine(int *released = nullptr);
    SaleError releaseExpired(const QUuid &matchId, int *released = nullptr);
    /// seats_hold_quantity (0014): holds quantity free places of a non-numbered (or standing)
    /// sector (sectors.id) for this token, all or nothing; held = their inventory ids in seat
    /// order. Too few free: NotEnoughPlaces (placesLeft); a numbered sector: NotSoldByQuantity.
    SaleError holdQuantity(const QUuid &matchId, const QUuid &sectorId, int quantity, const QUuid &holdToken,
                           int minutes, QList<QUuid> *held);

    SaleError sell(const SaleRequest &request, SaleReceipt *receipt);
    SaleError refund(const RefundRequest &request, RefundReceipt *receipt);
    /// The order of the ticket with this barcode, all its tickets, the scanned one marked
    /// (a plain SELECT on ticket_print_data, which the box office may read). Not found: an empty
    /// lookup and no error.
    SaleError findByBarcode(const QString &barcode, TicketLookup *lookup);
    /// The order with this number ('HNS-2026-000123') and all its tickets.
    SaleError findByOrderNumber(const QString &orderNumber, TicketLookup *lookup);

    SaleError openShift(Money cashFloat, const QString &workstation, QUuid *shiftId);
    SaleError currentShift(QUuid *shiftId);
    SaleError shiftTotals(const QUuid &shiftId, ShiftTotals *totals);
    SaleError closeShift(const QUuid &shiftId, Money counted, const QString &note, Money *discrepancy);

    SaleError blacklisted(const QString &oib, const QString &passport, bool *banned);

    /// The price of each seat as the sale will charge it (category price, fee and VAT rates of
    /// the match, PriceBreakdown::compute); lines come back in inventoryIds order with
    /// inventoryId and seatLabel set.
    SaleError priceSeats(const QUuid &matchId, const QList<QUuid> &inventoryIds, QList<PriceLine> *lines);

    /// uuid[] literal text ('{a,b}') for SQL.
    static QString uuidArray(const QList<QUuid> &ids);

private:
    /// Runs one statement; on failure returns the classified error. value receives column 0 of row 0.
    SaleError exec(const QString &sql, const QVariantList &values, QVariant *value = nullptr);
    SaleError lastError(const class QSqlQuery &q) const;
    /// The tickets of the order matching `where` (SQL over ticket_print_data d, one value).
    SaleError findOrder(const QString &where, const QString &value, TicketLookup *lookup);

    QSqlDatabase &m_db;
};

} // namespace Tribina
