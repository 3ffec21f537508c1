#pragma once

#include "boxoffice/saletypes.h"

#include <QFuture>
#include <QObject>
#include <QUuid>

namespace Tribina {

class DbSession;

/// The counter's service: everything the box-office screen asks of the database, run on the
/// DbSession thread (the GUI never waits), results as QFuture<CounterResult<T>> — never an
/// exception for a refused sale: error.kind says why, error.message says it to the clerk.
///
/// Holds: the service has one hold token per workstation session (holdToken()). Keep it in the
/// workstation's settings; at start-up call releaseToken(previous token) so the holds of a
/// crashed session go at once (they would expire anyway after holdMinutes()).
///
/// Sales: sell() retries a dropped connection itself (reconnects, up to 3 attempts) with the same
/// request.key; counter_sell is idempotent on it, so a commit whose answer was lost comes back as
/// the same receipt (replayed = true), never as a second order. A request without a key gets one.
class CounterService : public QObject
{
    Q_OBJECT
public:
    explicit CounterService(DbSession &session, QObject *parent = nullptr);

    QUuid holdToken() const { return m_holdToken; }
    void setHoldToken(const QUuid &token) { m_holdToken = token; }
    int holdMinutes() const { return m_holdMinutes; }
    void setHoldMinutes(int minutes) { m_holdMinutes = minutes; }

    /// Holds the seats for this workstation (renews ones it holds already). value.notHeld lists
    /// the seats someone else has.
    QFuture<CounterResult<HoldResult>> hold(const QUuid &matchId, const QList<QUuid> &inventoryIds);
    /// Holds quantity free places of a non-numbered (or standing) sector for this workstation,
    /// all or nothing (seats_hold_quantity, 0014); value = their inventory ids, in seat order.
    /// Too few free: error.kind NotEnoughPlaces with placesLeft.
    QFuture<CounterResult<QList<QUuid>>> holdQuantity(const QUuid &matchId, const QUuid &sectorId, int quantity);
    /// Releases every seat this workstation holds; value = how many.
    QFuture<CounterResult<int>> release();
    /// Releases the holds of an earlier session of this workstation (after a crash).
    QFuture<CounterResult<int>> releaseToken(const QUuid &token);
    /// Sweeps the match's expired holds back to AVAILABLE (when opening a match).
    QFuture<CounterResult<int>> releaseExpired(const QUuid &matchId);

    /// The figures the clerk sees before paying (and that the sale will charge).
    QFuture<CounterResult<QList<PriceLine>>> priceSeats(const QUuid &matchId, const QList<QUuid> &inventoryIds);
    /// Sells (holdToken filled in when empty). See the class comment for retries.
    QFuture<CounterResult<SaleReceipt>> sell(SaleRequest request);
    QFuture<CounterResult<RefundReceipt>> refund(RefundRequest request);
    /// The order (all its tickets) of a scanned or typed 14-digit barcode or of an order number
    /// (looksLikeBarcode / looksLikeOrderNumber); value.found() false when there is none.
    QFuture<CounterResult<TicketLookup>> findTickets(const QString &barcodeOrOrderNumber);
    QFuture<CounterResult<bool>> isBlacklisted(const QString &oib, const QString &passport);

    /// Opens (or finds) the clerk's shift with a cash float.
    QFuture<CounterResult<QUuid>> openShift(Money cashFloat, const QString &workstation);
    /// The clerk's open shift (null value when none).
    QFuture<CounterResult<QUuid>> currentShift();
    QFuture<CounterResult<ShiftTotals>> shiftTotals(const QUuid &shiftId);
    /// Closes the shift with the counted cash; value = the totals after closing (discrepancy()).
    QFuture<CounterResult<ShiftTotals>> closeShift(const QUuid &shiftId, Money counted, const QString &note);

    /// How often sell() tries when the connection drops (for tests).
    static constexpr int sellAttempts = 3;

private:
    DbSession &m_session;
    QUuid m_holdToken = QUuid::createUuid();
    int m_holdMinutes = 10;
};

} // namespace Tribina
