#include "boxoffice/salesload.h"

#include "boxoffice/salerepository.h"
#include "domain/oib.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <latch>
#include <memory>

namespace Tribina {

namespace {

QString randomOib(QRandomGenerator &rng)
{
    QString digits;
    digits += QChar(u'1' + rng.bounded(9));
    while (digits.size() < 10)
        digits += QChar(u'0' + rng.bounded(10));
    return digits + QString::number(Oib::checkDigit(digits));
}

struct SellerTally
{
    qint64 attempts = 0, sales = 0, seatsSold = 0, seatTaken = 0, told = 0, deadlocks = 0, other = 0;
    QStringList samples;
    QList<double> saleMs, attemptMs;
    QString fatal;
};

SaleRequest randomSale(const SalesLoad::Options &o, const QList<QUuid> &seats, int index, qint64 attempt,
                       const QUuid &shift, QRandomGenerator &rng)
{
    SaleRequest req;
    req.key = QUuid::createUuid();
    req.matchId = o.matchId;
    req.inventoryIds = seats;
    for (qsizetype i = 0; i < seats.size(); ++i) {
        TicketHolder h;
        h.fullName = QStringLiteral("Bench Holder %1-%2").arg(index).arg(attempt);
        h.dateOfBirth = QDate(1980 + int(rng.bounded(30)), 1 + int(rng.bounded(12)), 1 + int(rng.bounded(28)));
        h.nationality = QStringLiteral("HR");
        h.oib = randomOib(rng);
        req.holders << h;
    }
    req.method = PaymentMethod::Cash;
    req.cashGiven = Money(100'000'00);
    req.shiftId = shift;
    return req;
}

/// What a counter's map learns after a lost seat: the rows of the match changed since it last
/// looked (the change-number delta of models/cache), not a re-read of every seat it shows. It
/// reads after the highest number seen, not ChangeWatermark's safe one: a change missed here
/// costs the seller one more refused attempt, which names the seat.
class SeenChanges
{
public:
    SeenChanges(QSqlDatabase db, const QUuid &match) : m_db(db), m_match(match.toString(QUuid::WithoutBraces))
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT coalesce(max(change_no), 0) FROM match_seat_inventory WHERE match_id = '%1'")
                       .arg(m_match))
            && q.next())
            m_last = q.value(0).toLongLong();
        m_delta.prepare(QStringLiteral("SELECT id, status = 'AVAILABLE', change_no FROM match_seat_inventory"
                                       " WHERE match_id = ?::uuid AND change_no > ?"));
    }
    /// Removes from free every seat changed (to anything but AVAILABLE) since the last look.
    void forgetTaken(QList<QUuid> *free)
    {
        QSqlQuery &q = m_delta;
        q.bindValue(0, m_match);
        q.bindValue(1, m_last);
        if (!q.exec())
            return;
        QSet<QUuid> taken;
        while (q.next()) {
            if (!q.value(1).toBool())
                taken.insert(QUuid::fromString(q.value(0).toString()));
            m_last = std::max(m_last, q.value(2).toLongLong());
        }
        free->removeIf([&](const QUuid &id) { return taken.contains(id); });
    }

private:
    QSqlDatabase m_db;
    QString m_match;
    qint64 m_last = 0;
    QSqlQuery m_delta{m_db}; // prepared once: a counter asks this often
};

void sellerLoop(const SalesLoad::Options &o, int index, SellerTally *t, std::latch *ready, std::latch *go)
{
    const QString name = QStringLiteral("tribina-sales-load-%1").arg(index);
    bool waited = false;
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(o.templateConnection, name);
        const QString user = o.users.value(index, o.user);
        if (!user.isEmpty()) {
            db.setUserName(user);
            db.setPassword(o.password);
        }
        if (!db.open()) {
            t->fatal = db.lastError().text();
        } else {
            SaleRepository repo(db);
            QUuid shift;
            SaleError e = repo.openShift(Money(0), QStringLiteral("bench"), &shift);
            if (!e.ok())
                t->fatal = e.detail;
            QRandomGenerator rng(quint32(QRandomGenerator::global()->generate() + index));
            // A counter's connection is long-lived: one sale outside the hot seats first, so the
            // timed part measures sales, not each new session planning its first one.
            if (t->fatal.isEmpty() && index < o.warmupSeats.size()) {
                SaleReceipt receipt;
                e = repo.sell(randomSale(o, {o.warmupSeats[index]}, index, -1, shift, rng), &receipt);
                if (!e.ok())
                    t->fatal = e.sqlState + QStringLiteral(": ") + e.detail;
            }
            SeenChanges seen(db, o.matchId);
            ready->count_down();
            go->wait();
            waited = true;
            QList<QUuid> free = o.hotSeats; // what this seller believes is still free
            while (t->fatal.isEmpty() && !free.isEmpty()) {
                const int n = std::min<int>(int(free.size()), 1 + int(rng.bounded(o.maxSeats)));
                const int start = int(rng.bounded(int(free.size()) - n + 1));
                const SaleRequest req = randomSale(o, free.mid(start, n), index, t->attempts, shift, rng);
                SaleReceipt receipt;
                QElapsedTimer timer;
                timer.start();
                e = repo.sell(req, &receipt);
                const double ms = timer.nsecsElapsed() / 1e6;
                ++t->attempts;
                t->attemptMs << ms;
                if (e.ok()) {
                    ++t->sales;
                    t->seatsSold += receipt.tickets.size();
                    t->saleMs << ms;
                    for (const QUuid &id : req.inventoryIds)
                        free.removeOne(id);
                } else if (e.kind == SaleError::Kind::SeatTaken) {
                    ++t->seatTaken;
                    if (req.inventoryIds.contains(e.seat)) {
                        ++t->told;
                        free.removeOne(e.seat);
                        seen.forgetTaken(&free); // like a counter whose map just updated
                    } else {
                        // Not told which seat: forget the whole attempt's seats so we end.
                        for (const QUuid &id : req.inventoryIds)
                            free.removeOne(id);
                    }
                } else if (e.kind == SaleError::Kind::Deadlock) {
                    ++t->deadlocks;
                } else {
                    ++t->other;
                    if (t->samples.size() < 3)
                        t->samples << e.sqlState + QStringLiteral(": ") + e.detail;
                    if (e.kind == SaleError::Kind::Connection || t->other > 1000)
                        t->fatal = e.detail;
                    for (const QUuid &id : req.inventoryIds)
                        free.removeOne(id);
                }
            }
            db.close();
        }
    }
    if (!waited)
        ready->count_down();
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool SalesLoad::Report::invariantsHold() const
{
    return seatsSoldTwice == 0 && deadlocks == 0 && loserToldSeat == seatTaken && uniqueIndexPresent
        && hotSeatsSoldInDb == hotSeats && liveTicketsOnHotSeats == hotSeats && seatsSold == hotSeats
        && otherErrors == 0;
}

