#include "layout/layoutsector.h"

#include "layout/rowblock.h"

#include <QSet>

#include <cmath>
#include <numbers>

namespace Tribina {

namespace {

// The point at distance s along row's path, moved by offset metres along the back normal
// (negative: towards the pitch).
QPointF besideRow(const LayoutRow &row, double s, double offset)
{
    const double a = (row.path().angleAt(s) - 90.0) * std::numbers::pi / 180.0;
    return row.path().pointAt(s) + QPointF(std::cos(a), std::sin(a)) * offset;
}

QPolygonF rowEdge(const LayoutRow &row, double offset, double sampleStep)
{
    const double from = row.runStart();
    const double to = row.runEnd();
    int steps = 1;
    if (row.path().isCurved() && sampleStep > 0)
        steps = qMax(1, int(std::ceil((to - from) / sampleStep)));
    QPolygonF edge;
    edge.reserve(steps + 1);
    for (int i = 0; i <= steps; ++i)
        edge.append(besideRow(row, from + (to - from) * i / steps, offset));
    return edge;
}

} // namespace

LayoutSector::LayoutSector(QString name, QString code, SectorType type)
    : m_name(std::move(name)), m_code(std::move(code)), m_type(type)
{
}

void LayoutSector::addBlock(const RowBlock &block)
{
    m_rows.append(block.rows());
}

int LayoutSector::seatCount() const
{
    if (m_type == SectorType::Standing)
        return 0;
    int total = 0;
    for (const LayoutRow &row : m_rows)
        total += row.seatCount();
    return total;
}

int LayoutSector::countOf(SeatType type) const
{
    if (m_type == SectorType::Standing)
        return 0;
    int total = 0;
    for (const LayoutRow &row : m_rows)
        total += row.countOf(type);
    return total;
}

int LayoutSector::capacity() const
{
    return isSeated() ? seatCount() : m_manualCapacity;
}

bool LayoutSector::hasUniqueRowIdentifiers() const
{
    QSet<QString> seen;
    for (const LayoutRow &row : m_rows) {
        if (seen.contains(row.identifier()))
            return false;
        seen.insert(row.identifier());
    }
    return true;
}

void LayoutSector::fitOutlineToRows(double sampleStep)
{
    if (m_rows.isEmpty())
        return;
    const LayoutRow &front = m_rows.constFirst();
    const LayoutRow &back = m_rows.constLast();
    QPolygonF outline = rowEdge(front, -front.depth() / 2, sampleStep);
    const QPolygonF backEdge = rowEdge(back, back.depth() / 2, sampleStep);
    for (qsizetype i = backEdge.size() - 1; i >= 0; --i)
        outline.append(backEdge.at(i));
    m_outline = outline;
    m_labelPosition = centroid(outline);
}

QPointF LayoutSector::centroid(const QPolygonF &polygon)
{
    if (polygon.isEmpty())
        return {};
    double area2 = 0;
    double cx = 0;
    double cy = 0;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF p = polygon.at(i);
        const QPointF q = polygon.at((i + 1) % polygon.size());
        const double cross = p.x() * q.y() - q.x() * p.y();
        area2 += cross;
        cx += (p.x() + q.x()) * cross;
        cy += (p.y() + q.y()) * cross;
    }
    if (std::abs(area2) < 1e-9) {
        QPointF sum;
        for (const QPointF &p : polygon)
            sum += p;
        return sum / double(polygon.size());
    }
    return QPointF(cx / (3 * area2), cy / (3 * area2));
}

} // namespace Tribina
