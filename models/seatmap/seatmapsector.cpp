#include "seatmap/seatmapsector.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Tribina {

namespace {

template<typename T>
qsizetype bytesOf(const std::vector<T> &v)
{
    return qsizetype(v.capacity() * sizeof(T));
}

constexpr double DegToRad = std::numbers::pi / 180.0;

} // namespace

double SeatMapSector::seatRadius() const
{
    return 0.5 * std::hypot(double(seatWidth), double(seatDepth));
}

QRectF SeatMapSector::seatRect(int local) const
{
    // The footprint is turned with the row; its bounding box is at most the circle around it,
    // and computing the exact box is cheap enough for the few seats that ask.
    const double a = angle[local] * DegToRad;
    const double c = std::abs(std::cos(a));
    const double s = std::abs(std::sin(a));
    const double hw = 0.5 * (seatWidth * c + seatDepth * s);
    const double hh = 0.5 * (seatWidth * s + seatDepth * c);
    return QRectF(x[local] - hw, y[local] - hh, 2 * hw, 2 * hh);
}

int SeatMapSector::sellableCount() const
{
    return seatCount() - statusCounts[int(SeatStatus::Technical)]
        - statusCounts[int(SeatStatus::Inactive)];
}

double SeatMapSector::availability() const
{
    const int sellable = sellableCount();
    return sellable > 0 ? double(availableCount()) / sellable : 0.0;
}

void SeatMapSector::buildIndex()
{
    const int n = seatCount();
    QRectF centres;
    if (n > 0) {
        float minX = x[0], maxX = x[0], minY = y[0], maxY = y[0];
        for (int i = 1; i < n; ++i) {
            minX = qMin(minX, x[i]);
            maxX = qMax(maxX, x[i]);
            minY = qMin(minY, y[i]);
            maxY = qMax(maxY, y[i]);
        }
        centres = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    }

    const double r = seatRadius();
    bounds = outline.boundingRect();
    if (n > 0)
        bounds = bounds.isNull() ? centres.adjusted(-r, -r, r, r)
                                 : bounds.united(centres.adjusted(-r, -r, r, r));

    // About two seats by two rows per cell: a point query then looks at a handful of seats,
    // and a sector of 1,000 seats needs a few hundred cells.
    cellSize = 2.0f * qMax(seatWidth, seatDepth);
    gridOrigin = centres.topLeft();
    gridColumns = qMax(1, int(std::floor(centres.width() / cellSize)) + 1);
    gridRows = qMax(1, int(std::floor(centres.height() / cellSize)) + 1);
    const int cells = gridColumns * gridRows;

    // Counting sort of the seats by cell (compressed rows: offsets + one flat array).
    std::vector<quint32> cellOf(n);
    cellStart.assign(size_t(cells) + 1, 0);
    for (int i = 0; i < n; ++i) {
        const int c = qBound(0, int((x[i] - gridOrigin.x()) / cellSize), gridColumns - 1);
        const int rr = qBound(0, int((y[i] - gridOrigin.y()) / cellSize), gridRows - 1);
        cellOf[i] = quint32(rr * gridColumns + c);
        ++cellStart[cellOf[i] + 1];
    }
    for (int c = 0; c < cells; ++c)
        cellStart[c + 1] += cellStart[c];
    cellSeats.resize(n);
    std::vector<quint32> fill(cellStart.begin(), cellStart.end() - 1);
    for (int i = 0; i < n; ++i)
        cellSeats[fill[cellOf[i]]++] = quint32(i);
    cellStart.shrink_to_fit();
}

bool SeatMapSector::cellRange(const QRectF &rect, int *c0, int *r0, int *c1, int *r1) const
{
    if (gridColumns == 0)
        return false;
    const double fx0 = (rect.left() - gridOrigin.x()) / cellSize;
    const double fx1 = (rect.right() - gridOrigin.x()) / cellSize;
    const double fy0 = (rect.top() - gridOrigin.y()) / cellSize;
    const double fy1 = (rect.bottom() - gridOrigin.y()) / cellSize;
    if (fx1 < 0 || fy1 < 0 || fx0 >= gridColumns || fy0 >= gridRows)
        return false;
    *c0 = qBound(0, int(std::floor(fx0)), gridColumns - 1);
    *c1 = qBound(0, int(std::floor(fx1)), gridColumns - 1);
    *r0 = qBound(0, int(std::floor(fy0)), gridRows - 1);
    *r1 = qBound(0, int(std::floor(fy1)), gridRows - 1);
    return true;
}

