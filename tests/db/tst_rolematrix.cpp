#include "testdatabase.h"

#include <QSqlQuery>
#include <QtTest>

/// Least privilege, proven by running each statement as a real login of each group against the
/// real server: what a role may not do is refused by PostgreSQL itself (SQLSTATE 42501).
class TestRoleMatrix : public QObject
{
    Q_OBJECT

    const QString m_db = QStringLiteral("rolematrix");
    const QString m_suffix = QString::number(QCoreApplication::applicationPid());
    const QStringList m_groups{QStringLiteral("admin"), QStringLiteral("box_office"), QStringLiteral("petrol"),
                               QStringLiteral("support"), QStringLiteral("reporting")};

    QString loginOf(const QString &group) const { return QStringLiteral("rm_%1_%2").arg(group, m_suffix); }

    QSqlDatabase as(const QString &group)
    {
        const QString name = QStringLiteral("as_") + group;
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        return TestDatabase::connectAs(m_db, loginOf(group), name, QStringLiteral("secret"));
    }

    static constexpr const char *kDenied = "42501";

private slots:
    void initTestCase()
    {
        QSqlDatabase db = TestDatabase::fresh(m_db);
        for (const QString &group : m_groups)
            TestDatabase::addStaff(db, loginOf(group), QStringLiteral("tribina_") + group);
        QSqlQuery q(db);
        // One order with a ticket, payment and refund, so DELETE has something it could hit.
        QVERIFY(q.exec(QStringLiteral(
            "WITH s AS (INSERT INTO stadiums (name, city, type, base_capacity) VALUES ('S', 'Zagreb', 'HOME', 0) RETURNING id),"
            " m AS (INSERT INTO matches (home_team, away_team, competition, kick_off_time, venue_id, match_type)"
            "       SELECT 'A', 'B', 'C', now() + interval '7 days', id, 'HOME' FROM s RETURNING id)"
            " INSERT INTO orders (user_id, match_id, order_number, ticket_amount, ticket_vat_amount, fee_amount,"
            "                     fee_vat_amount, total_amount)"
            " SELECT (SELECT user_id FROM staff_accounts LIMIT 1), m.id, 'T-1', 10, 0.48, 0.60, 0.12, 10.60 FROM m")));
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("allowed");

        // Nobody deletes money, tickets or the audit trail — administrators included.
        for (const QString &group : m_groups) {
            for (const char *table : {"orders", "tickets", "ticket_holders", "payments", "refunds", "audit_outbox"})
                QTest::addRow("%s deletes %s", qPrintable(group), table)
                    << group << QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)) << false;
            QTest::addRow("%s reads matches", qPrintable(group))
                << group << QStringLiteral("SELECT count(*) FROM matches") << true;
            QTest::addRow("%s reads the seat inventory", qPrintable(group))
                << group << QStringLiteral("SELECT count(*) FROM match_seat_inventory") << true;
        }
        // Only administrators change stadiums, matches and prices.
        for (const QString &group : {QStringLiteral("box_office"), QStringLiteral("petrol"), QStringLiteral("support"),
                                     QStringLiteral("reporting")}) {
            QTest::addRow("%s updates stadiums", qPrintable(group)) << group << QStringLiteral("UPDATE stadiums SET name = name") << false;
            QTest::addRow("%s updates matches", qPrintable(group)) << group << QStringLiteral("UPDATE matches SET status = status") << false;
            QTest::addRow("%s updates prices", qPrintable(group)) << group << QStringLiteral("UPDATE price_categories SET price = 0") << false;
            QTest::addRow("%s inserts sectors", qPrintable(group))
                << group << QStringLiteral("INSERT INTO sectors (stadium_id, stadium_layout_id, name, code, capacity) SELECT stadium_id, id, 'X', 'X', 1 FROM stadium_layouts") << false;
        }
        QTest::newRow("admin updates stadiums") << "admin" << "UPDATE stadiums SET name = name" << true;
        QTest::newRow("admin updates prices") << "admin" << "UPDATE price_categories SET price = price" << true;
        QTest::newRow("admin inserts sectors")
            << "admin" << "INSERT INTO sectors (stadium_id, stadium_layout_id, name, code, capacity) SELECT stadium_id, id, 'X', 'X', 1 FROM stadium_layouts" << true;

        // The PIN and the blacklist are never read directly by the counters and stations.
        for (const QString &group : {QStringLiteral("box_office"), QStringLiteral("petrol"), QStringLiteral("support"),
                                     QStringLiteral("reporting")}) {
            QTest::addRow("%s reads petrol_pins", qPrintable(group)) << group << QStringLiteral("SELECT * FROM petrol_pins") << false;
            QTest::addRow("%s reads blacklist", qPrintable(group)) << group << QStringLiteral("SELECT * FROM blacklist") << false;
        }
        for (const QString &group : m_groups)
            QTest::addRow("%s reads app_secrets", qPrintable(group)) << group << QStringLiteral("SELECT * FROM app_secrets") << false;

        // Reporting reads and never writes.
        QTest::newRow("reporting reads orders") << "reporting" << "SELECT count(*) FROM orders" << true;
        QTest::newRow("reporting reads tickets") << "reporting" << "SELECT count(*) FROM tickets" << true;
        QTest::newRow("reporting updates orders") << "reporting" << "UPDATE orders SET status = status" << false;
        QTest::newRow("reporting updates inventory") << "reporting" << "UPDATE match_seat_inventory SET status = status" << false;
        QTest::newRow("reporting writes audit") << "reporting"
            << "INSERT INTO audit_outbox (audit_type, payload) VALUES ('login', '{}')" << false;

        // The counter sells: it may write orders and change seat status.
        QTest::newRow("box office updates inventory") << "box_office" << "UPDATE match_seat_inventory SET status = status" << true;
        QTest::newRow("box office reads orders") << "box_office" << "SELECT count(*) FROM orders" << true;
        QTest::newRow("box office writes audit") << "box_office"
            << "INSERT INTO audit_outbox (audit_type, payload) VALUES ('sale', '{}')" << true;
        QTest::newRow("box office adds staff") << "box_office" << "SELECT staff_add('x', 'x', 'tribina_admin', 'x')" << false;
        QTest::newRow("petrol decrypts personal data")
            << "petrol" << "SELECT pii_decrypt(pii_encrypt('12345678903'))" << false;
    }

    void matrix()
    {
        QFETCH(QString, group);
        QFETCH(QString, sql);
        QFETCH(bool, allowed);
        QSqlDatabase db = as(group);
        const QString state = TestDatabase::sqlState(db, sql);
        if (allowed)
            QVERIFY2(state.isEmpty(), qPrintable(QStringLiteral("refused with ") + state));
        else
            QCOMPARE(state, QLatin1String(kDenied));
    }

    void evenTheOwnerCannotDeleteMoneyOrAudit_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("orders") << "DELETE FROM orders";
        QTest::newRow("truncate orders") << "TRUNCATE orders CASCADE";
        QTest::newRow("audit rewrite") << "UPDATE audit_outbox SET payload = '{\"forged\": true}'";
    }

    void evenTheOwnerCannotDeleteMoneyOrAudit()
    {
        QFETCH(QString, sql);
        QSqlDatabase owner = QSqlDatabase::database(m_db);
        QSqlQuery q(owner);
        QVERIFY(q.exec(QStringLiteral("SELECT audit_event('login', NULL, NULL, '{}')")));
        QVERIFY(!TestDatabase::sqlState(owner, sql).isEmpty());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM orders")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void auditRowsCanOnlyBeMarkedShipped()
    {
        QSqlDatabase admin = as(QStringLiteral("admin"));
        QSqlQuery q(admin);
        QVERIFY(q.exec(QStringLiteral("SELECT audit_event('login', NULL, NULL, '{\"who\": \"me\"}')")) && q.next());
        const qint64 id = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("SELECT actor_login FROM audit_outbox WHERE id = %1").arg(id)) && q.next());
        QCOMPARE(q.value(0).toString(), loginOf(QStringLiteral("admin")));
        QCOMPARE(TestDatabase::sqlState(admin, QStringLiteral("UPDATE audit_outbox SET shipped_at = now() WHERE id = %1").arg(id)), QString());
        QVERIFY(!TestDatabase::sqlState(admin, QStringLiteral("UPDATE audit_outbox SET shipped_at = NULL WHERE id = %1").arg(id)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "tst_rolematrix.moc"
