#include "boxoffice/counterservice.h"

#include "boxoffice/salerepository.h"
#include "db/dbsession.h"

#include <QSqlDatabase>
#include <QThread>

namespace Tribina {

CounterService::CounterService(DbSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

QFuture<CounterResult<HoldResult>> CounterService::hold(const QUuid &matchId, const QList<QUuid> &inventoryIds)
{
    const QUuid token = m_holdToken;
    const int minutes = m_holdMinutes;
    return m_session.run<CounterResult<HoldResult>>([=](QSqlDatabase &db) {
        CounterResult<HoldResult> r;
        r.error = SaleRepository(db).hold(matchId, inventoryIds, token, minutes, &r.value);
        return r;
    });
}

QFuture<CounterResult<QList<QUuid>>> CounterService::holdQuantity(const QUuid &matchId, const QUuid &sectorId,
                                                                   int quantity)
{
    const QUuid token = m_holdToken;
    const int minutes = m_holdMinutes;
    return m_session.run<CounterResult<QList<QUuid>>>([=](QSqlDatabase &db) {
        CounterResult<QList<QUuid>> r;
        r.error = SaleRepository(db).holdQuantity(matchId, sectorId, quantity, token, minutes, &r.value);
        return r;
    });
}

QFuture<CounterResult<int>> CounterService::release()
{
    return releaseToken(m_holdToken);
}

QFuture<CounterResult<int>> CounterService::releaseToken(const QUuid &token)
{
    return m_session.run<CounterResult<int>>([token](QSqlDatabase &db) {
        CounterResult<int> r;
        r.error = SaleRepository(db).release(token, &r.value);
        return r;
    });
}

QFuture<CounterResult<int>> CounterService::releaseExpired(const QUuid &matchId)
{
    return m_session.run<CounterResult<int>>([matchId](QSqlDatabase &db) {
        CounterResult<int> r;
        r.error = SaleRepository(db).releaseExpired(matchId, &r.value);
        return r;
    });
}

QFuture<CounterResult<QList<PriceLine>>> CounterService::priceSeats(const QUuid &matchId,
                                                                   const QList<QUuid> &inventoryIds)
{
    return m_session.run<CounterResult<QList<PriceLine>>>([=](QSqlDatabase &db) {
        CounterResult<QList<PriceLine>> r;
        r.error = SaleRepository(db).priceSeats(matchId, inventoryIds, &r.value);
        return r;
    });
}

QFuture<CounterResult<SaleReceipt>> CounterService::sell(SaleRequest request)
{
    if (request.key.isNull())
        request.key = QUuid::createUuid();
    if (request.holdToken.isNull())
        request.holdToken = m_holdToken;
    return m_session.run<CounterResult<SaleReceipt>>([request](QSqlDatabase &db) {
        CounterResult<SaleReceipt> r;
        for (int attempt = 1; attempt <= sellAttempts; ++attempt) {
            r.error = SaleRepository(db).sell(request, &r.value);
            if (r.error.kind != SaleError::Kind::Connection)
                break;
            // The commit may or may not have happened: reconnect and ask again with the same
            // key; counter_sell answers a finished sale with its first receipt.
            db.close();
            QThread::msleep(200 * attempt);
            db.open();
        }
        return r;
    });
}

QFuture<CounterResult<RefundReceipt>> CounterService::refund(RefundRequest request)
{
    if (request.key.isNull())
        request.key = QUuid::createUuid();
    return m_session.run<CounterResult<RefundReceipt>>([request](QSqlDatabase &db) {
        CounterResult<RefundReceipt> r;
        for (int attempt = 1; attempt <= sellAttempts; ++attempt) {
            r.error = SaleRepository(db).refund(request, &r.value);
            if (r.error.kind != SaleError::Kind::Connection)
                break;
            db.close();
            QThread::msleep(200 * attempt);
            db.open();
        }
        return r;
    });
}

QFuture<CounterResult<TicketLookup>> CounterService::findTickets(const QString &barcodeOrOrderNumber)
{
    const QString text = barcodeOrOrderNumber.trimmed();
    return m_session.run<CounterResult<TicketLookup>>([text](QSqlDatabase &db) {
        CounterResult<TicketLookup> r;
        SaleRepository repository(db);
        if (looksLikeBarcode(text))
            r.error = repository.findByBarcode(text, &r.value);
        else if (looksLikeOrderNumber(text))
            r.error = repository.findByOrderNumber(text, &r.value);
        return r; // anything else: not found
    });
}

QFuture<CounterResult<bool>> CounterService::isBlacklisted(const QString &oib, const QString &passport)
{
    return m_session.run<CounterResult<bool>>([oib, passport](QSqlDatabase &db) {
        CounterResult<bool> r;
        r.error = SaleRepository(db).blacklisted(oib, passport, &r.value);
        return r;
    });
}

QFuture<CounterResult<QUuid>> CounterService::openShift(Money cashFloat, const QString &workstation)
{
    return m_session.run<CounterResult<QUuid>>([cashFloat, workstation](QSqlDatabase &db) {
        CounterResult<QUuid> r;
        r.error = SaleRepository(db).openShift(cashFloat, workstation, &r.value);
        return r;
    });
}

QFuture<CounterResult<QUuid>> CounterService::currentShift()
{
    return m_session.run<CounterResult<QUuid>>([](QSqlDatabase &db) {
        CounterResult<QUuid> r;
        r.error = SaleRepository(db).currentShift(&r.value);
        return r;
    });
}

QFuture<CounterResult<ShiftTotals>> CounterService::shiftTotals(const QUuid &shiftId)
{
    return m_session.run<CounterResult<ShiftTotals>>([shiftId](QSqlDatabase &db) {
        CounterResult<ShiftTotals> r;
        r.error = SaleRepository(db).shiftTotals(shiftId, &r.value);
        return r;
    });
}

QFuture<CounterResult<ShiftTotals>> CounterService::closeShift(const QUuid &shiftId, Money counted,
                                                              const QString &note)
{
    return m_session.run<CounterResult<ShiftTotals>>([=](QSqlDatabase &db) {
        CounterResult<ShiftTotals> r;
        SaleRepository repository(db);
        r.error = repository.closeShift(shiftId, counted, note, nullptr);
        if (r.ok())
            r.error = repository.shiftTotals(shiftId, &r.value);
        return r;
    });
}

} // namespace Tribina
