// Best-available benchmark (issue 6): choosing seats by the snake in a 100,000-seat inventory.
// Built as its own executable and run by the `bench` target after the seat-map benchmark.
//
// Inventory: 20 sectors × 50 rows × 100 seats (100,000 seats), about 60 % sold at random, and
// the same 100,000 seats as one sector (the worst case for one request). The availability per
// rank is what the counter's cache keeps up to date; the figures are BestAvailable::choose().

#include "allocation/bestavailable.h"
#include "allocation/snakeranking.h"
#include "benchtable.h"
#include "layout/layoutsector.h"
#include "layout/rowblock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace Tribina;

namespace {

LayoutSector makeSector(const QString &code, int rows, int seatsPerRow)
{
    LayoutSector sector(QStringLiteral("Sector ") + code, code);
    RowBlock block(RowPath::straight({seatsPerRow * 0.25, 40}, {-seatsPerRow * 0.25, 40}), rows);
    block.setFixedSeats(seatsPerRow);
    sector.addBlock(block);
    return sector;
}

std::vector<char> randomAvailability(int size, double soldShare, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<char> available(size);
    for (int i = 0; i < size; ++i)
        available[i] = rng.generateDouble() >= soldShare ? 1 : 0;
    return available;
}

template<typename F>
QList<double> timeRuns(int runs, F &&f)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f(i);
        ms << t.nsecsElapsed() / 1e6;
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchTable table({QStringLiteral("best available"), QStringLiteral("median  p95 (ms)"),
                      QStringLiteral("target"), QString()});

    // 20 sectors of 5,000 seats.
    QList<BestAvailable> sectors;
    QList<std::vector<char>> availability;
    QElapsedTimer build;
    build.start();
    for (int s = 0; s < 20; ++s) {
        const LayoutSector sector = makeSector(QStringLiteral("S%1").arg(s), 50, 100);
        sectors << BestAvailable(SnakeRanking(sector));
    }
    const double buildMs = build.nsecsElapsed() / 1e6;
    for (int s = 0; s < 20; ++s)
        availability << randomAvailability(sectors[s].size(), 0.6, 1000 + s);

    // One big sector of 100,000 seats.
    build.restart();
    const LayoutSector big = makeSector(QStringLiteral("BIG"), 250, 400);
    const BestAvailable bigBest{SnakeRanking(big)};
    const double bigBuildMs = build.nsecsElapsed() / 1e6;
    const std::vector<char> bigAvailable = randomAvailability(bigBest.size(), 0.6, 7);
    const std::vector<char> bigEmpty(bigBest.size(), 1);

    int found = 0;
    const auto six = timeRuns(200, [&](int i) {
        // A category over all sectors: sectors in order, the first with a block of 6 wins.
        for (int k = 0; k < sectors.size(); ++k) {
            const int s = (i + k) % sectors.size();
            const BestAvailable::Choice c = sectors[s].choose(6, availability[s]);
            if (c.together) {
                found += int(c.seats.size());
                break;
            }
        }
    });
    const auto sixBig = timeRuns(200, [&](int) { found += int(bigBest.choose(6, bigAvailable).seats.size()); });
    const auto bulk = timeRuns(50, [&](int) { found += int(bigBest.choose(5000, bigAvailable).seats.size()); });
    const auto bulkEmpty = timeRuns(50, [&](int) { found += int(bigBest.choose(5000, bigEmpty).seats.size()); });

    const TimingStats a = TimingStats::of(six), b = TimingStats::of(sixBig), c = TimingStats::of(bulk),
                      d = TimingStats::of(bulkEmpty);
    table.addCheck(QStringLiteral("6 seats, 100,000 seats in 20 sectors (60 % sold)"), BenchTable::ms(a.median) + QStringLiteral("  ") + BenchTable::ms(a.p95),
                   QStringLiteral("< 1 ms"), a.median < 1.0);
    table.addCheck(QStringLiteral("6 seats, one 100,000-seat sector (60 % sold)"), BenchTable::ms(b.median) + QStringLiteral("  ") + BenchTable::ms(b.p95),
                   QStringLiteral("< 1 ms"), b.median < 1.0);
    table.addCheck(QStringLiteral("5,000 seats, one 100,000-seat sector (60 % sold: singles)"), BenchTable::ms(c.median) + QStringLiteral("  ") + BenchTable::ms(c.p95),
                   QStringLiteral("< 5 ms"), c.median < 5.0);
    table.addCheck(QStringLiteral("5,000 seats, one 100,000-seat sector (all free)"), BenchTable::ms(d.median) + QStringLiteral("  ") + BenchTable::ms(d.p95),
                   QStringLiteral("< 5 ms"), d.median < 5.0);
    table.addSeparator();
    table.addRow({QStringLiteral("ranking 20 × 5,000 seats (once per layout)"), BenchTable::ms(buildMs), QString(), QString()});
    table.addRow({QStringLiteral("ranking one 100,000-seat sector (once per layout)"), BenchTable::ms(bigBuildMs), QString(), QString()});

    QTextStream out(stdout);
    out << "\nBest available (snake ranking, BestAvailable::choose; " << found << " seats chosen in all runs)\n"
        << table.toString() << Qt::endl;
    return table.misses() == 0 ? 0 : 1;
}
