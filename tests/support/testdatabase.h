#pragma once

#include "db/connectionsettings.h"

#include <QSqlDatabase>
#include <QString>

/// Databases on the test run's throwaway cluster (started by the pg_cluster CTest fixture,
/// socket directory under $TRIBINA_TEST_PG_ROOT/run, trust authentication).
namespace TestDatabase {

/// Drops and recreates database `name` and opens a superuser connection to it, named `name`.
/// With migrate, applies the bundled migrations first. Fails the calling test (QVERIFY-style
/// message through qFatal) when the cluster is not running: tests never skip.
QSqlDatabase fresh(const QString &name, bool migrate = true);

/// A connection to database `name` as login `user`, named connectionName.
QSqlDatabase connectAs(const QString &name, const QString &user, const QString &connectionName,
                       const QString &password = {});

/// Settings for DbSession::open() against database `name` as `user`.
Tribina::ConnectionSettings settings(const QString &name, const QString &user);

/// Creates a staff login in group ("tribina_admin", ...) through staff_add(); returns the login.
/// Logins are cluster-wide: the suffix keeps suites apart.
QString addStaff(QSqlDatabase &db, const QString &login, const QString &group,
                 const QString &password = QStringLiteral("secret"));

/// Runs sql, returns the SQLSTATE of the failure or an empty string on success.
QString sqlState(QSqlDatabase &db, const QString &sql);

} // namespace TestDatabase
