#include "layout/layouttablewriter.h"

#include "allocation/snakeconfig.h"
#include "db/bulkinsert.h"
#include "layout/layoutjson.h"
#include "layout/layoutjsonnames.h"
#include "layout/seatgenerator.h"
#include "layout/stadiumlayout.h"

#include <limits>

namespace Tribina {

namespace {
QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }
QString metres(double value) { return QString::number(value, 'f', 3); }
QString boolText(bool value) { return value ? QStringLiteral("t") : QStringLiteral("f"); }
} // namespace

LayoutTableWriter::LayoutTableWriter(QSqlDatabase db) : m_db(std::move(db)) {}

bool LayoutTableWriter::fail(const QString &error)
{
    m_error = error;
    return false;
}

QString LayoutTableWriter::outlineJson(const QPolygonF &outline)
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

bool LayoutTableWriter::write(const QUuid &stadiumId, const QUuid &layoutId, const StadiumLayout &layout,
                              Written *written)
{
    *written = {};
    using C = BulkInsert::Column;
    // Parent tables go in one piece: a chunk of a child table sent early would find its parents
    // missing. Only seats are big enough to need chunks, and they are written last.
    constexpr int OneChunk = std::numeric_limits<int>::max();
    const QString uuid = QStringLiteral("uuid");
    const QString text = QStringLiteral("text");
    const QString integer = QStringLiteral("integer");
    const QString real = QStringLiteral("double precision");
    const QString jsonb = QStringLiteral("jsonb");
    BulkInsert sectors(m_db, QStringLiteral("sectors"),
                       {C{QStringLiteral("id"), uuid}, C{QStringLiteral("stadium_id"), uuid},
                        C{QStringLiteral("stadium_layout_id"), uuid},
                        C{QStringLiteral("name"), text}, C{QStringLiteral("code"), text},
                        C{QStringLiteral("capacity"), integer},
                        C{QStringLiteral("sector_type"), QStringLiteral("sector_type")},
                        C{QStringLiteral("outline"), jsonb},
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
                     C{QStringLiteral("numbering_step"), QStringLiteral("numbering_step")},
                     C{QStringLiteral("has_gap"), QStringLiteral("boolean")},
                     C{QStringLiteral("gap_after_seat"), integer},
                     C{QStringLiteral("row_order"), integer},
                     C{QStringLiteral("seat_pitch"), real},
                     C{QStringLiteral("path"), jsonb},
                     C{QStringLiteral("gaps"), jsonb}},
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
                       C{QStringLiteral("within_row_strategy"), QStringLiteral("row_strategy")},
                       C{QStringLiteral("subsector_grouping_json"), jsonb}},
                      OneChunk);

    const QString stadium = uuidText(stadiumId);
    const QString version = uuidText(layoutId);
    const QList<LayoutSector> &layoutSectors = layout.sectors();
    for (int order = 0; order < layoutSectors.size(); ++order) {
        const LayoutSector &sector = layoutSectors.at(order);
        const QUuid sectorUuid = QUuid::createUuid();
        const QString sectorId = uuidText(sectorUuid);
        written->sectorIds.insert(sector.code(), sectorUuid);
        ++written->sectors;
        const bool hasLabel = !sector.outline().isEmpty();
        sectors.add({sectorId, stadium, version, sector.name(), sector.code(),
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
        ++written->seatMaps;
        for (int r = 0; r < sectorRows.size(); ++r) {
            const LayoutRow &row = sectorRows.at(r);
            // The schema wants seat_count > 0: a row whose places are all removed sells nothing.
            if (row.activeSeatCount() == 0)
                continue;
            const QList<RowGap> gaps = row.effectiveGaps();
            rows.add({mapId, row.identifier(), QString::number(row.activeSeatCount()),
                      QString::number(row.numbering().effectiveFirstNumber()),
                      QString(sqlValue(row.numbering().direction())),
                      QString(LayoutJsonNames::name(row.numbering().step())),
                      boolText(!gaps.isEmpty()),
                      gaps.isEmpty() ? QString() : QString::number(gaps.first().afterSeats),
                      QString::number(r), QString::number(row.seatPitch(), 'g', 17),
                      QString::fromUtf8(LayoutJson::pathJson(row.path())),
                      QString::fromUtf8(LayoutJson::gapsJson(gaps))});
            ++written->rows;
        }
        const SnakeConfig snake = sector.snakeConfig().value_or(SnakeConfig::defaultFor(int(sectorRows.size())));
        snakes.add({sectorId, QString::number(snake.bestRow), QString(sqlValue(snake.traversal)),
                    QString(sqlValue(snake.strategy)),
                    snake.hasSubSectors() ? QString::fromUtf8(LayoutJson::subSectorsJson(snake.subSectors))
                                          : QString()});
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
