#pragma once

#include "layout/stadiumlayout.h"

#include <QString>

namespace Tribina {

/// The stadiums of the demo data, built with the layout model (not stored as files, so they
/// always match the current seat generator):
/// - homeStadium(): "Stadion Maksimir", Zagreb — about 35,000 seats in 28 sectors on two tiers:
///   the main (west, +y) stand with two VIP sectors and the press box in its middle, the east
///   stand with an accessibility platform in front, a standing lower north stand, seated south
///   stand, curved corners (the south-east one for away fans), wheelchair places with companion
///   seats at the front of several sectors and camera positions (technical seats).
/// - stressStadium(): "Stres Arena", a generated four-tier bowl of more than 100,000 seats in
///   96 sectors, for measuring the seat map, the cache and the allocators.
/// - awayStadium(): "Estadio de la Cerámica", Villarreal (ES) — an away venue sold by sector,
///   without seat numbers.
class DemoStadiums
{
public:
    static QString homeStadiumName() { return QStringLiteral("Stadion Maksimir"); }
    static QString stressStadiumName() { return QStringLiteral("Stres Arena"); }
    static QString awayStadiumName() { return QStringLiteral("Estadio de la Cerámica"); }

    /// Code of the home stadium's away-fans sector.
    static QString awayFansSectorCode() { return QStringLiteral("SE"); }
    /// Code of the home stadium's press sector.
    static QString pressSectorCode() { return QStringLiteral("PRESS"); }

    static StadiumLayout homeStadium();
    static StadiumLayout stressStadium();
    static StadiumLayout awayStadium();
};

} // namespace Tribina
