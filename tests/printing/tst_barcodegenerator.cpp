#include "printing/barcodegenerator.h"

#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace Tribina;
using Claim = BarcodeGenerator::Claim;

/// Ticket barcodes: shape, the Damm check digit's promises (every single-digit error, every
/// adjacent transposition), and collisions retried without the caller noticing.
class TestBarcodeGenerator : public QObject
{
    Q_OBJECT

    static QString digits(int value, int width)
    {
        return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
    }

private slots:
    void shapeOfDrawnCodes()
    {
        BarcodeGenerator generator; // the system's cryptographic source
        QSet<QChar> seen[BarcodeGenerator::kLength - 1];
        for (int i = 0; i < 3000; ++i) {
            const QString code = generator.next();
            QCOMPARE(code.size(), 14);
            QVERIFY2(BarcodeGenerator::isValid(code), qPrintable(code));
            QVERIFY(code.front() != u'0');
            for (int p = 0; p < BarcodeGenerator::kLength - 1; ++p)
                seen[p].insert(code.at(p));
        }
        // Every position but the first takes all ten digits; the first never 0.
        QCOMPARE(seen[0].size(), 9);
        for (int p = 1; p < BarcodeGenerator::kLength - 1; ++p)
            QCOMPARE(seen[p].size(), 10);
    }

    void knownCheckDigits()
    {
        QCOMPARE(BarcodeGenerator::checkDigit(u"572"), 4); // Damm's published example
        QCOMPARE(BarcodeGenerator::checkDigit(u"1234567890123"), 0);
        QVERIFY(BarcodeGenerator::isValid(u"12345678901230"));
        QCOMPARE(BarcodeGenerator::checkDigit(u"12a"), -1);
    }

    void rejectsOtherShapes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("13 digits") << QStringLiteral("1234567890123");
        QTest::newRow("15 digits") << QStringLiteral("123456789012300");
        QTest::newRow("leading zero") << QStringLiteral("02345678901238");
        QTest::newRow("letter") << QStringLiteral("1234567890123A");
        QTest::newRow("space") << QStringLiteral("1234567890123 ");
        QTest::newRow("wrong check digit") << QStringLiteral("12345678901231");
        QTest::newRow("arabic-indic digits") << QStringLiteral("١٢٣٤٥٦٧٨٩٠١٢٣٠");
    }
    void rejectsOtherShapes()
    {
        QFETCH(QString, code);
        QVERIFY(!BarcodeGenerator::isValid(code));
    }

    /// Proof for every code, not a sample. The check is "the interim digit after all 14 digits is
    /// 0", and every interim digit is reached by some one-digit prefix (checked first). Then:
    /// (a) after any interim digit, two different next digits give different interim digits;
    /// (b) two different interim digits stay different after any next digit, so a difference
    ///     survives to the end (a and b: every single-digit error, the check digit's included);
    /// (c) after any interim digit, "xy" and "yx" give different interim digits (every adjacent
    ///     transposition, the last data digit with the check digit included).
    void detectsEverySingleErrorAndAdjacentTransposition()
    {
        const auto d = [](int value) { return digits(value, 1); };
        QSet<int> interims;
        for (int p = 0; p < 10; ++p)
            interims.insert(BarcodeGenerator::checkDigit(d(p)));
        QCOMPARE(interims.size(), 10);
        for (int p = 0; p < 10; ++p) {
            for (int x = 0; x < 10; ++x) {
                for (int y = 0; y < 10; ++y) {
                    if (x == y)
                        continue;
                    QVERIFY(BarcodeGenerator::checkDigit(d(p) + d(x)) != BarcodeGenerator::checkDigit(d(p) + d(y)));
                    QVERIFY(BarcodeGenerator::checkDigit(d(x) + d(p)) != BarcodeGenerator::checkDigit(d(y) + d(p)));
                    QVERIFY2(BarcodeGenerator::checkDigit(d(p) + d(x) + d(y))
                                 != BarcodeGenerator::checkDigit(d(p) + d(y) + d(x)),
                             qPrintable(QStringLiteral("%1: %2%3").arg(p).arg(x).arg(y)));
                }
            }
        }
        // And on whole codes, check digit included, as a gate would meet them.
        QRandomGenerator random(2024);
        BarcodeGenerator generator(&random);
        for (int n = 0; n < 500; ++n) {
            const QString code = generator.next();
            for (int i = 0; i < code.size(); ++i) {
                for (char16_t d = u'0'; d <= u'9'; ++d) {
                    if (code.at(i) == QChar(d))
                        continue;
                    QString wrong = code;
                    wrong[i] = QChar(d);
                    QVERIFY2(!BarcodeGenerator::isValid(wrong), qPrintable(wrong));
                }
                if (i + 1 < code.size() && code.at(i) != code.at(i + 1)) {
                    QString swapped = code;
                    std::swap(swapped[i], swapped[i + 1]);
                    QVERIFY2(!BarcodeGenerator::isValid(swapped), qPrintable(swapped));
                }
            }
        }
    }

    void collisionIsRetriedSilently()
    {
        // Two generators with one seed draw the same sequence: the first candidate is "taken".
        QRandomGenerator sameA(42), sameB(42);
        const QString taken = BarcodeGenerator(&sameA).next();
        BarcodeGenerator generator(&sameB);
        QStringList tried;
        int attempts = 0;
        const std::optional<QString> claimed = generator.claimUnique(
            [&](const QString &candidate) {
                tried << candidate;
                return candidate == taken ? Claim::Collision : Claim::Claimed;
            },
            8, &attempts);
        QVERIFY(claimed);
        QCOMPARE(tried.first(), taken);
        QCOMPARE(attempts, 2);
        QVERIFY(*claimed != taken);
        QVERIFY(BarcodeGenerator::isValid(*claimed));
    }

    void givesUpOnlyWhenSomethingIsBroken()
    {
        BarcodeGenerator generator;
        int attempts = 0;
        QVERIFY(!generator.claimUnique([](const QString &) { return Claim::Collision; }, 5, &attempts));
        QCOMPARE(attempts, 5);
        QVERIFY(!generator.claimUnique([](const QString &) { return Claim::Failed; }, 5, &attempts));
        QCOMPARE(attempts, 1);
    }
};

QTEST_GUILESS_MAIN(TestBarcodeGenerator)
#include "tst_barcodegenerator.moc"
