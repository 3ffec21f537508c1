#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>
#include <QtGlobal>

/// The states a seat of a match can be in, as the seat map shows them. SeatStatus mirrors the
/// seat_status enum of the data model one to one (same order as its labels), so a loader can
/// map a database value straight onto it; SeatFlag adds what only this workstation knows.

namespace Tribina {

/// seat_status in the database (match_seat_inventory.status).
enum class SeatStatus : quint8 {
    Available,
    Reserved,    ///< held by some counter while its clerk enters holders (expires)
    Sold,
    Allocated,   ///< given to a quota
    Blocked,
    Technical,   ///< camera, broadcast or security position: never sold
    Official,    ///< protocol and delegation seats
    Maintenance,
    Quarantined,
    Inactive,    ///< not part of this match's seat map
};

inline constexpr int SeatStatusCount = 10;

/// Per-seat bits that are not database states. Kept in one byte next to the status.
namespace SeatFlag {
enum : quint8 {
    HeldByMe = 0x01,   ///< a Reserved seat whose hold belongs to this workstation's order
    Selected = 0x02,   ///< picked in this view (click or rubber band)
    Wheelchair = 0x04, ///< seat_type ACCESSIBILITY: a wheelchair place
    Companion = 0x08,  ///< seat_type COMPANION: next to a wheelchair place
    /// The flags that change how a seat is painted with its status (see SeatMapPalette).
    StyleMask = HeldByMe | Selected,
};
} // namespace SeatFlag

/// The database spelling ("AVAILABLE", ...).
QLatin1String sqlValue(SeatStatus status);
/// Parses a database spelling; false (and *out untouched) for an unknown value.
bool fromSqlValue(QStringView value, SeatStatus *out);

/// Translated name for people ("Available", "Sold", ...), context "Tribina::SeatMap".
QString displayName(SeatStatus status);

/// Whether a seat in this state can still be sold (holds that expired are loaded as Available).
constexpr bool isAvailable(SeatStatus status) { return status == SeatStatus::Available; }
/// Whether a seat in this state counts towards what a sector could sell at all: technical and
/// inactive places never do, so they do not make a sector look fuller than it is.
constexpr bool isSellablePlace(SeatStatus status)
{
    return status != SeatStatus::Technical && status != SeatStatus::Inactive;
}

} // namespace Tribina
