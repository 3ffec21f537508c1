#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace Tribina {

/// The marks an emergency reprint carries: a copy is never mistaken for the original.
struct ReprintMark
{
    QDateTime printedAt; ///< local time of the reprint
    QString agent;       ///< staff member who printed it
    int printNumber = 2; ///< 2 = the first copy after the original
    QString holderOibLast4; ///< last 4 digits of the holder's OIB, printed beside the name (may be empty)
};

/// Everything a ticket shows, as plain values (TicketRepository fills it from the database, tests
/// by hand). Amounts are integer cents, VAT-inclusive (ARCHITECTURE.md, "Money").
struct TicketData
{
    enum class Placement {
        Seat,        ///< numbered seat: sector, row, seat
        Standing,    ///< standing sector: no row or seat
        FreeSeating, ///< unnumbered seating: any free seat of the sector
    };

    QUuid ticketId;
    QUuid matchId;
    QString barcode;   ///< tickets.barcode, printed as Code 128
    QString qrPayload; ///< tickets.qr_code_data, printed as QR (QrPayload)

    QString competition;
    QString homeTeam;
    QString awayTeam;
    QDateTime kickOff; ///< wall-clock time at the venue (Europe/Zagreb for home matches)
    QString venueName;
    QString venueCity;

    QString gate; ///< entrance; empty when the layout names none (not printed then)
    QString sectorCode;
    QString sectorName;
    Placement placement = Placement::Seat;
    QString row;
    QString seat;

    QString priceCategory;
    qint64 priceCents = 0;     ///< ticket price, VAT included
    qint64 vatCents = 0;       ///< the VAT contained in priceCents
    int vatRateHundredths = 0; ///< VAT rate in hundredths of a percent: 500 = 5 %
    qint64 feeCents = 0;       ///< service fee, VAT included (0: not printed)
    QString currency = QStringLiteral("EUR");

    QString holderName; ///< empty when the ticket has no holder yet
    QString orderNumber;

    std::optional<ReprintMark> reprint; ///< set for an emergency reprint
};

} // namespace Tribina
