// CSV import against the real server: the preview's row errors (bad e-mail, unknown sector,
// more than is free, duplicate and existing recipients) without writing anything, then the
// import of the valid rows into two matches in one transaction with its quota_import_batches row.

#include "quotas/quotaimport.h"
#include "quotas/quotarepository.h"

#include "testdatabase.h"
#include "testvenue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Tribina;

namespace {

const QString DbName = QStringLiteral("tribina_quotaimport");

int scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toInt();
}

QString lit(const QUuid &id) { return QLatin1Char('\'') + id.toString(QUuid::WithoutBraces) + QLatin1Char('\''); }

const QByteArray Csv = QString::fromUtf8(
    "\xEF\xBB\xBF" "email;name;quantity;sectors;discount\r\n"
    "sponzor@example.hr;Sponzor d.d.;10;A;100\r\n"      // 2: ok
    "nije-adresa;Loša adresa;2;A;\r\n"                  // 3: bad e-mail
    "z@example.hr;Nepoznati sektor;2;Z;\r\n"            // 4: unknown sector
    "puno@example.hr;\"Previše, d.o.o.\";31;A;\r\n"     // 5: 31 > 30 left after line 2
    "SPONZOR@example.hr;Opet sponzor;1;;\r\n"           // 6: same recipient as line 2
    "postoji@example.hr;Već ima kvotu;1;;\r\n"          // 7: has a quota in the first match
    "klub@example.hr;\"NK Čakovec\";5;;50\r\n").toUtf8(); // 8: ok, every sector

} // namespace

class TestQuotaImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewReportsRowErrorsWithoutWriting();
    void importValidRowsIntoTwoMatches();
    void nothingValidStillRecordsTheBatch();

private:
    QSqlDatabase m_super;
    QSqlDatabase m_admin;
    TestVenue m_first;
    TestVenue m_second;
};

void TestQuotaImport::initTestCase()
{
    m_super = TestDatabase::fresh(DbName);
    m_first = TestVenue::create(m_super, QStringLiteral("Import one"), 4, 10);
    m_second = TestVenue::create(m_super, QStringLiteral("Import two"), 4, 10);
    TestDatabase::addStaff(m_super, QStringLiteral("quotaimport_admin"), QStringLiteral("tribina_admin"));
    m_admin = TestDatabase::connectAs(DbName, QStringLiteral("quotaimport_admin"), QStringLiteral("admin"), QStringLiteral("secret"));
    QVERIFY(m_admin.isOpen());
    // An existing quota for line 7's recipient in the first match.
    QuotaRepository repo(m_admin);
    QuotaDraft d;
    d.matchId = m_first.matchId;
    d.recipientEmail = QStringLiteral("postoji@example.hr");
    d.recipientName = QStringLiteral("Postoji");
    d.quantity = 1;
    d.sectorIds = {repo.sectors(m_first.matchId).first().id};
    d.expirationDate = QDate::currentDate().addDays(5);
    QVERIFY(repo.create(d, nullptr).ok());
}

