// The countdown the attendant sees (warnings at 5 and 1 minute, expiry) on a controllable clock,
// and the PIN parser for scanned codes.

#include "petrol/deeplinkposter.h"
#include "petrol/pinscanparser.h"
#include "scanning/imagecodedecoder.h"

#include <QImage>
#include <QPainter>
#include "petrol/reservationcountdown.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tribina;

class TestReservationCountdown : public QObject
{
    Q_OBJECT

private slots:
    void warnsAtFiveAndOneMinuteThenExpires();
    void usesTheServerClockNotTheWorkstations();
    void resumedLateWarnsOnce();
    void pinFromScans_data();
    void pinFromScans();
    void posterQrCodeDecodes();
};

void TestReservationCountdown::warnsAtFiveAndOneMinuteThenExpires()
{
    ReservationCountdown countdown;
    qint64 elapsed = 0;
    countdown.setElapsedSource([&] { return elapsed; });
    QSignalSpy warnings(&countdown, &ReservationCountdown::warning);
    QSignalSpy expired(&countdown, &ReservationCountdown::expired);
    const QDateTime server = QDateTime::fromString(QStringLiteral("2026-11-23T18:00:00Z"), Qt::ISODate);
    countdown.start(server.addSecs(20 * 60), server);
    QCOMPARE(countdown.secondsLeft(), 20 * 60);
    QCOMPARE(countdown.text(), QStringLiteral("20:00"));

    elapsed = (15 * 60 - 1) * 1000; // 5:01 left
    countdown.update();
    QCOMPARE(warnings.count(), 0);
    elapsed = 15 * 60 * 1000; // 5:00 left
    countdown.update();
    QCOMPARE(warnings.count(), 1);
    QCOMPARE(warnings.at(0).at(0).toInt(), 5);
    countdown.update();
    QCOMPARE(warnings.count(), 1); // once
    elapsed = 19 * 60 * 1000; // 1:00 left
    countdown.update();
    QCOMPARE(warnings.count(), 2);
    QCOMPARE(warnings.at(1).at(0).toInt(), 1);
    QCOMPARE(countdown.text(), QStringLiteral("1:00"));
    QCOMPARE(expired.count(), 0);
    elapsed = 20 * 60 * 1000;
    countdown.update();
    QCOMPARE(expired.count(), 1);
    QVERIFY(!countdown.isRunning());
    QCOMPARE(countdown.secondsLeft(), 0);
}

void TestReservationCountdown::usesTheServerClockNotTheWorkstations()
{
    ReservationCountdown countdown;
    countdown.setElapsedSource([] { return qint64(0); });
    // The workstation's clock is an hour off; only expiresAt − serverNow matters.
    const QDateTime server = QDateTime::currentDateTimeUtc().addSecs(3600);
    countdown.start(server.addSecs(7 * 60), server);
    QCOMPARE(countdown.secondsLeft(), 7 * 60);
}

void TestReservationCountdown::resumedLateWarnsOnce()
{
    ReservationCountdown countdown;
    countdown.setElapsedSource([] { return qint64(0); });
    QSignalSpy warnings(&countdown, &ReservationCountdown::warning);
    const QDateTime server = QDateTime::currentDateTimeUtc();
    countdown.start(server.addSecs(40), server);
    QCOMPARE(warnings.count(), 1);
    QCOMPARE(warnings.at(0).at(0).toInt(), 1);
    countdown.update();
    QCOMPARE(warnings.count(), 1);
}

void TestReservationCountdown::pinFromScans_data()
{
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("match");
    QTest::newRow("bare") << "24680" << "24680" << "";
    QTest::newRow("spaces") << " 24680 \n" << "24680" << "";
    QTest::newRow("deep link") << "https://ulaznice.hns.hr/benzinska/0b7d4c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e?pin=13579"
                               << "13579" << "0b7d4c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e";
    QTest::newRow("link without pin") << "https://ulaznice.hns.hr/benzinska/x?t=ab" << "" << "";
    QTest::newRow("six digits") << "123456" << "" << "";
    QTest::newRow("ticket barcode") << "62416813363442" << "" << "";
    QTest::newRow("letters") << "12a45" << "" << "";
}

void TestReservationCountdown::pinFromScans()
{
    QFETCH(QString, scanned);
    QFETCH(QString, pin);
    QFETCH(QString, match);
    QCOMPARE(PinScanParser::pinFrom(scanned), pin);
    QCOMPARE(PinScanParser::matchFrom(scanned), match);
}

void TestReservationCountdown::posterQrCodeDecodes()
{
    const QString url = QStringLiteral("https://ulaznice.hns.hr/benzinska/0b7d4c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e?t=00112233445566778899aabb");
    const DeepLinkPoster poster({QStringLiteral("Hrvatska – Portugal"), QStringLiteral("UEFA Nations League"),
                                 QDateTime::currentDateTimeUtc(), QStringLiteral("Stadion Maksimir"), url});
    // A4 at 203 dpi, the printer's grid: libqrencode's modules painted whole, read back by ZXing
    QImage page(1680, 2376, QImage::Format_RGB32);
    page.setDotsPerMeterX(7992);
    page.setDotsPerMeterY(7992);
    page.fill(Qt::white);
    QRectF qr;
    {
        QPainter painter(&page);
        qr = poster.paint(&painter);
    }
    QVERIFY(qr.width() > 900); // about 12 cm
    QCOMPARE(ImageCodeDecoder::decodeFirst(page), url);
    QTemporaryDir dir;
    QVERIFY(poster.writePdf(dir.filePath(QStringLiteral("poster.pdf"))).ok());
}

QTEST_MAIN(TestReservationCountdown)
#include "tst_reservationcountdown.moc"
