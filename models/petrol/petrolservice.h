#pragma once

#include "petrol/petroltypes.h"
#include "printing/ticketdata.h"
#include "seatmap/seatmapdata.h"

#include <QFuture>

namespace Tribina {

class DbSession;

/// The petrol screen's way to the database: each call runs PetrolRepository on the session's
/// database thread and returns a QFuture at once, so the till never freezes.
class PetrolService
{
public:
    struct Matches
    {
        Outcome outcome;
        QList<PetrolMatch> matches;
    };
    /// The match's seat map, and the free seats of its petrol allocation.
    struct MapData
    {
        Outcome outcome;
        SeatMapData map;
        QList<AllocationSeat> petrolSeats;
    };
    struct Cancelled
    {
        Outcome outcome;
        PetrolStatus status = PetrolStatus::Failed;
    };
    struct Tickets
    {
        Outcome outcome;
        QList<TicketData> tickets;
    };
    struct Lockouts
    {
        Outcome outcome;
        QList<PetrolLockout> lockouts;
    };

    explicit PetrolService(DbSession &session) : m_session(session) {}

    QFuture<Matches> matchesOnSale();
    /// Admins: published matches, for the deep-link poster.
    QFuture<Matches> allMatches();
    QFuture<PinLookup> lookupPin(const QString &pin, const QUuid &match);
    QFuture<MapData> mapData(const QUuid &match);
    /// Proposes the best seats and reserves them (proposes again if some were just taken).
    QFuture<PetrolReservation> reserveBest(const QUuid &pinId, const QUuid &match, int quantity);
    QFuture<IdentityCheck> verifyIdentity(const QUuid &reservation, const QString &documentType);
    QFuture<PetrolQuote> quote(const QUuid &reservation);
    QFuture<PetrolCompletion> complete(const QUuid &key, const QUuid &reservation, PetrolPayment payment,
                                       const QString &posReference);
    QFuture<Cancelled> cancel(const QUuid &reservation, const QString &reason);
    QFuture<Tickets> tickets(const QStringList &barcodes);
    QFuture<Lockouts> activeLockouts();
    QFuture<Outcome> liftLockout(const QUuid &lockout, const QString &reason);
    QFuture<PetrolDeepLink> deepLink(const QUuid &match, bool renew = false);

private:
    DbSession &m_session;
};

} // namespace Tribina
