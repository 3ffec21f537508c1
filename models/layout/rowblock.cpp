#include "layout/rowblock.h"

#include <cmath>

namespace Tribina {

RowBlock::RowBlock(const RowPath &frontPath, int rowCount)
    : m_frontPath(frontPath), m_rowCount(qMax(0, rowCount))
{
}

void RowBlock::setFixedSeats(int seatsPerRow, int seatDelta)
{
    m_mode = SeatCountMode::Fixed;
    m_seatsPerRow = seatsPerRow;
    m_seatDelta = seatDelta;
}

void RowBlock::setLabels(RowLabel::Style style, int firstOrdinal)
{
    m_labelStyle = style;
    m_firstOrdinal = qMax(1, firstOrdinal);
}

void RowBlock::setSeatType(int row, int position, SeatType type)
{
    if (type == SeatType::Standard)
        m_seatTypes.remove({row, position});
    else
        m_seatTypes.insert({row, position}, type);
}

int RowBlock::seatsInRow(int row) const
{
    if (m_mode == SeatCountMode::Fixed)
        return qMax(0, m_seatsPerRow + row * m_seatDelta);
    double free = m_frontPath.offset(row * m_rowDepth).length();
    for (const Aisle &aisle : m_aisles)
        free -= aisle.width;
    if (m_seatPitch <= 0 || free <= 0)
        return 0;
    // The epsilon keeps a row that fits exactly (104 m / 0.8 m) from losing its last seat to
    // rounding.
    return int(std::floor(free / m_seatPitch + 1e-9));
}

int RowBlock::seatCount() const
{
    int total = 0;
    for (int i = 0; i < m_rowCount; ++i)
        total += seatsInRow(i);
    return total;
}

QList<LayoutRow> RowBlock::rows() const
{
    QList<LayoutRow> result;
    result.reserve(m_rowCount);
    for (int i = 0; i < m_rowCount; ++i) {
        LayoutRow row(RowLabel::label(m_labelStyle, m_firstOrdinal + i),
                      m_frontPath.offset(i * m_rowDepth), seatsInRow(i));
        row.setSeatPitch(m_seatPitch);
        row.setDepth(m_rowDepth);
        row.setAlignment(m_alignment);
        row.setNumbering(m_numbering);
        for (const Aisle &aisle : m_aisles)
            row.addGap(int(std::lround(aisle.at * row.seatCount())), aisle.width);
        for (auto it = m_seatTypes.cbegin(); it != m_seatTypes.cend(); ++it) {
            if (it.key().first == i)
                row.setSeatType(it.key().second, it.value());
        }
        result.append(row);
    }
    return result;
}

} // namespace Tribina
