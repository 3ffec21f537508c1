#include "admincli.h"

#include "admin/auditcommands.h"
#include "admin/benchcommands.h"
#include "admin/cliarguments.h"
#include "admin/layoutcommands.h"
#include "admin/ticketcommands.h"
#include "admin/quotacommands.h"

#include "db/connectionsettings.h"
#include "db/embeddedcluster.h"
#include "db/migrator.h"
#include "db/staffservice.h"
#include "demo/demoenvironment.h"
#include "demo/demoseeder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>

namespace Tribina {

using CliArguments::takeFlag;
using CliArguments::takeOption;

int AdminCli::usage(int code)
{
    (code == 0 ? m_out : m_err) << tr(
        "usage: tribina-admin [--uri postgresql://...] [--demo] COMMAND\n"
        "  db migrate                 apply pending migrations (each in its own transaction)\n"
        "  db status                  show applied, pending, edited and unknown migrations\n"
        "  staff add LOGIN --group G --name NAME [--password PW]\n"
        "                             create a staff login in group G (admin, box_office, petrol,\n"
        "                             support, reporting); the password is read from stdin if omitted\n"
        "  demo seed                  seed the demo data into a migrated database (once)\n"
        "  demo start                 create, start, migrate and seed the embedded demo cluster\n"
        "  cluster start|stop|status [--dir DIR]\n"
        "                             the embedded cluster (default under the user's data directory)\n")
        << LayoutCommands::usage()
        << TicketCommands::usage()
        << QuotaCommands::usage()
        << AuditCommands::usage()
        << BenchCommands::usage()
        << tr("Connection: PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD or ~/.pgpass, or --uri;\n"
              "--demo connects to the embedded cluster as its superuser.\n");
    return code;
}

int AdminCli::run(const QStringList &arguments)
{
    QStringList args = arguments;
    m_uri = takeOption(args, QStringLiteral("--uri"));
    m_demo = takeFlag(args, QStringLiteral("--demo"));
    m_clusterDir = takeOption(args, QStringLiteral("--dir"));
    if (m_clusterDir.isEmpty())
        m_clusterDir = EmbeddedCluster::defaultRootDir();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("help"))
        return usage(args.isEmpty() ? 2 : 0);
    const QString group = args.takeFirst();
    const QString verb = args.isEmpty() ? QString() : args.first();
    if (group == QLatin1String("db"))
        return dbCommand(verb);
    if (group == QLatin1String("staff"))
        return staffCommand(args);
    if (group == QLatin1String("demo"))
        return demoCommand(verb);
    if (group == QLatin1String("cluster"))
        return clusterCommand(verb);
    if (group == QLatin1String("layout"))
        return LayoutCommands(m_out, m_err, [this] { return openDatabase() ? QSqlDatabase::database(m_connection) : QSqlDatabase(); }).run(args);
    if (group == QLatin1String("ticket"))
        return TicketCommands(m_out, m_err, [this] { return openDatabase() ? QSqlDatabase::database(m_connection) : QSqlDatabase(); }).run(args);
    if (group == QLatin1String("quota"))
        return QuotaCommands(m_out, m_err, [this] { return openDatabase() ? QSqlDatabase::database(m_connection) : QSqlDatabase(); }).run(args);
    if (group == QLatin1String("audit"))
        return AuditCommands(m_out, m_err, [this] { return openDatabase() ? QSqlDatabase::database(m_connection) : QSqlDatabase(); }).run(args);
    if (group == QLatin1String("bench"))
        return BenchCommands(m_out, m_err, [this] { return openDatabase() ? QSqlDatabase::database(m_connection) : QSqlDatabase(); }).run(args);
    return usage(2);
}

bool AdminCli::openDatabase()
{
    ConnectionSettings settings = ConnectionSettings::fromEnvironment();
    QString password; // empty: libpq falls back to PGPASSWORD and ~/.pgpass
    if (m_demo) {
        const EmbeddedCluster cluster(m_clusterDir);
        settings = cluster.settings(cluster.superuser(), DemoEnvironment::databaseName());
        password = cluster.superuserPassword();
    } else if (!m_uri.isEmpty() && !ConnectionSettings::fromUri(m_uri, &settings)) {
        m_err << tr("Not a postgresql:// URI: %1").arg(m_uri) << '\n';
        return false;
    }
    m_connection = QStringLiteral("tribina-admin");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.user);
    db.setPassword(password);
    db.setConnectOptions(settings.connectOptions());
    if (!db.open()) {
        m_err << tr("Cannot connect to %1: %2").arg(settings.displayName(), db.lastError().text()) << '\n';
        return false;
    }
    return true;
}

