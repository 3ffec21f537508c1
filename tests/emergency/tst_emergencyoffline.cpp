#include "db/dbsession.h"
#include "emergency/emergencyservice.h"
#include "emergencyseed.h"
#include "testdatabase.h"

#include <QLocalSocket>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tribina;

/// A TCP port that forwards to the test cluster's Unix socket, and can be cut and restored like a
/// network cable between the gate and the server.
class PgProxy : public QObject
{
public:
    explicit PgProxy(QString socketPath) : m_socketPath(std::move(socketPath))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &PgProxy::accept);
    }
    bool start(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_port ? m_port : m_server.serverPort(); }
    /// Cuts every open connection and refuses new ones.
    void cut()
    {
        m_port = m_server.serverPort();
        m_server.close();
        for (const auto &[client, server] : std::as_const(m_pairs)) {
            if (client)
                client->abort();
            if (server)
                server->abort();
        }
        m_pairs.clear();
    }
    bool restore() { return m_server.listen(QHostAddress::LocalHost, m_port); }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *server = new QLocalSocket(client);
            server->connectToServer(m_socketPath);
            connect(client, &QTcpSocket::readyRead, server, [client, server] { server->write(client->readAll()); });
            connect(server, &QLocalSocket::readyRead, client, [client, server] { client->write(server->readAll()); });
            connect(client, &QTcpSocket::disconnected, server, &QLocalSocket::disconnectFromServer);
            connect(server, &QLocalSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            m_pairs.append({client, server});
        }
    }

    QString m_socketPath;
    QTcpServer m_server;
    quint16 m_port = 0;
    QList<std::pair<QPointer<QTcpSocket>, QPointer<QLocalSocket>>> m_pairs;
};

/// The gate loses the server mid-session: search and print go on from the cache, the prints wait
/// in the outbox, and when the server is back each is delivered exactly once — also when the
/// delivery itself is repeated (a crash after the server committed, before the cache noted it).
class TestEmergencyOffline : public QObject
{
    Q_OBJECT

    const QString m_db = QStringLiteral("emergencyoffline");
    const QString m_login = QStringLiteral("eo_support_%1").arg(QCoreApplication::applicationPid());
    EmergencySeed::Tickets m_t;

