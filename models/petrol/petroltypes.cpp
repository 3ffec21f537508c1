#include "petrol/petroltypes.h"

#include <QHash>
#include <QLocale>

namespace Tribina {

namespace {
const char *const kContext = "Tribina::PetrolText";
QString tr(const char *text) { return QCoreApplication::translate(kContext, text); }
} // namespace

PetrolStatus petrolStatusFromSql(const QString &value)
{
    static const QHash<QString, PetrolStatus> statuses = {
        {QStringLiteral("OK"), PetrolStatus::Ok},
        {QStringLiteral("RESUMED"), PetrolStatus::Resumed},
        {QStringLiteral("COMPLETED"), PetrolStatus::Completed},
        {QStringLiteral("UNKNOWN"), PetrolStatus::Unknown},
        {QStringLiteral("USED"), PetrolStatus::Used},
        {QStringLiteral("EXPIRED"), PetrolStatus::Expired},
        {QStringLiteral("CANCELLED"), PetrolStatus::Cancelled},
        {QStringLiteral("WRONG_MATCH"), PetrolStatus::WrongMatch},
        {QStringLiteral("SALE_CLOSED"), PetrolStatus::SaleClosed},
        {QStringLiteral("LOCKED_OUT"), PetrolStatus::LockedOut},
        {QStringLiteral("IN_PROGRESS"), PetrolStatus::InProgress},
        {QStringLiteral("WRONG_QUANTITY"), PetrolStatus::WrongQuantity},
        {QStringLiteral("SEATS_TAKEN"), PetrolStatus::SeatsTaken},
        {QStringLiteral("NOT_VERIFIED"), PetrolStatus::NotVerified},
        {QStringLiteral("BAD_PAYMENT"), PetrolStatus::BadPayment},
        {QStringLiteral("BAD_DOCUMENT"), PetrolStatus::BadDocument},
        {QStringLiteral("NEED_REASON"), PetrolStatus::NeedReason},
        {QStringLiteral("NOTHING_TO_SELL"), PetrolStatus::NothingToSell},
        {QStringLiteral("HAS_TICKET"), PetrolStatus::HasTicket},
        {QStringLiteral("BLACKLISTED"), PetrolStatus::Blacklisted},
        {QStringLiteral("BUYER_LIMIT"), PetrolStatus::BuyerLimit},
        {QStringLiteral("BAD_HOLDER_DATA"), PetrolStatus::BadHolderData},
    };
    return statuses.value(value, PetrolStatus::Failed);
}

QString petrolStatusText(PetrolStatus status, const QDateTime &lockedUntil)
{
    switch (status) {
    case PetrolStatus::Ok:
    case PetrolStatus::Resumed:
        return tr("The PIN is valid.");
    case PetrolStatus::Completed:
        return tr("This sale is already complete.");
    case PetrolStatus::Unknown:
        return tr("This PIN does not exist. Check the digits with the customer.");
    case PetrolStatus::Used:
        return tr("This PIN has already been used. Tickets cannot be issued twice.");
    case PetrolStatus::Expired:
        return tr("This PIN has expired. The customer can create a new one in the app.");
    case PetrolStatus::Cancelled:
        return tr("This PIN was cancelled in the app. The customer can create a new one.");
    case PetrolStatus::WrongMatch:
        return tr("This PIN is for a different match than the one selected.");
    case PetrolStatus::SaleClosed:
        return tr("Petrol-station sales for this match are closed.");
    case PetrolStatus::LockedOut:
        return tr("Too many wrong PINs. PIN entry is locked until %1. An administrator can unlock it earlier.")
            .arg(lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
    case PetrolStatus::InProgress:
        return tr("Another till is already redeeming this PIN.");
    case PetrolStatus::WrongQuantity:
        return tr("The number of seats does not match the PIN.");
    case PetrolStatus::SeatsTaken:
        return tr("Some of the chosen seats were just taken. New seats will be chosen.");
    case PetrolStatus::NotVerified:
        return tr("Confirm the customer's identity first.");
    case PetrolStatus::BadPayment:
        return tr("Choose cash or card; a card payment needs the terminal receipt number.");
    case PetrolStatus::BadDocument:
        return tr("Choose the document the customer showed.");
    case PetrolStatus::NeedReason:
        return tr("Enter a reason for cancelling.");
    case PetrolStatus::NothingToSell:
        return tr("No ticket can be issued: every holder is blocked.");
    case PetrolStatus::HasTicket:
        return tr("A holder already has a ticket for this match (one ticket per person).");
    case PetrolStatus::Blacklisted:
        return tr("A holder is banned from matches; no ticket can be issued for them.");
    case PetrolStatus::BuyerLimit:
        return tr("The buyer has reached the ticket limit for this match.");
    case PetrolStatus::BadHolderData:
        return tr("The holder data in the PIN is incomplete; the customer must correct it in the app.");
    case PetrolStatus::Failed:
        break;
    }
    return tr("Something went wrong. Try again.");
}

int IdentityCheck::blockedCount() const
{
    int n = 0;
    for (const PinHolder &h : holders)
        n += h.blocked() ? 1 : 0;
    return n;
}

Money PetrolQuote::total() const
{
    Money sum;
    for (const QuoteLine &line : lines)
        sum = sum + line.total;
    return sum;
}

QString PetrolMatch::title() const
{
    return QStringLiteral("%1 – %2").arg(homeTeam, awayTeam);
}

} // namespace Tribina
