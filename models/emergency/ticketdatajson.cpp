#include "ticketdatajson.h"

namespace Tribina::TicketDataJson {

namespace {
QString placementName(TicketData::Placement p)
{
    switch (p) {
    case TicketData::Placement::Standing: return QStringLiteral("STANDING");
    case TicketData::Placement::FreeSeating: return QStringLiteral("FREE_SEATING");
    case TicketData::Placement::Seat: break;
    }
    return QStringLiteral("SEAT");
}

TicketData::Placement placementFromName(const QString &name)
{
    if (name == QLatin1String("STANDING"))
        return TicketData::Placement::Standing;
    if (name == QLatin1String("FREE_SEATING"))
        return TicketData::Placement::FreeSeating;
    return TicketData::Placement::Seat;
}
} // namespace

QJsonObject toJson(const TicketData &t)
{
    return QJsonObject{
        {QStringLiteral("ticketId"), t.ticketId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("matchId"), t.matchId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("barcode"), t.barcode},
        {QStringLiteral("qrPayload"), t.qrPayload},
        {QStringLiteral("competition"), t.competition},
        {QStringLiteral("homeTeam"), t.homeTeam},
        {QStringLiteral("awayTeam"), t.awayTeam},
        {QStringLiteral("kickOff"), t.kickOff.toString(Qt::ISODate)},
        {QStringLiteral("venueName"), t.venueName},
        {QStringLiteral("venueCity"), t.venueCity},
        {QStringLiteral("gate"), t.gate},
        {QStringLiteral("sectorCode"), t.sectorCode},
        {QStringLiteral("sectorName"), t.sectorName},
        {QStringLiteral("placement"), placementName(t.placement)},
        {QStringLiteral("row"), t.row},
        {QStringLiteral("seat"), t.seat},
        {QStringLiteral("priceCategory"), t.priceCategory},
        {QStringLiteral("priceCents"), QString::number(t.priceCents)},
        {QStringLiteral("vatCents"), QString::number(t.vatCents)},
        {QStringLiteral("vatRateHundredths"), t.vatRateHundredths},
        {QStringLiteral("feeCents"), QString::number(t.feeCents)},
        {QStringLiteral("currency"), t.currency},
        {QStringLiteral("holderName"), t.holderName},
        {QStringLiteral("orderNumber"), t.orderNumber},
    };
}

TicketData fromJson(const QJsonObject &j)
{
    const auto s = [&j](const char *key) { return j.value(QLatin1String(key)).toString(); };
    TicketData t;
    t.ticketId = QUuid::fromString(s("ticketId"));
    t.matchId = QUuid::fromString(s("matchId"));
    t.barcode = s("barcode");
    t.qrPayload = s("qrPayload");
    t.competition = s("competition");
    t.homeTeam = s("homeTeam");
    t.awayTeam = s("awayTeam");
    t.kickOff = QDateTime::fromString(s("kickOff"), Qt::ISODate);
    t.venueName = s("venueName");
    t.venueCity = s("venueCity");
    t.gate = s("gate");
    t.sectorCode = s("sectorCode");
    t.sectorName = s("sectorName");
    t.placement = placementFromName(s("placement"));
    t.row = s("row");
    t.seat = s("seat");
    t.priceCategory = s("priceCategory");
    t.priceCents = s("priceCents").toLongLong();
    t.vatCents = s("vatCents").toLongLong();
    t.vatRateHundredths = j.value(QLatin1String("vatRateHundredths")).toInt();
    t.feeCents = s("feeCents").toLongLong();
    t.currency = s("currency");
    t.holderName = s("holderName");
    t.orderNumber = s("orderNumber");
    return t;
}

} // namespace Tribina::TicketDataJson
