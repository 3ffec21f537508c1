#include "petrol/petrolservice.h"

#include "db/dbsession.h"
#include "layout/stadiumlayout.h"
#include "petrol/petrolrepository.h"
#include "seatmap/seatmapbuilder.h"

#include <QSqlDatabase>

namespace Tribina {

QFuture<PetrolService::Matches> PetrolService::matchesOnSale()
{
    return m_session.run<Matches>([](QSqlDatabase &db) {
        Matches result;
        result.outcome = PetrolRepository(db).matchesOnSale(&result.matches);
        return result;
    });
}

QFuture<PetrolService::Matches> PetrolService::allMatches()
{
    return m_session.run<Matches>([](QSqlDatabase &db) {
        Matches result;
        result.outcome = PetrolRepository(db).allMatches(&result.matches);
        return result;
    });
}

QFuture<PinLookup> PetrolService::lookupPin(const QString &pin, const QUuid &match)
{
    return m_session.run<PinLookup>([pin, match](QSqlDatabase &db) {
        return PetrolRepository(db).lookupPin(pin, match);
    });
}

QFuture<PetrolService::MapData> PetrolService::mapData(const QUuid &match)
{
    return m_session.run<MapData>([match](QSqlDatabase &db) {
        MapData result;
        PetrolRepository repository(db);
        StadiumLayout layout;
        result.outcome = repository.matchLayout(match, &layout);
        if (result.outcome)
            result.map = SeatMapBuilder::fromLayout(layout);
        if (result.outcome)
            result.outcome = repository.allocationSeats(match, &result.petrolSeats);
        return result;
    });
}

QFuture<PetrolReservation> PetrolService::reserveBest(const QUuid &pinId, const QUuid &match, int quantity)
{
    return m_session.run<PetrolReservation>([pinId, match, quantity](QSqlDatabase &db) {
        return PetrolRepository(db).reserveBest(pinId, match, quantity);
    });
}

QFuture<IdentityCheck> PetrolService::verifyIdentity(const QUuid &reservation, const QString &documentType)
{
    return m_session.run<IdentityCheck>([reservation, documentType](QSqlDatabase &db) {
        return PetrolRepository(db).verifyIdentity(reservation, documentType);
    });
}

QFuture<PetrolQuote> PetrolService::quote(const QUuid &reservation)
{
    return m_session.run<PetrolQuote>([reservation](QSqlDatabase &db) {
        return PetrolRepository(db).quote(reservation);
    });
}

QFuture<PetrolCompletion> PetrolService::complete(const QUuid &key, const QUuid &reservation,
                                                  PetrolPayment payment, const QString &posReference)
{
    return m_session.run<PetrolCompletion>([key, reservation, payment, posReference](QSqlDatabase &db) {
        return PetrolRepository(db).complete(key, reservation, payment, posReference);
    });
}

QFuture<PetrolService::Cancelled> PetrolService::cancel(const QUuid &reservation, const QString &reason)
{
    return m_session.run<Cancelled>([reservation, reason](QSqlDatabase &db) {
        Cancelled result;
        result.status = PetrolRepository(db).cancel(reservation, reason, &result.outcome);
        return result;
    });
}

QFuture<PetrolService::Tickets> PetrolService::tickets(const QStringList &barcodes)
{
    return m_session.run<Tickets>([barcodes](QSqlDatabase &db) {
        Tickets result;
        result.outcome = PetrolRepository(db).tickets(barcodes, &result.tickets);
        return result;
    });
}

QFuture<PetrolService::Lockouts> PetrolService::activeLockouts()
{
    return m_session.run<Lockouts>([](QSqlDatabase &db) {
        Lockouts result;
        result.outcome = PetrolRepository(db).activeLockouts(&result.lockouts);
        return result;
    });
}

QFuture<Outcome> PetrolService::liftLockout(const QUuid &lockout, const QString &reason)
{
    return m_session.run<Outcome>([lockout, reason](QSqlDatabase &db) {
        return PetrolRepository(db).liftLockout(lockout, reason);
    });
}

QFuture<PetrolDeepLink> PetrolService::deepLink(const QUuid &match, bool renew)
{
    return m_session.run<PetrolDeepLink>([match, renew](QSqlDatabase &db) {
        return PetrolRepository(db).deepLink(match, renew);
    });
}

} // namespace Tribina
