// Quota allocation benchmark (issue 7): NM and REDOM of 5,000 seats in the 100,000-seat stress
// stadium, and 50 quotas of 20 seats in a row; medians. In memory only (the allocator); the
// database commit is measured by the quota SQL tests. Target: < 5 ms for 5,000 seats.

#include "allocation/quotaallocator.h"
#include "allocation/snakeranking.h"
#include "demo/demostadiums.h"
#include "layout/stadiumlayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Tribina;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const StadiumLayout layout = DemoStadiums::stressStadium();

    // Every 5th seat of every 3rd row sold, so rows are not all empty.
    QElapsedTimer t;
    t.start();
    QuotaInventory inventory;
    int id = 0;
    int freeSeats = 0;
    for (const LayoutSector &sector : layout.sectors()) {
        const SnakeRanking ranking(sector);
        QList<QuotaInventory::Seat> seats;
        seats.reserve(ranking.size());
        for (const SeatKey &key : ranking.order()) {
            const bool free = !(key.rowOrder % 3 == 0 && key.seatIndex % 5 == 0);
            freeSeats += free ? 1 : 0;
            seats.append({id++, key.rowOrder, key.seatIndex, free});
        }
        inventory.addSector(seats);
    }
    const double buildMs = ms(t);
    QList<int> allSectors;
    for (int s = 0; s < inventory.sectorCount(); ++s)
        allSectors.append(s);
    // A quota for a few stands: the first sectors, in order.
    const QList<int> someSectors = allSectors.mid(0, std::min<qsizetype>(8, allSectors.size()));

    out << "Quota allocation benchmark: " << inventory.seatCount() << " seats in " << inventory.sectorCount()
        << " sectors (" << freeSeats << " free); inventory build with snake ranking " << QString::number(buildMs, 'f', 1)
        << " ms\n";

    const int runs = 21;
    for (QuotaAlgorithm algorithm : {QuotaAlgorithm::BestSeats, QuotaAlgorithm::Distributed}) {
        for (const QList<int> &sectors : {someSectors, allSectors}) {
            std::vector<double> times;
            int got = 0;
            for (int r = 0; r < runs; ++r) {
                t.restart();
                const QuotaAllocation a = QuotaAllocator(inventory).allocate(algorithm, 5000, sectors);
                times.push_back(ms(t));
                got = int(a.seats.size());
                if (!a.ok()) {
                    out << "FAILED: " << a.error << '\n';
                    return 1;
                }
            }
            const double m = median(times);
            out << QStringLiteral("  %1 5,000 seats over %2 sectors: median %3 ms (%4 seats) %5\n")
                       .arg(sqlValue(algorithm)).arg(sectors.size()).arg(m, 0, 'f', 3).arg(got)
                       .arg(m < 5.0 ? QStringLiteral("[< 5 ms: ok]") : QStringLiteral("[TARGET MISSED]"));
        }
    }

    for (QuotaAlgorithm algorithm : {QuotaAlgorithm::BestSeats, QuotaAlgorithm::Distributed}) {
        std::vector<double> totals;
        std::vector<double> singles;
        for (int r = 0; r < 11; ++r) {
            QuotaInventory copy = inventory;
            t.restart();
            for (int q = 0; q < 50; ++q) {
                QElapsedTimer one;
                one.start();
                const QuotaAllocation a = QuotaAllocator(copy).allocate(algorithm, 20, someSectors);
                if (!a.ok()) {
                    out << "FAILED: " << a.error << '\n';
                    return 1;
                }
                copy.take(a.seats);
                singles.push_back(ms(one));
            }
            totals.push_back(ms(t));
        }
        out << QStringLiteral("  %1 50 quotas x 20 seats in a row: median %2 ms for all 50, %3 ms per quota\n")
                   .arg(sqlValue(algorithm)).arg(median(totals), 0, 'f', 3).arg(median(singles), 0, 'f', 4);
    }
    return 0;
}
