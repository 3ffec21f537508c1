#include "embeddedcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cerrno>
#include <pwd.h>
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

namespace Tribina {

namespace {
bool runningAsRoot()
{
    return ::geteuid() == 0;
}

const passwd *postgresUser()
{
    return ::getpwnam("postgres");
}

// PostgreSQL refuses to run as root: as root, its files belong to the postgres system user.
bool handToPostgres(const QString &path)
{
    if (!runningAsRoot())
        return true;
    const passwd *pg = postgresUser();
    return pg && ::chown(QFile::encodeName(path).constData(), pg->pw_uid, pg->pw_gid) == 0;
}

// The postgres user must be able to walk down to its data directory, e.g. through /root.
void grantTraverse(const QString &path)
{
    QDir dir(path);
    while (!dir.isRoot()) {
        QFile::Permissions p = QFile::permissions(dir.absolutePath());
        if (!(p & QFile::ExeOther))
            QFile::setPermissions(dir.absolutePath(), p | QFile::ExeOther);
        if (!dir.cdUp())
            break;
    }
}

QString findServerTool(const QString &tool)
{
    // The server package keeps initdb and pg_ctl in its own bin directory, often not on PATH.
    QStringList dirs;
    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (pgConfig.waitForFinished(5000) && pgConfig.exitCode() == 0)
        dirs << QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList installed = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(installed.begin(), installed.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : std::as_const(installed))
        dirs << versions.filePath(v + QLatin1String("/bin"));
    for (const QString &dir : std::as_const(dirs)) {
        const QString candidate = QDir(dir).filePath(tool);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(tool);
}

QString randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password;
    for (int i = 0; i < 32; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return password;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}
} // namespace

EmbeddedCluster::EmbeddedCluster(QString rootDir, Auth auth)
    : m_root(QDir(rootDir).absolutePath())
    , m_auth(auth)
{}

QString EmbeddedCluster::defaultRootDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QLatin1String("/tribina/pg");
}

QString EmbeddedCluster::socketDir() const
{
    return m_root + QLatin1String("/run");
}

QString EmbeddedCluster::logFile() const
{
    return socketDir() + QLatin1String("/postgres.log");
}

QString EmbeddedCluster::dataDir() const
{
    return m_root + QLatin1String("/data");
}

QString EmbeddedCluster::passwordFile() const
{
    return m_root + QLatin1String("/superuser.pgpass");
}

bool EmbeddedCluster::isInitialised() const
{
    // PG_VERSION is readable only by the cluster's owner; the password file and the data
    // directory's existence are ours to see.
    return QFileInfo::exists(dataDir()) && QFileInfo::exists(m_root + QLatin1String("/initialised"));
}

bool EmbeddedCluster::isRunning() const
{
    return isInitialised()
           && runServerTool(QStringLiteral("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), dataDir()}, 10'000).ok();
}

QString EmbeddedCluster::superuserPassword() const
{
    QFile file(passwordFile());
    if (m_auth == Auth::TrustSuperuser || !file.open(QIODevice::ReadOnly))
        return {};
    // pgpass format: host:port:database:user:password
    return QString::fromUtf8(file.readAll()).trimmed().section(QLatin1Char(':'), 4);
}

ConnectionSettings EmbeddedCluster::settings(const QString &user, const QString &database) const
{
    ConnectionSettings s;
    s.host = socketDir();
    s.port = port();
    s.user = user;
    s.database = database;
    s.sslMode = QStringLiteral("disable");
    return s;
}

Outcome EmbeddedCluster::runServerTool(const QString &tool, const QStringList &args, int timeoutMs) const
{
    const QString program = findServerTool(tool);
    if (program.isEmpty())
        return Outcome::failure(tr("The PostgreSQL server program \"%1\" is not installed "
                                   "(Debian package postgresql).").arg(tool));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(QFileInfo::exists(socketDir()) ? socketDir() : QDir::tempPath());
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
    else
        process.start(program, args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Outcome::failure(tr("%1 did not finish in time.").arg(tool));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Outcome::failure(QString::fromLocal8Bit(process.readAll()).trimmed());
    return {};
}

Outcome EmbeddedCluster::initialise()
{
    if (runningAsRoot() && !postgresUser())
        return Outcome::failure(tr("Running as root needs the \"postgres\" system user "
                                   "(Debian package postgresql)."));
    if (!QDir().mkpath(m_root) || !QDir().mkpath(dataDir()) || !QDir().mkpath(socketDir()))
        return Outcome::failure(tr("Cannot create the directory %1.").arg(m_root));
    QFile::setPermissions(m_root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | (runningAsRoot() ? QFile::ExeOther : QFile::Permissions()));
    QFile::setPermissions(dataDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (runningAsRoot())
        grantTraverse(m_root);
    if (!handToPostgres(dataDir()) || !handToPostgres(socketDir()))
        return Outcome::failure(tr("Cannot hand %1 to the postgres user.").arg(m_root));

    QStringList args{QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), superuser(),
                     QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")};
    QString pwfile;
    if (m_auth == Auth::TrustSuperuser) {
        args << QStringLiteral("-A") << QStringLiteral("trust") << QStringLiteral("--no-sync");
    } else {
        const QString password = randomPassword();
        QFile pgpass(passwordFile());
        if (!pgpass.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Outcome::failure(tr("Cannot write %1.").arg(passwordFile()));
        pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        pgpass.write(QStringLiteral("*:*:*:%1:%2\n").arg(superuser(), password).toUtf8());
        pgpass.close();
        // initdb reads the password from a file; it lives only as long as initdb runs.
        pwfile = socketDir() + QLatin1String("/initdb.pw");
        QFile pw(pwfile);
        if (!pw.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Outcome::failure(tr("Cannot write %1.").arg(pwfile));
        pw.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        pw.write(password.toUtf8());
        pw.close();
        handToPostgres(pwfile);
        args << QStringLiteral("--auth-local=scram-sha-256") << QStringLiteral("--auth-host=scram-sha-256")
             << QStringLiteral("--pwfile=") + pwfile;
    }
    const Outcome ran = runServerTool(QStringLiteral("initdb"), args, 180'000);
    if (!pwfile.isEmpty())
        QFile::remove(pwfile);
    if (!ran)
        return Outcome::failure(tr("Creating the database cluster failed: %1").arg(ran.error()));
    if (m_auth == Auth::TrustSuperuser) {
        QFile hba(dataDir() + QLatin1String("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Outcome::failure(tr("Cannot write %1.").arg(hba.fileName()));
        hba.write("local all postgres trust\nlocal all all scram-sha-256\n");
    }
    QFile marker(m_root + QLatin1String("/initialised"));
    marker.open(QIODevice::WriteOnly);
    return {};
}

Outcome EmbeddedCluster::start()
{
    if (isRunning())
        return {};
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=''").arg(socketDir()).arg(port());
    const Outcome started = runServerTool(
        QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), logFile(), QStringLiteral("-w"),
         QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start")},
        90'000);
    if (!started)
        return Outcome::failure(tr("Starting the database server failed: %1 (see %2)")
                                    .arg(started.error(), logFile()));
    return {};
}

Outcome EmbeddedCluster::acquire()
{
    if (!QDir().mkpath(m_root + QLatin1String("/users")))
        return Outcome::failure(tr("Cannot create the directory %1.").arg(m_root));
    QLockFile lock(m_root + QLatin1String("/cluster.lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(120'000))
        return Outcome::failure(tr("Another Tribina is starting or stopping the database; try again."));
    if (!isInitialised()) {
        if (Outcome created = initialise(); !created)
            return created;
    }
    if (Outcome started = start(); !started)
        return started;
    if (m_token.isEmpty()) {
        m_token = QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid())
                      .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        QFile(m_root + QLatin1String("/users/") + m_token).open(QIODevice::WriteOnly);
    }
    return {};
}

Outcome EmbeddedCluster::release()
{
    if (m_token.isEmpty())
        return {};
    QLockFile lock(m_root + QLatin1String("/cluster.lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(120'000))
        return Outcome::failure(tr("Another Tribina is starting or stopping the database; try again."));
    QFile::remove(m_root + QLatin1String("/users/") + m_token);
    m_token.clear();
    if (otherUsersAlive())
        return {};
    return stop();
}

Outcome EmbeddedCluster::stop()
{
    if (!isRunning())
        return {};
    const Outcome stopped = runServerTool(
        QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
         QStringLiteral("stop")},
        60'000);
    if (!stopped)
        return Outcome::failure(tr("Stopping the database server failed: %1").arg(stopped.error()));
    return {};
}

int EmbeddedCluster::userCount() const
{
    otherUsersAlive(); // drops the registrations of processes that died
    return int(QDir(m_root + QLatin1String("/users")).entryList(QDir::Files).size());
}

bool EmbeddedCluster::otherUsersAlive() const
{
    bool alive = false;
    const QDir users(m_root + QLatin1String("/users"));
    const QStringList tokens = users.entryList(QDir::Files);
    for (const QString &token : tokens) {
        if (token == m_token)
            continue;
        if (processAlive(token.section(QLatin1Char('-'), 0, 0).toLongLong()))
            alive = true;
        else
            QFile::remove(users.filePath(token)); // a crashed instance
    }
    return alive;
}

} // namespace Tribina
