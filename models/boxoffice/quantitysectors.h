#pragma once

#include "cache/cachedmatch.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace Tribina {

class SeatMapModel;

/// A sector the counter sells by quantity (free seating or standing): what the quantity panel
/// lists. Available places come from the live seat map (one map seat per inventory place).
struct QuantitySector
{
    QUuid sectorId;      ///< sectors.id (what seats_hold_quantity takes)
    QString code;
    QString name;
    QString category;    ///< price category name, empty when unpriced
    qint64 priceCents = 0;
    QString currency = QStringLiteral("EUR");
    int available = 0;   ///< free places now, as the map shows them
    int places = 0;      ///< places with inventory (sellable or not)
    bool standing = false;
};

/// Which sectors of a cached match are sold by quantity, with the same rule as SQL
/// sector_sold_by_quantity (migration 0014): a non-numbered match, a non-numbered match sector,
/// or a standing sector. Only sectors that are ACTIVE, priced and have places are listed.
namespace QuantitySectors {

/// Whether the sector (by sectors.id or code) of the snapshot's match is sold by quantity.
bool soldByQuantity(const MatchSnapshot &snapshot, const CachedSector &sector);
bool soldByQuantity(const MatchSnapshot &snapshot, const QString &sectorCode);
/// The cached sector with this code, or nullptr.
const CachedSector *findByCode(const MatchSnapshot &snapshot, const QString &code);

/// The quantity-sold sectors of the match, in the map's sector order, with their free places
/// counted on model (the live map of the same snapshot).
QList<QuantitySector> list(const MatchSnapshot &snapshot, const SeatMapModel &model);

} // namespace QuantitySectors

} // namespace Tribina
