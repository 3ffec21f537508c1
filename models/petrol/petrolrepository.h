#pragma once

#include "domain/outcome.h"
#include "petrol/petroltypes.h"
#include "printing/ticketdata.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Tribina {

class StadiumLayout;

/// The petrol steps on one connection, synchronous (PetrolService runs them on the database
/// thread; tests and tribina-admin bench call them directly). Every step is one SECURITY DEFINER
/// function of 0011_petrol.sql; a refusal comes back as a status, never as an SQL error, so a
/// failed Outcome means the call itself failed (connection, rights).
class PetrolRepository
{
    Q_DECLARE_TR_FUNCTIONS(Tribina::PetrolRepository)

public:
    explicit PetrolRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Outcome matchesOnSale(QList<PetrolMatch> *matches) const;
    /// match may be null: any match.
    PinLookup lookupPin(const QString &pin, const QUuid &match) const;
    Outcome allocationSeats(const QUuid &match, QList<AllocationSeat> *seats) const;
    /// The layout version the match is played on (for the map and the snake).
    Outcome matchLayout(const QUuid &match, StadiumLayout *layout) const;
    /// The best free seats of the allocation for quantity (SeatProposer), or an error.
    Outcome proposeSeats(const QUuid &match, int quantity, QList<QUuid> *seats) const;
    PetrolReservation reserve(const QUuid &pinId, const QList<QUuid> &seats) const;
    /// Looks the seats up and reserves them; when some were taken meanwhile, proposes again
    /// (at most attempts times).
    PetrolReservation reserveBest(const QUuid &pinId, const QUuid &match, int quantity, int attempts = 3) const;
    IdentityCheck verifyIdentity(const QUuid &reservation, const QString &documentType) const;
    PetrolQuote quote(const QUuid &reservation) const;
    PetrolCompletion complete(const QUuid &key, const QUuid &reservation, PetrolPayment payment,
                              const QString &posReference) const;
    PetrolStatus cancel(const QUuid &reservation, const QString &reason, Outcome *outcome = nullptr) const;
    /// The sold tickets as the printer needs them.
    Outcome tickets(const QStringList &barcodes, QList<TicketData> *tickets) const;

    // Administrators
    Outcome activeLockouts(QList<PetrolLockout> *lockouts) const;
    Outcome liftLockout(const QUuid &lockout, const QString &reason, bool *lifted = nullptr) const;
    PetrolDeepLink deepLink(const QUuid &match, bool renew = false) const;
    /// Every match with its title, for the poster's match list (admins read matches directly).
    Outcome allMatches(QList<PetrolMatch> *matches) const;

private:
    mutable QSqlDatabase m_db; ///< reserveBest() opens a transaction on it
};

} // namespace Tribina
