#include "db/embeddedcluster.h"
#include "db/pgconnection.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tribina;

/// The embedded default's private cluster: created once, password-protected, shared by the
/// instances that use it and stopped by the last one.
class TestEmbeddedCluster : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{QDir::tempPath() + QLatin1String("/tribina-embedded-XXXXXX")};
    QString root() const { return m_dir.path() + QLatin1String("/pg"); }

    static bool canConnect(const EmbeddedCluster &cluster, const QString &password, const QString &name)
    {
        bool ok = false;
        {
            QSqlDatabase db = addPgConnection(name, cluster.settings(cluster.superuser(), QStringLiteral("postgres")),
                                              password);
            ok = db.open();
            if (ok) {
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("SELECT 1"));
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private slots:
    void cleanupTestCase() { (void)EmbeddedCluster(root()).stop(); }

    void firstStartCreatesAPasswordProtectedCluster()
    {
        QVERIFY(m_dir.isValid());
        EmbeddedCluster cluster(root());
        QVERIFY(!cluster.isInitialised());
        const Outcome acquired = cluster.acquire();
        QVERIFY2(acquired.ok(), qPrintable(acquired.error()));
        QVERIFY(cluster.isInitialised());
        QVERIFY(cluster.isRunning());
        QVERIFY(cluster.socketDir().startsWith(root()));
        QVERIFY(QFile::exists(cluster.socketDir() + QLatin1String("/.s.PGSQL.5432")));

        const QString password = cluster.superuserPassword();
        QCOMPARE(password.size(), 32);
        const auto perms = QFile::permissions(root() + QLatin1String("/superuser.pgpass"));
        QVERIFY(!(perms & (QFile::ReadGroup | QFile::ReadOther)));
        QVERIFY(canConnect(cluster, password, QStringLiteral("right")));
        QVERIFY(!canConnect(cluster, QStringLiteral("wrong"), QStringLiteral("wrong")));
        QVERIFY(!canConnect(cluster, QString(), QStringLiteral("none")));
        QVERIFY(cluster.release().ok());
        QVERIFY(!cluster.isRunning());
    }

    void secondInstanceReusesAndLastOneStops()
    {
        EmbeddedCluster first(root());
        EmbeddedCluster second(root());
        QVERIFY(first.acquire().ok());
        {
            QSqlDatabase db = addPgConnection(QStringLiteral("marker"),
                                              first.settings(first.superuser(), QStringLiteral("postgres")),
                                              first.superuserPassword());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS survives_restart (id int)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("marker"));

        QVERIFY(second.acquire().ok());
        QCOMPARE(first.userCount(), 2);
        QVERIFY(first.release().ok());
        QVERIFY2(second.isRunning(), "the other instance still uses the cluster");
        QVERIFY(second.release().ok());
        QVERIFY(!second.isRunning());

        // Restarting reuses the data; the password stays the same.
        const QString password = first.superuserPassword();
        QVERIFY(first.acquire().ok());
        QVERIFY(canConnect(first, password, QStringLiteral("again")));
        QVERIFY(first.release().ok());
    }

    void crashedInstanceDoesNotKeepItRunning()
    {
        EmbeddedCluster cluster(root());
        QVERIFY(cluster.acquire().ok());
        // A registration left behind by a process that no longer exists.
        QFile stale(root() + QLatin1String("/users/999999999-deadbeef"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QCOMPARE(cluster.userCount(), 1);
        QVERIFY(cluster.release().ok());
        QVERIFY(!cluster.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedCluster)
#include "tst_embeddedcluster.moc"
