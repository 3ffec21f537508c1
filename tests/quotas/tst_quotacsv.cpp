// Quota CSV files as spreadsheets write them: encodings and BOM, comma or semicolon, quotes with
// separators, quotes and line breaks inside, CRLF, Croatian diacritics, row errors, 10,000 rows.

#include "quotas/csvreader.h"
#include "quotas/quotacsv.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Tribina;

class TestQuotaCsv : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void unclosedQuote();
    void windows1250AndUtf16();
    void quotaRows();
    void rowErrors();
    void missingColumns();
    void templateReadsBack();
    void writeQuotesWhatNeedsIt();
    void tenThousandRows();
};

void TestQuotaCsv::records_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::addColumn<QList<int>>("lines");

    const QList<QStringList> simple{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("comma LF") << QByteArray("a,b\n1,2\n") << QStringLiteral(",") << simple << QList<int>{1, 2};
    QTest::newRow("semicolon CRLF") << QByteArray("a;b\r\n1;2\r\n") << QStringLiteral(";") << simple << QList<int>{1, 2};
    QTest::newRow("BOM, no final newline") << QByteArray("\xEF\xBB\xBF" "a,b\r\n1,2") << QStringLiteral(",") << simple << QList<int>{1, 2};
    QTest::newRow("old Mac CR") << QByteArray("a;b\r1;2\r") << QStringLiteral(";") << simple << QList<int>{1, 2};
    QTest::newRow("blank lines skipped") << QByteArray("a,b\r\n\r\n1,2\r\n\r\n") << QStringLiteral(",") << simple << QList<int>{1, 3};
    // The semicolon wins although the header has a comma inside quotes.
    QTest::newRow("quoted separators, quotes and newline")
        << QByteArray("\"name, full\";x\r\n\"Kovač; \"\"Mali\"\"\";\"line1\r\nline2\"\r\nnext;2\r\n")
        << QStringLiteral(";")
        << QList<QStringList>{{QStringLiteral("name, full"), QStringLiteral("x")},
                              {QStringLiteral("Kovač; \"Mali\""), QStringLiteral("line1\r\nline2")},
                              {QStringLiteral("next"), QStringLiteral("2")}}
        << QList<int>{1, 2, 4};
    QTest::newRow("diacritics UTF-8")
        << QString::fromUtf8("ime,grad\nĐurđa Šimić,Čakovec\nŽeljko Ćorić,Požega\n").toUtf8() << QStringLiteral(",")
        << QList<QStringList>{{QStringLiteral("ime"), QStringLiteral("grad")},
                              {QStringLiteral("Đurđa Šimić"), QStringLiteral("Čakovec")},
                              {QStringLiteral("Željko Ćorić"), QStringLiteral("Požega")}}
        << QList<int>{1, 2, 3};
    QTest::newRow("empty fields and spaces trimmed")
        << QByteArray("a,b,c\n 1 ,,\" 3 \"\n") << QStringLiteral(",")
        << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                              {QStringLiteral("1"), QString(), QStringLiteral(" 3 ")}}
        << QList<int>{1, 2};
}

void TestQuotaCsv::records()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, separator);
    QFETCH(QList<QStringList>, expected);
    QFETCH(QList<int>, lines);
    const CsvReader::Result result = CsvReader::parse(data);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(QString(result.separator), separator);
    QCOMPARE(result.records, expected);
    QCOMPARE(result.lines, lines);
}

void TestQuotaCsv::unclosedQuote()
{
    const CsvReader::Result result = CsvReader::parse("a,b\n1,\"open\n2,3\n");
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("Line 2")), qPrintable(result.error));
}

void TestQuotaCsv::windows1250AndUtf16()
{
    // "Šimić;Čakovec" in Windows-1250: Š 0x8A, ć 0xE6, Č 0xC8.
    const CsvReader::Result cp = CsvReader::parse(QByteArray("ime;grad\n\x8Aimi\xE6;\xC8" "akovec\n"));
    QCOMPARE(cp.encoding, QStringLiteral("Windows-1250"));
    QCOMPARE(cp.records.at(1), (QStringList{QStringLiteral("Šimić"), QStringLiteral("Čakovec")}));
    const QString text = QStringLiteral("ime;grad\r\nĐurđa;Split\r\n");
    QByteArray utf16("\xFF\xFE");
    for (QChar c : text) {
        utf16.append(char(c.unicode() & 0xFF));
        utf16.append(char(c.unicode() >> 8));
    }
    const CsvReader::Result u = CsvReader::parse(utf16);
    QCOMPARE(u.encoding, QStringLiteral("UTF-16"));
    QCOMPARE(u.records.at(1), (QStringList{QStringLiteral("Đurđa"), QStringLiteral("Split")}));
    const CsvReader::Result bom = CsvReader::parse("\xEF\xBB\xBFime\n\xC5\xA0ibenik\n");
    QCOMPARE(bom.encoding, QStringLiteral("UTF-8 (BOM)"));
    QCOMPARE(bom.records.first().first(), QStringLiteral("ime")); // no BOM glued to the header
}

