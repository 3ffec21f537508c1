#pragma once

#include "allocation/snakeconfig.h"
#include "layout/layoutenums.h"
#include "layout/layoutrow.h"

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QString>

#include <optional>

namespace Tribina {

class RowBlock;

/// A sector of a stadium: its identity, its outline on the plan and either its rows of seats
/// or, for a standing or non-numbered sector, only a capacity. Rows are kept in order, front row first; that
/// order is the seats' row_order.
class LayoutSector
{
public:
    LayoutSector() = default;
    LayoutSector(QString name, QString code, SectorType type = SectorType::Standard);

    /// The sector's identity while a layout is edited: unique within a LayoutDocument, stable
    /// across moves, renames and undo, 0 when not assigned (a layout outside the editor).
    /// Not stored anywhere (the database has its own ids) and not part of the sector's value:
    /// operator== compares contents only.
    int id() const { return m_id; }
    void setId(int id) { m_id = id; }

    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    /// Short code printed on tickets ("W1", "VIP-W"): unique within the stadium.
    const QString &code() const { return m_code; }
    void setCode(const QString &code) { m_code = code; }
    SectorType type() const { return m_type; }
    void setType(SectorType type) { m_type = type; }

    /// Outline on the plan, metres (closed implicitly).
    const QPolygonF &outline() const { return m_outline; }
    void setOutline(const QPolygonF &outline) { m_outline = outline; }
    QPointF labelPosition() const { return m_labelPosition; }
    void setLabelPosition(QPointF position) { m_labelPosition = position; }

    /// The capacity of a sector without seats, entered by hand (from the safety certificate):
    /// a standing sector, or a sector of a venue sold without seat numbers (most away venues).
    /// Ignored once the sector has seats.
    int manualCapacity() const { return m_manualCapacity; }
    void setManualCapacity(int capacity) { m_manualCapacity = qMax(0, capacity); }

    const QList<LayoutRow> &rows() const { return m_rows; }
    void setRows(const QList<LayoutRow> &rows) { m_rows = rows; }
    void addRow(const LayoutRow &row) { m_rows.append(row); }
    void addBlock(const RowBlock &block);
    void setRow(int rowOrder, const LayoutRow &row) { m_rows[rowOrder] = row; }
    /// Inserts rows before row_order at (appends for at < 0 or past the end) and removes rows
    /// by row_order; both keep the snake configuration on the same physical rows (its best row
    /// and sub-sector ranges follow the rows that moved).
    void insertRows(int at, const QList<LayoutRow> &rows);
    void removeRows(const QList<int> &rowOrders);

    /// How the best-seat allocator ranks this sector's seats; none until configured (the
    /// validator reports seated sectors without one).
    const std::optional<SnakeConfig> &snakeConfig() const { return m_snake; }
    void setSnakeConfig(const std::optional<SnakeConfig> &config) { m_snake = config; }

    /// Moves or turns everything the sector places on the plan: rows, outline and label.
    void translate(QPointF delta);
    void rotate(double angleDeg, QPointF pivot);
    /// The sector mirrored across axis, for the opposite stand: every row mirrored (see
    /// LayoutRow::mirrored), the snake's within-row direction and sub-sector ranges with them,
    /// so the copy ranks and numbers its seats as the mirror image of this one. Name, code and
    /// id are kept; a caller adding the copy gives it its own.
    LayoutSector mirrored(MirrorAxis axis) const;

    bool isSeated() const { return m_type != SectorType::Standing && !m_rows.isEmpty(); }
    int seatCount() const;
    int countOf(SeatType type) const;
    /// sectors.capacity: the seats of a seated sector, otherwise the manual capacity.
    int capacity() const;
    /// Row identifiers must be unique within a sector (they appear on tickets).
    bool hasUniqueRowIdentifiers() const;

    /// Sets the outline to the area the rows cover (front row's front edge to the last row's
    /// back edge, arcs sampled every sampleStep metres) and the label to its centroid.
    /// Does nothing for a sector without rows.
    void fitOutlineToRows(double sampleStep = 2.0);

    /// The area-weighted centroid of a simple polygon (its vertex mean if degenerate).
    static QPointF centroid(const QPolygonF &polygon);

    friend bool operator==(const LayoutSector &a, const LayoutSector &b)
    {
        return a.m_name == b.m_name && a.m_code == b.m_code && a.m_type == b.m_type
            && a.m_outline == b.m_outline && a.m_labelPosition == b.m_labelPosition
            && a.m_manualCapacity == b.m_manualCapacity && a.m_rows == b.m_rows && a.m_snake == b.m_snake;
    }

private:
    int m_id = 0;
    QString m_name;
    QString m_code;
    SectorType m_type = SectorType::Standard;
    QPolygonF m_outline;
    QPointF m_labelPosition;
    int m_manualCapacity = 0;
    QList<LayoutRow> m_rows;
    std::optional<SnakeConfig> m_snake;
};

} // namespace Tribina
