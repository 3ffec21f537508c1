// Benchmark: PIN look-up and the complete transaction with 16 attendants at once, against the
// real server (the pg_cluster fixture). Prints median and p99 per operation; fails only when an
// operation does not succeed (or is absurdly slow), never on a figure that merely looks slow.

#include "petrol/petrolrepository.h"
#include "petrolfixture.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace Tribina;

namespace {
const QString kDb = QStringLiteral("tribina_test_petrol_bench");
constexpr int kAttendants = 16;
constexpr int kLookupsEach = 60;
constexpr int kSalesEach = 8;

struct Figures
{
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Figures figures(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * double(ms.size() - 1) + 0.5))]; };
    return {at(0.5), at(0.99), ms.back()};
}
} // namespace

class TestPetrolBench : public QObject
{
    Q_OBJECT

private slots:
    void sixteenAttendants();
};

void TestPetrolBench::sixteenAttendants()
{
    QSqlDatabase db = TestDatabase::fresh(kDb);
    PetrolFixture fx(db, QStringLiteral("bn"), 20, 20, kAttendants * kSalesEach * 2);
    QStringList logins;
    QList<QStringList> pins; // per attendant: its sale PINs (2 tickets each)
    for (int a = 0; a < kAttendants; ++a) {
        logins.append(fx.attendant(QStringLiteral("b%1").arg(a), QStringLiteral("BENCH-%1").arg(a % 4)));
        QStringList mine;
        for (int s = 0; s < kSalesEach; ++s) {
            const QString pin = QString::number(30000 + a * 100 + s);
            fx.addPin(pin, PetrolFixture::holders(2, QStringLiteral("Bench%1x%2").arg(a).arg(s)));
            mine.append(pin);
        }
        pins.append(mine);
    }

    std::mutex lock;
    std::vector<double> lookups, completes;
    std::atomic<int> failures = 0;
    std::atomic<int> ready = 0;
    auto attendant = [&](int a) {
        const QString name = QStringLiteral("bench-%1").arg(a);
        {
            QSqlDatabase conn = TestDatabase::connectAs(kDb, logins.at(a), name, QStringLiteral("secret"));
            PetrolRepository repo(conn);
            std::vector<double> myLookups, myCompletes;
            ++ready;
            while (ready.load() < kAttendants)
                std::this_thread::yield();
            QElapsedTimer t;
            // Look-ups: valid PINs (a failure would count towards a lockout and stop the run)
            for (int i = 0; i < kLookupsEach; ++i) {
                t.start();
                const PinLookup r = repo.lookupPin(pins.at(a).at(i % kSalesEach), fx.match());
                myLookups.push_back(double(t.nsecsElapsed()) / 1e6);
                if (r.status != PetrolStatus::Ok) {
                    qWarning("lookup: status %d", int(r.status));
                    ++failures;
                }
            }
            // Sales: reserve, identity, then the timed complete transaction
            for (const QString &pin : pins.at(a)) {
                const PinLookup found = repo.lookupPin(pin, fx.match());
                const PetrolReservation r = repo.reserveBest(found.pinId, found.matchId, found.quantity);
                if (r.status != PetrolStatus::Ok || repo.verifyIdentity(r.reservationId, QStringLiteral("ID_CARD")).status != PetrolStatus::Ok) {
                    qWarning("reserve: status %d %s", int(r.status), qPrintable(r.outcome.error()));
                    ++failures;
                    continue;
                }
                t.start();
                const PetrolCompletion done = repo.complete(QUuid::createUuid(), r.reservationId, PetrolPayment::Cash, {});
                myCompletes.push_back(double(t.nsecsElapsed()) / 1e6);
                if (done.status != PetrolStatus::Completed) {
                    qWarning("complete: status %d %s %s", int(done.status), qPrintable(done.detail), qPrintable(done.outcome.error()));
                    ++failures;
                }
            }
            std::lock_guard guard(lock);
            lookups.insert(lookups.end(), myLookups.begin(), myLookups.end());
            completes.insert(completes.end(), myCompletes.begin(), myCompletes.end());
            conn.close();
        }
        QSqlDatabase::removeDatabase(name);
    };
    std::vector<std::thread> threads;
    for (int a = 0; a < kAttendants; ++a)
        threads.emplace_back(attendant, a);
    for (std::thread &t : threads)
        t.join();

    QCOMPARE(failures.load(), 0);
    QCOMPARE(int(lookups.size()), kAttendants * kLookupsEach);
    QCOMPARE(int(completes.size()), kAttendants * kSalesEach);
    const Figures l = figures(lookups), c = figures(completes);
    qInfo().noquote() << QStringLiteral("\nPetrol benchmark, %1 attendants at once (real PostgreSQL, ms)").arg(kAttendants);
    qInfo().noquote() << QStringLiteral("  PIN look-up        n=%1  median %2  p99 %3  max %4")
                             .arg(lookups.size()).arg(l.median, 0, 'f', 2).arg(l.p99, 0, 'f', 2).arg(l.max, 0, 'f', 2);
    qInfo().noquote() << QStringLiteral("  complete (2 tkts)  n=%1  median %2  p99 %3  max %4")
                             .arg(completes.size()).arg(c.median, 0, 'f', 2).arg(c.p99, 0, 'f', 2).arg(c.max, 0, 'f', 2);
    QCOMPARE(fx.scalar(QStringLiteral("SELECT count(*) FROM petrol_sales")).toInt(), kAttendants * kSalesEach);
    QVERIFY2(l.p99 < 5000 && c.p99 < 10000, "an operation took seconds: something is blocking");
}

QTEST_GUILESS_MAIN(TestPetrolBench)
#include "tst_petrolbench.moc"
