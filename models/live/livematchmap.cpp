#include "live/livematchmap.h"

#include "db/sqlerrors.h"
#include "layout/layoutenums.h"
#include "seatmap/seatmapbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Tribina {

int LiveMatchMap::categoryIndex(const QUuid &category) const
{
    if (category.isNull())
        return 0;
    for (qsizetype i = 0; i < categories.size(); ++i)
        if (categories[i].id == category)
            return int(i) + 1;
    return 0;
}

int LiveMatchMap::effectiveCategory(int seat) const
{
    const QUuid own = seatCategories[size_t(seat)];
    if (!own.isNull())
        return categoryIndex(own);
    const MapSeatRef ref = data.locate(seat);
    return ref.isValid() ? categoryIndex(sectorCategories.value(ref.sector)) : 0;
}

SeatStatus LiveMatchMap::liveStatus(const QString &status, const QDateTime &heldUntil)
{
    SeatStatus s = SeatStatus::Available;
    fromSqlValue(status, &s);
    if (s == SeatStatus::Reserved && heldUntil.isValid() && heldUntil < QDateTime::currentDateTimeUtc())
        s = SeatStatus::Available;
    return s;
}

Outcome LiveMatchMapReader::readSmallTables(const QUuid &match, QList<SetupPriceCategory> *categories,
                                            QHash<QUuid, QUuid> *sectorCategories)
{
    const QString id = match.toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, (price * 100)::bigint, coalesce(color, '') FROM price_categories"
                             " WHERE match_id = ?::uuid ORDER BY price DESC, name"));
    q.addBindValue(id);
    if (!q.exec())
        return Outcome::failure(tr("Reading the price categories failed: %1").arg(describe(q.lastError())));
    categories->clear();
    while (q.next())
        categories->append(SetupPriceCategory{q.value(0).toUuid(), q.value(1).toString(), q.value(2).toLongLong(),
                                              q.value(3).toString()});
    q.prepare(QStringLiteral("SELECT sector_id, price_category_id FROM match_sectors"
                             " WHERE match_id = ?::uuid AND sector_id IS NOT NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return Outcome::failure(tr("Reading the sectors failed: %1").arg(describe(q.lastError())));
    sectorCategories->clear();
    while (q.next())
        sectorCategories->insert(q.value(0).toUuid(), q.value(1).toUuid());
    return {};
}

Outcome LiveMatchMapReader::readMark(SnapshotMark *mark)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT ") + SnapshotMark::selectColumns()) || !q.next())
        return Outcome::failure(tr("Reading the server's snapshot failed: %1").arg(describe(q.lastError())));
    *mark = SnapshotMark::fromRow(q, 0);
    return {};
}

