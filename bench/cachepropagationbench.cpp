// Propagation of live changes (issue 6): a commit on one connection until the change is applied
// in another client's cache model (DbSession + ChangeListener + MatchDeltaSync + SQLite +
// LiveSeatMap + SeatMapModel), median and p95 over 1,000 changes, on a private throwaway
// PostgreSQL cluster. Part of the `bench` target; exits non-zero when the target is missed.
#include "benchtable.h"
#include "cache/liveseatmap.h"
#include "cache/matchdeltasync.h"
#include "cache/matchsnapshotstore.h"
#include "db/changelistener.h"
#include "db/dbsession.h"
#include "db/embeddedcluster.h"
#include "db/migrator.h"
#include "db/pgconnection.h"
#include "demo/demoseeder.h"
#include "layout/layoutrepository.h"
#include "layout/rowblock.h"
#include "layout/stadiumlayout.h"
#include "seatmap/seatmapmodel.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QEventLoop>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace Tribina {

namespace {

bool exec(QSqlQuery &q, const QString &sql, QTextStream &out)
{
    if (q.exec(sql))
        return true;
    out << "propagation bench: " << q.lastError().text() << " in " << sql << Qt::endl;
    return false;
}

// A stadium of one sector, rows × seats, a match and its inventory (as tests' TestVenue).
QUuid createMatch(QSqlDatabase &db, int rows, int seatsPerRow, QTextStream &out)
{
    StadiumLayout layout(QStringLiteral("Propagation Arena"), QStringLiteral("Zagreb"), QStringLiteral("HR"),
                         VenueType::Home);
    RowBlock block(RowPath::straight({20, 40}, {-20, 40}), rows);
    block.setFixedSeats(seatsPerRow);
    LayoutSector sector(QStringLiteral("Sektor A"), QStringLiteral("A"));
    sector.addBlock(block);
    sector.fitOutlineToRows();
    layout.addSector(sector);
    LayoutRepository repository(db);
    LayoutRepository::Saved saved;
    Outcome o = repository.saveDraft({}, DemoSeeder::storedLayout(layout), &saved);
    if (o)
        o = repository.activate(saved.stadiumId, saved.version);
    if (!o) {
        out << "propagation bench: " << o.error() << Qt::endl;
        return {};
    }
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral(
            "WITH m AS (INSERT INTO matches (home_team, away_team, competition, kick_off_time, venue_id, match_type)"
            " VALUES ('Hrvatska', 'Bench', 'Prijateljska', now() + interval '7 days', '%1', 'HOME')"
            " RETURNING id, stadium_layout_id),"
            " inv AS (INSERT INTO match_seat_inventory (match_id, seat_id) SELECT m.id, s.id FROM m"
            " JOIN sectors sec ON sec.stadium_layout_id = m.stadium_layout_id JOIN seats s ON s.sector_id = sec.id)"
            " SELECT id FROM m").arg(saved.stadiumId.toString(QUuid::WithoutBraces)), out) || !q.next())
        return {};
    return q.value(0).toUuid();
}

} // namespace

