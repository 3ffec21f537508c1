#pragma once

#include <QHash>
#include <QPolygonF>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace Tribina {

class StadiumLayout;

/// Writes one layout version into the relational tables: sectors (with outline, label, sort
/// order and the version's id), sector_seat_maps (ACTIVE), row_configurations (labels,
/// numbering, path, pitch, gaps), seats (position, angle, row order, physical index) and one
/// sector_snake_configs row per seated sector (the sector's own configuration, or the default
/// when it has none). Capacities are the layout's: a seated sector's seats, otherwise its
/// manual capacity.
///
/// Used only by LayoutRepository::activate(), which owns the transaction and decides whether
/// the stadium's previous tables stay. Bulk rows go through BulkInsert (about a second per
/// 100,000 seats).
class LayoutTableWriter
{
public:
    struct Written
    {
        QHash<QString, QUuid> sectorIds; ///< by sector code
        int sectors = 0;
        int seatMaps = 0;
        int rows = 0;
        int seats = 0;
    };

    explicit LayoutTableWriter(QSqlDatabase db);

    /// Returns false on failure; error() says what failed (table, SQLSTATE and message).
    bool write(const QUuid &stadiumId, const QUuid &layoutId, const StadiumLayout &layout, Written *written);
    const QString &error() const { return m_error; }

    /// sectors.outline: a JSON array of [x, y] pairs, millimetre precision.
    static QString outlineJson(const QPolygonF &outline);

private:
    bool fail(const QString &error);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Tribina
