#include "demo/demostadiums.h"

#include "demo/demobowl.h"

namespace Tribina {

namespace {

using Side = DemoBowl::Side;
using Corner = DemoBowl::Corner;

constexpr double RowDepth = 0.9;
constexpr double Concourse = 3.0; // walkway between two tiers, metres

// Front radius of the tier above one of rows rows starting at front radius r.
double nextTier(double r, int rows)
{
    return r + rows * RowDepth + Concourse;
}

// Wheelchair places alternate with their companions' seats at the front row's start
// (the end nearest the vomitory of these demo sectors).
void addAccessiblePlaces(LayoutSector &sector, int pairs, bool atEnd = false)
{
    QList<LayoutRow> rows = sector.rows();
    LayoutRow &front = rows.first();
    for (int i = 0; i < 2 * pairs && i < front.seatCount(); ++i) {
        const int position = atEnd ? front.seatCount() - 1 - i : i;
        front.setSeatType(position, i % 2 == 0 ? SeatType::Accessibility : SeatType::Companion);
    }
    sector.setRows(rows);
}

// A camera platform: count seats in the middle of a row, never sold.
void addCameraPositions(LayoutSector &sector, int rowIndex, int count)
{
    QList<LayoutRow> rows = sector.rows();
    LayoutRow &row = rows[rowIndex];
    const int first = (row.seatCount() - count) / 2;
    for (int i = 0; i < count; ++i)
        row.setSeatType(first + i, SeatType::Technical);
    sector.setRows(rows);
}

QPolygonF rectangle(double x0, double y0, double x1, double y1)
{
    return QPolygonF({{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}});
}

} // namespace

StadiumLayout DemoStadiums::homeStadium()
{
    StadiumLayout stadium(homeStadiumName(), QStringLiteral("Zagreb"), QStringLiteral("HR"),
                          VenueType::Home);
    stadium.setAddress(QStringLiteral("Maksimirska cesta 128, 10000 Zagreb"));

    // Corner points 0.5 m inside the pitch's corners, lower tier 10 m out (8 m behind the touch
    // lines, 9.5 m behind the goal lines), upper tier above a concourse.
    const DemoBowl bowl(52, 32);
    const double lower = 10;
    const int lowerRows = 25;
    const double upper = nextTier(lower, lowerRows);
    const int upperRows = 30;

    DemoBowl::Rows standard{lowerRows};
    standard.aisles = {0.5};
    DemoBowl::Rows vip{lowerRows, RowDepth, 0.9, RowLabel::Style::Alphabetic};
    DemoBowl::Rows press{10, 1.2, 1.0}; // desks: deeper rows, wider places
    DemoBowl::Rows east = standard;
    east.direction = NumberingDirection::RightToLeft; // numbered from the north end
    DemoBowl::Rows top{upperRows};
    top.aisles = {0.5};
    DemoBowl::Rows topCorner{upperRows};
    topCorner.aisles = {1.0 / 3, 2.0 / 3};

    // Main (west) stand, lower tier: numbered from its north end (x = +52).
    const RowPath west = bowl.side(Side::West, lower);
    LayoutSector w1 = DemoBowl::sector(QStringLiteral("Zapad 1"), QStringLiteral("W1"),
                                       SectorType::Standard, west, 0, 30, standard);
    addAccessiblePlaces(w1, 3);
    stadium.addSector(w1);
    stadium.addSector(DemoBowl::sector(QStringLiteral("VIP Zapad 1"), QStringLiteral("VIP-W1"),
                                       SectorType::Vip, west, 30, 46, vip));
    stadium.addSector(DemoBowl::sector(QStringLiteral("Novinarska loža"), pressSectorCode(),
                                       SectorType::Standard, west, 46, 58, press));
    stadium.addSector(DemoBowl::sector(QStringLiteral("VIP Zapad 2"), QStringLiteral("VIP-W2"),
                                       SectorType::Vip, west, 58, 74, vip));
    LayoutSector w2 = DemoBowl::sector(QStringLiteral("Zapad 2"), QStringLiteral("W2"),
                                       SectorType::Standard, west, 74, 104, standard);
    addAccessiblePlaces(w2, 3, true);
    stadium.addSector(w2);

    // East stand, lower tier, with the accessibility platform between it and the pitch.
    const RowPath eastFront = bowl.side(Side::East, lower);
    LayoutSector e1 = DemoBowl::sector(QStringLiteral("Istok 1"), QStringLiteral("E1"),
                                       SectorType::Standard, eastFront, 0, 34, east);
    addAccessiblePlaces(e1, 2);
    stadium.addSector(e1);
    LayoutSector e2 = DemoBowl::sector(QStringLiteral("Istok 2"), QStringLiteral("E2"),
                                       SectorType::Standard, eastFront, 34, 70, east);
    addCameraPositions(e2, lowerRows - 1, 6);
    stadium.addSector(e2);
    LayoutSector e3 = DemoBowl::sector(QStringLiteral("Istok 3"), QStringLiteral("E3"),
                                       SectorType::Standard, eastFront, 70, 104, east);
    addAccessiblePlaces(e3, 2, true);
    stadium.addSector(e3);

    DemoBowl::Rows platform{1, 1.5, 1.25}; // a wheelchair needs more room than a seat
    LayoutSector accessible = DemoBowl::sector(
        QStringLiteral("Istok – osobe s invaliditetom"), QStringLiteral("ACC-E"),
        SectorType::Accessibility, RowPath::straight({-10, -39.8}, {10, -39.8}), 0, 20, platform);
    addAccessiblePlaces(accessible, accessible.rows().first().seatCount() / 2);
    stadium.addSector(accessible);

    // North stand, lower tier: the home ultras' terrace, standing only. Its outline is the area
    // a seated tier would take; its capacity comes from the safety certificate.
    LayoutSector terrace = DemoBowl::sector(QStringLiteral("Sjever – stajanje"), QStringLiteral("N1"),
                                            SectorType::Standing, bowl.side(Side::North, lower),
                                            0, 64, DemoBowl::Rows{lowerRows});
    terrace.setRows({});
    terrace.setManualCapacity(3200);
    stadium.addSector(terrace);

    const RowPath south = bowl.side(Side::South, lower);
    LayoutSector s1 = DemoBowl::sector(QStringLiteral("Jug 1"), QStringLiteral("S1"),
                                       SectorType::Standard, south, 0, 32, standard);
    addAccessiblePlaces(s1, 2);
    stadium.addSector(s1);
    stadium.addSector(DemoBowl::sector(QStringLiteral("Jug 2"), QStringLiteral("S2"),
                                       SectorType::Standard, south, 32, 64, standard));

    // Lower corners; away fans get the south-east one, next to their own entrance.
    const struct { Corner corner; const char16_t *name; const char16_t *code; } corners[] = {
        {Corner::NorthWest, u"Sjeverozapad", u"NW"},
        {Corner::SouthWest, u"Jugozapad", u"SW"},
        {Corner::SouthEast, u"Jugoistok – gosti", u"SE"},
        {Corner::NorthEast, u"Sjeveroistok", u"NE"},
    };
    for (const auto &c : corners) {
        const RowPath arc = bowl.corner(c.corner, lower);
        stadium.addSector(DemoBowl::sector(QString::fromUtf16(c.name), QString::fromUtf16(c.code),
                                           SectorType::Standard, arc, 0, arc.length(), standard));
    }

    // Upper tier: two sectors per stand and one per corner.
    const struct { Side side; const char16_t *name; const char16_t *code; int first; } stands[] = {
        {Side::West, u"Zapad", u"W", 3},
        {Side::East, u"Istok", u"E", 4},
        {Side::North, u"Sjever", u"N", 2},
        {Side::South, u"Jug", u"S", 3},
    };
    for (const auto &s : stands) {
        const RowPath front = bowl.side(s.side, upper);
        for (int i = 0; i < 2; ++i) {
            const auto [from, to] = DemoBowl::part(front, i, 2);
            const QString number = QString::number(s.first + i);
            LayoutSector sector = DemoBowl::sector(
                QString::fromUtf16(s.name) + QLatin1Char(' ') + number,
                QString::fromUtf16(s.code) + number, SectorType::Standard, front, from, to, top);
            if (s.side == Side::West && i == 0)
                addCameraPositions(sector, upperRows - 1, 4);
            stadium.addSector(sector);
        }
    }
    for (const auto &c : corners) {
        const RowPath arc = bowl.corner(c.corner, upper);
        stadium.addSector(DemoBowl::sector(
            QString::fromUtf16(c.name).section(u' ', 0, 0) + QStringLiteral(" – gornji"),
            QString::fromUtf16(c.code) + QLatin1Char('2'), SectorType::Standard, arc, 0,
            arc.length(), topCorner));
    }
    return stadium;
}

StadiumLayout DemoStadiums::stressStadium()
{
    StadiumLayout stadium(stressStadiumName(), QStringLiteral("Zagreb"), QStringLiteral("HR"),
                          VenueType::Home);
    stadium.setAddress(QStringLiteral("Testna ulica 1, 10000 Zagreb"));

    // Four tiers of 30 rows; long stands in four sectors, ends in two, corners in three.
    const DemoBowl bowl(52, 32);
    const int rowsPerTier = 30;
    const QString tiers = QStringLiteral("ABCD");
    const struct { Side side; const char16_t *name; const char16_t *code; int parts; } stands[] = {
        {Side::West, u"Zapad", u"W", 4},
        {Side::East, u"Istok", u"E", 4},
        {Side::North, u"Sjever", u"N", 2},
        {Side::South, u"Jug", u"S", 2},
    };
    const struct { Corner corner; const char16_t *name; const char16_t *code; } corners[] = {
        {Corner::NorthWest, u"Sjeverozapad", u"NW"},
        {Corner::SouthWest, u"Jugozapad", u"SW"},
        {Corner::SouthEast, u"Jugoistok", u"SE"},
        {Corner::NorthEast, u"Sjeveroistok", u"NE"},
    };
    DemoBowl::Rows rows{rowsPerTier};
    rows.aisles = {0.5};

    double r = 10;
    for (const QChar tier : tiers) {
        const QString level = QStringLiteral("Razina ") + tier + QStringLiteral(" – ");
        const QString prefix = QString(tier) + QLatin1Char('-');
        for (const auto &s : stands) {
            const RowPath front = bowl.side(s.side, r);
            for (int i = 0; i < s.parts; ++i) {
                const auto [from, to] = DemoBowl::part(front, i, s.parts);
                const QString number = QString::number(i + 1);
                stadium.addSector(DemoBowl::sector(
                    level + QString::fromUtf16(s.name) + QLatin1Char(' ') + number,
                    prefix + QString::fromUtf16(s.code) + number, SectorType::Standard, front,
                    from, to, rows));
            }
        }
        for (const auto &c : corners) {
            const RowPath arc = bowl.corner(c.corner, r);
            for (int i = 0; i < 3; ++i) {
                const auto [from, to] = DemoBowl::part(arc, i, 3);
                const QString number = QString::number(i + 1);
                stadium.addSector(DemoBowl::sector(
                    level + QString::fromUtf16(c.name) + QLatin1Char(' ') + number,
                    prefix + QString::fromUtf16(c.code) + number, SectorType::Standard, arc, from,
                    to, rows));
            }
        }
        r = nextTier(r, rowsPerTier);
    }
    return stadium;
}

StadiumLayout DemoStadiums::awayStadium()
{
    StadiumLayout stadium(awayStadiumName(), QStringLiteral("Villarreal"), QStringLiteral("ES"),
                          VenueType::Away);
    stadium.setAddress(QStringLiteral("Calle Blasco Ibáñez 2, 12540 Vila-real"));
    // Sold by sector: the host federation allocates places, not seat numbers.
    stadium.setNumbered(false);

    LayoutSector visitors(QStringLiteral("Fondo Sur – visitantes"), QStringLiteral("VIS"));
    visitors.setOutline(rectangle(-75, -20, -60, 20));
    visitors.setLabelPosition(LayoutSector::centroid(visitors.outline()));
    visitors.setManualCapacity(1500);
    stadium.addSector(visitors);

    LayoutSector delegation(QStringLiteral("Tribuna – delegación"), QStringLiteral("DEL"), SectorType::Vip);
    delegation.setOutline(rectangle(-8, 42, 8, 48));
    delegation.setLabelPosition(LayoutSector::centroid(delegation.outline()));
    delegation.setManualCapacity(120);
    stadium.addSector(delegation);
    return stadium;
}

} // namespace Tribina
