#include "admin/benchcommands.h"

#include "admin/cliarguments.h"
#include "boxoffice/salesload.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

namespace Tribina {

using CliArguments::takeFlag;
using CliArguments::takeOption;

QString BenchCommands::usage()
{
    return tr("  bench sales --match UUID [--sellers N] [--hot-seats K] [--max-seats S]\n"
              "              [--pgbench-seconds T] [--pgbench-scale F] [--no-pgbench]\n"
              "                             concurrent counter sales on K hot seats of the match (sells\n"
              "                             them!), checks no seat is sold twice, prints TPS and latency\n"
              "                             beside pgbench's TPC-B-like run on the same server\n");
}

int BenchCommands::run(const QStringList &args)
{
    QStringList rest = args;
    const QString verb = rest.isEmpty() ? QString() : rest.takeFirst();
    if (verb == QLatin1String("sales"))
        return sales(rest);
    m_err << usage();
    return 2;
}

namespace {

QString findPgbench()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("pgbench"));
    if (!found.isEmpty())
        return found;
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList list = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &v : list) {
        const QString candidate = versions.filePath(v + QStringLiteral("/bin/pgbench"));
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

} // namespace

BenchCommands::PgbenchFigures BenchCommands::pgbench(const QSqlDatabase &db, int clients, int seconds, int scale, QString *error)
{
    const QString pgbench = findPgbench();
    if (pgbench.isEmpty()) {
        *error = tr("pgbench not found (Debian: package postgresql or postgresql-contrib)");
        return {};
    }
    const QString scratch = QStringLiteral("tribina_bench_pgbench");
    QSqlQuery q(db);
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(scratch));
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(scratch))) {
        *error = tr("cannot create the scratch database %1: %2").arg(scratch, q.lastError().text());
        return {};
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!db.hostName().isEmpty())
        env.insert(QStringLiteral("PGHOST"), db.hostName());
    if (db.port() > 0)
        env.insert(QStringLiteral("PGPORT"), QString::number(db.port()));
    if (!db.userName().isEmpty())
        env.insert(QStringLiteral("PGUSER"), db.userName());
    if (!db.password().isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), db.password());
    env.insert(QStringLiteral("PGDATABASE"), scratch);
    QTemporaryDir logDir; // pgbench -l writes one file per thread here
    const auto runPgbench = [&](const QStringList &arguments, QString *output) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(logDir.path());
        p.start(pgbench, arguments);
        if (!p.waitForFinished(600'000) || p.exitCode() != 0) {
            *error = tr("pgbench %1 failed: %2").arg(arguments.join(QLatin1Char(' ')),
                                                     QString::fromLocal8Bit(p.readAll()).right(400));
            return false;
        }
        *output = QString::fromLocal8Bit(p.readAll());
        return true;
    };
    QString output;
    PgbenchFigures figures;
    if (runPgbench({QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QString::number(scale)}, &output)
        && runPgbench({QStringLiteral("-n"), QStringLiteral("-l"), QStringLiteral("-c"), QString::number(clients),
                       QStringLiteral("-j"), QString::number(std::min(clients, 4)), QStringLiteral("-T"),
                       QString::number(seconds)}, &output)) {
        static const QRegularExpression tpsRe(QStringLiteral("tps = ([0-9.]+) \\(without initial connection time\\)"));
        const QRegularExpressionMatch m = tpsRe.match(output);
        if (m.hasMatch())
            figures.tps = m.captured(1).toDouble();
        else
            *error = tr("no tps in pgbench's output: %1").arg(output.right(400));
        // Log lines: client_id transaction_no latency_us script_no epoch_s epoch_us.
        QList<double> latencies;
        for (const QFileInfo &log : QDir(logDir.path()).entryInfoList({QStringLiteral("pgbench_log.*")}, QDir::Files)) {
            QFile file(log.filePath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            while (!file.atEnd()) {
                const QList<QByteArray> fields = file.readLine().split(' ');
                if (fields.size() >= 3)
                    latencies << fields[2].toDouble() / 1000.0;
            }
        }
        figures.medianMs = SalesLoad::Report::quantile(latencies, 0.5);
        figures.p99Ms = SalesLoad::Report::quantile(latencies, 0.99);
    }
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(scratch));
    return figures;
}

