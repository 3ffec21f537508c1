#pragma once

#include "printing/ticketdata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Tribina {

/// What the agent searches by (SQL emergency_find_tickets' p_kind).
enum class EmergencySearchKind { Barcode, OrderNumber, HolderName, Oib, Passport, Email, Phone };

/// Why a ticket must not be reprinted; None when it may.
enum class EmergencyRefusal { None, OtherMatch, NotSold, MatchClosed, Blacklisted };

/// The identity document the agent checked.
enum class IdentityDocument { IdentityCard, Passport };

/// One ticket as the emergency screen shows it: never more personal data than this.
struct EmergencyTicket
{
    QUuid ticketId;
    QUuid matchId;
    QString orderNumber;
    QString barcode;
    QString qrPayload;
    QString status; ///< tickets.status: SOLD, ATTENDED, CANCELLED, ...
    bool otherMatch = false;
    bool matchClosed = false;
    QString sectorCode;
    QString row;
    QString seat;
    QString seatLabel;
    QString priceCategory;
    qint64 priceCents = 0;
    QString holderName;
    QString oibLast4; ///< empty when the holder has no OIB (passport holders)
    bool blacklisted = false;
    int printCount = 0; ///< emergency prints so far (server count plus, offline, local ones)
    EmergencyRefusal refusal = EmergencyRefusal::None;

    bool printable() const { return refusal == EmergencyRefusal::None; }
};

/// A search's answer; offline = it came from the workstation's cache.
struct EmergencySearchResult
{
    QList<EmergencyTicket> tickets;
    bool offline = false;
    QString error;         ///< empty on success: why the search could not run, in plain words
    QDateTime cacheTime;   ///< offline: when the cached data was last refreshed
};

/// One emergency print as recorded (online) or queued (offline).
struct EmergencyPrintRequest
{
    QUuid key; ///< idempotency key, made once per print and kept through every retry
    QUuid ticketId;
    QUuid matchId;
    QString reason;
    bool identityVerified = false;
    IdentityDocument document = IdentityDocument::IdentityCard;
    QString location;
    QDateTime printedAt;
};

struct EmergencyPrintReceipt
{
    enum class State {
        Recorded, ///< the server counted it (or had counted it: replayed)
        Queued,   ///< server unreachable: in the local outbox, delivered later
        Refused,  ///< the server refused it (error says why); nothing counted
        Failed,   ///< anything else; nothing counted
    };
    State state = State::Failed;
    int printNumber = 0;
    QDateTime printedAt;
    QString agentLogin;
    QString agentName;
    bool replayed = false;
    QStringList conflicts;
    QString error;
};

/// A match the emergency screen can pick.
struct EmergencyMatch
{
    QUuid id;
    QString homeTeam;
    QString awayTeam;
    QString competition;
    QDateTime kickOff; ///< UTC
    QString status;
};

/// A ticket as the offline cache keeps it: the screen's row, the searchable IDs as salted tokens,
/// and everything the printed ticket shows.
struct CachedEmergencyTicket
{
    EmergencyTicket ticket;
    QByteArray oibToken, passportToken, emailToken, phoneToken;
    TicketData print;
};

/// Names and plain-word texts for the types above.
class EmergencyText
{
    Q_DECLARE_TR_FUNCTIONS(EmergencyText)
public:
    static QString kindSqlName(EmergencySearchKind kind);
    static QString kindTitle(EmergencySearchKind kind);
    static QList<EmergencySearchKind> allKinds();
    static QString documentSqlName(IdentityDocument document);
    static QString documentTitle(IdentityDocument document);
    static EmergencyRefusal refusalFromSql(const QString &code);
    /// Why this ticket does not print, in a sentence for the agent; empty when it prints.
    static QString refusalText(const EmergencyTicket &ticket);
    static QString statusTitle(const QString &status);
    /// A message for a refusal SQLSTATE of emergency_print_record / emergency_find_tickets.
    static QString sqlStateText(const QString &sqlState, const QString &detail);
    /// Checks a typed or scanned barcode / QR text before searching: a bad check digit or a
    /// malformed QR payload is told apart from an unknown ticket. Empty when plausible.
    static QString barcodeInputProblem(const QString &input);
};

} // namespace Tribina
