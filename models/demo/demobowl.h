#pragma once

#include "layout/layoutsector.h"
#include "layout/rowlabel.h"
#include "layout/rowpath.h"

#include <QList>
#include <QString>

namespace Tribina {

/// The geometry of a generated stadium "bowl": stands along the four sides of the pitch joined
/// by curved corners, tier by tier. A tier with front radius r is a rounded rectangle around the
/// corner points (±cx, ±cy): the long stands' front rows at |y| = cy + r, the end stands' at
/// |x| = cx + r and the corners on circles of radius r around the corner points, so the rows of
/// a tier meet where the corners begin. Used by the demo stadiums only; a real stadium is drawn
/// in the layout editor.
///
/// Sides follow the project's coordinates: West is the main stand (+y), North the stand behind
/// the goal on +x. Every path runs from the spectators' left to their right (see RowPath).
class DemoBowl
{
public:
    enum class Side { West, East, North, South };
    enum class Corner { NorthWest, SouthWest, SouthEast, NorthEast };

    /// How the rows of one sector are laid out.
    struct Rows
    {
        int count = 25;
        double depth = 0.9;
        double pitch = 0.8;
        RowLabel::Style labels = RowLabel::Style::Numeric;
        NumberingDirection direction = NumberingDirection::LeftToRight;
        QList<double> aisles; ///< fractions of a row's seats, see RowBlock::Aisle
    };

    DemoBowl(double cornerX, double cornerY);

    /// The front line of a side's stand at front radius r, spectators' left to right.
    RowPath side(Side side, double r) const;
    /// The front arc of a corner at radius r (a quarter circle, counter-clockwise).
    RowPath corner(Corner corner, double r) const;

    /// A seated sector whose front row is the part [from, to] (metres along front) of a stand's
    /// front line, with rows.count rows behind it; seats fill each row. The outline and label
    /// follow from the rows.
    static LayoutSector sector(const QString &name, const QString &code, SectorType type,
                               const RowPath &front, double from, double to, const Rows &rows);

    /// Splits the front line into parts equal sectors: the [from, to] of part i.
    static std::pair<double, double> part(const RowPath &front, int i, int parts);

private:
    double m_cx;
    double m_cy;
};

} // namespace Tribina
