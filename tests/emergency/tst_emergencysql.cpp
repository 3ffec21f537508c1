#include "emergency/emergencycache.h"
#include "emergency/emergencyrepository.h"
#include "emergencyseed.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Tribina;

/// Migration 0008 against the real server: every search kind, every refusal with its own
/// SQLSTATE, idempotent recording, the audit event, and who may call it.
class TestEmergencySql : public QObject
{
    Q_OBJECT

    const QString m_db = QStringLiteral("emergencysql");
    const QString m_suffix = QString::number(QCoreApplication::applicationPid());
    EmergencySeed::Tickets m_t;

    QString loginOf(const QString &group) const { return QStringLiteral("es_%1_%2").arg(group, m_suffix); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_db); }
    QSqlDatabase as(const QString &group)
    {
        const QString name = QStringLiteral("es_as_") + group;
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        return TestDatabase::connectAs(m_db, loginOf(group), name, QStringLiteral("secret"));
    }
    QList<EmergencyTicket> find(EmergencySearchKind kind, const QString &term, QString *state = nullptr)
    {
        EmergencyRepository repository(as(QStringLiteral("support")));
        QList<EmergencyTicket> found;
        EmergencyRepository::Failure failure;
        const bool ok = repository.find(m_t.base.match, kind, term, &found, &failure);
        if (state)
            *state = ok ? QString() : failure.sqlState;
        else if (!ok)
            qWarning() << failure.message;
        return found;
    }
    EmergencyPrintRequest request(const QUuid &ticket)
    {
        EmergencyPrintRequest r;
        r.key = QUuid::createUuid();
        r.ticketId = ticket;
        r.matchId = m_t.base.match;
        r.reason = QStringLiteral("Phone battery dead");
        r.identityVerified = true;
        r.document = IdentityDocument::IdentityCard;
        r.location = QStringLiteral("Gate 3");
        return r;
    }
    /// Records as support; returns the SQLSTATE of a refusal (empty on success).
    QString record(const EmergencyPrintRequest &r, EmergencyPrintReceipt *receipt = nullptr, bool offline = false,
                   const QString &group = QStringLiteral("support"))
    {
        EmergencyRepository repository(as(group));
        EmergencyPrintReceipt local;
        EmergencyRepository::Failure failure;
        if (repository.record(r, offline, receipt ? receipt : &local, &failure))
            return {};
        return failure.sqlState.isEmpty() ? QStringLiteral("?") + failure.message : failure.sqlState;
    }
    int printRows(const QUuid &ticket)
    {
        QSqlDatabase d = db();
        return TicketSeed::exec(d, QStringLiteral("SELECT count(*) FROM emergency_prints WHERE ticket_id = ?"), {ticket})
            .toInt();
    }
    int auditRows(const QUuid &ticket)
    {
        QSqlDatabase d = db();
        return TicketSeed::exec(d, QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'emergency_print'"
                                                  " AND entity_id = ?"), {ticket}).toInt();
    }

