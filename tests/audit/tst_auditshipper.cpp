#include "audit/auditshipper.h"
#include "audit/lokipushrequest.h"
#include "fakeloki.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace Tribina;

/// The audit shipper against a local HTTP server standing in for Loki (a real Loki is not part of
/// these tests): each request is checked as Loki's push API documents it, answers drive retries,
/// backoff and parking, and two shippers at once never send a row twice.
class TestAuditShipper : public QObject
{
    Q_OBJECT

    const QString m_db = QStringLiteral("auditshipper");
    const QString m_admin = QStringLiteral("as_admin_%1").arg(QCoreApplication::applicationPid());

    QSqlDatabase db() const { return QSqlDatabase::database(m_db); }
    /// The shipper's own connection, as an administrator (the role tribina-admin runs as).
    QSqlDatabase adminDb(const QString &connection = QStringLiteral("as_admin"))
    {
        if (QSqlDatabase::contains(connection))
            return QSqlDatabase::database(connection);
        return TestDatabase::connectAs(m_db, m_admin, connection, QStringLiteral("secret"));
    }

    AuditShipper::Options options(const FakeLoki &loki) const
    {
        AuditShipper::Options o;
        o.loki = loki.url();
        o.env = QStringLiteral("test");
        o.initialBackoffMs = 20;
        o.maxBackoffMs = 2000;
        o.requestTimeoutMs = 5000;
        return o;
    }

    /// Appends n events through audit_event() (as the shipper's admin); returns their outbox ids.
    QList<qint64> addEvents(int n, const QString &type = QStringLiteral("sale"), const QString &note = QStringLiteral("ok"))
    {
        QSqlQuery q(adminDb());
        const bool ok = q.exec(QStringLiteral(
            "SELECT audit_event('%1'::audit_type, gen_random_uuid(), gen_random_uuid(),"
            " jsonb_build_object('n', g, 'note', '%2', 'holder', 'Đurđa Šimić-Čačić'))"
            " FROM generate_series(1, %3) g").arg(type, note).arg(n));
        if (!ok)
            qFatal("%s", qPrintable(q.lastError().text()));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }
    qint64 unshipped() { return scalar(QStringLiteral("SELECT count(*) FROM audit_outbox WHERE shipped_at IS NULL")); }
    qint64 parked() { return scalar(QStringLiteral("SELECT count(*) FROM audit_outbox_parked")); }

    /// Outbox ids in a request body, in the order they appear.
    static QList<qint64> idsIn(const QByteArray &body)
    {
        QList<qint64> ids;
        const QJsonArray streams = QJsonDocument::fromJson(body).object().value(QStringLiteral("streams")).toArray();
        for (const QJsonValue &s : streams)
            for (const QJsonValue &v : s.toObject().value(QStringLiteral("values")).toArray()) {
                const QJsonObject line = QJsonDocument::fromJson(v.toArray().at(1).toString().toUtf8()).object();
                ids << line.value(QStringLiteral("outbox_id")).toString().toLongLong();
            }
        return ids;
    }

    /// Ships whatever is left (a test that leaves rows behind on purpose cleans up after itself).
    void drain()
    {
        FakeLoki loki;
        AuditShipper shipper(adminDb(), options(loki));
        AuditShipper::Totals totals;
        QVERIFY(shipper.shipPending(&totals));
        QCOMPARE(unshipped(), parked());
    }

private slots:
    void initTestCase()
    {
        QSqlDatabase d = TestDatabase::fresh(m_db);
        TestDatabase::addStaff(d, m_admin, QStringLiteral("tribina_admin"));
    }

    void pushUrl()
    {
        QCOMPARE(AuditShipper::pushUrl(QUrl(QStringLiteral("http://loki:3100"))).toString(), QStringLiteral("http://loki:3100/loki/api/v1/push"));
        QCOMPARE(AuditShipper::pushUrl(QUrl(QStringLiteral("https://x/logs/"))).toString(), QStringLiteral("https://x/logs/loki/api/v1/push"));
        QCOMPARE(AuditShipper::pushUrl(QUrl(QStringLiteral("http://l/loki/api/v1/push"))).toString(), QStringLiteral("http://l/loki/api/v1/push"));
        QCOMPARE(LokiPushRequest::nanosecondTimestamp(1763900000123456), QStringLiteral("1763900000123456000"));
    }

