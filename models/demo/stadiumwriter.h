#pragma once

#include "layout/stadiumlayout.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace Tribina {

/// Writes a StadiumLayout into a new stadium: stadiums, sectors (outline, label, sort order),
/// sector_seat_maps (ACTIVE), row_configurations, seats (position, angle, row order, index) and
/// one sector_snake_configs row per seated sector. The caller owns the transaction.
///
/// Bulk rows go through BulkInsert, so a 100,000-seat stadium takes about a second.
///
/// What the schema cannot hold yet: a row's geometry (seats carry their positions, so nothing
/// is lost for drawing, but an editor cannot re-open the row as a line or arc), more than one
/// gap per row (only the first is written to gap_after_seat) and odd/even numbering steps.
class StadiumWriter
{
public:
    struct Written
    {
        QUuid stadiumId;
        QHash<QString, QUuid> sectorIds; ///< by sector code
        int seats = 0;
        int rows = 0;
    };

    explicit StadiumWriter(QSqlDatabase db);

    /// Returns false on failure; error() says why (SQLSTATE and message).
    bool write(const StadiumLayout &layout, Written *written);
    const QString &error() const { return m_error; }

    /// The sector outline as stored in sectors.outline: a JSON array of [x, y] pairs, millimetre
    /// precision.
    static QString outlineJson(const QPolygonF &outline);
    /// The snake's starting row for a sector of rowCount rows: the middle row (rows near the
    /// middle of a stand have the best view of the whole pitch).
    static int bestRowIndex(int rowCount) { return rowCount / 2; }

private:
    bool fail(const QString &error);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Tribina
