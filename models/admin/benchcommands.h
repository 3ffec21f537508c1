#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Tribina {

/// `tribina-admin bench …`: load runs an operator points at a server before a big match.
///
///     bench sales --match UUID [--sellers N] [--hot-seats K] [--max-seats S]
///                 [--pgbench-seconds T] [--pgbench-scale F] [--no-pgbench]
///
/// sales: N sellers (default 32), each on its own connection and thread, attempt overlapping
/// counter sales of 1–S seats (default 6, capped by the match's buyer limit) on the same K hot
/// seats (default 500: the match's first K available priced seats) until none is left
/// (SalesLoad). Then it checks the invariants itself — no seat sold twice (query and the unique
/// index), no deadlock (SQLSTATE 40P01), every loser told which seat — and prints throughput
/// and latency (median, p99) of the sale transaction beside pgbench's built-in TPC-B-like run on
/// the same server (a scratch database tribina_bench_pgbench, created and dropped; needs
/// CREATEDB), as a ratio, and pgbench's own latency median and p99 from its transaction log.
/// Targets: ≥ 0.5× pgbench's TPS, p99 < 25 ms. Two sale figures are printed: sale transactions
/// (every counter_sell call: completed, or refused because a seat was taken — both are whole
/// transactions) and completed sales (at most K / average seats per sale of them exist).
///
/// The hot seats are really sold (into the given match): use a test match. The sellers log in
/// as the connecting staff login (box office or admin); a superuser connection creates and uses
/// the staff login tribina_bench (box office) instead. Exit status: 0 invariants hold, 3
/// invariant broken, 1 error, 2 usage.
class BenchCommands
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommands)
public:
    /// openDatabase as TicketCommands: connects and returns the connection (named, so it can
    /// be cloned per seller), or an invalid QSqlDatabase.
    BenchCommands(QTextStream &out, QTextStream &err, std::function<QSqlDatabase()> openDatabase)
        : m_out(out), m_err(err), m_openDatabase(std::move(openDatabase)) {}

    int run(const QStringList &args);
    static QString usage();

private:
    int sales(QStringList args);
    /// What pgbench's TPC-B-like run measured: transactions per second and, from its
    /// per-transaction log, the latency median and p99 (the same figures as the sales').
    struct PgbenchFigures
    {
        double tps = -1;
        double medianMs = 0;
        double p99Ms = 0;
    };
    /// pgbench -i then a timed, logged run against a scratch database; tps -1 on error.
    PgbenchFigures pgbench(const QSqlDatabase &db, int clients, int seconds, int scale, QString *error);

    QTextStream &m_out;
    QTextStream &m_err;
    std::function<QSqlDatabase()> m_openDatabase;
};

} // namespace Tribina
