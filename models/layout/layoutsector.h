#pragma once

#include "layout/layoutenums.h"
#include "layout/layoutrow.h"

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QString>

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

    friend bool operator==(const LayoutSector &, const LayoutSector &) = default;

private:
    QString m_name;
    QString m_code;
    SectorType m_type = SectorType::Standard;
    QPolygonF m_outline;
    QPointF m_labelPosition;
    int m_manualCapacity = 0;
    QList<LayoutRow> m_rows;
};

} // namespace Tribina
