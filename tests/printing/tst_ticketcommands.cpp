#include "admin/admincli.h"
#include "codereader.h"
#include "printing/qrpayload.h"
#include "printing/ticketrepository.h"
#include "testdatabase.h"
#include "ticketseed.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tribina;

/// `tribina-admin ticket print` and `ticket verify` as an operator runs them: against the real
/// server, as an administrator's own login. A printed PDF, rasterised at 203 dpi, gives back
/// exactly the stored barcode and QR payload; verify says why it rejects a code.
class TestTicketCommands : public QObject
{
    Q_OBJECT

    const QString m_db = QStringLiteral("ticketcommands");
    const QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QTemporaryDir m_dir;
    TicketSeed::Seeded m_seed;
    QString m_barcode;
    QString m_payload;

    QString loginOf(const QString &group) const { return QStringLiteral("tc_%1_%2").arg(group, m_suffix); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_db); }

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    /// tribina-admin with args, connected through the libpq environment as group's login.
    Run admin(const QStringList &args, const QString &group = QStringLiteral("admin"))
    {
        const ConnectionSettings s = TestDatabase::settings(m_db, loginOf(group));
        qputenv("PGHOST", s.host.toLocal8Bit());
        qputenv("PGPORT", QByteArray::number(s.port));
        qputenv("PGDATABASE", s.database.toLocal8Bit());
        qputenv("PGUSER", s.user.toLocal8Bit());
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.code = AdminCli(out, err).run(args);
        out.flush();
        err.flush();
        QSqlDatabase::removeDatabase(QStringLiteral("tribina-admin"));
        return run;
    }

    static QString tamperedLabel(const QString &payload)
    {
        QStringList fields = payload.split(QLatin1Char('.'));
        fields[3] = QStringLiteral("ZAPAD-%C4%8C-1-27");
        return fields.join(QLatin1Char('.'));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSqlDatabase d = TestDatabase::fresh(m_db);
        for (const char *group : {"admin", "support", "box_office"})
            TestDatabase::addStaff(d, loginOf(QLatin1String(group)), QStringLiteral("tribina_") + QLatin1String(group));
        qputenv("PGPASSWORD", "secret");
        m_seed = TicketSeed::seed(d);
        TicketRepository::IssuedCodes codes;
        const Outcome issued = TicketRepository(d).issueCodes(m_seed.seatedTicket, &codes);
        QVERIFY2(issued, qPrintable(issued.error()));
        m_barcode = codes.barcode;
        m_payload = codes.qrPayload;
    }

    void printRoundTrip_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("thermal") << QStringLiteral("thermal") << false;
        QTest::newRow("a4") << QStringLiteral("a4") << false;
        QTest::newRow("thermal duplicate") << QStringLiteral("thermal") << true;
        QTest::newRow("a4 duplicate") << QStringLiteral("a4") << true;
    }
    void printRoundTrip()
    {
        QFETCH(QString, layout);
        QFETCH(bool, duplicate);
        const QString pdf = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))
                                           + QStringLiteral(".pdf"));
        QStringList args{QStringLiteral("ticket"), QStringLiteral("print"), m_barcode, QStringLiteral("--layout"), layout,
                         QStringLiteral("--pdf"), pdf};
        if (duplicate)
            args << QStringLiteral("--duplicate");
        const Run run = admin(args);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(m_barcode));

        QString error;
        const QImage image = CodeReader::rasterise(pdf, 203, &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(CodeReader::code128(image), QStringList{m_barcode});
        QCOMPARE(CodeReader::qrCodes(image), QStringList{m_payload});
    }

    void everyPrintIsAudited()
    {
        // Two duplicates were printed above (numbers 2 and 3), two plain exports.
        QSqlDatabase d = db();
        QSqlQuery q(d);
        q.prepare(QStringLiteral("SELECT audit_type::text, payload ->> 'print_number', actor_login FROM audit_outbox"
                                 " WHERE entity_id = ? ORDER BY id"));
        q.addBindValue(m_seed.seatedTicket);
        QVERIFY(q.exec());
        QStringList events;
        while (q.next()) {
            events << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
            QCOMPARE(q.value(2).toString(), loginOf(QStringLiteral("admin")));
        }
        QCOMPARE(events, (QStringList{QStringLiteral("barcode_export:"), QStringLiteral("barcode_export:"),
                                      QStringLiteral("emergency_print:2"), QStringLiteral("emergency_print:3")}));
    }

    void verify_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("valid") << QStringList() << m_payload << 0 << QStringLiteral("Valid: ");
        QTest::newRow("valid at its own gate") << QStringList{QStringLiteral("--match"), m_seed.match.toString()}
                                               << m_payload << 0 << QStringLiteral("Valid: ");
        QTest::newRow("malformed") << QStringList() << QStringLiteral("HNS1.garbage") << 3 << QStringLiteral("not a Tribina ticket code");
        QString misread = m_payload;
        misread[6] = QChar(u'0' + (misread.at(6).unicode() - u'0' + 1) % 10);
        QTest::newRow("bad check digit") << QStringList() << misread << 3 << QStringLiteral("check digit");
        QTest::newRow("seat label altered") << QStringList() << tamperedLabel(m_payload) << 3
                                            << QStringLiteral("signature does not match");
        QTest::newRow("other match's gate") << QStringList{QStringLiteral("--match"), m_seed.otherMatch.toString()}
                                            << m_payload << 3 << QStringLiteral("for another match");
        const QrPayload parsed = *QrPayload::parse(m_payload);
        QTest::newRow("unknown match")
            << QStringList()
            << QrPayload{parsed.barcode, QUuid::createUuid(), parsed.seatLabel, parsed.mac}.toString() << 3
            << QStringLiteral("match that does not exist");
    }
    void verify()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, payload);
        QFETCH(int, code);
        QFETCH(QString, says);
        const Run run = admin(QStringList{QStringLiteral("ticket"), QStringLiteral("verify"), payload} + extra);
        QVERIFY2(run.code == code, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(says), qPrintable(run.out));
    }

    void verifyNeedsTheKey()
    {
        // Support reads keys (help desk); a counter does not: its connection is refused the key.
        QCOMPARE(admin({QStringLiteral("ticket"), QStringLiteral("verify"), m_payload}, QStringLiteral("support")).code, 0);
        const Run counter = admin({QStringLiteral("ticket"), QStringLiteral("verify"), m_payload}, QStringLiteral("box_office"));
        QCOMPARE(counter.code, 1);
        QVERIFY2(counter.err.contains(QLatin1String("42501")), qPrintable(counter.err));
    }

    void genuineButNoLongerValid()
    {
        // Reissued: the old code's signature is genuine, but the ticket has a new one now.
        QSqlDatabase d = db();
        TicketRepository::IssuedCodes fresh;
        QVERIFY(TicketRepository(d).issueCodes(m_seed.seatedTicket, &fresh));
        Run run = admin({QStringLiteral("ticket"), QStringLiteral("verify"), m_payload});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.out.contains(QLatin1String("no ticket has this barcode")), qPrintable(run.out));
        // Cancelled: genuine, but not admitted; and no longer printed.
        TicketSeed::exec(d, QStringLiteral("UPDATE tickets SET status = 'CANCELLED' WHERE id = ?"), {m_seed.seatedTicket});
        run = admin({QStringLiteral("ticket"), QStringLiteral("verify"), fresh.qrPayload});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.out.contains(QLatin1String("the ticket is CANCELLED")), qPrintable(run.out));
        run = admin({QStringLiteral("ticket"), QStringLiteral("print"), fresh.barcode, QStringLiteral("--pdf"),
                     m_dir.filePath(QStringLiteral("cancelled.pdf"))});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QLatin1String("CANCELLED")));
        TicketSeed::exec(d, QStringLiteral("UPDATE tickets SET status = 'SOLD' WHERE id = ?"), {m_seed.seatedTicket});
    }

    void usageErrors()
    {
        QCOMPARE(admin({QStringLiteral("ticket")}).code, 2);
        QCOMPARE(admin({QStringLiteral("ticket"), QStringLiteral("print"), m_barcode}).code, 2); // no --pdf
        QCOMPARE(admin({QStringLiteral("ticket"), QStringLiteral("print"), m_barcode, QStringLiteral("--pdf"),
                        m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--layout"), QStringLiteral("letter")})
                     .code,
                 2);
        const Run missing = admin({QStringLiteral("ticket"), QStringLiteral("print"), QStringLiteral("12345678901230"),
                                   QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("y.pdf"))});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QLatin1String("no ticket with the barcode")));
    }
};

QTEST_MAIN(TestTicketCommands)
#include "tst_ticketcommands.moc"