int AdminCli::dbCommand(const QString &verb)
{
    if (verb != QLatin1String("migrate") && verb != QLatin1String("status"))
        return usage(2);
    if (!openDatabase())
        return 1;
    Migrator migrator(QSqlDatabase::database(m_connection));
    if (verb == QLatin1String("migrate")) {
        const Outcome migrated = migrator.migrate([this](const Migration &m) {
            m_out << tr("applying %1 %2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name) << Qt::endl;
        });
        if (!migrated) {
            m_err << migrated.error() << '\n';
            return 1;
        }
        m_out << tr("database is at version %1").arg(migrator.status().currentVersion()) << '\n';
        return 0;
    }
    const Migrator::Status status = migrator.status();
    for (const AppliedMigration &a : status.applied) {
        QString state = tr("applied");
        if (status.tampered.contains(a.version))
            state = tr("EDITED AFTER IT WAS APPLIED");
        else if (status.unknown.contains(a.version))
            state = tr("UNKNOWN TO THIS VERSION (newer)");
        m_out << QStringLiteral("%1 %2  %3  %4 by %5\n")
                     .arg(a.version, 4, 10, QLatin1Char('0'))
                     .arg(a.name.leftJustified(32), state, a.appliedAt.toString(Qt::ISODate), a.appliedBy);
    }
    for (const Migration &m : status.pending)
        m_out << QStringLiteral("%1 %2  %3\n").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name.leftJustified(32), tr("pending"));
    m_out << tr("current version %1, this build knows up to %2").arg(status.currentVersion()).arg(Migrator::latestBundledVersion())
          << '\n';
    return status.upToDate() ? 0 : 3;
}

int AdminCli::staffCommand(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.size() < 2 || args.takeFirst() != QLatin1String("add"))
        return usage(2);
    const QString groupName = takeOption(args, QStringLiteral("--group"));
    const QString name = takeOption(args, QStringLiteral("--name"));
    QString password = takeOption(args, QStringLiteral("--password"));
    StaffRole group;
    if (args.size() != 1 || name.isEmpty() || !staffRoleFromName(groupName, &group))
        return usage(2);
    if (password.isEmpty())
        password = QTextStream(stdin).readLine();
    if (password.isEmpty()) {
        m_err << tr("A password is required (on stdin or with --password).") << '\n';
        return 2;
    }
    if (!openDatabase())
        return 1;
    const Outcome added = StaffService(QSqlDatabase::database(m_connection)).addStaff(args.first(), name, group, password);
    if (!added) {
        m_err << added.error() << '\n';
        return 1;
    }
    m_out << tr("staff member %1 added to %2").arg(args.first(), groupRoleName(group)) << '\n';
    return 0;
}

int AdminCli::demoCommand(const QString &verb)
{
    QElapsedTimer timer;
    timer.start();
    if (verb == QLatin1String("start")) {
        DemoEnvironment demo(m_clusterDir);
        const Outcome prepared = demo.prepare([this](const QString &step) { m_out << step << Qt::endl; });
        if (!prepared) {
            m_err << prepared.error() << '\n';
            return 1;
        }
        m_out << tr("demo database ready in %1 ms; it keeps running until `tribina-admin cluster stop`")
                     .arg(timer.elapsed())
              << '\n';
        return 0;
    }
    if (verb != QLatin1String("seed"))
        return usage(2);
    if (!openDatabase())
        return 1;
    DemoSeeder seeder(QSqlDatabase::database(m_connection));
    if (seeder.isSeeded()) {
        m_out << tr("demo data already present; nothing to do") << '\n';
        return 0;
    }
    const Outcome seeded = seeder.seed([this](const QString &step) { m_out << step << Qt::endl; });
    if (!seeded) {
        m_err << seeded.error() << '\n';
        return 1;
    }
    m_out << tr("demo data seeded in %1 ms").arg(timer.elapsed()) << '\n';
    return 0;
}

int AdminCli::clusterCommand(const QString &verb)
{
    EmbeddedCluster cluster(m_clusterDir);
    if (verb == QLatin1String("status")) {
        m_out << (cluster.isRunning() ? tr("running, socket in %1").arg(cluster.socketDir())
                                      : tr("not running (%1)").arg(cluster.rootDir()))
              << '\n';
        return cluster.isRunning() ? 0 : 3;
    }
    Outcome outcome;
    if (verb == QLatin1String("start"))
        outcome = cluster.acquire(); // registration of a process that exits at once: not counted
    else if (verb == QLatin1String("stop"))
        outcome = cluster.stop();
    else
        return usage(2);
    if (!outcome) {
        m_err << outcome.error() << '\n';
        return 1;
    }
    return 0;
}

} // namespace Tribina
