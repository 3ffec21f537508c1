#pragma once

#include "printing/barcodegenerator.h"
#include "printing/qrpayload.h"
#include "printing/ticketdata.h"

#include <QRandomGenerator>

/// Tickets for rendering tests, signed with a fixed test key: Croatian diacritics everywhere, and
/// a variant whose names are far too long for any layout.
namespace SampleTickets {

inline QByteArray testKey()
{
    QByteArray key;
    for (char i = 0; i < 32; ++i)
        key += i;
    return key;
}

inline Tribina::TicketData diacritics(quint32 seed = 1)
{
    using namespace Tribina;
    QRandomGenerator random(seed);
    TicketData t;
    t.ticketId = QUuid::fromString(QStringLiteral("7d1c0c7e-5b0e-4f7e-9a55-0c9b1e2f3a4b"));
    t.matchId = QUuid::fromString(QStringLiteral("0b2a5bd0-112b-4c3e-9f00-0123456789ab"));
    t.barcode = BarcodeGenerator(&random).next();
    t.competition = QStringLiteral("SuperSport Hrvatska nogometna liga · 14. kolo");
    t.homeTeam = QStringLiteral("GNK Dinamo Zagreb");
    t.awayTeam = QStringLiteral("HNK Šibenik");
    t.kickOff = QDateTime(QDate(2025, 11, 15), QTime(20, 45));
    t.venueName = QStringLiteral("Stadion Maksimir");
    t.venueCity = QStringLiteral("Zagreb");
    t.sectorCode = QStringLiteral("ZAPAD-Č");
    t.sectorName = QStringLiteral("Zapadna tribina – čelni dio");
    t.row = QStringLiteral("12");
    t.seat = QStringLiteral("27");
    t.priceCategory = QStringLiteral("Kategorija 1 – središnji dio");
    t.priceCents = 4500;
    t.vatCents = 214;
    t.vatRateHundredths = 500;
    t.feeCents = 270;
    t.holderName = QStringLiteral("Đurđica Čačić-Šimunović Žužić");
    t.orderNumber = QStringLiteral("HNS-2025-004217");
    const QString label = t.sectorCode + QLatin1Char('-') + t.row + QLatin1Char('-') + t.seat;
    t.qrPayload = QrPayload::sign(testKey(), t.barcode, t.matchId, label).toString();
    return t;
}

inline Tribina::TicketData longNames(quint32 seed = 2)
{
    Tribina::TicketData t = diacritics(seed);
    t.competition = QStringLiteral("Kvalifikacije za Svjetsko prvenstvo u nogometu 2026. – Europska skupina L – "
                                   "6. kolo, utakmica od posebnog značaja za navijače obiju reprezentacija");
    t.homeTeam = QStringLiteral("Hrvatska nogometna reprezentacija (muška seniorska vrsta) Čćđšž");
    t.awayTeam = QStringLiteral("Reprezentacija Kraljevine Nizozemske i prekomorskih zemalja Šžđčć");
    t.holderName = QStringLiteral("Ana-Marija Katarina Đurđević-Čačković Šimunović-Žužić Kraljević-Petrović "
                                  "von Hohenzollern-Sigmaringen Zrinski Frankopan Šubić Bribirski Ćaćić");
    t.sectorName = QStringLiteral("Istočna tribina, donji prsten, sektor uz južni korner – obiteljska zona");
    t.priceCategory = QStringLiteral("Kategorija 3 – obitelji s djecom do 14 godina i umirovljenici");
    t.orderNumber = QStringLiteral("HNS-2025-000000000001");
    return t;
}

inline Tribina::TicketData standing(quint32 seed = 3)
{
    Tribina::TicketData t = diacritics(seed);
    t.placement = Tribina::TicketData::Placement::Standing;
    t.sectorCode = QStringLiteral("SJEVER");
    t.sectorName = QStringLiteral("Sjeverna tribina – stajanje");
    t.row.clear();
    t.seat.clear();
    t.qrPayload = Tribina::QrPayload::sign(testKey(), t.barcode, t.matchId, t.sectorCode).toString();
    return t;
}

inline Tribina::TicketData duplicate(quint32 seed = 4)
{
    Tribina::TicketData t = longNames(seed);
    t.reprint = Tribina::ReprintMark{QDateTime(QDate(2025, 11, 15), QTime(19, 2)),
                                     QStringLiteral("Ivana Kovačević-Đurić"), 3};
    return t;
}

} // namespace SampleTickets
