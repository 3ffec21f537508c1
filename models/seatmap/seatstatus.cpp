#include "seatmap/seatstatus.h"

#include <QCoreApplication>

namespace Tribina {

namespace {

// Same order as SeatStatus and as the labels of the seat_status enum.
constexpr const char *SqlNames[SeatStatusCount] = {
    "AVAILABLE", "RESERVED",  "SOLD",        "ALLOCATED",   "BLOCKED",
    "TECHNICAL", "OFFICIAL",  "MAINTENANCE", "QUARANTINED", "INACTIVE",
};

} // namespace

QLatin1String sqlValue(SeatStatus status)
{
    return QLatin1String(SqlNames[int(status)]);
}

bool fromSqlValue(QStringView value, SeatStatus *out)
{
    for (int i = 0; i < SeatStatusCount; ++i) {
        if (value == QLatin1String(SqlNames[i])) {
            *out = SeatStatus(i);
            return true;
        }
    }
    return false;
}

QString displayName(SeatStatus status)
{
    switch (status) {
    case SeatStatus::Available:
        return QCoreApplication::translate("Tribina::SeatMap", "Available");
    case SeatStatus::Reserved:
        return QCoreApplication::translate("Tribina::SeatMap", "Reserved");
    case SeatStatus::Sold:
        return QCoreApplication::translate("Tribina::SeatMap", "Sold");
    case SeatStatus::Allocated:
        return QCoreApplication::translate("Tribina::SeatMap", "Allocated to a quota");
    case SeatStatus::Blocked:
        return QCoreApplication::translate("Tribina::SeatMap", "Blocked");
    case SeatStatus::Technical:
        return QCoreApplication::translate("Tribina::SeatMap", "Technical position");
    case SeatStatus::Official:
        return QCoreApplication::translate("Tribina::SeatMap", "Official");
    case SeatStatus::Maintenance:
        return QCoreApplication::translate("Tribina::SeatMap", "Maintenance");
    case SeatStatus::Quarantined:
        return QCoreApplication::translate("Tribina::SeatMap", "Quarantined");
    case SeatStatus::Inactive:
        return QCoreApplication::translate("Tribina::SeatMap", "Inactive");
    }
    return {};
}

} // namespace Tribina
