#include "quotas/matchinventory.h"

#include "allocation/snakeranking.h"
#include "db/sqlerrors.h"
#include "layout/layoutjson.h"
#include "layout/stadiumlayout.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Tribina {

namespace {

struct SeatPosition
{
    int rowOrder;
    int seatIndex;
    friend bool operator==(const SeatPosition &, const SeatPosition &) = default;
};

size_t qHash(SeatPosition p, size_t seed = 0) { return qHashMulti(seed, p.rowOrder, p.seatIndex); }

} // namespace

Outcome MatchInventory::load(QSqlDatabase &db, const QUuid &matchId, MatchInventory *out)
{
    *out = MatchInventory();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The layout document carries each sector's snake configuration and row geometry.
    q.prepare(QStringLiteral("SELECT l.layout_json::text FROM matches m"
                             " JOIN stadium_layouts l ON l.id = m.stadium_layout_id WHERE m.id = ?"));
    q.addBindValue(matchId);
    if (!q.exec())
        return Outcome::failure(tr("Cannot read the match's layout: %1").arg(Tribina::describe(q.lastError())));
    StadiumLayout layout;
    bool haveLayout = false;
    if (q.next())
        haveLayout = LayoutJson::read(q.value(0).toString().toUtf8(), &layout).ok();

    q.prepare(QStringLiteral("SELECT sec.id, sec.code, sec.name FROM matches m"
                             " JOIN sectors sec ON sec.stadium_layout_id = m.stadium_layout_id"
                             " WHERE m.id = ? ORDER BY sec.sort_order, sec.code"));
    q.addBindValue(matchId);
    if (!q.exec())
        return Outcome::failure(tr("Cannot read the match's sectors: %1").arg(Tribina::describe(q.lastError())));
    QHash<QUuid, int> sectorOfId;
    while (q.next()) {
        QuotaSector sector;
        sector.id = q.value(0).toUuid();
        sector.code = q.value(1).toString();
        sector.name = q.value(2).toString();
        sectorOfId.insert(sector.id, int(out->m_sectors.size()));
        out->m_sectors.append(sector);
    }
    if (out->m_sectors.isEmpty())
        return Outcome::failure(tr("The match has no sectors (is its stadium layout activated?)."));

    q.prepare(QStringLiteral(
        "SELECT m.id, s.sector_id, s.row_identifier, s.seat_number, s.row_order, s.seat_index, m.status::text,"
        // Wheelchair and companion places and technical positions are never chosen
        // automatically (as at the counter); an administrator may still click them in.
        "       (m.status = 'AVAILABLE' OR (m.status = 'RESERVED' AND m.held_until < now()))"
        "       AND s.seat_type = 'STANDARD' AS free,"
        "       s.pos_x, s.pos_y, s.angle_deg"
        " FROM match_seat_inventory m JOIN seats s ON s.id = m.seat_id"
        " WHERE m.match_id = ?"));
    q.addBindValue(matchId);
    if (!q.exec())
        return Outcome::failure(tr("Cannot read the match's seats: %1").arg(Tribina::describe(q.lastError())));
    std::vector<QHash<SeatPosition, int>> perSector(size_t(out->m_sectors.size()));
    std::vector<bool> free;
    while (q.next()) {
        SeatInfo seat;
        seat.inventoryId = q.value(0).toUuid();
        seat.sector = sectorOfId.value(q.value(1).toUuid(), -1);
        if (seat.sector < 0)
            continue;
        seat.rowIdentifier = q.value(2).toString();
        seat.seatNumber = q.value(3).toString();
        seat.rowOrder = q.value(4).toInt();
        seat.seatIndex = q.value(5).toInt();
        seat.status = q.value(6).toString();
        seat.x = q.value(8).toDouble();
        seat.y = q.value(9).toDouble();
        seat.angleDeg = q.value(10).toDouble();
        seat.clickable = seat.status == QLatin1String("AVAILABLE");
        const int id = int(out->m_seats.size());
        perSector[size_t(seat.sector)].insert({seat.rowOrder, seat.seatIndex}, id);
        out->m_seatOfInventory.insert(seat.inventoryId, id);
        free.push_back(q.value(7).toBool());
        out->m_seats.push_back(std::move(seat));
    }

    for (int s = 0; s < out->m_sectors.size(); ++s) {
        QuotaSector &sector = out->m_sectors[s];
        QHash<SeatPosition, int> &positions = perSector[size_t(s)];
        QList<QuotaInventory::Seat> ranked;
        ranked.reserve(positions.size());
        auto add = [&](int id) {
            const SeatInfo &info = out->m_seats[size_t(id)];
            ranked.append({id, info.rowOrder, info.seatIndex, free[size_t(id)]});
            sector.freeSeats += free[size_t(id)] ? 1 : 0;
        };
        const LayoutSector *layoutSector = haveLayout ? layout.sector(sector.code) : nullptr;
        if (layoutSector) {
            const SnakeRanking ranking(*layoutSector);
            for (const SeatKey &key : ranking.order()) {
                const auto it = positions.find({key.rowOrder, key.seatIndex});
                if (it != positions.end()) {
                    add(*it);
                    positions.erase(it);
                }
            }
        }
        // Seats the layout does not rank (no document): front row first, left to right.
        QList<int> rest = positions.values();
        std::sort(rest.begin(), rest.end(), [out](int a, int b) {
            const SeatInfo &x = out->m_seats[size_t(a)];
            const SeatInfo &y = out->m_seats[size_t(b)];
            return std::tie(x.rowOrder, x.seatIndex) < std::tie(y.rowOrder, y.seatIndex);
        });
        for (int id : rest)
            add(id);
        sector.seats = int(ranked.size());
        out->m_allocation.addSector(ranked);
    }
    return {};
}

int MatchInventory::sectorIndex(const QUuid &sectorId) const
{
    for (int i = 0; i < m_sectors.size(); ++i) {
        if (m_sectors.at(i).id == sectorId)
            return i;
    }
    return -1;
}

int MatchInventory::sectorIndexOfCode(const QString &code) const
{
    for (int i = 0; i < m_sectors.size(); ++i) {
        if (m_sectors.at(i).code.compare(code, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QList<int> MatchInventory::sectorIndices(const QList<QUuid> &sectorIds) const
{
    QList<int> indices;
    for (const QUuid &id : sectorIds)
        indices.append(sectorIndex(id));
    return indices;
}

QList<QUuid> MatchInventory::inventoryIds(const QList<int> &seatIds) const
{
    QList<QUuid> ids;
    ids.reserve(seatIds.size());
    for (int id : seatIds)
        ids.append(m_seats[size_t(id)].inventoryId);
    return ids;
}

QList<QuotaSeatRow> MatchInventory::describe(const QList<int> &seatIds) const
{
    QList<QuotaSeatRow> rows;
    for (int id : seatIds) {
        const SeatInfo &seat = m_seats[size_t(id)];
        rows.append({seat.inventoryId, m_sectors.at(seat.sector).code, seat.rowIdentifier, seat.seatNumber,
                     seat.status});
    }
    return rows;
}

} // namespace Tribina