void TestQuotaCsv::quotaRows()
{
    const QByteArray data = QString::fromUtf8(
        "\xEF\xBB\xBF" "E-mail;Ime;Količina;Sektori;Popust\r\n"
        "Nabava@Sponzor.HR;\"Sponzor d.d.; Zagreb\";20;W1 W2;100\r\n"
        "ured@klub.hr;NK Čakovec;6;;12,5 %\r\n").toUtf8();
    const QuotaCsv::File file = QuotaCsv::read(data);
    QVERIFY2(file.ok(), qPrintable(file.error));
    QCOMPARE(file.rows.size(), 2);
    QCOMPARE(file.validRows(), 2);
    const QuotaCsvRow &first = file.rows.at(0);
    QCOMPARE(first.line, 2);
    QCOMPARE(first.email, QStringLiteral("nabava@sponzor.hr"));
    QCOMPARE(first.name, QStringLiteral("Sponzor d.d.; Zagreb"));
    QCOMPARE(first.quantity, 20);
    QCOMPARE(first.sectorCodes, (QStringList{QStringLiteral("W1"), QStringLiteral("W2")}));
    QCOMPARE(first.discountPercent, 100);
    QCOMPARE(file.rows.at(1).name, QStringLiteral("NK Čakovec"));
    QVERIFY(file.rows.at(1).sectorCodes.isEmpty());
    QCOMPARE(file.rows.at(1).discountPercent, 13);
}

void TestQuotaCsv::rowErrors()
{
    const QuotaCsv::File file = QuotaCsv::read(
        "email,name,quantity,discount\n"
        "ok@example.hr,Ok,2,\n"
        "not-an-email,Bad mail,2,\n"
        "x@example.hr,,0,150\n"
        "OK@example.hr,Twice,1,\n"
        "y@example.hr,Words,two,\n");
    QVERIFY(file.ok());
    QCOMPARE(file.rows.size(), 5);
    QCOMPARE(file.validRows(), 1);
    QVERIFY(file.rows.at(0).ok());
    QVERIFY(file.rows.at(1).errors.join(u' ').contains(QLatin1String("e-mail")));
    QCOMPARE(file.rows.at(2).errors.size(), 3); // empty name, quantity 0, discount 150
    QVERIFY(file.rows.at(3).errors.join(u' ').contains(QLatin1String("line 2")));
    QVERIFY(file.rows.at(4).errors.join(u' ').contains(QLatin1String("\"two\"")));
}

void TestQuotaCsv::missingColumns()
{
    const QuotaCsv::File file = QuotaCsv::read("email,name\nx@example.hr,X\n");
    QVERIFY(!file.ok());
    QVERIFY2(file.error.contains(QLatin1String("quantity")), qPrintable(file.error));
    QVERIFY(!QuotaCsv::read("").ok());
    QVERIFY(!QuotaCsv::read("email,name,quantity\r\n").ok());
}

void TestQuotaCsv::templateReadsBack()
{
    const QByteArray csv = QuotaCsv::templateCsv();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\r\n"));
    const QuotaCsv::File file = QuotaCsv::read(csv);
    QVERIFY2(file.ok(), qPrintable(file.error));
    QCOMPARE(file.rows.size(), 2);
    QCOMPARE(file.validRows(), 2);
    QCOMPARE(file.rows.at(1).name, QStringLiteral("NK Čakovec, Međimurje"));
}

void TestQuotaCsv::writeQuotesWhatNeedsIt()
{
    QCOMPARE(CsvReader::quote(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(CsvReader::quote(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvReader::quote(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    const QList<QStringList> records{{QStringLiteral("x;y"), QStringLiteral("two\nlines")}, {QStringLiteral("Š"), QString()}};
    const CsvReader::Result back = CsvReader::parse(CsvReader::write(records, QLatin1Char(';')), QLatin1Char(';'));
    QCOMPARE(back.records, records);
}

void TestQuotaCsv::tenThousandRows()
{
    QByteArray data("email;name;quantity;sectors;discount\r\n");
    for (int i = 0; i < 10000; ++i)
        data += QStringLiteral("p%1@example.hr;\"Partner %1, Šibenik\";%2;W%3;%4\r\n").arg(i).arg(i % 7 + 1).arg(i % 4 + 1).arg(i % 101).toUtf8();
    data += "broken;;;;\r\n";
    QElapsedTimer timer;
    timer.start();
    const QuotaCsv::File file = QuotaCsv::read(data);
    const qint64 ms = timer.elapsed();
    QVERIFY(file.ok());
    QCOMPARE(file.rows.size(), 10001);
    QCOMPARE(file.validRows(), 10000);
    QCOMPARE(file.rows.at(9999).name, QStringLiteral("Partner 9999, Šibenik"));
    QCOMPARE(file.rows.at(9999).line, 10001);
    QCOMPARE(file.rows.last().line, 10002);
    qInfo("10,001 rows read in %lld ms", ms);
    QVERIFY(ms < 5000);
}

QTEST_GUILESS_MAIN(TestQuotaCsv)
#include "tst_quotacsv.moc"