int SeatMapSector::seatAt(QPointF p) const
{
    if (!bounds.contains(p))
        return -1;
    const double r = seatRadius();
    int c0, r0, c1, r1;
    if (!cellRange(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r), &c0, &r0, &c1, &r1))
        return -1;
    const double halfW = 0.5 * seatWidth;
    const double halfD = 0.5 * seatDepth;
    const double r2 = r * r;
    int best = -1;
    double bestD2 = r2;
    for (int rr = r0; rr <= r1; ++rr) {
        for (int c = c0; c <= c1; ++c) {
            const int cell = rr * gridColumns + c;
            for (quint32 k = cellStart[cell]; k < cellStart[cell + 1]; ++k) {
                const quint32 i = cellSeats[k];
                const double dx = p.x() - x[i];
                const double dy = p.y() - y[i];
                const double d2 = dx * dx + dy * dy;
                if (d2 > bestD2)
                    continue; // cheap reject before the trigonometry
                // Inside the seat's turned rectangle: project onto the row and across it.
                const double a = angle[i] * DegToRad;
                const double ca = std::cos(a);
                const double sa = std::sin(a);
                const double u = dx * ca + dy * sa;
                const double v = -dx * sa + dy * ca;
                if (std::abs(u) <= halfW && std::abs(v) <= halfD) {
                    best = int(i);
                    bestD2 = d2;
                }
            }
        }
    }
    return best;
}

void SeatMapSector::buildLabelAnchors()
{
    rowLabelX.clear();
    rowLabelY.clear();
    rowLabelRow.clear();
    const int n = seatCount();
    if (n == 0)
        return;
    std::vector<std::vector<int>> seatsOfRow(rows.size());
    for (int i = 0; i < n; ++i)
        seatsOfRow[row[i]].push_back(i);
    auto anchor = [this](QPointF p, size_t r) {
        rowLabelX.push_back(float(p.x()));
        rowLabelY.push_back(float(p.y()));
        rowLabelRow.push_back(quint16(r));
    };
    const double gapThreshold2 = std::pow(1.6 * seatWidth, 2); // more than a missing seat: an aisle
    const double beyond = 0.95 * seatWidth;
    for (size_t r = 0; r < rows.size(); ++r) {
        std::vector<int> &seats = seatsOfRow[r];
        if (seats.empty())
            continue;
        // Along the row: by projection on the line between its two end seats (monotonic for
        // straight rows and arcs under a half circle, as the ends are).
        const QPointF a = position(int(rows[r].endA));
        const QPointF axis = position(int(rows[r].endB)) - a;
        auto along = [&](int i) { const QPointF d = position(i) - a; return d.x() * axis.x() + d.y() * axis.y(); };
        std::sort(seats.begin(), seats.end(), [&](int l, int rr) { return along(l) < along(rr); });
        for (size_t k = 1; k < seats.size(); ++k) {
            const QPointF p = position(seats[k - 1]);
            const QPointF q = position(seats[k]);
            const QPointF d = q - p;
            if (d.x() * d.x() + d.y() * d.y() > gapThreshold2)
                anchor((p + q) / 2, r);
        }
        for (const bool first : {true, false}) {
            const int end = first ? seats.front() : seats.back();
            QPointF out;
            if (seats.size() > 1) {
                out = position(end) - position(first ? seats[1] : seats[seats.size() - 2]);
            } else {
                const double ang = angle[end] * DegToRad;
                out = QPointF(std::cos(ang), std::sin(ang)) * (first ? -1.0 : 1.0);
            }
            const double len = std::hypot(out.x(), out.y());
            if (len > 0)
                anchor(position(end) + out * (beyond / len), r);
        }
    }

    // The sector code goes in front of the front row's middle seat (towards the pitch).
    const std::vector<int> &front = seatsOfRow.front();
    if (!front.empty()) {
        const int middle = front[front.size() / 2];
        const double ang = angle[middle] * DegToRad;
        // Forward is the row direction turned a quarter back (scene y points down).
        const QPointF forward(std::sin(ang), -std::cos(ang));
        frontLabelPos = position(middle) + forward * (1.3 * seatDepth);
    } else {
        frontLabelPos = labelPos;
    }
}

std::vector<int> SeatMapSector::seatsIn(const QRectF &rect) const
{
    std::vector<int> result;
    forEachSeatIn(rect, [&result](int i) { result.push_back(i); });
    return result;
}

qsizetype SeatMapSector::memoryBytes() const
{
    qsizetype bytes = sizeof(SeatMapSector);
    bytes += bytesOf(x) + bytesOf(y) + bytesOf(angle) + bytesOf(status) + bytesOf(category)
        + bytesOf(flags) + bytesOf(label) + bytesOf(row) + bytesOf(cellStart) + bytesOf(cellSeats)
        + bytesOf(rowLabelX) + bytesOf(rowLabelY) + bytesOf(rowLabelRow);
    bytes += qsizetype(rows.capacity() * sizeof(SeatMapRow));
    for (const SeatMapRow &r : rows)
        bytes += r.identifier.capacity() * qsizetype(sizeof(QChar));
    bytes += outline.capacity() * qsizetype(sizeof(QPointF));
    bytes += (code.capacity() + name.capacity()) * qsizetype(sizeof(QChar));
    return bytes;
}

} // namespace Tribina
