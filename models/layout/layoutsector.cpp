#include "layout/layoutsector.h"

#include "layout/rowblock.h"

#include <QSet>

#include <algorithm>
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
        total += row.activeSeatCount();
    return total;
}

void LayoutSector::insertRows(int at, const QList<LayoutRow> &rows)
{
    if (at < 0 || at > m_rows.size())
        at = int(m_rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        m_rows.insert(at + i, rows.at(i));
    if (!m_snake || rows.isEmpty())
        return;
    if (m_snake->bestRow >= at && at < m_rows.size() - rows.size())
        m_snake->bestRow += int(rows.size());
    if (at < m_snake->subSectors.size()) {
        for (qsizetype i = 0; i < rows.size(); ++i)
            m_snake->subSectors.insert(at, {});
    }
}

void LayoutSector::removeRows(const QList<int> &rowOrders)
{
    QList<int> doomed = rowOrders;
    std::sort(doomed.begin(), doomed.end());
    doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
    int removedBeforeBest = 0;
    // From the back, so the indices still to remove stay valid.
    for (qsizetype i = doomed.size() - 1; i >= 0; --i) {
        const int r = doomed.at(i);
        if (r < 0 || r >= m_rows.size())
            continue;
        m_rows.removeAt(r);
        if (!m_snake)
            continue;
        if (r < m_snake->subSectors.size())
            m_snake->subSectors.removeAt(r);
        if (r < m_snake->bestRow)
            ++removedBeforeBest;
    }
    if (m_snake) {
        // A removed best row hands over to the row that takes its place.
        m_snake->bestRow = std::clamp(m_snake->bestRow - removedBeforeBest, 0,
                                      std::max(0, int(m_rows.size()) - 1));
    }
}

void LayoutSector::translate(QPointF delta)
{
    for (LayoutRow &row : m_rows)
        row.translate(delta);
    m_outline.translate(delta);
    m_labelPosition += delta;
}

void LayoutSector::rotate(double angleDeg, QPointF pivot)
{
    for (LayoutRow &row : m_rows)
        row.rotate(angleDeg, pivot);
    for (QPointF &point : m_outline)
        point = RowPath::rotatedPoint(point, angleDeg, pivot);
    m_labelPosition = RowPath::rotatedPoint(m_labelPosition, angleDeg, pivot);
}

LayoutSector LayoutSector::mirrored(MirrorAxis axis) const
{
    LayoutSector sector = *this;
    for (LayoutRow &row : sector.m_rows)
        row = row.mirrored(axis);
    // Reversed, so the outline keeps its winding (a mirror alone would flip it).
    QPolygonF outline;
    outline.reserve(m_outline.size());
    for (qsizetype i = m_outline.size() - 1; i >= 0; --i)
        outline.append(RowPath::mirroredPoint(m_outline.at(i), axis));
    sector.m_outline = outline;
    sector.m_labelPosition = RowPath::mirroredPoint(m_labelPosition, axis);
    if (m_snake) {
        SnakeConfig &snake = *sector.m_snake;
        if (snake.strategy != RowStrategy::CenterOutward)
            snake.strategy = snake.strategy == RowStrategy::LeftToRight ? RowStrategy::RightToLeft
                                                                         : RowStrategy::LeftToRight;
        for (qsizetype r = 0; r < snake.subSectors.size(); ++r) {
            const int last = r < m_rows.size() ? m_rows.at(r).seatCount() - 1 : 0;
            for (SeatRange &range : snake.subSectors[r])
                range = {last - range.last, last - range.first};
        }
    }
    return sector;
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
