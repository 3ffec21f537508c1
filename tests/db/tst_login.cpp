#include "db/dbsession.h"
#include "db/migrator.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Tribina;
using Status = LoginResult::Status;

/// Every way a login can end, against the real server: each gets its own status and message.
class TestLogin : public QObject
{
    Q_OBJECT

    QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QString login(const char *name) const { return QLatin1String(name) + QLatin1Char('_') + m_suffix; }

    static LoginResult attempt(const ConnectionSettings &settings, const QString &password)
    {
        DbSession session;
        return session.open(settings, password).result();
    }

private slots:
    void initTestCase()
    {
        QSqlDatabase db = TestDatabase::fresh(QStringLiteral("login_main"));
        TestDatabase::addStaff(db, login("clerk"), QStringLiteral("tribina_box_office"), QStringLiteral("right"));
        TestDatabase::addStaff(db, login("boss"), QStringLiteral("tribina_admin"), QStringLiteral("right"));
        TestDatabase::addStaff(db, login("boss"), QStringLiteral("tribina_reporting"), QStringLiteral("right"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login("nobody"))));
        QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'right'").arg(login("nobody"))));
        TestDatabase::fresh(QStringLiteral("login_empty"), false);
    }

    void successReadsIdentityAndRoles()
    {
        DbSession session;
        QSignalSpy connected(&session, &DbSession::connectedChanged);
        const LoginResult r = session.open(TestDatabase::settings(QStringLiteral("login_main"), login("clerk")),
                                           QStringLiteral("right")).result();
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.identity.login, login("clerk"));
        QCOMPARE(r.identity.fullName, QStringLiteral("Test ") + login("clerk"));
        QVERIFY(!r.identity.userId.isNull());
        QCOMPARE(r.identity.roles, StaffRoles(StaffRole::BoxOffice));
        QVERIFY(session.isOpen());
        QCOMPARE(session.identity().login, login("clerk"));
        QTRY_COMPARE(connected.size(), 1);
        QCOMPARE(connected.first().first().toBool(), true);

        // Work runs on the session's thread and comes back as a future.
        const int answer = session.run<int>([](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT 6 * 7"));
            return q.next() ? q.value(0).toInt() : -1;
        }).result();
        QCOMPARE(answer, 42);
    }

    void severalGroupsAreAllSeen()
    {
        const LoginResult r = attempt(TestDatabase::settings(QStringLiteral("login_main"), login("boss")),
                                      QStringLiteral("right"));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.identity.roles, StaffRole::Admin | StaffRole::Reporting);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("badSocket");
        QTest::addColumn<int>("status");
        QTest::newRow("wrong password") << "login_main" << login("clerk") << "wrong" << false << int(Status::WrongCredentials);
        QTest::newRow("unknown login") << "login_main" << login("ghost") << "right" << false << int(Status::WrongCredentials);
        QTest::newRow("no server") << "login_main" << login("clerk") << "right" << true << int(Status::Unreachable);
        QTest::newRow("unknown database") << "no_such_db" << login("clerk") << "right" << false << int(Status::UnknownDatabase);
        QTest::newRow("not migrated") << "login_empty" << login("clerk") << "right" << false << int(Status::NotMigrated);
        QTest::newRow("no tribina role") << "login_main" << login("nobody") << "right" << false << int(Status::NoRole);
    }

    void failures()
    {
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, badSocket);
        QFETCH(int, status);
        ConnectionSettings s = TestDatabase::settings(database, user);
        if (badSocket)
            s.host = QStringLiteral("/nonexistent-socket-dir");
        const LoginResult r = attempt(s, password);
        QCOMPARE(int(r.status), status);
        QVERIFY(!r.message().isEmpty());
    }

    void unreachableTcpPort()
    {
        ConnectionSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = 1; // nothing listens there: refused at once
        s.user = QStringLiteral("x");
        const LoginResult r = attempt(s, QStringLiteral("x"));
        QCOMPARE(r.status, Status::Unreachable);
    }

    void olderAndNewerSchema()
    {
        QSqlDatabase db = TestDatabase::fresh(QStringLiteral("login_versions"));
        TestDatabase::addStaff(db, login("clerk"), QStringLiteral("tribina_box_office"), QStringLiteral("right"));
        const auto settings = TestDatabase::settings(QStringLiteral("login_versions"), login("clerk"));
        QSqlQuery q(db);

        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, 'future', 'x')")));
        LoginResult r = attempt(settings, QStringLiteral("right"));
        QCOMPARE(r.status, Status::MigrationNewer);
        QCOMPARE(r.databaseVersion, 9999);
        QVERIFY(r.message().contains(QLatin1String("9999")));

        QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version >= %1").arg(Migrator::latestBundledVersion())));
        r = attempt(settings, QStringLiteral("right"));
        QCOMPARE(r.status, Status::NotMigrated);
        QCOMPARE(r.databaseVersion, Migrator::latestBundledVersion() - 1);
        QVERIFY(r.message().contains(QString::number(Migrator::latestBundledVersion())));
    }
};

QTEST_GUILESS_MAIN(TestLogin)
#include "tst_login.moc"
