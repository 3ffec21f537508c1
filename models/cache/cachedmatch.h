#pragma once

#include "layout/layoutenums.h"
#include "seatmap/seatstatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QPolygonF>
#include <QString>
#include <QUuid>

namespace Tribina {

/// What the workstation cache keeps of a match: the rows a counter needs to draw and sell from
/// without asking the server (matches, price_categories, match_sectors, the seat inventory with
/// the geometry of its seats). Plain values: read from PostgreSQL by MatchServerReader, stored in
/// SQLite by MatchSnapshotStore, turned into a seat map by MatchSeatMap.

struct CachedMatch
{
    QUuid id;
    QString homeTeam;
    QString awayTeam;
    QString competition;
    QDateTime kickOff;
    QString venueName;
    QString matchType;  ///< HOME / AWAY (match_type)
    QString status;     ///< match_status
    bool isNumbered = true;
    QByteArray layoutJson; ///< the stadium layout version the match uses (LayoutJson), for the snake

    /// "Hrvatska – Italija", the name clerks pick a match by.
    QString title() const { return homeTeam + QStringLiteral(" – ") + awayTeam; }
};

struct CachedCategory
{
    QUuid id;
    QString name;
    qint64 priceCents = 0;
    QString currency = QStringLiteral("EUR");
    QString colour;     ///< "#rrggbb" or empty
};

/// A stadium sector of the match, with what match_sectors says about it (when it says anything).
struct CachedSector
{
    QUuid sectorId;     ///< sectors.id
    QUuid matchSectorId; ///< match_sectors.id, null when the match has none for this sector
    QString code;
    QString name;
    SectorType type = SectorType::Standard;
    QPolygonF outline;  ///< layout metres
    QPointF labelPosition;
    bool hasLabelPosition = false;
    int sortOrder = 0;
    int capacity = 0;
    QUuid categoryId;   ///< match_sectors.price_category_id
    bool isNumbered = true;
    QString status = QStringLiteral("ACTIVE");
};

/// One row of match_seat_inventory with its seat's place.
struct CachedSeat
{
    QUuid inventoryId;
    QUuid seatId;
    QUuid sectorId;
    QString row;
    QString number;
    int rowOrder = 0;
    int seatIndex = 0;
    double x = 0;
    double y = 0;
    double angle = 0;
    SeatType type = SeatType::Standard;
    SeatStatus status = SeatStatus::Available;
    QDateTime heldUntil; ///< RESERVED only
    QUuid heldBy;
    QUuid categoryId;    ///< the seat's own price category (migration 0006), null: its sector's
    qint64 changeNo = 0;
};

/// A change of one inventory row, as the delta fetch reads it.
struct SeatDelta
{
    QUuid inventoryId;
    SeatStatus status = SeatStatus::Available;
    QDateTime heldUntil;
    QUuid heldBy;
    qint64 changeNo = 0;
    QUuid categoryId;   ///< the seat's own price category, null: its sector's
};

struct MatchSnapshot
{
    CachedMatch match;
    QList<CachedCategory> categories;
    QList<CachedSector> sectors;
    QList<CachedSeat> seats;
    qint64 watermark = 0; ///< every change up to this number is in the snapshot

    bool isValid() const { return !match.id.isNull(); }
};

} // namespace Tribina

Q_DECLARE_METATYPE(Tribina::SeatDelta)
