#pragma once

// Value types of the box-office sale (issue 6). The database does the selling (migration 0009:
// seats_hold, counter_sell, counter_refund, counter_shift_*); these carry requests to it and
// its answers back. Money is integer cents (Money); PriceBreakdown is the one pricing of
// models/pricing.

#include "domain/money.h"
#include "pricing/pricebreakdown.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace Tribina {

/// The person a ticket is for (ticket_holders). One ticket per person and match: OIB for
/// Croatians, a passport number for foreigners.
struct TicketHolder
{
    Q_DECLARE_TR_FUNCTIONS(TicketHolder)
public:
    QString fullName;
    QDate dateOfBirth;
    QString nationality; ///< as entered ("HR", "Hrvatska", ...)
    QString oib;         ///< 11 digits, or empty when passport is given
    QString passport;
    QString email;
    QString phone;
    bool buyer = false;  ///< the one the buyer limit counts (default: the first holder)

    /// Under 18 on the given day (the match day).
    bool isMinorOn(QDate day) const;
    /// Empty when the data can be sold with; otherwise what is missing or wrong (translated).
    QString validationError() const;
    /// The issue_tickets holder object (see migration 0009).
    QJsonObject toJson() const;
};

enum class PaymentMethod { Cash, Card };
QLatin1String sqlValue(PaymentMethod method);

/// One sale at the counter: counter_sell's arguments. key identifies the sale across retries:
/// make it once when the clerk confirms, and reuse it for every retry of that sale.
struct SaleRequest
{
    QUuid key;
    QUuid matchId;
    QUuid holdToken;            ///< the workstation's hold token (CounterService::holdToken())
    QList<QUuid> inventoryIds;  ///< match_seat_inventory ids
    QList<TicketHolder> holders; ///< one per seat, same order
    PaymentMethod method = PaymentMethod::Cash;
    Money cashGiven;            ///< cash: what the customer handed over
    QString terminalReference;  ///< card: the terminal's receipt id
    QUuid shiftId;
};

/// One ticket of a receipt: what prints.
struct PriceLine
{
    QUuid ticketId;
    QUuid inventoryId;
    QString barcode;
    QString qrPayload;
    QString seatLabel; ///< "A-12-7"
    QString holderName;
    bool minor = false;
    PriceBreakdown price;
    PercentHundredths ticketVatRate = 0; ///< VAT contained in the ticket (priceSeats: the match's fee configuration)
};

struct SaleReceipt
{
    enum class Status {
        Completed,
        Blocked, ///< a holder is on the blacklist: nothing sold (blockedHolders says who)
    };
    Status status = Status::Completed;
    QUuid orderId;
    QString orderNumber;
    PriceBreakdown total;
    PaymentMethod method = PaymentMethod::Cash;
    QUuid paymentId;
    Money cashGiven;
    Money change;
    QList<PriceLine> tickets;
    QList<int> blockedHolders; ///< 0-based holder indexes
    bool replayed = false;     ///< a retry: the sale had committed already, this is its receipt

    /// The clerk's message for a Blocked sale (translated).
    static QString blacklistMessage();
};

/// Why a counter operation failed. Kind None means success.
struct SaleError
{
    Q_DECLARE_TR_FUNCTIONS(SaleError)
public:
    enum class Kind {
        None,
        SeatTaken,       ///< TB001: seat names it
        Blacklisted,     ///< TB002
        PersonHasTicket, ///< TB003
        BuyerLimit,      ///< TB004
        NoShift,         ///< TB005
        ReasonRequired,  ///< TB006
        InvalidHolder,   ///< TB007
        InvalidPayment,  ///< TB008
        NotRefundable,   ///< TB009
        NotEnoughPlaces, ///< TB010: a quantity hold found fewer free places (placesLeft, sectorCode)
        NotSoldByQuantity, ///< TB011: numbered, closed or unpriced sector asked for a quantity
        Connection,      ///< the server could not be reached (after retries)
        Deadlock,        ///< 40P01 (should never happen; counted by the benchmark)
        Other,
    };
    Kind kind = Kind::None;
    QString sqlState;
    QString message;   ///< for the clerk, translated
    QString detail;    ///< the database's text, for logs
    QUuid seat;        ///< SeatTaken: the inventory id
    QString seatText;  ///< SeatTaken: "Sector A, row 3, seat 12"
    int placesLeft = -1; ///< NotEnoughPlaces: how many places the sector still has
    QString sectorCode;  ///< NotEnoughPlaces: the sector's code

    bool ok() const { return kind == Kind::None; }
    /// Classifies a database error (SQLSTATE and text).
    static SaleError fromDatabase(const QString &sqlState, const QString &databaseText, bool connectionLost);
};

template<typename T>
struct CounterResult
{
    SaleError error;
    T value{};
    bool ok() const { return error.ok(); }
};

/// seats_hold's answer: the seats it could not hold (someone else's, sold, blocked).
struct HoldResult
{
    struct Taken
    {
        QUuid inventoryId;
        QString seatText;
    };
    QList<Taken> notHeld;
    bool allHeld() const { return notHeld.isEmpty(); }
};

/// Refund (cancel = false) or cancel tickets of one order; orderId alone means all its live tickets.
struct RefundRequest
{
    QUuid key;
    QList<QUuid> ticketIds;
    QUuid orderId;
    QString reason;  ///< required from 48 h before kick-off
    QUuid shiftId;
    bool cancel = false;
};

struct RefundReceipt
{
    QUuid orderId;
    Money refunded;    ///< ticket prices returned
    Money feeRetained; ///< service fees kept
    QList<QUuid> refundIds;
    QList<QUuid> ticketIds;
    bool replayed = false;
};

/// One ticket of an order as the refund screen shows it (read from ticket_print_data).
struct TicketInfo
{
    QUuid ticketId;
    QString barcode;
    QString seatLabel;
    QString holderName;
    QString status;    ///< SOLD, ATTENDED, REFUNDED, CANCELLED, ...
    Money price;
    Money fee;
    bool isRefundable() const { return status == QLatin1String("SOLD"); }
};

/// What a scanned barcode or typed order number refers to: the order with all its tickets, and
/// (for a barcode) which of them was scanned. Not found: orderId null.
struct TicketLookup
{
    QUuid orderId;
    QString orderNumber;
    QUuid matchId;
    QUuid scannedTicketId;   ///< null when looked up by order number
    QList<TicketInfo> tickets;

    bool found() const { return !orderId.isNull(); }
    /// The scanned ticket, or nullptr.
    const TicketInfo *scanned() const;
};

/// A 14-digit Tribina barcode (shape only; the database checks the Damm digit), after trimming.
bool looksLikeBarcode(const QString &text);
/// An order number 'HNS-<year>-<serial>' (order_open, 0009), after trimming; case-insensitive.
bool looksLikeOrderNumber(const QString &text);

/// A shift's running totals, derived from its ledger (counter_shift_totals).
struct ShiftTotals
{
    QUuid shiftId;
    QDateTime openedAt;
    QDateTime closedAt;   ///< null while open
    Money floatAmount;
    Money cashSales;
    Money cardSales;
    Money cashRefunds;    ///< negative or zero
    Money cardRefunds;    ///< negative or zero
    int saleCount = 0;
    int refundCount = 0;
    Money expectedCash;   ///< float + cash sales + cash refunds
    std::optional<Money> countedCash;

    bool isOpen() const { return closedAt.isNull(); }
    Money discrepancy() const { return countedCash ? *countedCash - expectedCash : Money(); }
};

} // namespace Tribina
