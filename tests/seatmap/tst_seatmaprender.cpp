#include "seatmaptestlayout.h"

#include "seatmap/seatmappainter.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace Tribina;

/// Golden renderings of a small stadium at the three levels of detail, drawn by the same
/// SeatMapPainter the screen uses. Run with TRIBINA_UPDATE_GOLDEN=1 to rewrite the PNGs in
/// tests/seatmap/golden/ after an intended change (and look at them before committing).
class TestSeatMapRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void levelFollowsScale();
    void onlyTheExposedAreaIsPainted();

private:
    QImage render(const QRectF &source, QSize size);

    SeatMapModel m_model;
};

void TestSeatMapRender::initTestCase()
{
    m_model.reset(SeatMapTest::smallData());
    SeatMapTest::applyMixedStatuses(&m_model);
}

QImage TestSeatMapRender::render(const QRectF &source, QSize size)
{
    SeatMapPainter painter(&m_model);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    painter.render(&p, QRectF(QPointF(0, 0), size), source);
    p.end();
    return image;
}

void TestSeatMapRender::golden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QRectF>("source");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("level");
    const QRectF all = SeatMapTest::smallData().bounds;
    QTest::newRow("far") << QStringLiteral("far") << all << QSize(400, 260) << int(SeatMapPainter::Detail::Far);
    QTest::newRow("middle") << QStringLiteral("middle") << all << QSize(960, 620) << int(SeatMapPainter::Detail::Middle);
    // W1's aisle and front rows with the walkway before them: numbers, row labels, sector code.
    QTest::newRow("near") << QStringLiteral("near") << QRectF(-35, 37, 20, 12) << QSize(800, 480)
                          << int(SeatMapPainter::Detail::Near);
    // The corner meeting W1: turned seats.
    QTest::newRow("near corner") << QStringLiteral("near_corner") << QRectF(-64, 34, 20, 12) << QSize(800, 480)
                                 << int(SeatMapPainter::Detail::Near);
}

void TestSeatMapRender::golden()
{
    QFETCH(QString, name);
    QFETCH(QRectF, source);
    QFETCH(QSize, size);
    QFETCH(int, level);
    const double scale = qMin(size.width() / source.width(), size.height() / source.height());
    QCOMPARE(int(SeatMapPainter::detailFor(scale)), level);

    const QImage actual = render(source, size);
    const QString golden = QStringLiteral(TRIBINA_SEATMAP_GOLDEN_DIR "/%1.png").arg(name);
    if (qEnvironmentVariableIntValue("TRIBINA_UPDATE_GOLDEN") == 1) {
        QVERIFY(QDir().mkpath(QStringLiteral(TRIBINA_SEATMAP_GOLDEN_DIR)));
        QVERIFY(actual.save(golden));
        qInfo("Updated %s", qPrintable(golden));
        return;
    }
    QImage expected(golden);
    QVERIFY2(!expected.isNull(), qPrintable(golden + QStringLiteral(" is missing; run with TRIBINA_UPDATE_GOLDEN=1")));
    expected = expected.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QCOMPARE(expected.size(), actual.size());

    // Per-pixel tolerance for antialiasing and font rasteriser differences: a channel may be
    // off by 40, and at most 0.5 % of the pixels may exceed that.
    int differing = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const QRgb *a = reinterpret_cast<const QRgb *>(actual.constScanLine(y));
        const QRgb *e = reinterpret_cast<const QRgb *>(expected.constScanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int d = qMax(qMax(qAbs(qRed(a[x]) - qRed(e[x])), qAbs(qGreen(a[x]) - qGreen(e[x]))),
                               qMax(qAbs(qBlue(a[x]) - qBlue(e[x])), qAbs(qAlpha(a[x]) - qAlpha(e[x]))));
            differing += d > 40;
        }
    }
    const double share = double(differing) / (actual.width() * actual.height());
    if (share > 0.005) {
        const QString saved = QDir::temp().filePath(QStringLiteral("tst_seatmaprender_%1.png").arg(name));
        actual.save(saved);
        QFAIL(qPrintable(QStringLiteral("%1 % of the pixels differ from %2; the rendering is in %3")
                             .arg(share * 100, 0, 'f', 2).arg(golden, saved)));
    }
}

void TestSeatMapRender::levelFollowsScale()
{
    using D = SeatMapPainter::Detail;
    QCOMPARE(SeatMapPainter::detailFor(1.0), D::Far);
    QCOMPARE(SeatMapPainter::detailFor(SeatMapPainter::MiddleScale), D::Middle);
    QCOMPARE(SeatMapPainter::detailFor(SeatMapPainter::NearScale - 0.01), D::Middle);
    QCOMPARE(SeatMapPainter::detailFor(SeatMapPainter::NearScale), D::Near);
    QCOMPARE(SeatMapPainter::pixelsPerMetre(QTransform::fromScale(12, 12)), 12.0);
}

void TestSeatMapRender::onlyTheExposedAreaIsPainted()
{
    // Painting one sector with a small exposed rectangle visits only the seats near it.
    SeatMapPainter painter(&m_model);
    QImage image(400, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(20, 20); // middle level
    p.translate(40, -30);
    const SeatMapSector &w1 = m_model.sector(0);
    const QRectF exposed(w1.x[0] - 1, w1.y[0] - 1, 2, 2);
    painter.paintSector(&p, 0, exposed);
    QVERIFY(painter.seatsPainted() > 0);
    QVERIFY(painter.seatsPainted() <= 12);
    painter.resetCounters();
    painter.paintSector(&p, 0, w1.bounds);
    QCOMPARE(painter.seatsPainted(), qint64(w1.seatCount()));
}

QTEST_MAIN(TestSeatMapRender)
#include "tst_seatmaprender.moc"
