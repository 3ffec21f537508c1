#include "domain/money.h"

#include <QtTest>

using namespace Tribina;

/// Money is cents; formatting never goes through a double.
class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void format_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("croatian");
        QTest::addColumn<QString>("english");
        const QChar nbsp(0x00A0);
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0,00") + nbsp + QStringLiteral("€") << QStringLiteral("€0.00");
        QTest::newRow("cents") << qint64(5) << QStringLiteral("0,05") + nbsp + QStringLiteral("€") << QStringLiteral("€0.05");
        QTest::newRow("price") << qint64(4500) << QStringLiteral("45,00") + nbsp + QStringLiteral("€")
                               << QStringLiteral("€45.00");
        QTest::newRow("thousands") << qint64(123456789) << QStringLiteral("1.234.567,89") + nbsp + QStringLiteral("€")
                                   << QStringLiteral("€1,234,567.89");
        // Croatian writes a true minus sign (U+2212), as QLocale says.
        QTest::newRow("refund") << qint64(-214) << QChar(0x2212) + QStringLiteral("2,14") + nbsp + QStringLiteral("€")
                                << QStringLiteral("-€2.14");
        // Beyond what a double holds exactly.
        QTest::newRow("huge") << qint64(9007199254740993) << QStringLiteral("90.071.992.547.409,93") + nbsp + QStringLiteral("€")
                              << QStringLiteral("€90,071,992,547,409.93");
    }
    void format()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, croatian);
        QFETCH(QString, english);
        QCOMPARE(Money(cents).format(QLocale(QLocale::Croatian, QLocale::Croatia)), croatian);
        QCOMPARE(Money(cents).format(QLocale(QLocale::English, QLocale::UnitedKingdom)), english);
    }

    void otherCurrencies()
    {
        QCOMPARE(Money(4500).format(QLocale(QLocale::Croatian, QLocale::Croatia), QStringLiteral("USD")),
                 QStringLiteral("45,00") + QChar(0x00A0) + QStringLiteral("USD"));
        QCOMPARE(Money(4500).format(QLocale(QLocale::English, QLocale::UnitedKingdom), QStringLiteral("USD")),
                 QStringLiteral("USD") + QChar(0x00A0) + QStringLiteral("45.00"));
    }

    void arithmetic()
    {
        QCOMPARE(Money(4500) + Money(270), Money(4770));
        QCOMPARE(Money(4500) - Money(4770), Money(-270));
        QVERIFY(Money(1) < Money(2));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
