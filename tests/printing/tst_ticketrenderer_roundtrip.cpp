#include "codereader.h"
#include "printing/barcodesymbol.h"
#include "printing/ticketprinter.h"
#include "printing/ticketprintsettings.h"
#include "printing/ticketrenderer.h"
#include "sampletickets.h"

#include <QPdfWriter>
#include <QPrinter>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tribina;
using Layout = TicketRenderer::Layout;

Q_DECLARE_METATYPE(Tribina::TicketData)

/// The round trip a gate depends on: render a ticket, print it to PDF through QPrinter, rasterise
/// the PDF at the thermal printer's 203 dpi with pdftoppm, decode it with ZXing and get back
/// exactly the barcode and the QR payload. Both layouts, Croatian diacritics, names far too long,
/// standing places, duplicate stamps. Beyond decoding, every pixel of each code and its quiet
/// zone is compared with the symbol: whole-dot modules on the dot grid, nothing painted over them.
class TestTicketRendererRoundTrip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // With TRIBINA_KEEP_TICKETS=DIR the PDFs are kept there, to look at.
    QString pdfPath(const QString &name) const
    {
        const QString keep = qEnvironmentVariable("TRIBINA_KEEP_TICKETS");
        return (keep.isEmpty() ? m_dir.path() : keep) + QLatin1Char('/') + name + QStringLiteral(".pdf");
    }

    static void addCases()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<TicketData>("ticket");
        for (const Layout layout : {Layout::Thermal, Layout::A4}) {
            const QByteArray name = TicketRenderer::layoutName(layout).toLatin1();
            QTest::addRow("%s-diacritics", name.constData()) << int(layout) << SampleTickets::diacritics();
            QTest::addRow("%s-long-names", name.constData()) << int(layout) << SampleTickets::longNames();
            QTest::addRow("%s-standing", name.constData()) << int(layout) << SampleTickets::standing();
            QTest::addRow("%s-duplicate", name.constData()) << int(layout) << SampleTickets::duplicate();
        }
    }

    static void checkCodes(const QImage &image, const TicketData &ticket, const QRectF &barcode, const QRectF &qr)
    {
        QCOMPARE(CodeReader::code128(image), QStringList{ticket.barcode});
        QCOMPARE(CodeReader::qrCodes(image), QStringList{ticket.qrPayload});
        QCOMPARE(CodeReader::mismatchedPixels(image, barcode, BarcodeSymbol::code128(ticket.barcode)), 0);
        QCOMPARE(CodeReader::mismatchedPixels(image, qr, BarcodeSymbol::qr(ticket.qrPayload)), 0);
    }

    // A rectangle in device pixels of one resolution, in pixels of another (whole pixels: the
    // codes sit on the 203 dpi grid, so this is exact up to floating-point noise).
    static QRectF rescaled(const QRectF &r, qreal factor)
    {
        return QRectF(std::round(r.left() * factor), std::round(r.top() * factor), std::round(r.width() * factor),
                      std::round(r.height() * factor));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty(),
                 "pdftoppm (poppler-utils) is required for the round trip");
    }

    void throughQPrinterPdf_data() { addCases(); }
    void throughQPrinterPdf()
    {
        QFETCH(int, layout);
        QFETCH(TicketData, ticket);
        const QString pdf = pdfPath(QString::fromLatin1(QTest::currentDataTag()));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        QList<TicketRenderer::Painted> painted;
        const Outcome printed = TicketPrinter(Layout(layout)).print(&printer, {ticket}, &painted);
        QVERIFY2(printed, qPrintable(printed.error()));
        QCOMPARE(painted.size(), 1);

        QString error;
        const QImage image = CodeReader::rasterise(pdf, 203, &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        // PDF page sizes are whole points (80 mm is written as 227 pt): up to 2 pixels more.
        const qreal expectedWidth = (Layout(layout) == Layout::A4 ? 210 : 80) / 25.4 * 203;
        QVERIFY2(qAbs(image.width() - expectedWidth) <= 2, qPrintable(QString::number(image.width())));
        const qreal factor = 203.0 / printer.resolution();
        checkCodes(image, ticket, rescaled(painted.first().barcode, factor), rescaled(painted.first().qr, factor));
    }

    void throughImage_data() { addCases(); }
    void throughImage()
    {
        QFETCH(int, layout);
        QFETCH(TicketData, ticket);
        TicketRenderer::Painted painted;
        const QImage image = TicketRenderer(Layout(layout)).image(ticket, 203, &painted);
        checkCodes(image, ticket, painted.barcode, painted.qr);
        // The comparison can fail: one pixel off and it does.
        QVERIFY(CodeReader::mismatchedPixels(image, painted.qr.translated(1, 0), BarcodeSymbol::qr(ticket.qrPayload)) > 0);
        // Everything is on the page, and (thermal) the page ends below the content.
        QVERIFY(painted.height <= image.height());
        QVERIFY(!painted.qr.intersects(painted.barcode));
    }

    /// A raster device whose resolution is not a multiple of 203 dpi still gets whole pixels.
    void throughImageAt300Dpi()
    {
        const TicketData ticket = SampleTickets::longNames();
        for (const Layout layout : {Layout::Thermal, Layout::A4}) {
            TicketRenderer::Painted painted;
            const QImage image = TicketRenderer(layout).image(ticket, 300, &painted);
            checkCodes(image, ticket, painted.barcode, painted.qr);
        }
    }

    void throughQPdfWriterWithSeveralTickets()
    {
        // One PDF, two receipts of different lengths: each page as long as its ticket.
        const QList<TicketData> tickets{SampleTickets::diacritics(11), SampleTickets::longNames(12)};
        const QString pdf = pdfPath(QStringLiteral("thermal-two-pages"));
        const Outcome written = TicketPrinter(Layout::Thermal).writePdf(pdf, tickets);
        QVERIFY2(written, qPrintable(written.error()));
        for (int page = 1; page <= 2; ++page) {
            QString error;
            const QImage image = CodeReader::rasterise(pdf, 203, &error, page);
            QVERIFY2(!image.isNull(), qPrintable(error));
            const TicketData &ticket = tickets.at(page - 1);
            QCOMPARE(CodeReader::code128(image), QStringList{ticket.barcode});
            QCOMPARE(CodeReader::qrCodes(image), QStringList{ticket.qrPayload});
            const qreal heightMm = TicketRenderer(Layout::Thermal).pageSizeMm(ticket).height();
            QVERIFY(qAbs(image.height() - heightMm / 25.4 * 203) <= 2);
        }
    }

    /// Names too long for any layout are wrapped (two lines) and elided, never allowed to push
    /// the receipt on and on, never over the codes (the pixel comparison above proves the latter).
    void longNamesAreBounded()
    {
        const TicketRenderer thermal(Layout::Thermal);
        const qreal normal = thermal.pageSizeMm(SampleTickets::diacritics()).height();
        const qreal longer = thermal.pageSizeMm(SampleTickets::longNames()).height();
        QVERIFY2(normal >= 150 && normal <= 240, qPrintable(QString::number(normal)));
        QVERIFY2(longer - normal <= 30, qPrintable(QStringLiteral("%1 vs %2").arg(longer).arg(normal)));
        TicketRenderer::Painted painted;
        const QImage a4 = TicketRenderer(Layout::A4).image(SampleTickets::duplicate(), 100, &painted);
        QVERIFY(painted.height <= a4.height());
    }

    void refusesTicketsWithoutCodes()
    {
        TicketData ticket = SampleTickets::diacritics();
        ticket.qrPayload.clear();
        QVERIFY(!TicketPrinter::validate(ticket));
        ticket = SampleTickets::diacritics();
        ticket.barcode.clear();
        QVERIFY(!TicketPrinter::validate(ticket));
        QVERIFY(TicketPrinter::validate(SampleTickets::diacritics()));
        QVERIFY(!TicketPrinter(Layout::A4).writePdf(m_dir.filePath(QStringLiteral("none.pdf")), {}));
    }

    void settingsPerWorkstation()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HNS"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ticketrenderer_roundtrip"));
        QSettings().clear();
        TicketPrintSettings settings;
        QCOMPARE(settings.layout(), Layout::Thermal); // a counter's printer unless told otherwise
        QCOMPARE(settings.printerName(), QString());
        settings.setLayout(Layout::A4);
        settings.setPrinterName(QStringLiteral("Back-office laser"));
        QCOMPARE(TicketPrintSettings().layout(), Layout::A4);
        QCOMPARE(TicketPrintSettings().printerName(), QStringLiteral("Back-office laser"));
        QSettings().clear();
    }

    void layoutNames()
    {
        QCOMPARE(TicketRenderer::layoutFromName(QStringLiteral("A4")), Layout::A4);
        QCOMPARE(TicketRenderer::layoutFromName(QStringLiteral("thermal")), Layout::Thermal);
        QVERIFY(!TicketRenderer::layoutFromName(QStringLiteral("letter")));
    }
};

QTEST_MAIN(TestTicketRendererRoundTrip)
#include "tst_ticketrenderer_roundtrip.moc"
