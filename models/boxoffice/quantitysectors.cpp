#include "boxoffice/quantitysectors.h"

#include "seatmap/seatmapmodel.h"

namespace Tribina::QuantitySectors {

bool soldByQuantity(const MatchSnapshot &snapshot, const CachedSector &sector)
{
    return !snapshot.match.isNumbered || !sector.isNumbered || sector.type == SectorType::Standing;
}

const CachedSector *findByCode(const MatchSnapshot &snapshot, const QString &code)
{
    for (const CachedSector &sector : snapshot.sectors)
        if (sector.code == code)
            return &sector;
    return nullptr;
}

bool soldByQuantity(const MatchSnapshot &snapshot, const QString &sectorCode)
{
    const CachedSector *sector = findByCode(snapshot, sectorCode);
    return sector && soldByQuantity(snapshot, *sector);
}

QList<QuantitySector> list(const MatchSnapshot &snapshot, const SeatMapModel &model)
{
    QList<QuantitySector> out;
    if (!snapshot.isValid())
        return out;
    for (int index = 0; index < model.sectorCount(); ++index) {
        const SeatMapSector &mapSector = model.sector(index);
        const CachedSector *sector = findByCode(snapshot, mapSector.code);
        if (!sector || !soldByQuantity(snapshot, *sector) || sector->status != QLatin1String("ACTIVE")
            || sector->matchSectorId.isNull() || sector->categoryId.isNull() || mapSector.seatCount() == 0)
            continue;
        QuantitySector q;
        q.sectorId = sector->sectorId;
        q.code = sector->code;
        q.name = sector->name;
        for (const CachedCategory &category : snapshot.categories) {
            if (category.id == sector->categoryId) {
                q.category = category.name;
                q.priceCents = category.priceCents;
                q.currency = category.currency;
            }
        }
        q.available = mapSector.availableCount();
        q.places = mapSector.seatCount();
        q.standing = sector->type == SectorType::Standing;
        out.append(q);
    }
    return out;
}

} // namespace Tribina::QuantitySectors
