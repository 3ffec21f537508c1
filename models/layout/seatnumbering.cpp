#include "layout/seatnumbering.h"

namespace Tribina {

SeatNumbering::SeatNumbering(int firstNumber, NumberingDirection direction, NumberingStep step)
    : m_firstNumber(firstNumber), m_direction(direction), m_step(step)
{
}

int SeatNumbering::effectiveFirstNumber() const
{
    switch (m_step) {
    case NumberingStep::Consecutive:
        return m_firstNumber;
    case NumberingStep::Odd:
        return m_firstNumber % 2 != 0 ? m_firstNumber : m_firstNumber + 1;
    case NumberingStep::Even:
        return m_firstNumber % 2 == 0 ? m_firstNumber : m_firstNumber + 1;
    }
    return m_firstNumber;
}

int SeatNumbering::increment() const
{
    return m_step == NumberingStep::Consecutive ? 1 : 2;
}

int SeatNumbering::numberAt(int position, int count) const
{
    // Right-to-left rows count from the far end of the path.
    const int ordinal = m_direction == NumberingDirection::LeftToRight ? position : count - 1 - position;
    return effectiveFirstNumber() + ordinal * increment();
}

QList<int> SeatNumbering::numbers(int count) const
{
    QList<int> result;
    result.reserve(qMax(count, 0));
    for (int i = 0; i < count; ++i)
        result.append(numberAt(i, count));
    return result;
}

int SeatNumbering::lastNumber(int count) const
{
    return count > 0 ? effectiveFirstNumber() + (count - 1) * increment() : 0;
}

} // namespace Tribina