    template<typename T>
    static T await(QFuture<T> future)
    {
        QElapsedTimer clock;
        clock.start();
        while (!future.isFinished() && clock.elapsed() < 60'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!future.isFinished())
            qFatal("future did not finish within 60 s");
        return future.result();
    }
    int serverCount(const QString &sql, const QVariantList &values = {})
    {
        QSqlDatabase d = QSqlDatabase::database(m_db);
        return TicketSeed::exec(d, sql, values).toInt();
    }
    EmergencyPrintRequest request(const QUuid &ticket, const QString &reason)
    {
        EmergencyPrintRequest r;
        r.ticketId = ticket;
        r.matchId = m_t.base.match;
        r.reason = reason;
        r.identityVerified = true;
        r.location = QStringLiteral("Gate 7");
        return r;
    }

private slots:
    void initTestCase()
    {
        QSqlDatabase d = TestDatabase::fresh(m_db);
        TestDatabase::addStaff(d, m_login, QStringLiteral("tribina_support"));
        m_t = EmergencySeed::seed(d);
    }

    void serverCutMidSession()
    {
        const ConnectionSettings direct = TestDatabase::settings(m_db, m_login);
        PgProxy proxy(QStringLiteral("%1/.s.PGSQL.%2").arg(direct.host).arg(direct.port));
        QVERIFY(proxy.start());
        ConnectionSettings viaProxy = direct;
        viaProxy.host = QStringLiteral("127.0.0.1");
        viaProxy.port = proxy.port();
        viaProxy.sslMode = QStringLiteral("disable");
        viaProxy.connectTimeoutSeconds = 2;

        DbSession session;
        const LoginResult login = await(session.open(viaProxy, QStringLiteral("secret")));
        QVERIFY2(login.ok(), qPrintable(login.detail));

        QTemporaryDir dir;
        EmergencyService service(session, dir.filePath(QStringLiteral("tribina/emergency.sqlite")));
        service.setRetryInterval(200);
        QVERIFY(service.openCache());
        QSignalSpy offline(&service, &EmergencyService::offlineChanged);
        const int cached = await(service.refreshCache());
        QCOMPARE(cached, 7); // 6 tickets of the match, 1 of the other match (both kick off soon)
        QVERIFY(!service.isOffline());

        // Online: one print, counted by the server.
        const EmergencyPrintReceipt online = await(service.record(request(m_t.printable, QStringLiteral("online"))));
        QCOMPARE(online.state, EmergencyPrintReceipt::State::Recorded);
        QCOMPARE(online.printNumber, 1);

        // The cable is cut.
        proxy.cut();
        const EmergencySearchResult byOib = await(service.search(m_t.base.match, EmergencySearchKind::Oib,
                                                                 EmergencySeed::kOib));
        QVERIFY(byOib.offline);
        QVERIFY(service.isOffline());
        QCOMPARE(offline.size(), 1);
        QCOMPARE(offline.first().first().toBool(), true);
        QCOMPARE(byOib.tickets.size(), 1);
        QCOMPARE(byOib.tickets.first().ticketId, m_t.printable);
        QCOMPARE(byOib.tickets.first().oibLast4, QStringLiteral("8903"));
        QCOMPARE(byOib.tickets.first().printCount, 1); // the online print, noted in the cache
        QVERIFY(byOib.cacheTime.isValid());
        // The other kinds work offline too, with the last known refusals.
        const auto offlineFind = [&](EmergencySearchKind kind, const QString &term) {
            return await(service.search(m_t.base.match, kind, term)).tickets;
        };
        QCOMPARE(offlineFind(EmergencySearchKind::HolderName, QStringLiteral("cacic")).size(), 1);
        QCOMPARE(offlineFind(EmergencySearchKind::Phone, QStringLiteral("00385 91 2345678")).size(), 1);
        QCOMPARE(offlineFind(EmergencySearchKind::Email, EmergencySeed::kEmail.toUpper()).size(), 1);
        QCOMPARE(offlineFind(EmergencySearchKind::Passport, EmergencySeed::kPassport).size(), 1);
        const QList<EmergencyTicket> banned = offlineFind(EmergencySearchKind::Oib, EmergencySeed::kBannedOib);
        QCOMPARE(banned.size(), 1);
        QCOMPARE(banned.first().refusal, EmergencyRefusal::Blacklisted);
        const QList<EmergencyTicket> cancelled = offlineFind(EmergencySearchKind::Barcode, m_t.barcodes.value(m_t.cancelled));
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.first().refusal, EmergencyRefusal::NotSold);
        QCOMPARE(offlineFind(EmergencySearchKind::Barcode, m_t.barcodes.value(m_t.otherMatch)).first().refusal,
                 EmergencyRefusal::OtherMatch);

        // What prints offline comes from the cache, exactly as the server describes it.
        const EmergencyService::PrintData data = await(service.printData(m_t.printable));
        QVERIFY(data.offline);
        QVERIFY(data.ticket.has_value());
        QCOMPARE(data.ticket->qrPayload, m_t.payloads.value(m_t.printable));
        QCOMPARE(data.ticket->holderName, QStringLiteral("Đurđica Čačić-Šimunović Žužić"));
        const TicketData marked = service.withReprintMarks(*data.ticket, byOib.tickets.first(), QDateTime::currentDateTimeUtc());
        QVERIFY(marked.reprint.has_value());
        QCOMPARE(marked.reprint->holderOibLast4, QStringLiteral("8903"));
        QCOMPARE(marked.reprint->printNumber, 3); // original, online reprint, this one

        // Three prints while offline: queued with their keys, counted locally.
        QList<QUuid> keys;
        for (const auto &[ticket, reason] : {std::pair{m_t.printable, QStringLiteral("offline 1")},
                                             std::pair{m_t.printable, QStringLiteral("offline 2")},
                                             std::pair{m_t.passport, QStringLiteral("offline 3")}}) {
            const EmergencyPrintReceipt queued = await(service.record(request(ticket, reason)));
            QCOMPARE(queued.state, EmergencyPrintReceipt::State::Queued);
            keys.append(service.cache().pending().last().key);
        }
        QCOMPARE(service.cache().pendingCount(), 3);
        QCOMPARE(offlineFind(EmergencySearchKind::Oib, EmergencySeed::kOib).first().printCount, 3);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM emergency_prints")), 1);

        // The cable is back: the service notices by itself and delivers the outbox.
        QVERIFY(proxy.restore());
        QTRY_VERIFY_WITH_TIMEOUT(!service.isOffline(), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(service.cache().pendingCount(), 0, 30'000);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM emergency_prints")), 4);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM emergency_prints WHERE ticket_id = ?"), {m_t.printable}), 3);
        QCOMPARE(serverCount(QStringLiteral("SELECT max(print_number) FROM emergency_prints WHERE ticket_id = ?"),
                             {m_t.printable}), 3);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM emergency_prints WHERE offline")), 3);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'emergency_print'")), 4);
        for (const QUuid &key : std::as_const(keys))
            QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM emergency_prints WHERE idempotency_key = ?"), {key}), 1);
        QCOMPARE(service.cache().delivered().size(), 3);

        // Delivery repeated from scratch (as after a crash before the cache noted it): nothing new.
        {
            QSqlDatabase lite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            lite.setDatabaseName(service.cache().fileName());
            QVERIFY(lite.open());
            QSqlQuery q(lite);
            QVERIFY2(q.exec(QStringLiteral("UPDATE outbox SET delivered_at = NULL")), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 3);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        QCOMPARE(service.cache().pendingCount(), 3);
        QCOMPARE(await(service.deliverOutbox()), 3);
        QCOMPARE(service.cache().pendingCount(), 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM emergency_prints")), 4);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'emergency_print'")), 4);

        // Online again: searches come from the server, with the server's count.
        const EmergencySearchResult back = await(service.search(m_t.base.match, EmergencySearchKind::Oib, EmergencySeed::kOib));
        QVERIFY(!back.offline);
        QCOMPARE(back.tickets.first().printCount, 3);
        session.close();
    }
};

QTEST_GUILESS_MAIN(TestEmergencyOffline)
#include "tst_emergencyoffline.moc"
