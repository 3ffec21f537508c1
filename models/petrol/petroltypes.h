#pragma once

#include "domain/money.h"
#include "domain/outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Tribina {

/// What the database said about a petrol step (the status column of petrol_lookup_pin,
/// petrol_reserve, petrol_verify_identity, petrol_complete, petrol_cancel; 0011_petrol.sql).
enum class PetrolStatus {
    Ok,
    Resumed,         ///< reserve: the attendant's own live reservation of the PIN
    Completed,       ///< complete: sold (or the reservation was completed before)
    Unknown,         ///< no such PIN (or reservation)
    Used,
    Expired,
    Cancelled,
    WrongMatch,
    SaleClosed,
    LockedOut,
    InProgress,      ///< another attendant holds this PIN's seats
    WrongQuantity,
    SeatsTaken,
    NotVerified,
    BadPayment,
    BadDocument,
    NeedReason,
    NothingToSell,
    HasTicket,
    Blacklisted,
    BuyerLimit,
    BadHolderData,
    Failed,          ///< the call itself failed (connection, SQL); see the outcome
};

/// The SQL spelling ("OK", "LOCKED_OUT", ...) → the enum; unknown words become Failed.
PetrolStatus petrolStatusFromSql(const QString &value);

/// Plain words for the attendant, one sentence, what happened and what to do ("This PIN has
/// already been used. Tickets cannot be issued twice."). lockedUntil for LockedOut.
QString petrolStatusText(PetrolStatus status, const QDateTime &lockedUntil = {});

/// One ticket holder of a PIN as the attendant sees it: name and a masked ID.
struct PinHolder
{
    int index = 0;
    QString fullName;
    QString idMasked;      ///< "*******1530"
    QString idKind;        ///< "OIB" or "PASSPORT"
    QString check;         ///< after identity: OK, BLACKLISTED, HAS_TICKET, DUPLICATE
    bool blocked() const { return !check.isEmpty() && check != QLatin1String("OK"); }
};

/// petrol_lookup_pin's answer.
struct PinLookup
{
    Outcome outcome;       ///< the call; a refused PIN is a successful call with status != Ok
    PetrolStatus status = PetrolStatus::Failed;
    QDateTime lockedUntil; ///< LockedOut (and a failure that just caused a lockout)
    QUuid pinId;
    QUuid matchId;
    int quantity = 0;
    QList<PinHolder> holders;
    QDateTime expiresAt;
    QDateTime serverNow;
};

/// A seat of the match's petrol allocation that is free: what the client ranks and proposes.
struct AllocationSeat
{
    QUuid inventoryId;
    QString sectorCode;
    QString rowLabel;
    QString seatLabel;
    int rowOrder = 0;
    int seatIndex = 0;
};

/// petrol_reserve's answer.
struct PetrolReservation
{
    Outcome outcome;
    PetrolStatus status = PetrolStatus::Failed;
    QUuid reservationId;
    QDateTime expiresAt;
    QDateTime serverNow;
    QList<QUuid> seats;       ///< inventory ids, holder i → seat i
    QList<QUuid> unavailable; ///< SeatsTaken
};

/// petrol_verify_identity's answer.
struct IdentityCheck
{
    Outcome outcome;
    PetrolStatus status = PetrolStatus::Failed;
    QList<PinHolder> holders; ///< with check set
    int blockedCount() const;
};

/// One line of petrol_quote.
struct QuoteLine
{
    int holderIndex = 0;
    QUuid inventoryId;
    QString sectorCode;
    QString rowLabel;
    QString seatLabel;
    QString category;
    Money ticket;
    Money ticketVat;
    Money fee;
    Money feeVat;
    Money total;
};

struct PetrolQuote
{
    Outcome outcome;
    QList<QuoteLine> lines;
    Money total() const;
};

enum class PetrolPayment { Cash, Card };

/// petrol_complete's answer.
struct PetrolCompletion
{
    Outcome outcome;
    PetrolStatus status = PetrolStatus::Failed;
    QString detail;          ///< the issuer's words when it refused
    QUuid orderId;
    QString orderNumber;
    Money total;
    QStringList barcodes;    ///< the tickets, in seat order
    bool replayed = false;
};

/// An active lockout (admin list).
struct PetrolLockout
{
    QUuid id;
    QString scope;           ///< ATTENDANT or STATION
    QString staffLogin;
    QString staffName;
    QString stationCode;
    QString stationName;
    int failures = 0;
    QDateTime lockedAt;
    QDateTime lockedUntil;
};

struct PetrolDeepLink
{
    Outcome outcome;
    QUuid id;
    QString url;
    QString qrData;
};

/// A match the attendant can sell: on sale with a petrol allocation.
struct PetrolMatch
{
    QUuid id;
    QString homeTeam;
    QString awayTeam;
    QString competition;
    QDateTime kickOff;
    QString venue;
    int freeSeats = 0;
    QString title() const;
};

} // namespace Tribina
