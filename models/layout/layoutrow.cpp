#include "layout/layoutrow.h"

namespace Tribina {

LayoutRow::LayoutRow(QString identifier, RowPath path, int seatCount)
    : m_identifier(std::move(identifier)), m_path(path), m_seatCount(qMax(0, seatCount))
{
}

QList<RowGap> LayoutRow::effectiveGaps() const
{
    QList<RowGap> result;
    for (const RowGap &gap : m_gaps) {
        if (gap.afterSeats > 0 && gap.afterSeats < m_seatCount && gap.width > 0)
            result.append(gap);
    }
    return result;
}

void LayoutRow::setSeatType(int position, SeatType type)
{
    // Standard is the default: not storing it keeps equal rows equal.
    if (type == SeatType::Standard)
        m_seatTypes.remove(position);
    else
        m_seatTypes.insert(position, type);
}

int LayoutRow::countOf(SeatType type) const
{
    if (type == SeatType::Standard) {
        int special = 0;
        for (auto it = m_seatTypes.cbegin(); it != m_seatTypes.cend(); ++it)
            special += it.key() >= 0 && it.key() < m_seatCount ? 1 : 0;
        return m_seatCount - special;
    }
    int count = 0;
    for (auto it = m_seatTypes.cbegin(); it != m_seatTypes.cend(); ++it)
        count += it.value() == type && it.key() >= 0 && it.key() < m_seatCount ? 1 : 0;
    return count;
}

double LayoutRow::runLength() const
{
    double length = m_seatCount * m_seatPitch;
    for (const RowGap &gap : effectiveGaps())
        length += gap.width;
    return length;
}

double LayoutRow::runStart() const
{
    switch (m_alignment) {
    case Alignment::Start:
        return 0;
    case Alignment::Centre:
        return (m_path.length() - runLength()) / 2;
    case Alignment::End:
        return m_path.length() - runLength();
    }
    return 0;
}

double LayoutRow::seatDistance(int position) const
{
    double distance = runStart() + m_seatPitch * (position + 0.5);
    // A gap "after n seats" lies in front of position n and everything beyond it.
    for (const RowGap &gap : effectiveGaps()) {
        if (gap.afterSeats <= position)
            distance += gap.width;
    }
    return distance;
}

} // namespace Tribina
