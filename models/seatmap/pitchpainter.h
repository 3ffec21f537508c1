#pragma once

#include <QRectF>
#include <QSizeF>

class QPainter;

namespace Tribina {

/// Draws the pitch under the seat map: grass with mowing stripes and the markings of the Laws
/// of the Game (touch and goal lines, halfway line, centre circle, penalty and goal areas,
/// penalty spots and arcs, corner arcs, goals), in scene coordinates (metres, centre spot at
/// the origin). The painter's transform decides the size; lines never get thinner than a pixel.
class PitchPainter
{
public:
    /// Grass beyond the lines, metres: the run-off the stands start behind.
    static constexpr double Apron = 4.0;

    /// The rectangle the pitch and its apron cover, scene coordinates.
    static QRectF area(QSizeF pitchSize);
    static void paint(QPainter *painter, QSizeF pitchSize);
};

} // namespace Tribina
