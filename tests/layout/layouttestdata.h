#pragma once

#include "layout/layoutsector.h"
#include "layout/rowblock.h"
#include "layout/seatgenerator.h"
#include "layout/stadiumlayout.h"

#include <QHash>
#include <QtTest>

#include <cmath>
#include <functional>

/// The small layout the editor suites work on: two main-stand sectors side by side (straight
/// rows, a wheelchair place and its companion seat in front) and a curved corner with an aisle
/// and sub-sectors, all with snake configurations — valid as it is.

namespace Tribina::LayoutTestData {

// A main-stand sector: rows of ten seats on y = 40 running from x + 10 to x (the spectators'
// left is +x), the first seat a wheelchair place, snake configured.
inline LayoutSector stand(const QString &code, double x)
{
    RowBlock block(RowPath::straight({x + 10, 40}, {x, 40}), 3);
    block.setFixedSeats(10);
    block.setSeatType(0, 0, SeatType::Accessibility);
    block.setSeatType(0, 1, SeatType::Companion);
    LayoutSector sector(QStringLiteral("Zapad ") + code, code);
    sector.addBlock(block);
    sector.fitOutlineToRows();
    sector.setSnakeConfig(SnakeConfig::defaultFor(3));
    return sector;
}

// A curved corner sector around the pitch's north-west corner.
inline LayoutSector corner()
{
    RowBlock block(RowPath::arc({52, 32}, 10, 10, 70), 4);
    block.addAisle(0.5);
    LayoutSector sector(QStringLiteral("Sjeverozapad"), QStringLiteral("NW"));
    sector.addBlock(block);
    sector.fitOutlineToRows();
    SnakeConfig snake = SnakeConfig::defaultFor(4);
    snake.strategy = RowStrategy::LeftToRight;
    snake.subSectors = {{{0, 5}, {6, 11}}};
    sector.setSnakeConfig(snake);
    return sector;
}

inline StadiumLayout baseLayout()
{
    StadiumLayout layout(QStringLiteral("Test"), QStringLiteral("Zagreb"), QStringLiteral("HR"), VenueType::Home);
    layout.addSector(stand(QStringLiteral("W1"), 0));
    layout.addSector(stand(QStringLiteral("W2"), -11));
    layout.addSector(corner());
    return layout;
}

// Seats by "row/number": what a spectator's ticket says.
inline QHash<QString, LayoutSeat> seatsByLabel(const LayoutSector &sector)
{
    QHash<QString, LayoutSeat> seats;
    for (const LayoutSeat &seat : SeatGenerator::seats(sector))
        seats.insert(seat.rowIdentifier + QLatin1Char('/') + seat.label(), seat);
    return seats;
}

inline bool near(QPointF a, QPointF b)
{
    return std::abs(a.x() - b.x()) < 1e-6 && std::abs(a.y() - b.y()) < 1e-6;
}

// Every seat of `after` is the seat of `before` with the same label, moved by map.
inline void verifySeatsMapped(const LayoutSector &before, const LayoutSector &after,
                       const std::function<QPointF(QPointF)> &map)
{
    const QHash<QString, LayoutSeat> old = seatsByLabel(before);
    const QHash<QString, LayoutSeat> now = seatsByLabel(after);
    QCOMPARE(now.size(), old.size());
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        QVERIFY2(now.contains(it.key()), qPrintable(it.key()));
        const LayoutSeat &seat = now.value(it.key());
        QVERIFY2(near(seat.position, map(it.value().position)), qPrintable(it.key()));
        QCOMPARE(seat.type, it.value().type);
    }
}

} // namespace LayoutTestData
