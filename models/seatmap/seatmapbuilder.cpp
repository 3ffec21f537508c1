#include "seatmap/seatmapbuilder.h"

#include "layout/seatgenerator.h"
#include "layout/stadiumlayout.h"


#include <limits>

namespace Tribina {

void SeatMapBuilder::setStadium(const QString &name, QSizeF pitchSize)
{
    m_data.stadiumName = name;
    m_data.pitchSize = pitchSize;
}

int SeatMapBuilder::beginSector(const Sector &info)
{
    const QTransform t = SeatMapData::layoutToScene();
    SeatMapSector sector;
    sector.code = info.code;
    sector.name = info.name;
    sector.type = info.type;
    sector.outline = t.map(info.outline);
    sector.labelPos = t.map(info.labelPosition);
    sector.seatWidth = float(info.seatPitch);
    sector.seatDepth = float(info.rowDepth);
    sector.manualCapacity = info.manualCapacity;
    sector.firstSeat = m_data.seatCount();
    m_data.sectors.push_back(std::move(sector));
    m_rowIndex.clear();
    return int(m_data.sectors.size()) - 1;
}

int SeatMapBuilder::addRow(const QString &identifier)
{
    Q_ASSERT(!m_data.sectors.empty());
    const auto it = m_rowIndex.constFind(identifier);
    if (it != m_rowIndex.constEnd())
        return it.value();
    SeatMapSector &sector = m_data.sectors.back();
    sector.rows.push_back({identifier, 0, 0});
    const int index = int(sector.rows.size()) - 1;
    m_rowIndex.insert(identifier, index);
    return index;
}

void SeatMapBuilder::reserveSeats(int count)
{
    Q_ASSERT(!m_data.sectors.empty());
    SeatMapSector &sector = m_data.sectors.back();
    const size_t n = sector.x.size() + size_t(qMax(0, count));
    sector.x.reserve(n);
    sector.y.reserve(n);
    sector.angle.reserve(n);
    sector.status.reserve(n);
    sector.category.reserve(n);
    sector.flags.reserve(n);
    sector.label.reserve(n);
    sector.row.reserve(n);
}

int SeatMapBuilder::labelIndex(QStringView label)
{
    const QString key = label.toString();
    const auto it = m_labelIndex.constFind(key);
    if (it != m_labelIndex.constEnd())
        return it.value();
    const int index = int(m_data.labels.size());
    m_data.labels.append(key);
    m_labelIndex.insert(key, index);
    return index;
}

int SeatMapBuilder::labelIndex(int number)
{
    if (number < 0 || number > 100000)
        return labelIndex(QString::number(number));
    if (size_t(number) >= m_numberLabels.size())
        m_numberLabels.resize(size_t(number) + 1, 0);
    int &slot = m_numberLabels[size_t(number)];
    if (slot == 0)
        slot = labelIndex(QString::number(number)) + 1;
    return slot - 1;
}

int SeatMapBuilder::addSeat(const Seat &seat)
{
    return appendSeat(seat, labelIndex(seat.label));
}

int SeatMapBuilder::addSeat(const Seat &seat, int number)
{
    return appendSeat(seat, labelIndex(number));
}

int SeatMapBuilder::appendSeat(const Seat &seat, int label)
{
    Q_ASSERT(!m_data.sectors.empty());
    Q_ASSERT(label <= std::numeric_limits<quint16>::max());
    SeatMapSector &sector = m_data.sectors.back();
    sector.x.push_back(float(-seat.x)); // layoutToScene(), inlined: this runs per seat
    sector.y.push_back(float(seat.y));
    sector.angle.push_back(float(SeatMapData::layoutAngleToScene(seat.angleDeg)));
    sector.status.push_back(quint8(seat.status));
    sector.category.push_back(quint8(qBound(0, seat.category, 255)));
    quint8 flags = 0;
    if (seat.type == SeatType::Accessibility)
        flags |= SeatFlag::Wheelchair;
    else if (seat.type == SeatType::Companion)
        flags |= SeatFlag::Companion;
    sector.flags.push_back(flags);
    sector.label.push_back(quint16(label));
    sector.row.push_back(quint16(seat.row));
    return sector.firstSeat + sector.seatCount() - 1;
}

void SeatMapBuilder::finishSector(SeatMapSector &sector)
{
    const int n = sector.seatCount();
    sector.statusCounts.fill(0);
    sector.styledFlagCount = 0;
    for (int i = 0; i < n; ++i) {
        ++sector.statusCounts[sector.status[i]];
        if (sector.flags[i] & SeatFlag::StyleMask)
            ++sector.styledFlagCount;
    }

    // Row ends without relying on the order seats came in (a database gives them by number):
    // the seat farthest from any seat of the row is one end, the seat farthest from that end
    // the other. Exact for straight rows and for arcs under a half circle.
    const size_t rowCount = sector.rows.size();
    // Squared distances: only their order matters.
    auto distance2 = [&sector](int a, int b) {
        const double dx = double(sector.x[a]) - sector.x[b];
        const double dy = double(sector.y[a]) - sector.y[b];
        return dx * dx + dy * dy;
    };
    std::vector<int> first(rowCount, -1);
    std::vector<double> farthest(rowCount, -1);
    for (int i = 0; i < n; ++i) {
        const int r = sector.row[i];
        if (first[r] < 0)
            first[r] = i;
        const double d = distance2(first[r], i);
        if (d > farthest[r]) {
            farthest[r] = d;
            sector.rows[r].endA = quint32(i);
        }
    }
    farthest.assign(rowCount, -1);
    for (int i = 0; i < n; ++i) {
        const int r = sector.row[i];
        const double d = distance2(int(sector.rows[r].endA), i);
        if (d > farthest[r]) {
            farthest[r] = d;
            sector.rows[r].endB = quint32(i);
        }
    }
    sector.buildIndex();
    sector.buildLabelAnchors();

    // The arrays grew one seat at a time; give back the slack (the memory budget counts it).
    sector.x.shrink_to_fit();
    sector.y.shrink_to_fit();
    sector.angle.shrink_to_fit();
    sector.status.shrink_to_fit();
    sector.category.shrink_to_fit();
    sector.flags.shrink_to_fit();
    sector.label.shrink_to_fit();
    sector.row.shrink_to_fit();
    sector.rows.shrink_to_fit();
}

SeatMapData SeatMapBuilder::build()
{
    for (SeatMapSector &sector : m_data.sectors)
        finishSector(sector);
    m_data.buildIndex();
    SeatMapData result = std::move(m_data);
    m_data = SeatMapData();
    m_labelIndex.clear();
    m_numberLabels.clear();
    m_rowIndex.clear();
    return result;
}

void SeatMapBuilder::addLayout(const StadiumLayout &layout)
{
    setStadium(layout.name(), layout.pitchSize());
    for (const LayoutSector &layoutSector : layout.sectors()) {
        Sector info{layoutSector.code(), layoutSector.name(), layoutSector.type(),
                    layoutSector.outline(), layoutSector.labelPosition()};
        if (!layoutSector.rows().isEmpty()) {
            info.seatPitch = layoutSector.rows().constFirst().seatPitch();
            info.rowDepth = layoutSector.rows().constFirst().depth();
        }
        info.manualCapacity = layoutSector.isSeated() ? 0 : layoutSector.manualCapacity();
        beginSector(info);
        if (!layoutSector.isSeated())
            continue;
        reserveSeats(layoutSector.seatCount());
        const QList<LayoutRow> &rows = layoutSector.rows();
        for (int r = 0; r < rows.size(); ++r) {
            const int row = addRow(rows.at(r).identifier());
            const QList<LayoutSeat> seats = SeatGenerator::seats(rows.at(r), r);
            for (const LayoutSeat &s : seats) {
                Seat seat;
                seat.x = s.position.x();
                seat.y = s.position.y();
                seat.angleDeg = s.angleDeg;
                seat.row = row;
                seat.type = s.type;
                seat.status = s.type == SeatType::Technical ? SeatStatus::Technical
                                                            : SeatStatus::Available;
                addSeat(seat, s.number);
            }
        }
    }
}

SeatMapData SeatMapBuilder::fromLayout(const StadiumLayout &layout)
{
    SeatMapBuilder builder;
    builder.addLayout(layout);
    return builder.build();
}

} // namespace Tribina