int BenchCommands::sales(QStringList args)
{
    const QString match = takeOption(args, QStringLiteral("--match"));
    const int sellers = takeOption(args, QStringLiteral("--sellers")).toInt();
    const int hot = takeOption(args, QStringLiteral("--hot-seats")).toInt();
    const int maxSeats = takeOption(args, QStringLiteral("--max-seats")).toInt();
    const int pgSeconds = takeOption(args, QStringLiteral("--pgbench-seconds")).toInt();
    const int pgScale = takeOption(args, QStringLiteral("--pgbench-scale")).toInt();
    const bool noPgbench = takeFlag(args, QStringLiteral("--no-pgbench"));
    const QUuid matchId = QUuid::fromString(match);
    if (matchId.isNull() || !args.isEmpty()) {
        m_err << usage();
        return 2;
    }
    QSqlDatabase db = m_openDatabase();
    if (!db.isValid() || !db.isOpen())
        return 1;

    SalesLoad::Options options;
    options.templateConnection = db.connectionName();
    options.matchId = matchId;
    options.sellers = sellers > 0 ? sellers : 32;
    const int k = hot > 0 ? hot : 500;
    options.maxSeats = maxSeats > 0 ? maxSeats : 6;

    QSqlQuery q(db);
    // Who sells: the connecting staff login, or (superuser) the bench's own box-office login.
    if (!q.exec(QStringLiteral("SELECT current_staff_user_id() IS NOT NULL, (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)"))
        || !q.next()) {
        m_err << tr("Cannot read who is connected: %1").arg(q.lastError().text()) << '\n';
        return 1;
    }
    if (!q.value(0).toBool()) {
        if (!q.value(1).toBool()) {
            m_err << tr("Connect as a box-office or admin staff login (or a superuser).") << '\n';
            return 1;
        }
        // One login per seller, as at real counters: each clerk has a shift of their own.
        options.password = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (int i = 0; i < options.sellers; ++i) {
            const QString login = QStringLiteral("tribina_bench_%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            if (!q.exec(QStringLiteral("SELECT staff_add('%1', 'Benchmark seller', 'tribina_box_office', '%2')")
                            .arg(login, options.password))) {
                m_err << tr("Cannot create the bench login: %1").arg(q.lastError().text()) << '\n';
                return 1;
            }
            options.users << login;
        }
        m_out << tr("Selling as %n box-office staff login(s) tribina_bench_NN, one per seller.", nullptr,
                    options.sellers) << '\n';
    }
    // The buyer limit caps a sale's size.
    if (q.exec(QStringLiteral("SELECT coalesce((SELECT ticket_limit FROM sales_phases WHERE match_id = '%1' AND is_active"
                              " AND now() >= start_at AND now() < end_at LIMIT 1), 4)").arg(matchId.toString(QUuid::WithoutBraces)))
        && q.next() && q.value(0).toInt() < options.maxSeats) {
        m_out << tr("The match's buyer limit is %1: sales of 1–%1 seats.").arg(q.value(0).toInt()) << '\n';
        options.maxSeats = q.value(0).toInt();
    }
    if (!q.exec(QStringLiteral(
            "SELECT i.id FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id JOIN sectors sc ON sc.id = s.sector_id"
            " JOIN match_sectors ms ON ms.match_id = i.match_id AND ms.sector_id = sc.id AND ms.price_category_id IS NOT NULL"
            " WHERE i.match_id = '%1' AND i.status = 'AVAILABLE' AND s.seat_type = 'STANDARD'"
            " ORDER BY sc.sort_order, sc.code, s.row_order, s.seat_index LIMIT %2")
                    .arg(matchId.toString(QUuid::WithoutBraces)).arg(k + options.sellers))) {
        m_err << tr("Cannot read the match's seats: %1").arg(q.lastError().text()) << '\n';
        return 1;
    }
    // The first k seats are fought over; the next ones are one untimed warm-up sale per seller.
    while (q.next())
        (options.hotSeats.size() < k ? options.hotSeats : options.warmupSeats) << QUuid::fromString(q.value(0).toString());
    if (options.warmupSeats.size() < options.sellers) {
        m_err << tr("The match has only %1 available priced seats; %2 wanted.")
                     .arg(options.hotSeats.size() + options.warmupSeats.size()).arg(k + options.sellers) << '\n';
        return 1;
    }

    m_out << tr("Sales: %1 sellers, %2 hot seats, 1–%3 seats per sale ...")
                 .arg(options.sellers).arg(k).arg(options.maxSeats) << Qt::endl;
    QString error;
    const SalesLoad::Report r = SalesLoad::run(options, &error);
    if (!error.isEmpty()) {
        m_err << tr("The load failed: %1").arg(error) << '\n';
        return 1;
    }
    const double median = SalesLoad::Report::quantile(r.saleMs, 0.5);
    const double p99 = SalesLoad::Report::quantile(r.saleMs, 0.99);
    m_out << tr("  attempts %1, sales %2, seats sold %3, refused (seat taken) %4, loser told the seat %5\n")
                 .arg(r.attempts).arg(r.sales).arg(r.seatsSold).arg(r.seatTaken).arg(r.loserToldSeat)
          << tr("  deadlocks (40P01) %1, other errors %2, seats sold twice %3, unique index %4\n")
                 .arg(r.deadlocks).arg(r.otherErrors).arg(r.seatsSoldTwice)
                 .arg(r.uniqueIndexPresent ? tr("present") : tr("MISSING"))
          << tr("  %1 s: %2 sales/s (%3 attempts/s); sale latency median %4 ms, p99 %5 ms (attempts: median %6 ms, p99 %7 ms)\n")
                 .arg(r.seconds, 0, 'f', 2).arg(r.salesPerSecond(), 0, 'f', 1).arg(r.attemptsPerSecond(), 0, 'f', 1)
                 .arg(median, 0, 'f', 2).arg(p99, 0, 'f', 2)
                 .arg(SalesLoad::Report::quantile(r.attemptMs, 0.5), 0, 'f', 2)
                 .arg(SalesLoad::Report::quantile(r.attemptMs, 0.99), 0, 'f', 2);
    for (const QString &sample : r.errorSamples)
        m_out << tr("  error: %1").arg(sample) << '\n';

    if (!noPgbench) {
        QString pgError;
        const PgbenchFigures pg = pgbench(db, options.sellers, pgSeconds > 0 ? pgSeconds : 10,
                                          pgScale > 0 ? pgScale : 10, &pgError);
        if (pg.tps < 0) {
            m_err << tr("pgbench: %1").arg(pgError) << '\n';
        } else {
            const double attemptP99 = SalesLoad::Report::quantile(r.attemptMs, 0.99);
            m_out << tr("  pgbench TPC-B-like, %1 clients: %2 tps, latency median %3 ms, p99 %4 ms\n")
                         .arg(options.sellers).arg(pg.tps, 0, 'f', 1).arg(pg.medianMs, 0, 'f', 2).arg(pg.p99Ms, 0, 'f', 2)
                  << tr("  sale transactions/pgbench = %1, p99 %2 ms; completed sales/pgbench = %3, p99 %4 ms"
                        " (targets: ratio ≥ 0.5, p99 < 25 ms)\n")
                         .arg(r.attemptsPerSecond() / pg.tps, 0, 'f', 2).arg(attemptP99, 0, 'f', 2)
                         .arg(r.salesPerSecond() / pg.tps, 0, 'f', 2).arg(p99, 0, 'f', 2);
        }
    }
    const bool ok = r.invariantsHold();
    m_out << (ok ? tr("Invariants hold.") : tr("INVARIANT BROKEN.")) << '\n';
    return ok ? 0 : 3;
}

} // namespace Tribina
