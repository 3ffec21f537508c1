#include "boxoffice/saletypes.h"

#include "domain/oib.h"

#include <QRegularExpression>

namespace Tribina {

bool TicketHolder::isMinorOn(QDate day) const
{
    if (!dateOfBirth.isValid() || !day.isValid())
        return false;
    return dateOfBirth.addYears(18) > day;
}

QString TicketHolder::validationError() const
{
    if (fullName.trimmed().isEmpty())
        return tr("Enter the holder's full name.");
    if (!dateOfBirth.isValid() || dateOfBirth > QDate::currentDate())
        return tr("Enter a valid date of birth.");
    if (nationality.trimmed().isEmpty())
        return tr("Enter the holder's nationality.");
    if (oib.trimmed().isEmpty() && passport.trimmed().isEmpty())
        return tr("Enter an OIB or, for foreigners, a passport number.");
    if (!oib.trimmed().isEmpty() && !Oib::isValid(oib))
        return tr("The OIB is not valid: check the digits.");
    return {};
}

QJsonObject TicketHolder::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("full_name"), fullName.trimmed());
    o.insert(QStringLiteral("date_of_birth"), dateOfBirth.toString(Qt::ISODate));
    o.insert(QStringLiteral("nationality"), nationality.trimmed());
    if (!oib.trimmed().isEmpty())
        o.insert(QStringLiteral("oib"), Oib::normalized(oib));
    if (!passport.trimmed().isEmpty())
        o.insert(QStringLiteral("passport"), passport.trimmed());
    if (!email.trimmed().isEmpty())
        o.insert(QStringLiteral("email"), email.trimmed());
    if (!phone.trimmed().isEmpty())
        o.insert(QStringLiteral("phone"), phone.trimmed());
    if (buyer)
        o.insert(QStringLiteral("buyer"), true);
    return o;
}

QLatin1String sqlValue(PaymentMethod method)
{
    return method == PaymentMethod::Card ? QLatin1String("CARD") : QLatin1String("CASH");
}

QString SaleReceipt::blacklistMessage()
{
    return QCoreApplication::translate(
        "SaleReceipt",
        "HNS is prevented from selling a ticket to this person pursuant to applicable law. "
        "For all information regarding this restriction, please contact MUP.");
}

SaleError SaleError::fromDatabase(const QString &sqlState, const QString &databaseText, bool connectionLost)
{
    SaleError e;
    e.sqlState = sqlState;
    e.detail = databaseText.trimmed();
    const QString text = e.detail;
    if (connectionLost) {
        e.kind = Kind::Connection;
        e.message = tr("The server cannot be reached. Nothing was lost; try again when the connection is back.");
    } else if (sqlState == QLatin1String("TB001")) {
        e.kind = Kind::SeatTaken;
        static const QRegularExpression seatRe(
            QStringLiteral("(Sector .*, row .*, seat .*) is no longer available \\(([0-9a-fA-F-]{36})\\)"));
        const QRegularExpressionMatch m = seatRe.match(text);
        if (m.hasMatch()) {
            e.seatText = m.captured(1);
            e.seat = QUuid::fromString(m.captured(2));
        }
        e.message = tr("%1 was taken by another counter meanwhile. Nothing was sold or charged; "
                       "choose another seat.").arg(e.seatText.isEmpty() ? tr("A seat") : e.seatText);
    } else if (sqlState == QLatin1String("TB002")) {
        e.kind = Kind::Blacklisted;
        e.message = SaleReceipt::blacklistMessage();
    } else if (sqlState == QLatin1String("TB003")) {
        e.kind = Kind::PersonHasTicket;
        e.message = tr("One ticket per person and match: %1").arg(text);
    } else if (sqlState == QLatin1String("TB004")) {
        e.kind = Kind::BuyerLimit;
        e.message = tr("The buyer limit for this match is reached: %1").arg(text);
    } else if (sqlState == QLatin1String("TB005")) {
        e.kind = Kind::NoShift;
        e.message = tr("Open a shift before selling or refunding.");
    } else if (sqlState == QLatin1String("TB006")) {
        e.kind = Kind::ReasonRequired;
        e.message = tr("Within 48 hours of kick-off a refund needs a reason.");
    } else if (sqlState == QLatin1String("TB007")) {
        e.kind = Kind::InvalidHolder;
        e.message = tr("Holder data is incomplete or invalid: %1").arg(text);
    } else if (sqlState == QLatin1String("TB008")) {
        e.kind = Kind::InvalidPayment;
        e.message = tr("The payment is not valid: %1").arg(text);
    } else if (sqlState == QLatin1String("TB009")) {
        e.kind = Kind::NotRefundable;
        e.message = tr("These tickets cannot be refunded: %1").arg(text);
    } else if (sqlState == QLatin1String("TB010")) {
        e.kind = Kind::NotEnoughPlaces;
        static const QRegularExpression leftRe(QStringLiteral("Only (\\d+) places left in sector (.*)$"));
        const QRegularExpressionMatch m = leftRe.match(text);
        if (m.hasMatch()) {
            e.placesLeft = m.captured(1).toInt();
            e.sectorCode = m.captured(2).trimmed();
        }
        e.message = e.placesLeft < 0
            ? tr("Not enough free places in this sector: nothing was held.")
            : tr("Only %n place(s) left in sector %1: nothing was held.", nullptr, e.placesLeft).arg(e.sectorCode);
    } else if (sqlState == QLatin1String("TB011")) {
        e.kind = Kind::NotSoldByQuantity;
        e.message = tr("This sector cannot be sold by quantity: %1").arg(text);
    } else if (sqlState == QLatin1String("40P01")) {
        e.kind = Kind::Deadlock;
        e.message = tr("The database was busy; try again.");
    } else {
        e.kind = Kind::Other;
        e.message = tr("The operation failed: %1").arg(text);
    }
    return e;
}

const TicketInfo *TicketLookup::scanned() const
{
    for (const TicketInfo &t : tickets) {
        if (!scannedTicketId.isNull() && t.ticketId == scannedTicketId)
            return &t;
    }
    return nullptr;
}

bool looksLikeBarcode(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[1-9][0-9]{13}$"));
    return re.match(text.trimmed()).hasMatch();
}

bool looksLikeOrderNumber(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^HNS-[0-9]{4}-[0-9]{6,}$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text.trimmed()).hasMatch();
}

} // namespace Tribina
