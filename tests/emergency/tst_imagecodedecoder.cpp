#include "printing/ticketrenderer.h"
#include "sampletickets.h"
#include "scanning/imagecodedecoder.h"

#include <QGuiApplication>
#include <QPainter>
#include <QtTest>

using namespace Tribina;

/// A picture of a ticket (a screenshot, a photo) gives back its QR payload and barcode.
class TestImageCodeDecoder : public QObject
{
    Q_OBJECT

private slots:
    void renderedTicket_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<bool>("reprint");
        QTest::newRow("thermal") << int(TicketRenderer::Layout::Thermal) << false;
        QTest::newRow("thermal reprint") << int(TicketRenderer::Layout::Thermal) << true;
        QTest::newRow("a4 reprint") << int(TicketRenderer::Layout::A4) << true;
    }
    void renderedTicket()
    {
        QFETCH(int, layout);
        QFETCH(bool, reprint);
        TicketData ticket = SampleTickets::diacritics();
        if (reprint)
            ticket.reprint = ReprintMark{QDateTime::currentDateTime(), QStringLiteral("Ana Agent (ana)"), 2,
                                         QStringLiteral("8903")};
        const QImage image = TicketRenderer(TicketRenderer::Layout(layout)).image(ticket, 203);
        const QList<ImageCodeDecoder::Code> codes = ImageCodeDecoder::decode(image);
        QStringList texts;
        for (const ImageCodeDecoder::Code &code : codes)
            texts << code.text;
        QVERIFY2(texts.contains(ticket.qrPayload), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(ticket.barcode), qPrintable(texts.join(QLatin1Char('|'))));
        // decodeFirst prefers the QR code: it carries the signature.
        QCOMPARE(ImageCodeDecoder::decodeFirst(image), ticket.qrPayload);
    }

    void scaledAndRotatedPhoto()
    {
        const TicketData ticket = SampleTickets::diacritics();
        QImage image = TicketRenderer(TicketRenderer::Layout::Thermal).image(ticket, 203);
        image = image.transformed(QTransform().rotate(90)).scaled(image.height() * 3 / 2, image.width() * 3 / 2,
                                                                  Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QCOMPARE(ImageCodeDecoder::decodeFirst(image), ticket.qrPayload);
    }

    void nothingToRead()
    {
        QImage blank(400, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(ImageCodeDecoder::decode(blank).isEmpty());
        QVERIFY(ImageCodeDecoder::decodeFirst(QImage()).isEmpty());
    }
};

QTEST_MAIN(TestImageCodeDecoder)
#include "tst_imagecodedecoder.moc"
