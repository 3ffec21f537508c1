#pragma once

#include "layout/layoutenums.h"

#include <QList>

namespace Tribina {

/// How the seats of one row are numbered: the first number, the direction and the step.
///
/// Numbers are assigned to physical positions: position 0 is the seat at the start of the row's
/// path (the spectator's left). Gaps in a row (aisles, stairs) skip space but never numbers, so
/// numbering only needs the seat count.
///
/// With odd or even numbering the first number is moved up to the next number of that parity
/// (first 2 with Odd numbering gives 3, 5, ...), so a row can never mix parities.
class SeatNumbering
{
public:
    SeatNumbering() = default;
    SeatNumbering(int firstNumber, NumberingDirection direction,
                  NumberingStep step = NumberingStep::Consecutive);

    int firstNumber() const { return m_firstNumber; }
    void setFirstNumber(int number) { m_firstNumber = number; }
    NumberingDirection direction() const { return m_direction; }
    void setDirection(NumberingDirection direction) { m_direction = direction; }
    NumberingStep step() const { return m_step; }
    void setStep(NumberingStep step) { m_step = step; }

    /// The first number actually used (adjusted to the step's parity).
    int effectiveFirstNumber() const;
    /// 1 for consecutive numbering, 2 for odd or even.
    int increment() const;

    /// The number of the seat at position (0-based, from the path's start) in a row of count seats.
    int numberAt(int position, int count) const;
    /// All numbers of a row of count seats, in physical order from the path's start.
    QList<int> numbers(int count) const;
    /// The highest number used by a row of count seats (0 for an empty row).
    int lastNumber(int count) const;

    friend bool operator==(const SeatNumbering &, const SeatNumbering &) = default;

private:
    int m_firstNumber = 1;
    NumberingDirection m_direction = NumberingDirection::LeftToRight;
    NumberingStep m_step = NumberingStep::Consecutive;
};

} // namespace Tribina