    /// One request exactly as Loki's push API documents it, and the rows marked shipped.
    void requestIsALokiPush()
    {
        const QList<qint64> sales = addEvents(2, QStringLiteral("sale"));
        const QList<qint64> prints = addEvents(1, QStringLiteral("emergency_print"));
        const qint64 lastSale = addEvents(1, QStringLiteral("sale")).first();
        FakeLoki loki;
        AuditShipper shipper(adminDb(), options(loki));
        AuditShipper::Totals totals;
        const Outcome shipped = shipper.shipPending(&totals);
        QVERIFY2(shipped, qPrintable(shipped.error()));
        QCOMPARE(totals.shipped, 4);
        QCOMPARE(loki.requests.size(), 1);

        const FakeLoki::Request &r = loki.requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/loki/api/v1/push"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(!r.headers.contains("content-encoding")); // plain JSON, not snappy/protobuf

        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().keys(), QStringList{QStringLiteral("streams")});
        const QJsonArray streams = doc.object().value(QStringLiteral("streams")).toArray();
        QCOMPARE(streams.size(), 2); // one per label set, in order of first appearance
        QHash<QString, QList<qint64>> idsByType;
        for (const QJsonValue &sv : streams) {
            const QJsonObject s = sv.toObject();
            QCOMPARE(s.keys(), (QStringList{QStringLiteral("stream"), QStringLiteral("values")}));
            const QJsonObject labels = s.value(QStringLiteral("stream")).toObject();
            QCOMPARE(labels.keys(), (QStringList{QStringLiteral("app"), QStringLiteral("audit_type"), QStringLiteral("env")}));
            QCOMPARE(labels.value(QStringLiteral("app")).toString(), QStringLiteral("tribina"));
            QCOMPARE(labels.value(QStringLiteral("env")).toString(), QStringLiteral("test"));
            const QString type = labels.value(QStringLiteral("audit_type")).toString();
            for (const QJsonValue &vv : s.value(QStringLiteral("values")).toArray()) {
                const QJsonArray v = vv.toArray();
                QCOMPARE(v.size(), 2);
                QVERIFY(v.at(0).isString()); // nanoseconds as a string, as the API requires
                QVERIFY(v.at(1).isString());
                const QJsonObject line = QJsonDocument::fromJson(v.at(1).toString().toUtf8()).object();
                const qint64 id = line.value(QStringLiteral("outbox_id")).toString().toLongLong();
                idsByType[type] << id;
                // The timestamp is occurred_at to the nanosecond, exactly as the database has it.
                QSqlQuery q(db());
                QVERIFY(q.exec(QStringLiteral("SELECT (extract(epoch FROM occurred_at) * 1000000000)::numeric(30,0)::text,"
                                              " event_id::text, audit_type::text, actor_login, payload->>'holder', entity_id::text"
                                              " FROM audit_outbox WHERE id = %1").arg(id)));
                QVERIFY(q.next());
                QCOMPARE(v.at(0).toString(), q.value(0).toString());
                QVERIFY(v.at(0).toString().size() >= 19);
                QCOMPARE(line.value(QStringLiteral("event_id")).toString(), q.value(1).toString());
                QCOMPARE(line.value(QStringLiteral("audit_type")).toString(), q.value(2).toString());
                QCOMPARE(line.value(QStringLiteral("actor_login")).toString(), q.value(3).toString());
                QCOMPARE(line.value(QStringLiteral("entity_id")).toString(), q.value(5).toString());
                QCOMPARE(line.value(QStringLiteral("payload")).toObject().value(QStringLiteral("holder")).toString(),
                         QStringLiteral("Đurđa Šimić-Čačić"));
                QCOMPARE(q.value(4).toString(), QStringLiteral("Đurđa Šimić-Čačić"));
            }
        }
        QCOMPARE(idsByType.value(QStringLiteral("sale")), (QList<qint64>{sales[0], sales[1], lastSale})); // id order
        QCOMPARE(idsByType.value(QStringLiteral("emergency_print")), prints);
        QCOMPARE(streams.at(0).toObject().value(QStringLiteral("stream")).toObject().value(QStringLiteral("audit_type")).toString(),
                 QStringLiteral("sale"));
        QCOMPARE(unshipped(), 0);

