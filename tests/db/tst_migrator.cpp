#include "db/migrator.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Tribina;

class TestMigrator : public QObject
{
    Q_OBJECT

private:
    static int scalar(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toInt();
    }

private slots:
    void bundledMigrationsAreNumberedFromOne()
    {
        const QList<Migration> all = Migrator::bundled();
        QVERIFY(all.size() >= 3);
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].version, i + 1);
            QCOMPARE(all[i].checksum.size(), 64);
        }
        QCOMPARE(Migrator::latestBundledVersion(), all.last().version);
    }

    void freshDatabaseGetsEveryMigration()
    {
        QSqlDatabase db = TestDatabase::fresh(QStringLiteral("migrator_fresh"), false);
        Migrator migrator(db);
        QVERIFY(!migrator.status().initialised);
        QStringList applied;
        const Outcome migrated = migrator.migrate([&applied](const Migration &m) { applied << m.name; });
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        QCOMPARE(applied.size(), Migrator::bundled().size());
        const Migrator::Status status = migrator.status();
        QVERIFY(status.upToDate());
        QCOMPARE(status.currentVersion(), Migrator::latestBundledVersion());
        // The schema is really there: a few tables of the data model and of our extensions.
        for (const char *table : {"match_seat_inventory", "tickets", "petrol_pins", "audit_outbox", "staff_accounts"})
            QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = '%1'")
                                    .arg(QLatin1String(table))) == 1, table);
    }

    void rerunIsANoOp()
    {
        QSqlDatabase db = TestDatabase::fresh(QStringLiteral("migrator_rerun"));
        const int rows = scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations"));
        const int stamp = scalar(db, QStringLiteral("SELECT extract(epoch FROM max(applied_at))::int FROM schema_migrations"));
        int called = 0;
        const Outcome again = Migrator(db).migrate([&called](const Migration &) { ++called; });
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(called, 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations")), rows);
        QCOMPARE(scalar(db, QStringLiteral("SELECT extract(epoch FROM max(applied_at))::int FROM schema_migrations")), stamp);
    }

    void editedMigrationIsRefused()
    {
        QSqlDatabase db = TestDatabase::fresh(QStringLiteral("migrator_tampered"));
        QList<Migration> edited = Migrator::bundled();
        edited[1].sql += "\n-- an innocent-looking edit\n";
        edited[1].checksum = QCryptographicHash::hash(edited[1].sql, QCryptographicHash::Sha256).toHex();
        Migrator migrator(db, edited);
        QCOMPARE(migrator.status().tampered, QList<int>{2});
        const Outcome refused = migrator.migrate();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("2")), qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QLatin1String("checksum")));
    }

    void newerDatabaseIsRefused()
    {
        QSqlDatabase db = TestDatabase::fresh(QStringLiteral("migrator_newer"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, 'future', 'x')")));
        Migrator migrator(db);
        QCOMPARE(migrator.status().unknown, QList<int>{9999});
        const Outcome refused = migrator.migrate();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("9999")), qPrintable(refused.error()));
    }

    void failingMigrationLeavesNothing()
    {
        QSqlDatabase db = TestDatabase::fresh(QStringLiteral("migrator_failing"), false);
        Migration good{1, QStringLiteral("good"), "CREATE TABLE good_one (id int);", "a"};
        Migration bad{2, QStringLiteral("bad"), "CREATE TABLE half_done (id int); SELECT no_such_function();", "b"};
        const Outcome failed = Migrator(db, {good, bad}).migrate();
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QLatin1String("bad")), qPrintable(failed.error()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'good_one'")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'half_done'")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT max(version) FROM schema_migrations")), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