private slots:
    void initTestCase()
    {
        QSqlDatabase d = TestDatabase::fresh(m_db);
        for (const char *group : {"admin", "box_office", "petrol", "support", "reporting"})
            TestDatabase::addStaff(d, loginOf(QLatin1String(group)), QStringLiteral("tribina_") + QLatin1String(group));
        m_t = EmergencySeed::seed(d);
    }

    void searchKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("holder");
        const auto row = [](const char *name, EmergencySearchKind kind, const QString &term, const QString &holder) {
            QTest::newRow(name) << int(kind) << term << holder;
        };
        const QString durdica = QStringLiteral("Đurđica Čačić-Šimunović Žužić");
        row("barcode", EmergencySearchKind::Barcode, QString(), durdica); // filled in the test
        row("qr payload", EmergencySearchKind::Barcode, QStringLiteral("QR"), durdica);
        row("name without diacritics, any case", EmergencySearchKind::HolderName, QStringLiteral("CACIC-sim"), durdica);
        row("name prefix", EmergencySearchKind::HolderName, QStringLiteral("durdica"), durdica);
        row("name with diacritics", EmergencySearchKind::HolderName, QStringLiteral("Marić"), QStringLiteral("Marko Marić"));
        row("oib via hash", EmergencySearchKind::Oib, QStringLiteral(" ") + EmergencySeed::kOib, durdica);
        row("passport via hash, lower case", EmergencySearchKind::Passport, EmergencySeed::kPassport.toLower(),
            QStringLiteral("Marko Marić"));
        row("e-mail, other case", EmergencySearchKind::Email, EmergencySeed::kEmail.toLower(), durdica);
        row("phone, other notation", EmergencySearchKind::Phone, QStringLiteral("091/234-5678"), durdica);
    }
    void searchKinds()
    {
        QFETCH(int, kind);
        QFETCH(QString, term);
        QFETCH(QString, holder);
        if (term.isEmpty())
            term = m_t.barcodes.value(m_t.printable);
        else if (term == QLatin1String("QR"))
            term = m_t.payloads.value(m_t.printable);
        const QList<EmergencyTicket> found = find(EmergencySearchKind(kind), term);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().holderName, holder);
        QVERIFY(found.first().printable());
        if (holder.startsWith(QStringLiteral("Đ"))) {
            QCOMPARE(found.first().oibLast4, QStringLiteral("8903"));
            QCOMPARE(found.first().seatLabel, QStringLiteral("ZAPAD-Č-12-27"));
            QCOMPARE(found.first().priceCents, 4500);
            QCOMPARE(found.first().qrPayload, m_t.payloads.value(m_t.printable));
        } else {
            QVERIFY(found.first().oibLast4.isEmpty()); // passport holder
        }
    }

    void orderSearchListsItsTicketsWithTheirState()
    {
        const QList<EmergencyTicket> found = find(EmergencySearchKind::OrderNumber, QStringLiteral("hns-2025-004217"));
        QCOMPARE(found.size(), 6);
        QHash<QUuid, EmergencyRefusal> refusals;
        for (const EmergencyTicket &t : found)
            refusals.insert(t.ticketId, t.refusal);
        QCOMPARE(refusals.value(m_t.printable), EmergencyRefusal::None);
        QCOMPARE(refusals.value(m_t.attended), EmergencyRefusal::NotSold);
        QCOMPARE(refusals.value(m_t.cancelled), EmergencyRefusal::NotSold);
        QCOMPARE(refusals.value(m_t.refunded), EmergencyRefusal::NotSold);
        QCOMPARE(refusals.value(m_t.blacklisted), EmergencyRefusal::Blacklisted);
    }

    void blacklistIsAFlagNotAList()
    {
        const QList<EmergencyTicket> found = find(EmergencySearchKind::Oib, EmergencySeed::kBannedOib);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().blacklisted);
        QCOMPARE(found.first().oibLast4, QStringLiteral("6782"));
        QCOMPARE(found.first().refusal, EmergencyRefusal::Blacklisted);
        QCOMPARE(record(request(m_t.blacklisted)), QStringLiteral("EP005"));
        QCOMPARE(printRows(m_t.blacklisted), 0);
        // Support still cannot read the blacklist or an ID hash directly.
        QSqlDatabase support = as(QStringLiteral("support"));
        QCOMPARE(TestDatabase::sqlState(support, QStringLiteral("SELECT * FROM blacklist")), QStringLiteral("42501"));
        QCOMPARE(TestDatabase::sqlState(support, QStringLiteral("SELECT * FROM emergency_prints")), QStringLiteral("42501"));
    }

    void unknownBarcode()
    {
        QString state;
        QVERIFY(find(EmergencySearchKind::Barcode, QStringLiteral("12345678901234"), &state).isEmpty());
        QVERIFY(state.isEmpty());
        QCOMPARE(record(request(QUuid::createUuid())), QStringLiteral("EP001"));
        // A mistyped digit is caught by the check digit before any search.
        QString typo = m_t.barcodes.value(m_t.printable);
        typo[5] = typo.at(5) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        QVERIFY(!EmergencyText::barcodeInputProblem(typo).isEmpty());
        QVERIFY(EmergencyText::barcodeInputProblem(m_t.barcodes.value(m_t.printable)).isEmpty());
        QVERIFY(EmergencyText::barcodeInputProblem(m_t.payloads.value(m_t.printable)).isEmpty());
        QVERIFY(!EmergencyText::barcodeInputProblem(QStringLiteral("HNS1.garbage")).isEmpty());
        QCOMPARE(find(EmergencySearchKind::HolderName, QStringLiteral("x"), &state).size(), 0);
        QCOMPARE(state, QStringLiteral("EP012"));
    }

    void ticketOfAnotherMatch()
    {
        const QList<EmergencyTicket> found = find(EmergencySearchKind::Barcode, m_t.barcodes.value(m_t.otherMatch));
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().otherMatch);
        QCOMPARE(found.first().refusal, EmergencyRefusal::OtherMatch);
        QVERIFY(!EmergencyText::refusalText(found.first()).isEmpty());
        // Name searches stay within the selected match.
        QVERIFY(find(EmergencySearchKind::HolderName, QStringLiteral("Ana Anić")).isEmpty());
    }

    void refusedStates_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("cancelled") << QStringLiteral("cancelled");
        QTest::newRow("refunded") << QStringLiteral("refunded");
        QTest::newRow("attended") << QStringLiteral("attended");
    }
    void refusedStates()
    {
        QFETCH(QString, which);
        const QUuid ticket = which == QLatin1String("cancelled") ? m_t.cancelled
            : which == QLatin1String("refunded")                 ? m_t.refunded
                                                                 : m_t.attended;
        const QList<EmergencyTicket> found = find(EmergencySearchKind::Barcode, m_t.barcodes.value(ticket));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().status, which.toUpper());
        QCOMPARE(found.first().refusal, EmergencyRefusal::NotSold);
        EmergencyRepository repository(as(QStringLiteral("support")));
        EmergencyPrintReceipt receipt;
        EmergencyRepository::Failure failure;
        QVERIFY(!repository.record(request(ticket), false, &receipt, &failure));
        QCOMPARE(failure.sqlState, QStringLiteral("EP003"));
        QVERIFY2(failure.message.contains(which == QLatin1String("attended") ? QStringLiteral("used")
                                                                             : which.toLower()),
                 qPrintable(failure.message));
        QCOMPARE(printRows(ticket), 0);
        QCOMPARE(auditRows(ticket), 0);
    }

    void missingReasonAndIdentity()
    {
        EmergencyPrintRequest r = request(m_t.printable);
        r.reason = QStringLiteral("   ");
        QCOMPARE(record(r), QStringLiteral("EP006"));
        r = request(m_t.printable);
        r.identityVerified = false;
        QCOMPARE(record(r), QStringLiteral("EP007"));
        r = request(m_t.printable);
        r.location.clear();
        QCOMPARE(record(r), QStringLiteral("EP009"));
        QCOMPARE(printRows(m_t.printable), 0);
        QCOMPARE(auditRows(m_t.printable), 0);
    }

    void closedMatch()
    {
        QSqlDatabase d = db();
        TicketSeed::exec(d, QStringLiteral("UPDATE matches SET status = 'CLOSED', closed_at = now() WHERE id = ?"),
                         {m_t.base.otherMatch});
        QCOMPARE(record(request(m_t.otherMatch)), QStringLiteral("EP004"));
        TicketSeed::exec(d, QStringLiteral("UPDATE matches SET status = 'PUBLISHED', closed_at = NULL WHERE id = ?"),
                         {m_t.base.otherMatch});
        QCOMPARE(printRows(m_t.otherMatch), 0);
    }

    void retryCountsOnceAndAuditsEverything()
    {
        const EmergencyPrintRequest r = request(m_t.passport);
        EmergencyPrintReceipt first, retry;
        QCOMPARE(record(r, &first), QString());
        QCOMPARE(first.printNumber, 1);
        QVERIFY(!first.replayed);
        QCOMPARE(first.agentLogin, loginOf(QStringLiteral("support")));
        QCOMPARE(record(r, &retry), QString());
        QVERIFY(retry.replayed);
        QCOMPARE(retry.printNumber, 1);
        QCOMPARE(retry.printedAt, first.printedAt);
        QCOMPARE(printRows(m_t.passport), 1);
        QCOMPARE(auditRows(m_t.passport), 1);
        // The same key for another ticket is a client bug, refused.
        EmergencyPrintRequest other = request(m_t.printable);
        other.key = r.key;
        QCOMPARE(record(other), QStringLiteral("EP011"));

        // The audit event, as the shipper will send it.
        QSqlDatabase d = db();
        QSqlQuery q(d);
        q.prepare(QStringLiteral("SELECT actor_login, match_id, payload::text FROM audit_outbox"
                                 " WHERE audit_type = 'emergency_print' AND entity_id = ?"));
        q.addBindValue(m_t.passport);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), loginOf(QStringLiteral("support")));
        QCOMPARE(q.value(1).toUuid(), m_t.base.match);
        const QJsonObject payload = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        QCOMPARE(payload.value(QLatin1String("reason")).toString(), QStringLiteral("Phone battery dead"));
        QCOMPARE(payload.value(QLatin1String("identity_verified")).toBool(), true);
        QCOMPARE(payload.value(QLatin1String("document_type")).toString(), QStringLiteral("IDENTITY_CARD"));
        QCOMPARE(payload.value(QLatin1String("location")).toString(), QStringLiteral("Gate 3"));
        QCOMPARE(payload.value(QLatin1String("print_number")).toInt(), 1);
        QCOMPARE(payload.value(QLatin1String("agent")).toString(), loginOf(QStringLiteral("support")));
        QCOMPARE(payload.value(QLatin1String("barcode")).toString(), m_t.barcodes.value(m_t.passport));
        QCOMPARE(QUuid::fromString(payload.value(QLatin1String("ticket_id")).toString()), m_t.passport);
        QVERIFY(!payload.value(QLatin1String("printed_at")).toString().isEmpty());

        // A second print (another key) is number 2, and the search shows the count.
        EmergencyPrintReceipt second;
        EmergencyPrintRequest again = request(m_t.passport);
        again.document = IdentityDocument::Passport;
        QCOMPARE(record(again, &second, false, QStringLiteral("box_office")), QString());
        QCOMPARE(second.printNumber, 2);
        const QList<EmergencyTicket> found = find(EmergencySearchKind::Passport, EmergencySeed::kPassport);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().printCount, 2);
        // Nobody can change or delete the log.
        QCOMPARE(TestDatabase::sqlState(d, QStringLiteral("DELETE FROM emergency_prints")), QStringLiteral("42501"));
        QCOMPARE(TestDatabase::sqlState(d, QStringLiteral("UPDATE emergency_prints SET reason = 'x'")),
                 QStringLiteral("42501"));
    }

    void offlineDeliveryRecordsWhatTheServerWouldRefuse()
    {
        // Printed offline from the cache while the ticket was SOLD; cancelled on the server since.
        EmergencyPrintRequest r = request(m_t.cancelled);
        r.printedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        EmergencyPrintReceipt receipt;
        QCOMPARE(record(r, &receipt, true), QString());
        QCOMPARE(receipt.conflicts, QStringList{QStringLiteral("status CANCELLED")});
        QCOMPARE(receipt.printedAt.toSecsSinceEpoch(), r.printedAt.toSecsSinceEpoch());
        QCOMPARE(printRows(m_t.cancelled), 1);
        // ... but reason and identity are never waived.
        r = request(m_t.cancelled);
        r.identityVerified = false;
        QCOMPARE(record(r, nullptr, true), QStringLiteral("EP007"));
    }

    void roles_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("support") << QStringLiteral("support") << true;
        QTest::newRow("box office") << QStringLiteral("box_office") << true;
        QTest::newRow("admin") << QStringLiteral("admin") << true;
        QTest::newRow("petrol") << QStringLiteral("petrol") << false;
        QTest::newRow("reporting") << QStringLiteral("reporting") << false;
    }
    void roles()
    {
        QFETCH(QString, group);
        QFETCH(bool, allowed);
        QSqlDatabase conn = as(group);
        const QString findSql = QStringLiteral("SELECT * FROM emergency_find_tickets('%1', 'barcode', '%2')")
                                    .arg(m_t.base.match.toString(QUuid::WithoutBraces), m_t.barcodes.value(m_t.printable));
        QCOMPARE(TestDatabase::sqlState(conn, findSql), allowed ? QString() : QStringLiteral("42501"));
        QCOMPARE(TestDatabase::sqlState(conn, QStringLiteral("SELECT * FROM emergency_snapshot('%1', '\\x00112233445566778899aabbccddeeff')")
                                                  .arg(m_t.base.match.toString(QUuid::WithoutBraces))),
                 allowed ? QString() : QStringLiteral("42501"));
        if (!allowed) {
            const int before = printRows(m_t.printable);
            QCOMPARE(record(request(m_t.printable), nullptr, false, group), QStringLiteral("42501"));
            QCOMPARE(printRows(m_t.printable), before);
        }
    }

    void snapshotTokensMatchTheClient()
    {
        EmergencyRepository repository(as(QStringLiteral("support")));
        const QByteArray salt = QByteArray(32, 'k');
        QList<CachedEmergencyTicket> tickets;
        EmergencyRepository::Failure failure;
        QVERIFY2(repository.snapshot(m_t.base.match, salt, &tickets, &failure), qPrintable(failure.message));
        QCOMPARE(tickets.size(), 6);
        for (const CachedEmergencyTicket &c : std::as_const(tickets)) {
            QCOMPARE(c.print.ticketId, c.ticket.ticketId); // print data joined
            if (c.ticket.ticketId == m_t.printable) {
                QCOMPARE(c.oibToken, EmergencyCache::token(salt, EmergencySearchKind::Oib, EmergencySeed::kOib));
                QCOMPARE(c.emailToken, EmergencyCache::token(salt, EmergencySearchKind::Email, EmergencySeed::kEmail));
                QCOMPARE(c.phoneToken, EmergencyCache::token(salt, EmergencySearchKind::Phone, QStringLiteral("0912345678")));
                QCOMPARE(c.print.holderName, QStringLiteral("Đurđica Čačić-Šimunović Žužić"));
                QVERIFY(!c.oibToken.contains(EmergencySeed::kOib.toLatin1()));
            }
            if (c.ticket.ticketId == m_t.passport)
                QCOMPARE(c.passportToken, EmergencyCache::token(salt, EmergencySearchKind::Passport, QStringLiteral("ab1234567 ")));
            if (c.ticket.ticketId == m_t.blacklisted)
                QVERIFY(c.ticket.blacklisted);
        }
        QCOMPARE(EmergencyCache::fold(QStringLiteral("Đurđica ČAČIĆ")), QStringLiteral("durdica cacic"));
    }
};

QTEST_GUILESS_MAIN(TestEmergencySql)
#include "tst_emergencysql.moc"
