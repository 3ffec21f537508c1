#pragma once

#include "allocation/snakeconfig.h"
#include "layout/layoutenums.h"
#include "layout/layoutrow.h"
#include "layout/rowpath.h"

#include <QLatin1String>

#include <array>

/// The spellings of enum values in a layout document, shared by LayoutJson's writer and reader.
/// Values the database also stores use the database's labels (sqlValue()), so a document, a
/// table and a log line spell a sector type the same way; the others follow the same style.
namespace Tribina::LayoutJsonNames {

inline QLatin1String name(SectorType value) { return sqlValue(value); }
inline QLatin1String name(SeatType value) { return sqlValue(value); }
inline QLatin1String name(NumberingDirection value) { return sqlValue(value); }
inline QLatin1String name(VenueType value) { return sqlValue(value); }
inline QLatin1String name(TraversalDirection value) { return sqlValue(value); }
inline QLatin1String name(RowStrategy value) { return sqlValue(value); }

inline QLatin1String name(NumberingStep value)
{
    switch (value) {
    case NumberingStep::Consecutive:
        return QLatin1String("CONSECUTIVE");
    case NumberingStep::Odd:
        return QLatin1String("ODD");
    case NumberingStep::Even:
        return QLatin1String("EVEN");
    }
    return QLatin1String("CONSECUTIVE");
}

inline QLatin1String name(LayoutRow::Alignment value)
{
    switch (value) {
    case LayoutRow::Alignment::Start:
        return QLatin1String("START");
    case LayoutRow::Alignment::Centre:
        return QLatin1String("CENTRE");
    case LayoutRow::Alignment::End:
        return QLatin1String("END");
    }
    return QLatin1String("CENTRE");
}

inline QLatin1String name(RowPath::Kind value)
{
    return value == RowPath::Kind::Arc ? QLatin1String("ARC") : QLatin1String("STRAIGHT");
}

/// Every value of each enum, for parsing and for "expected one of" messages.
inline constexpr std::array sectorTypes{SectorType::Standard, SectorType::Vip,
                                        SectorType::Accessibility, SectorType::Standing};
inline constexpr std::array seatTypes{SeatType::Standard, SeatType::Technical,
                                      SeatType::Accessibility, SeatType::Companion};
inline constexpr std::array directions{NumberingDirection::LeftToRight,
                                       NumberingDirection::RightToLeft};
inline constexpr std::array venueTypes{VenueType::Home, VenueType::Away};
inline constexpr std::array steps{NumberingStep::Consecutive, NumberingStep::Odd, NumberingStep::Even};
inline constexpr std::array alignments{LayoutRow::Alignment::Start, LayoutRow::Alignment::Centre,
                                       LayoutRow::Alignment::End};
inline constexpr std::array pathKinds{RowPath::Kind::Straight, RowPath::Kind::Arc};
inline constexpr std::array traversals{TraversalDirection::TopToBottom, TraversalDirection::BottomToTop};
inline constexpr std::array strategies{RowStrategy::CenterOutward, RowStrategy::LeftToRight,
                                       RowStrategy::RightToLeft};

} // namespace Tribina::LayoutJsonNames