Outcome LiveMatchMapReader::load(const QUuid &match, LiveMatchMap *map)
{
    *map = LiveMatchMap();
    map->matchId = match;
    QHash<QUuid, QUuid> sectorCategories;
    if (Outcome o = readSmallTables(match, &map->categories, &sectorCategories); !o)
        return o;
    const QString id = match.toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The seats of the match's layout version, sector by sector, each with its inventory row.
    q.prepare(QStringLiteral(
        "SELECT c.id, c.code, c.name, c.sector_type::text, coalesce(c.outline::text, '[]'), c.label_x, c.label_y,"
        " c.capacity, s.row_identifier, s.seat_number, s.pos_x, s.pos_y, s.angle_deg, s.seat_type::text,"
        " i.id, i.status::text, i.held_until, i.price_category_id, i.change_no, st.name"
        " FROM matches m JOIN stadiums st ON st.id = m.venue_id"
        " JOIN sectors c ON c.stadium_layout_id = m.stadium_layout_id"
        " LEFT JOIN seats s ON s.sector_id = c.id"
        " LEFT JOIN match_seat_inventory i ON i.match_id = m.id AND i.seat_id = s.id"
        " WHERE m.id = ?::uuid ORDER BY c.sort_order, c.code, c.id, s.row_order, s.seat_index"));
    q.addBindValue(id);
    if (!q.exec())
        return Outcome::failure(tr("Reading the seat map failed: %1").arg(describe(q.lastError())));

    SeatMapBuilder builder;
    QUuid currentSector;
    bool stadiumSet = false;
    while (q.next()) {
        if (!stadiumSet) {
            builder.setStadium(q.value(19).toString(), QSizeF(105, 68));
            stadiumSet = true;
        }
        const QUuid sectorId = q.value(0).toUuid();
        if (sectorId != currentSector) {
            currentSector = sectorId;
            SeatMapBuilder::Sector sector;
            sector.code = q.value(1).toString();
            sector.name = q.value(2).toString();
            fromSqlValue(q.value(3).toString(), &sector.type);
            const QJsonArray outline = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
            for (const QJsonValue &p : outline)
                sector.outline << QPointF(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble());
            sector.labelPosition = QPointF(q.value(5).toDouble(), q.value(6).toDouble());
            sector.manualCapacity = q.value(7).toInt();
            builder.beginSector(sector);
            map->sectorIds.append(sectorId);
            map->sectorCategories.append(sectorCategories.value(sectorId));
        }
        if (q.value(8).isNull())
            continue; // a sector without seats (standing)
        SeatType type = SeatType::Standard;
        fromSqlValue(q.value(13).toString(), &type);
        const QString label = q.value(9).toString();
        SeatMapBuilder::Seat seat;
        seat.x = q.value(10).toDouble();
        seat.y = q.value(11).toDouble();
        seat.angleDeg = q.value(12).toDouble();
        seat.row = builder.addRow(q.value(8).toString());
        seat.label = label;
        seat.type = type;
        const QUuid inventory = q.value(14).toUuid();
        seat.status = inventory.isNull()
            ? (type == SeatType::Technical ? SeatStatus::Technical : SeatStatus::Available)
            : LiveMatchMap::liveStatus(q.value(15).toString(), q.value(16).toDateTime());
        const QUuid own = q.value(17).toUuid();
        seat.category = map->categoryIndex(own.isNull() ? map->sectorCategories.last() : own);
        bool numeric = false;
        const int number = label.toInt(&numeric);
        const int index = numeric && number >= 0 && QString::number(number) == label ? builder.addSeat(seat, number)
                                                                                     : builder.addSeat(seat);
        map->inventoryIds.resize(size_t(index) + 1);
        map->changeNumbers.resize(size_t(index) + 1);
        map->seatCategories.resize(size_t(index) + 1);
        map->inventoryIds[size_t(index)] = inventory;
        map->seatCategories[size_t(index)] = own;
        if (!inventory.isNull()) {
            map->seatOfInventory.insert(inventory, index);
            map->changeNumbers[size_t(index)] = q.value(18).toLongLong();
            map->watermark.seen(q.value(18).toLongLong());
        }
    }
    map->data = builder.build();
    map->inventoryIds.resize(size_t(map->data.seatCount()));
    map->changeNumbers.resize(size_t(map->data.seatCount()));
    map->seatCategories.resize(size_t(map->data.seatCount()));
    SnapshotMark mark;
    if (Outcome o = readMark(&mark); !o)
        return o;
    map->watermark.advance(mark);
    return {};
}

Outcome LiveMatchMapReader::fetchDelta(const QUuid &match, qint64 after, LiveMatchDelta *delta)
{
    *delta = LiveMatchDelta();
    if (Outcome o = readSmallTables(match, &delta->categories, &delta->sectorCategories); !o)
        return o;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, status::text, held_until, price_category_id, change_no"
                             " FROM match_seat_inventory WHERE match_id = ?::uuid AND change_no > ?"
                             " ORDER BY change_no"));
    q.addBindValue(match.toString(QUuid::WithoutBraces));
    q.addBindValue(after);
    if (!q.exec())
        return Outcome::failure(tr("Reading the seat changes failed: %1").arg(describe(q.lastError())));
    while (q.next()) {
        LiveMatchDelta::Seat s;
        s.inventoryId = q.value(0).toUuid();
        s.status = LiveMatchMap::liveStatus(q.value(1).toString(), q.value(2).toDateTime());
        s.category = q.value(3).toUuid();
        s.changeNo = q.value(4).toLongLong();
        delta->seats.append(s);
    }
    // After the rows, so that its snapshot is no older than theirs.
    return readMark(&delta->mark);
}

} // namespace Tribina
