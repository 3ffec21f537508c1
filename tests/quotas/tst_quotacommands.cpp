// `tribina-admin quota …` against the real server: create with --dry-run (nothing written) and
// with --allocate (seats printed), allocate, import --dry-run and import, export CSV and PDF,
// cancel, list; acting as a staff login on a superuser connection (--as).

#include "admin/quotacommands.h"

#include "testdatabase.h"
#include "testvenue.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tribina;

namespace {

const QString DbName = QStringLiteral("tribina_quotacommands");
const QString Admin = QStringLiteral("quotacli_admin");

int scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toInt();
}

} // namespace

class TestQuotaCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createDryRunWritesNothing();
    void createAllocateExportCancel();
    void importDryRunAndImport();
    void usageErrors();

private:
    int run(const QStringList &args, QString *out, QString *err = nullptr);

    QSqlDatabase m_super;
    TestVenue m_venue;
    QTemporaryDir m_dir;
};

void TestQuotaCommands::initTestCase()
{
    m_super = TestDatabase::fresh(DbName);
    m_venue = TestVenue::create(m_super, QStringLiteral("Quota CLI"), 3, 8);
    TestDatabase::addStaff(m_super, Admin, QStringLiteral("tribina_admin"));
    QVERIFY(m_dir.isValid());
}

int TestQuotaCommands::run(const QStringList &args, QString *out, QString *err)
{
    QString o, e;
    int code = 0;
    {
        QTextStream outStream(&o), errStream(&e);
        // Each command gets its own superuser connection, as tribina-admin --demo would.
        const QString name = QStringLiteral("cli-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        QuotaCommands commands(outStream, errStream, [&] {
            return TestDatabase::connectAs(DbName, QStringLiteral("postgres"), name);
        });
        code = commands.run(args);
    }
    if (out)
        *out = o;
    if (err)
        *err = e;
    return code;
}

void TestQuotaCommands::createDryRunWritesNothing()
{
    QString out, err;
    const int code = run({QStringLiteral("create"), QStringLiteral("--match"), m_venue.matchId.toString(QUuid::WithoutBraces),
                          QStringLiteral("--email"), QStringLiteral("a@example.hr"), QStringLiteral("--name"), QStringLiteral("Dry"),
                          QStringLiteral("--quantity"), QStringLiteral("4"), QStringLiteral("--sectors"), QStringLiteral("A"),
                          QStringLiteral("--dry-run"), QStringLiteral("--as"), Admin},
                         &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(QLatin1String("would get 4 seat")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("sector A, row")), qPrintable(out));
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quotas")), 0);
}

void TestQuotaCommands::createAllocateExportCancel()
{
    QString out, err;
    int code = run({QStringLiteral("create"), QStringLiteral("--match"), m_venue.matchId.toString(QUuid::WithoutBraces),
                    QStringLiteral("--email"), QStringLiteral("partner@example.hr"), QStringLiteral("--name"), QStringLiteral("Partner Đakovo"),
                    QStringLiteral("--quantity"), QStringLiteral("5"), QStringLiteral("--discount"), QStringLiteral("100"),
                    QStringLiteral("--algorithm"), QStringLiteral("redom"), QStringLiteral("--allocate"), QStringLiteral("--as"), Admin},
                   &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(QLatin1String("Allocated 5 seat")), qPrintable(out));
    const QRegularExpressionMatch id = QRegularExpression(QStringLiteral("Created quota ([0-9a-f-]{36})")).match(out);
    QVERIFY(id.hasMatch());
    const QString quota = id.captured(1);
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE status = 'ALLOCATED'")), 5);
    // REDOM over 3 rows: every row.
    QCOMPARE(out.count(QLatin1String("sector A, row")), 3);

    const QString csv = m_dir.filePath(QStringLiteral("seats.csv"));
    const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
    QCOMPARE(run({QStringLiteral("export"), quota, QStringLiteral("--csv"), csv}, &out, &err), 0);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvData = csvFile.readAll();
    QVERIFY(csvData.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csvData.count("\r\n"), 6); // header + 5 seats
    QCOMPARE(run({QStringLiteral("export"), quota, QStringLiteral("--pdf"), pdf}, &out, &err), 0);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QVERIFY(pdfFile.size() > 1000);

    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--match"), m_venue.matchId.toString(QUuid::WithoutBraces)}, &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("Partner Đakovo")) && out.contains(QLatin1String("5 allocated")), qPrintable(out));

    // Without --as the superuser is no staff member: refused, nothing changes.
    QCOMPARE(run({QStringLiteral("cancel"), quota, QStringLiteral("--type"), QStringLiteral("all-unused")}, &out, &err), 1);
    QVERIFY2(err.contains(QLatin1String("staff")), qPrintable(err));
    code = run({QStringLiteral("cancel"), quota, QStringLiteral("--type"), QStringLiteral("unfulfilled-only"), QStringLiteral("--as"), Admin}, &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(QLatin1String("5 seat")), qPrintable(out));
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE status = 'ALLOCATED'")), 0);
}

void TestQuotaCommands::importDryRunAndImport()
{
    const QString file = m_dir.filePath(QStringLiteral("uvoz.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("email;name;quantity;sectors\r\nprvi@example.hr;Prvi;3;A\r\nlose;Loše;2;A\r\ndrugi@example.hr;Drugi;2;X\r\n");
    f.close();
    const QString match = m_venue.matchId.toString(QUuid::WithoutBraces);
    QString out, err;
    QCOMPARE(run({QStringLiteral("import"), file, QStringLiteral("--match"), match, QStringLiteral("--dry-run"), QStringLiteral("--as"), Admin}, &out, &err), 0);
    QVERIFY2(out.contains(QLatin1String("1 of 3 rows can be imported")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("line 3")) && out.contains(QLatin1String("line 4")), qPrintable(out));
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quota_import_batches")), 0);
    const int code = run({QStringLiteral("import"), file, QStringLiteral("--match"), match, QStringLiteral("--as"), Admin}, &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(QLatin1String("Imported 1 of 3 rows: 1 quotas, 3 seats")), qPrintable(out));
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT failed_rows FROM quota_import_batches")), 2);
}

void TestQuotaCommands::usageErrors()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("frobnicate")}, &out, &err), 2);
    QCOMPARE(run({QStringLiteral("cancel"), QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("--type"), QStringLiteral("some")}, &out, &err), 2);
    QCOMPARE(run({QStringLiteral("allocate"), QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("--as"), Admin}, &out, &err), 1);
}

QTEST_MAIN(TestQuotaCommands)
#include "tst_quotacommands.moc"
