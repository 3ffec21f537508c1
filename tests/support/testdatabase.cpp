#include "testdatabase.h"

#include "db/embeddedcluster.h"
#include "db/migrator.h"
#include "db/pgconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace TestDatabase {

namespace {
Tribina::EmbeddedCluster cluster()
{
    const QString root = qEnvironmentVariable("TRIBINA_TEST_PG_ROOT");
    if (root.isEmpty())
        qFatal("TRIBINA_TEST_PG_ROOT is not set: run the suite through ctest");
    return Tribina::EmbeddedCluster(root, Tribina::EmbeddedCluster::Auth::TrustSuperuser);
}

QSqlDatabase open(const Tribina::ConnectionSettings &s, const QString &connectionName,
                  const QString &password)
{
    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);
    QSqlDatabase db = Tribina::addPgConnection(connectionName, s, password);
    if (!db.open())
        qFatal("cannot connect to the test cluster as %s: %s", qPrintable(s.user),
               qPrintable(db.lastError().text()));
    return db;
}
} // namespace

Tribina::ConnectionSettings settings(const QString &name, const QString &user)
{
    return cluster().settings(user, name);
}

QSqlDatabase fresh(const QString &name, bool migrate)
{
    const auto c = cluster();
    if (!c.isRunning())
        qFatal("the test PostgreSQL cluster under %s is not running (pg_cluster fixture failed?)",
               qPrintable(c.rootDir()));
    {
        QSqlDatabase admin = open(c.settings(c.superuser(), QStringLiteral("postgres")),
                                  QStringLiteral("testdatabase-admin"), {});
        QSqlQuery q(admin);
        const QString quoted = QLatin1Char('"') + name + QLatin1Char('"');
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted))
            || !q.exec(QStringLiteral("CREATE DATABASE %1").arg(quoted)))
            qFatal("cannot create test database %s: %s", qPrintable(name),
                   qPrintable(q.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("testdatabase-admin"));
    QSqlDatabase db = open(c.settings(c.superuser(), name), name, {});
    if (migrate) {
        const Tribina::Outcome outcome = Tribina::Migrator(db).migrate();
        if (!outcome)
            qFatal("migrating %s failed: %s", qPrintable(name), qPrintable(outcome.error()));
    }
    return db;
}

QSqlDatabase connectAs(const QString &name, const QString &user, const QString &connectionName,
                       const QString &password)
{
    return open(cluster().settings(user, name), connectionName, password);
}

QString addStaff(QSqlDatabase &db, const QString &login, const QString &group, const QString &password)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT staff_add(?, ?, ?, ?)"));
    q.addBindValue(login);
    q.addBindValue(QStringLiteral("Test ") + login);
    q.addBindValue(group);
    q.addBindValue(password);
    if (!q.exec())
        qFatal("staff_add(%s) failed: %s", qPrintable(login), qPrintable(q.lastError().text()));
    return login;
}

QString sqlState(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return {};
    const QString code = q.lastError().nativeErrorCode();
    return code.isEmpty() ? QStringLiteral("?????") : code;
}

} // namespace TestDatabase
