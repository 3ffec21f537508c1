#include "domain/oib.h"

#include <QtTest>

using namespace Tribina;

/// ISO 7064 MOD 11,10 as SQL oib_is_valid() (0001) computes it.
class TestOib : public QObject
{
    Q_OBJECT
private slots:
    void validity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << "69435151530" << true;
        QTest::newRow("valid with blanks") << " 6943515 1530 " << true;
        QTest::newRow("check digit wrong") << "69435151531" << false;
        QTest::newRow("transposed") << "96435151530" << false;
        QTest::newRow("too short") << "6943515153" << false;
        QTest::newRow("letters") << "6943515153A" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("zeros except check") << "00000000001" << true;
    }
    void validity()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Oib::isValid(text), valid);
    }
    void checkDigitMakesEveryPrefixValid()
    {
        for (int i = 0; i < 1000; ++i) {
            const QString prefix = QString::number(1000000000LL + qint64(i) * 7919LL);
            const int d = Oib::checkDigit(prefix);
            QVERIFY(d >= 0 && d <= 9);
            QVERIFY(Oib::isValid(prefix + QString::number(d)));
            QVERIFY(!Oib::isValid(prefix + QString::number((d + 1) % 10)));
        }
        QCOMPARE(Oib::checkDigit(u"12345"), -1);
    }
};

QTEST_GUILESS_MAIN(TestOib)
#include "tst_oib.moc"