void TestQuotaImport::previewReportsRowErrorsWithoutWriting()
{
    const QuotaCsv::File file = QuotaCsv::read(Csv);
    QVERIFY2(file.ok(), qPrintable(file.error));
    QList<QuotaCsvRow> rows = file.rows;
    int lastDone = 0;
    const Outcome outcome = QuotaImport(m_admin).preview({m_first.matchId, m_second.matchId}, &rows,
                                                         [&](int done, int total) { QCOMPARE(total, 7); lastDone = done; });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(lastDone, 7);
    QStringList failedLines;
    for (const QuotaCsvRow &row : rows) {
        if (!row.ok())
            failedLines.append(QString::number(row.line));
    }
    QCOMPARE(failedLines, (QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")}));
    QVERIFY(rows.at(2).errors.join(u' ').contains(QLatin1String("Z")));
    QVERIFY2(rows.at(3).errors.join(u' ').contains(QLatin1String("31")), qPrintable(rows.at(3).errors.join(u' ')));
    QVERIFY(rows.at(5).errors.join(u' ').contains(QLatin1String("already has a quota")));
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quota_import_batches")), 0);
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE status <> 'AVAILABLE'")), 0);
}

void TestQuotaImport::importValidRowsIntoTwoMatches()
{
    QuotaImport::Options options;
    options.fileName = QStringLiteral("partneri.csv");
    options.algorithm = QuotaAlgorithm::BestSeats;
    QuotaImport::Result result;
    int lastDone = 0;
    const Outcome outcome = QuotaImport(m_admin).run({m_first.matchId, m_second.matchId}, QuotaCsv::read(Csv), options,
                                                     &result, [&](int done, int) { QVERIFY(done >= lastDone); lastDone = done; });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(lastDone, 7);
    QCOMPARE(result.imported, 2);
    QCOMPARE(result.failed, 5);
    QCOMPARE(result.quotasCreated, 4);
    QCOMPARE(result.seatsAllocated, 30);
    QVERIFY(!result.batchId.isNull());

    QSqlQuery q(m_super);
    QVERIFY(q.exec(QStringLiteral("SELECT match_id, file_name, total_rows, successful_rows, failed_rows, error_report_json::text, imported_by IS NOT NULL"
                                  " FROM quota_import_batches WHERE id = %1").arg(lit(result.batchId))));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toUuid(), m_first.matchId);
    QCOMPARE(q.value(1).toString(), QStringLiteral("partneri.csv"));
    QCOMPARE(q.value(2).toInt(), 7);
    QCOMPARE(q.value(3).toInt(), 2);
    QCOMPARE(q.value(4).toInt(), 5);
    const QJsonArray report = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
    QCOMPARE(report.size(), 5);
    QCOMPARE(report.first().toObject().value(QStringLiteral("line")).toInt(), 3);
    QVERIFY(q.value(6).toBool());

    // The same two quotas in each match, linked by the batch, seats allocated.
    for (const TestVenue *venue : {&m_first, &m_second}) {
        QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quotas WHERE match_id = %1 AND batch_id = %2").arg(lit(venue->matchId), lit(result.batchId))), 2);
        QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = %1 AND status = 'ALLOCATED'").arg(lit(venue->matchId))), 15);
        QCOMPARE(scalar(m_super, QStringLiteral("SELECT sum(allocated) FROM quota_overview WHERE batch_id = %1 AND match_id = %2").arg(lit(result.batchId), lit(venue->matchId))), 15);
    }
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT discount_percent::int FROM quotas WHERE recipient_email = 'klub@example.hr' AND match_id = %1").arg(lit(m_second.matchId))), 50);
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quotas WHERE recipient_name = 'NK Čakovec'")), 2);

    // Importing the same file again: every row's recipient has a quota now; nothing is created.
    QuotaImport::Result again;
    QVERIFY(QuotaImport(m_admin).run({m_first.matchId}, QuotaCsv::read(Csv), options, &again).ok());
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.quotasCreated, 0);
}

void TestQuotaImport::nothingValidStillRecordsTheBatch()
{
    const int before = scalar(m_super, QStringLiteral("SELECT count(*) FROM quota_import_batches"));
    QuotaImport::Options options;
    options.fileName = QStringLiteral("los.csv");
    QuotaImport::Result result;
    QVERIFY(QuotaImport(m_admin).run({m_second.matchId}, QuotaCsv::read("email,name,quantity\nbad,X,1\n"), options, &result).ok());
    QCOMPARE(result.failed, 1);
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quota_import_batches")), before + 1);
    // A file without the required columns is refused before anything is written.
    QVERIFY(!QuotaImport(m_admin).run({m_second.matchId}, QuotaCsv::read("email,name\nx@y.hr,X\n"), options, &result).ok());
    QCOMPARE(scalar(m_super, QStringLiteral("SELECT count(*) FROM quota_import_batches")), before + 1);
}

QTEST_GUILESS_MAIN(TestQuotaImport)
#include "tst_quotaimport.moc"