double SalesLoad::Report::quantile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values[i];
}

SalesLoad::Report SalesLoad::run(const Options &o, QString *error)
{
    Report report;
    report.sellers = o.sellers;
    report.hotSeats = int(o.hotSeats.size());
    std::vector<std::unique_ptr<SellerTally>> tallies;
    std::vector<QThread *> threads;
    for (int i = 0; i < o.sellers; ++i)
        tallies.push_back(std::make_unique<SellerTally>());
    std::latch ready(o.sellers), go(1);
    for (int i = 0; i < o.sellers; ++i)
        threads.push_back(QThread::create(sellerLoop, o, i, tallies[i].get(), &ready, &go));
    for (QThread *t : threads)
        t->start();
    ready.wait(); // every seller connected, shift open, warmed up
    QElapsedTimer wall;
    wall.start();
    go.count_down();
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    report.seconds = wall.nsecsElapsed() / 1e9;
    for (const auto &t : tallies) {
        if (!t->fatal.isEmpty() && error && error->isEmpty())
            *error = t->fatal;
        report.attempts += t->attempts;
        report.sales += t->sales;
        report.seatsSold += t->seatsSold;
        report.seatTaken += t->seatTaken;
        report.loserToldSeat += t->told;
        report.deadlocks += t->deadlocks;
        report.otherErrors += t->other;
        report.errorSamples += t->samples;
        report.saleMs += t->saleMs;
        report.attemptMs += t->attemptMs;
    }

    // The checks, on a connection of their own.
    const QString name = QStringLiteral("tribina-sales-load-check");
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(o.templateConnection, name);
        if (!db.open()) {
            if (error && error->isEmpty())
                *error = db.lastError().text();
        } else {
            const QString ids = SaleRepository::uuidArray(o.hotSeats);
            const QString match = o.matchId.toString(QUuid::WithoutBraces);
            QSqlQuery q(db);
            q.exec(QStringLiteral(
                "SELECT (SELECT count(*) FROM (SELECT t.match_seat_inventory_id FROM tickets t"
                "         WHERE t.match_id = '%1' AND t.status IN ('SOLD', 'ATTENDED') GROUP BY 1 HAVING count(*) > 1) d),"
                "       (SELECT count(*) FROM match_seat_inventory i WHERE i.id = ANY ('%2'::uuid[]) AND i.status = 'SOLD'"
                "         AND (SELECT count(*) FROM tickets t WHERE t.match_seat_inventory_id = i.id AND t.status IN ('SOLD', 'ATTENDED')) = 1),"
                "       (SELECT count(*) FROM tickets t WHERE t.match_seat_inventory_id = ANY ('%2'::uuid[]) AND t.status IN ('SOLD', 'ATTENDED')),"
                "       EXISTS (SELECT 1 FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid"
                "               WHERE c.relname = 'idx_tickets_one_live_per_seat' AND x.indisunique AND x.indisvalid)")
                       .arg(match, ids));
            if (q.next()) {
                report.seatsSoldTwice = q.value(0).toLongLong();
                report.hotSeatsSoldInDb = q.value(1).toLongLong();
                report.liveTicketsOnHotSeats = q.value(2).toLongLong();
                report.uniqueIndexPresent = q.value(3).toBool();
            } else if (error && error->isEmpty()) {
                *error = q.lastError().text();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

} // namespace Tribina
