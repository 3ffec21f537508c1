#include "layout/layoutenums.h"

#include <array>
#include <utility>

namespace Tribina {

namespace {

// One table per enum keeps the two directions of each mapping from drifting apart.
template<typename E, std::size_t N>
using Spellings = std::array<std::pair<E, QLatin1String>, N>;

constexpr Spellings<SectorType, 4> sectorTypes{{
    {SectorType::Standard, QLatin1String("STANDARD")},
    {SectorType::Vip, QLatin1String("VIP")},
    {SectorType::Accessibility, QLatin1String("ACCESSIBILITY")},
    {SectorType::Standing, QLatin1String("STANDING")},
}};

constexpr Spellings<SeatType, 4> seatTypes{{
    {SeatType::Standard, QLatin1String("STANDARD")},
    {SeatType::Technical, QLatin1String("TECHNICAL")},
    {SeatType::Accessibility, QLatin1String("ACCESSIBILITY")},
    {SeatType::Companion, QLatin1String("COMPANION")},
}};

constexpr Spellings<NumberingDirection, 2> directions{{
    {NumberingDirection::LeftToRight, QLatin1String("LTR")},
    {NumberingDirection::RightToLeft, QLatin1String("RTL")},
}};

constexpr Spellings<VenueType, 2> venueTypes{{
    {VenueType::Home, QLatin1String("HOME")},
    {VenueType::Away, QLatin1String("AWAY")},
}};

template<typename E, std::size_t N>
QLatin1String spell(const Spellings<E, N> &table, E value)
{
    for (const auto &[e, s] : table) {
        if (e == value)
            return s;
    }
    return table.front().second;
}

template<typename E, std::size_t N>
bool parse(const Spellings<E, N> &table, QStringView value, E *out)
{
    for (const auto &[e, s] : table) {
        if (value == s) {
            *out = e;
            return true;
        }
    }
    return false;
}

} // namespace

QLatin1String sqlValue(SectorType type) { return spell(sectorTypes, type); }
QLatin1String sqlValue(SeatType type) { return spell(seatTypes, type); }
QLatin1String sqlValue(NumberingDirection direction) { return spell(directions, direction); }
QLatin1String sqlValue(VenueType type) { return spell(venueTypes, type); }

bool fromSqlValue(QStringView value, SectorType *out) { return parse(sectorTypes, value, out); }
bool fromSqlValue(QStringView value, SeatType *out) { return parse(seatTypes, value, out); }
bool fromSqlValue(QStringView value, NumberingDirection *out) { return parse(directions, value, out); }
bool fromSqlValue(QStringView value, VenueType *out) { return parse(venueTypes, value, out); }

} // namespace Tribina