        // Nothing left: a second run sends no request at all.
        QVERIFY(shipper.shipPending(&totals));
        QCOMPARE(loki.requests.size(), 1);
        QCOMPARE(totals.shipped, 4);
    }

    void serverErrorIsRetriedAndShippedOnce()
    {
        const QList<qint64> ids = addEvents(3);
        FakeLoki loki;
        loki.enqueue({500, "internal error", {}, 0});
        AuditShipper shipper(adminDb(), options(loki));
        AuditShipper::Batch batch;
        const Outcome o = shipper.shipBatch(&batch);
        QVERIFY2(o, qPrintable(o.error()));
        QCOMPARE(loki.requests.size(), 2);
        QCOMPARE(loki.requests[0].body, loki.requests[1].body); // the same push again
        QCOMPARE(batch.retries, 1);
        QCOMPARE(batch.shipped, ids);
        QCOMPARE(unshipped(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_outbox WHERE shipped_at IS NOT NULL AND id = ANY ('{%1,%2,%3}')")
                            .arg(ids[0]).arg(ids[1]).arg(ids[2])), 3);
    }

    void tooManyRequestsBacksOff()
    {
        addEvents(2);
        FakeLoki loki;
        loki.enqueue({429, "slow down", {{"Retry-After", "1"}}, 0}); // Retry-After beats the 20 ms backoff
        loki.enqueue({429, "slow down", {}, 0});                     // then 20 ms, doubled: 40 ms
        AuditShipper shipper(adminDb(), options(loki));
        AuditShipper::Batch batch;
        QVERIFY(shipper.shipBatch(&batch));
        QCOMPARE(loki.requests.size(), 3);
        QCOMPARE(batch.retries, 2);
        QCOMPARE(batch.shipped.size(), 2);
        const qint64 firstWait = loki.requests[1].receivedAtMs - loki.requests[0].receivedAtMs;
        const qint64 secondWait = loki.requests[2].receivedAtMs - loki.requests[1].receivedAtMs;
        QVERIFY2(firstWait >= 950, qPrintable(QString::number(firstWait)));
        QVERIFY2(secondWait >= 35 && secondWait < 900, qPrintable(QString::number(secondWait)));
        QCOMPARE(unshipped(), 0);
    }

    void exhaustedRetriesLeaveRowsUnshipped()
    {
        const QList<qint64> ids = addEvents(2);
        FakeLoki loki;
        loki.responder = [](const FakeLoki::Request &) { return FakeLoki::Reply{503, "unavailable", {}, 0}; };
        AuditShipper::Options o = options(loki);
        o.maxAttempts = 3;
        AuditShipper shipper(adminDb(), o);
        AuditShipper::Totals totals;
        const Outcome failed = shipper.shipPending(&totals);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QLatin1String("503")), qPrintable(failed.error()));
        QCOMPARE(loki.requests.size(), 3);
        QCOMPARE(unshipped(), 2);
        QCOMPARE(parked(), 0); // a server error is never a reason to park

        // Nobody listening at all: network errors are retried the same way.
        AuditShipper::Options closed = o;
        closed.loki = QUrl(QStringLiteral("http://127.0.0.1:1"));
        closed.maxAttempts = 2;
        AuditShipper unreachable(adminDb(), closed);
        AuditShipper::Batch batch;
        const Outcome refused = unreachable.shipBatch(&batch);
        QVERIFY(!refused.ok());
        QCOMPARE(batch.retries, 1);
        QCOMPARE(unshipped(), 2);
        drain();
        QCOMPARE(unshipped(), 0);
        Q_UNUSED(ids);
    }

    void rejectedRowsAreParkedNotRetried()
    {
        QList<qint64> ids = addEvents(3);
        const qint64 poison = addEvents(1, QStringLiteral("sale"), QStringLiteral("POISON")).first();
        ids << addEvents(2);
        FakeLoki loki;
        // Loki refuses a push that holds the poisoned entry (like an entry too old or too long).
        loki.responder = [](const FakeLoki::Request &r) {
            return r.body.contains("POISON") ? FakeLoki::Reply{400, "entry for stream has timestamp too old", {}, 0}
                                             : FakeLoki::Reply{};
        };
        AuditShipper shipper(adminDb(), options(loki));
        AuditShipper::Totals totals;
        QList<AuditShipper::ParkedRow> parkedRows;
        const Outcome o = shipper.shipPending(&totals, [&](const AuditShipper::Batch &b) { parkedRows << b.parked; });
        QVERIFY2(o, qPrintable(o.error()));
        QCOMPARE(totals.shipped, 5);
        QCOMPARE(totals.parked, 1);
        QCOMPARE(totals.retries, 0); // a 4xx is never retried as such: only halved
        QCOMPARE(parkedRows.size(), 1);
        QCOMPARE(parkedRows.first().outboxId, poison);
        QCOMPARE(parkedRows.first().statusCode, 400);
        // Every good row reached Loki exactly once among the accepted pushes.
        QList<qint64> accepted;
        for (const FakeLoki::Request &r : loki.requests)
            if (!r.body.contains("POISON"))
                accepted << idsIn(r.body);
        std::sort(accepted.begin(), accepted.end());
        QCOMPARE(accepted, ids);

        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_outbox_parked WHERE outbox_id = %1 AND status_code = 400"
                                       " AND response LIKE '%timestamp too old%'").arg(poison)), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_outbox WHERE id = %1 AND shipped_at IS NULL").arg(poison)), 1);

        // Later runs skip the parked row: no request at all.
        const qsizetype before = loki.requests.size();
        QVERIFY(shipper.shipPending(&totals));
        QCOMPARE(loki.requests.size(), before);

        // Parking is append-only, and the outbox guard still refuses anything but stamping shipped_at.
        QSqlDatabase admin = adminDb();
        QCOMPARE(TestDatabase::sqlState(admin, QStringLiteral("DELETE FROM audit_outbox_parked")), QStringLiteral("42501"));
        QSqlDatabase owner = db();
        QCOMPARE(TestDatabase::sqlState(owner, QStringLiteral("UPDATE audit_outbox_parked SET status_code = 500")), QStringLiteral("42501"));
        QCOMPARE(TestDatabase::sqlState(owner, QStringLiteral("UPDATE audit_outbox SET payload = '{}' WHERE id = %1").arg(poison)),
                 QStringLiteral("42501"));
    }

    void twoShippersNeverSendARowTwice()
    {
        const QList<qint64> ids = addEvents(120);
        FakeLoki loki;
        loki.responder = [](const FakeLoki::Request &) { return FakeLoki::Reply{204, {}, {}, 60}; }; // a slow Loki
        const AuditShipper::Options o = [&] { AuditShipper::Options x = options(loki); x.batchSize = 10; return x; }();
        const QString dbName = m_db, login = m_admin;
        std::atomic<int> done{0};
        int shippedBy[2] = {0, 0};
        QString errors[2];
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            threads << QThread::create([&, i] {
                const QString connection = QStringLiteral("as_shipper_%1").arg(i);
                {
                    QSqlDatabase own = TestDatabase::connectAs(dbName, login, connection, QStringLiteral("secret"));
                    AuditShipper shipper(own, o);
                    AuditShipper::Totals totals;
                    const Outcome outcome = shipper.shipPending(&totals);
                    shippedBy[i] = totals.shipped;
                    errors[i] = outcome.error();
                    own.close();
                }
                QSqlDatabase::removeDatabase(connection);
                ++done;
            });
        }
        for (QThread *t : threads)
            t->start();
        QTRY_COMPARE_WITH_TIMEOUT(done.load(), 2, 60000);
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
        QList<qint64> sent;
        for (const FakeLoki::Request &r : loki.requests)
            sent << idsIn(r.body);
        std::sort(sent.begin(), sent.end());
        QCOMPARE(sent, ids); // every row once: none twice, none missing
        QCOMPARE(shippedBy[0] + shippedBy[1], 120);
        QVERIFY2(shippedBy[0] > 0 && shippedBy[1] > 0,
                 qPrintable(QStringLiteral("%1 / %2").arg(shippedBy[0]).arg(shippedBy[1]))); // they did overlap
        QCOMPARE(unshipped(), parked());
    }

    /// --follow wakes on NOTIFY, long before its poll interval, and stop() ends it cleanly.
    void followShipsNewEventsUntilStopped()
    {
        FakeLoki loki;
        AuditShipper::Options o = options(loki);
        o.pollIntervalMs = 30000;
        AuditShipper shipper(adminDb(), o);
        QSqlDatabase writer = TestDatabase::connectAs(m_db, m_admin, QStringLiteral("as_writer"), QStringLiteral("secret"));
        QList<qint64> added;
        QTimer::singleShot(300, this, [&] {
            QSqlQuery q(writer);
            QVERIFY(q.exec(QStringLiteral("SELECT audit_event('login', NULL, NULL, '{}')")) && q.next());
            added << q.value(0).toLongLong();
        });
        connect(&loki, &FakeLoki::received, this, [&] { QTimer::singleShot(100, this, [&] { shipper.stop(); }); });
        QElapsedTimer clock;
        clock.start();
        AuditShipper::Totals totals;
        const Outcome o2 = shipper.follow(&totals);
        QVERIFY2(o2, qPrintable(o2.error()));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(added.size(), 1);
        QCOMPARE(totals.shipped, 1);
        QCOMPARE(loki.requests.size(), 1);
        QCOMPARE(idsIn(loki.requests.first().body), added);
        QCOMPARE(unshipped(), parked());
    }
};

QTEST_GUILESS_MAIN(TestAuditShipper)
#include "tst_auditshipper.moc"
