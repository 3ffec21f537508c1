#include "demo/stadiumwriter.h"

#include "demo/bulkinsert.h"
#include "demo/sqltext.h"
#include "layout/seatgenerator.h"

#include <limits>

namespace Tribina {

namespace {
QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }
QString metres(double value) { return QString::number(value, 'f', 3); }
QString boolText(bool value) { return value ? QStringLiteral("t") : QStringLiteral("f"); }
} // namespace

StadiumWriter::StadiumWriter(QSqlDatabase db) : m_db(std::move(db)) {}

bool StadiumWriter::fail(const QString &error)
{
    m_error = error;
    return false;
}

QString StadiumWriter::outlineJson(const QPolygonF &outline)
{
    if (outline.isEmpty())
        return {};
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < outline.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QLatin1Char('[') + metres(outline.at(i).x()) + QLatin1Char(',')
            + metres(outline.at(i).y()) + QLatin1Char(']');
    }
    return json + QLatin1Char(']');
}

bool StadiumWriter::write(const StadiumLayout &layout, Written *written)
{
    *written = {};
    written->stadiumId = QUuid::createUuid();

    QString error;
    if (!SqlText::exec(m_db,
                       QStringLiteral("INSERT INTO stadiums (id, name, city, country, address, type,"
                                      " base_capacity, is_numbered)"
                                      " VALUES (?::uuid, ?, ?, ?, ?, ?::stadium_type, ?, ?)"),
                       {uuidText(written->stadiumId), layout.name(), layout.city(), layout.country(),
                        layout.address().isEmpty() ? QVariant() : QVariant(layout.address()),
                        QString(sqlValue(layout.venueType())), layout.capacity(), layout.isNumbered()},
                       &error))
        return fail(QStringLiteral("stadiums: ") + error);

    using C = BulkInsert::Column;
    // Parent tables go in one piece: a chunk of a child table sent early would find its parents
    // missing. Only seats are big enough to need chunks, and they are written last.
    constexpr int OneChunk = std::numeric_limits<int>::max();
    const QString uuid = QStringLiteral("uuid");
    const QString text = QStringLiteral("text");
    const QString integer = QStringLiteral("integer");
    const QString real = QStringLiteral("double precision");
    BulkInsert sectors(m_db, QStringLiteral("sectors"),
                       {C{QStringLiteral("id"), uuid}, C{QStringLiteral("stadium_id"), uuid},
                        C{QStringLiteral("name"), text}, C{QStringLiteral("code"), text},
                        C{QStringLiteral("capacity"), integer},
                        C{QStringLiteral("sector_type"), QStringLiteral("sector_type")},
                        C{QStringLiteral("outline"), QStringLiteral("jsonb")},
                        C{QStringLiteral("label_x"), real}, C{QStringLiteral("label_y"), real},
                        C{QStringLiteral("sort_order"), integer}},
                       OneChunk);
    BulkInsert maps(m_db, QStringLiteral("sector_seat_maps"),
                    {C{QStringLiteral("id"), uuid}, C{QStringLiteral("sector_id"), uuid},
                     C{QStringLiteral("total_rows"), integer},
                     C{QStringLiteral("configuration_status"), QStringLiteral("seat_map_status")}},
                    OneChunk);
    BulkInsert rows(m_db, QStringLiteral("row_configurations"),
                    {C{QStringLiteral("sector_seat_map_id"), uuid},
                     C{QStringLiteral("row_identifier"), text},
                     C{QStringLiteral("seat_count"), integer},
                     C{QStringLiteral("start_seat_number"), integer},
                     C{QStringLiteral("numbering_direction"), QStringLiteral("numbering_dir")},
                     C{QStringLiteral("has_gap"), QStringLiteral("boolean")},
                     C{QStringLiteral("gap_after_seat"), integer},
                     C{QStringLiteral("row_order"), integer}},
                    OneChunk);
    BulkInsert seats(m_db, QStringLiteral("seats"),
                     {C{QStringLiteral("sector_id"), uuid}, C{QStringLiteral("row_identifier"), text},
                      C{QStringLiteral("seat_number"), text},
                      C{QStringLiteral("seat_type"), QStringLiteral("seat_type")},
                      C{QStringLiteral("pos_x"), real}, C{QStringLiteral("pos_y"), real},
                      C{QStringLiteral("angle_deg"), QStringLiteral("real")},
                      C{QStringLiteral("row_order"), integer},
                      C{QStringLiteral("seat_index"), integer}});
    BulkInsert snakes(m_db, QStringLiteral("sector_snake_configs"),
                      {C{QStringLiteral("sector_id"), uuid},
                       C{QStringLiteral("best_row_index"), integer},
                       C{QStringLiteral("traversal_direction"), QStringLiteral("traversal_dir")},
                       C{QStringLiteral("within_row_strategy"), QStringLiteral("row_strategy")}},
                      OneChunk);

    const QString stadiumId = uuidText(written->stadiumId);
    const QList<LayoutSector> &layoutSectors = layout.sectors();
    for (int order = 0; order < layoutSectors.size(); ++order) {
        const LayoutSector &sector = layoutSectors.at(order);
        const QUuid sectorUuid = QUuid::createUuid();
        const QString sectorId = uuidText(sectorUuid);
        written->sectorIds.insert(sector.code(), sectorUuid);
        const bool hasLabel = !sector.outline().isEmpty();
        sectors.add({sectorId, stadiumId, sector.name(), sector.code(),
                     QString::number(sector.capacity()), QString(sqlValue(sector.type())),
                     outlineJson(sector.outline()),
                     hasLabel ? metres(sector.labelPosition().x()) : QString(),
                     hasLabel ? metres(sector.labelPosition().y()) : QString(),
                     QString::number(order)});
        if (!sector.isSeated())
            continue;

        const QString mapId = uuidText(QUuid::createUuid());
        const QList<LayoutRow> &sectorRows = sector.rows();
        maps.add({mapId, sectorId, QString::number(sectorRows.size()), QStringLiteral("ACTIVE")});
        for (int r = 0; r < sectorRows.size(); ++r) {
            const LayoutRow &row = sectorRows.at(r);
            if (row.seatCount() == 0)
                continue; // the schema wants seat_count > 0; an empty row holds nothing to sell
            const QList<RowGap> gaps = row.effectiveGaps();
            rows.add({mapId, row.identifier(), QString::number(row.seatCount()),
                      QString::number(row.numbering().effectiveFirstNumber()),
                      QString(sqlValue(row.numbering().direction())), boolText(!gaps.isEmpty()),
                      gaps.isEmpty() ? QString() : QString::number(gaps.first().afterSeats),
                      QString::number(r)});
            ++written->rows;
        }
        snakes.add({sectorId, QString::number(bestRowIndex(sectorRows.size())),
                    QStringLiteral("TOP_TO_BOTTOM"), QStringLiteral("CENTER_OUTWARD")});
    }
    // Parents before children: seats are sent in chunks while they are generated, so their
    // sectors must be in the table by then.
    for (BulkInsert *insert : {&sectors, &maps, &rows, &snakes}) {
        if (!insert->finish())
            return fail(insert->error());
    }

    for (const LayoutSector &sector : layoutSectors) {
        if (!sector.isSeated())
            continue;
        const QString sectorId = uuidText(written->sectorIds.value(sector.code()));
        for (const LayoutSeat &seat : SeatGenerator::seats(sector)) {
            seats.add({sectorId, seat.rowIdentifier, seat.label(), QString(sqlValue(seat.type)),
                       metres(seat.position.x()), metres(seat.position.y()),
                       QString::number(seat.angleDeg, 'f', 2), QString::number(seat.rowOrder),
                       QString::number(seat.seatIndex)});
            ++written->seats;
        }
    }
    if (!seats.finish())
        return fail(seats.error());
    return true;
}

} // namespace Tribina
