#include "demoenvironment.h"

#include "db/migrator.h"
#include "db/pgconnection.h"
#include "db/sqlerrors.h"
#include "demo/demoseeder.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Tribina {

namespace {
/// A superuser connection used only while preparing; removed again when it goes out of scope.
class ScopedConnection
{
public:
    ScopedConnection(const ConnectionSettings &s, const QString &password)
        : m_name(QStringLiteral("demo-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        addPgConnection(m_name, s, password).open();
    }
    ~ScopedConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};
} // namespace

DemoEnvironment::DemoEnvironment(QString rootDir)
    : m_cluster(std::move(rootDir), EmbeddedCluster::Auth::Password)
{}

Outcome DemoEnvironment::prepare(const std::function<void(const QString &)> &progress)
{
    const auto say = [&progress](const QString &text) {
        if (progress)
            progress(text);
    };
    say(m_cluster.isInitialised() ? tr("Starting the local database…")
                                  : tr("Creating the local database (first start only)…"));
    if (Outcome acquired = m_cluster.acquire(); !acquired)
        return acquired;
    m_acquired = true;

    const QString password = m_cluster.superuserPassword();
    {
        ScopedConnection server(m_cluster.settings(m_cluster.superuser(), QStringLiteral("postgres")), password);
        if (!server.db().isOpen())
            return Outcome::failure(tr("Cannot connect to the local database: %1")
                                        .arg(server.db().lastError().text()));
        QSqlQuery q(server.db());
        q.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(databaseName()));
        if (!q.next() && !q.exec(QStringLiteral("CREATE DATABASE %1").arg(databaseName())))
            return Outcome::failure(tr("Cannot create the demo database: %1").arg(describe(q.lastError())));
    }

    ScopedConnection demo(m_cluster.settings(m_cluster.superuser(), databaseName()), password);
    if (!demo.db().isOpen())
        return Outcome::failure(tr("Cannot connect to the demo database: %1").arg(demo.db().lastError().text()));
    say(tr("Updating the database schema…"));
    if (Outcome migrated = Migrator(demo.db()).migrate(); !migrated)
        return migrated;
    DemoSeeder seeder(demo.db());
    if (!seeder.isSeeded()) {
        if (Outcome seeded = seeder.seed(say); !seeded)
            return seeded;
    }
    return {};
}

void DemoEnvironment::release()
{
    if (m_acquired)
        (void)m_cluster.release();
    m_acquired = false;
}

ConnectionSettings DemoEnvironment::settingsFor(const QString &login) const
{
    return m_cluster.settings(login, databaseName());
}

} // namespace Tribina