int runCachePropagationBench(int changes)
{
    QTextStream out(stdout);
    QTemporaryDir dir(QStringLiteral("/tmp/tribina-propagation-XXXXXX"));
    EmbeddedCluster cluster(dir.filePath(QStringLiteral("pg")), EmbeddedCluster::Auth::TrustSuperuser);
    out << "Propagation: starting a throwaway PostgreSQL cluster…" << Qt::endl;
    if (Outcome o = cluster.acquire(); !o) {
        out << "propagation bench: " << o.error() << Qt::endl;
        return 1;
    }
    int misses = 1;
    const QString dbName = QStringLiteral("propagation");
    {
        QSqlDatabase admin = addPgConnection(QStringLiteral("bench-admin"),
                                             cluster.settings(cluster.superuser(), QStringLiteral("postgres")), {});
        if (admin.open()) {
            QSqlQuery q(admin);
            q.exec(QStringLiteral("CREATE DATABASE propagation"));
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    {
        QSqlDatabase db = addPgConnection(QStringLiteral("bench-writer"), cluster.settings(cluster.superuser(), dbName), {});
        QUuid matchId;
        QList<QUuid> inventory;
        if (db.open() && Migrator(db).migrate().ok())
            matchId = createMatch(db, 20, 50, out);
        QSqlQuery q(db);
        if (!matchId.isNull()
            && exec(q, QStringLiteral("SELECT staff_add('bench_clerk', 'Bench Clerk', 'tribina_box_office', 'secret')"), out)
            && exec(q, QStringLiteral("SELECT id FROM match_seat_inventory WHERE match_id = '%1' ORDER BY id")
                           .arg(matchId.toString(QUuid::WithoutBraces)), out)) {
            while (q.next())
                inventory.append(q.value(0).toUuid());
        }
        if (!inventory.isEmpty()) {
            const ConnectionSettings settings = cluster.settings(QStringLiteral("bench_clerk"), dbName);
            DbSession session;
            ChangeListener listener;
            const LoginResult login = session.open(settings, QStringLiteral("secret")).result();
            QEventLoop loop;
            QObject::connect(&listener, &ChangeListener::listeningChanged, &loop, &QEventLoop::quit);
            listener.start(settings, QStringLiteral("secret"));
            QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
            loop.exec();

            MatchDeltaSync sync(session, dir.filePath(QStringLiteral("cache.sqlite")));
            sync.setListener(&listener);
            MatchSnapshotStore store(dir.filePath(QStringLiteral("cache.sqlite")));
            SeatMapModel model;
            LiveSeatMap live(&store, &sync, &model);
            if (login.ok() && store.open().ok()) {
                QObject::connect(&sync, &MatchDeltaSync::snapshotReplaced, &loop, &QEventLoop::quit);
                live.showMatch(matchId);
                QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
                loop.exec();
            }
            QList<double> samples;
            QElapsedTimer t;
            int lost = 0;
            for (int i = 0; i < changes && model.seatCount() == inventory.size(); ++i) {
                const QUuid id = inventory.at(i % inventory.size());
                const int seat = live.seatOf(id);
                const SeatStatus next = model.status(seat) == SeatStatus::Sold ? SeatStatus::Available : SeatStatus::Sold;
                t.start();
                q.exec(QStringLiteral("UPDATE match_seat_inventory SET status = '%1' WHERE id = '%2'")
                           .arg(QString(sqlValue(next)), id.toString(QUuid::WithoutBraces)));
                // Wait for that seat to change in the other client's model.
                QEventLoop wait;
                auto c = QObject::connect(&live, &LiveSeatMap::seatsUpdated, &wait, [&](const QList<int> &seats) {
                    if (seats.contains(seat) && model.status(seat) == next)
                        wait.quit();
                });
                QTimer::singleShot(5'000, &wait, &QEventLoop::quit);
                if (model.status(seat) != next)
                    wait.exec();
                QObject::disconnect(c);
                if (model.status(seat) == next)
                    samples.append(double(t.nsecsElapsed()) / 1e6);
                else
                    ++lost;
            }
            const TimingStats stats = TimingStats::of(samples);
            BenchTable table({QStringLiteral("propagation (commit → other client's cache model)"),
                              QStringLiteral("measured"), QStringLiteral("target"), QString()});
            table.addRow({QStringLiteral("changes applied / lost"),
                          QStringLiteral("%1 / %2").arg(samples.size()).arg(lost), QString(), QString()});
            table.addRow({QStringLiteral("median"), BenchTable::ms(stats.median), QString(), QString()});
            table.addCheck(QStringLiteral("p95"), BenchTable::ms(stats.p95), QStringLiteral("< 50 ms"),
                           stats.p95 < 50 && lost == 0 && samples.size() == changes);
            out << table.toString() << Qt::endl;
            misses = table.misses();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-writer"));
    (void)cluster.stop();
    return misses;
}

} // namespace Tribina

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Live change propagation benchmark."));
    parser.addHelpOption();
    const QCommandLineOption changes(QStringLiteral("changes"), QStringLiteral("Changes to time (default 1000)."),
                                     QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOption(changes);
    parser.process(app);
    return Tribina::runCachePropagationBench(qMax(10, parser.value(changes).toInt()));
}
