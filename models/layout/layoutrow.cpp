#include "layout/layoutrow.h"

#include <algorithm>

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
    const auto present = [this](int position) {
        return position >= 0 && position < m_seatCount && !isRemoved(position);
    };
    if (type == SeatType::Standard) {
        int special = 0;
        for (auto it = m_seatTypes.cbegin(); it != m_seatTypes.cend(); ++it)
            special += present(it.key()) ? 1 : 0;
        return activeSeatCount() - special;
    }
    int count = 0;
    for (auto it = m_seatTypes.cbegin(); it != m_seatTypes.cend(); ++it)
        count += it.value() == type && present(it.key()) ? 1 : 0;
    return count;
}

int LayoutRow::activeSeatCount() const
{
    // Removed places beyond the end (after the row was shortened) do not count.
    const auto end = std::lower_bound(m_removed.cbegin(), m_removed.cend(), m_seatCount);
    const auto begin = std::lower_bound(m_removed.cbegin(), end, 0);
    return m_seatCount - int(end - begin);
}

bool LayoutRow::isRemoved(int position) const
{
    return std::binary_search(m_removed.cbegin(), m_removed.cend(), position);
}

void LayoutRow::setRemoved(int position, bool removed)
{
    // Sorted and unique, so that equal rows compare equal whatever order seats were removed in.
    const auto it = std::lower_bound(m_removed.begin(), m_removed.end(), position);
    const bool present = it != m_removed.end() && *it == position;
    if (removed && !present)
        m_removed.insert(it, position);
    else if (!removed && present)
        m_removed.erase(it);
}

void LayoutRow::setRemovedSeats(const QList<int> &positions)
{
    m_removed = positions;
    std::sort(m_removed.begin(), m_removed.end());
    m_removed.erase(std::unique(m_removed.begin(), m_removed.end()), m_removed.end());
}

LayoutRow LayoutRow::mirrored(MirrorAxis axis) const
{
    LayoutRow row = *this;
    row.m_path = m_path.mirrored(axis);
    const int last = m_seatCount - 1;
    row.m_seatTypes.clear();
    for (auto it = m_seatTypes.cbegin(); it != m_seatTypes.cend(); ++it)
        row.m_seatTypes.insert(last - it.key(), it.value());
    QList<int> removed;
    removed.reserve(m_removed.size());
    for (const int position : m_removed)
        removed.append(last - position);
    row.setRemovedSeats(removed);
    // A gap after n seats from the start is a gap after count - n seats from the end.
    row.m_gaps.clear();
    for (qsizetype i = m_gaps.size() - 1; i >= 0; --i)
        row.m_gaps.append({m_seatCount - m_gaps.at(i).afterSeats, m_gaps.at(i).width});
    if (m_alignment != Alignment::Centre)
        row.m_alignment = m_alignment == Alignment::Start ? Alignment::End : Alignment::Start;
    SeatNumbering numbering = m_numbering;
    numbering.setDirection(m_numbering.direction() == NumberingDirection::LeftToRight
                               ? NumberingDirection::RightToLeft
                               : NumberingDirection::LeftToRight);
    row.m_numbering = numbering;
    return row;
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
