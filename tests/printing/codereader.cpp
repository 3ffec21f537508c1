#include "codereader.h"

#include "printing/barcodesymbol.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <ZXing/ReadBarcode.h>

#include <cmath>

namespace CodeReader {

namespace {
QStringList decode(const QImage &image, ZXing::BarcodeFormat format)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(format);
    // Every row, not just the middle ones a hand-held scanner would aim at.
    hints.setTryHarder(true);
    // ZXing 1.4 merges the rows a linear code was read on, and asserts (abort) when it compares
    // such merged results; one Code 128 per ticket is all there is to find anyway.
    if (format == ZXing::BarcodeFormat::Code128)
        hints.setMaxNumberOfSymbols(1);
    QStringList texts;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints))
        if (result.isValid())
            texts << QString::fromStdString(result.text());
    return texts;
}
} // namespace

QImage rasterise(const QString &pdf, int dpi, QString *error, int page)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (tool.isEmpty()) {
        *error = QStringLiteral("pdftoppm not found on PATH (install poppler-utils)");
        return {};
    }
    const QFileInfo info(pdf);
    const QString stem = info.absoluteDir().filePath(
        QStringLiteral("%1-%2dpi-p%3").arg(info.completeBaseName()).arg(dpi).arg(page));
    QProcess process;
    process.start(tool, {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                         QString::number(page), QStringLiteral("-l"), QString::number(page),
                         QStringLiteral("-singlefile"), info.absoluteFilePath(), stem});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("pdftoppm failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    QImage image(stem + QStringLiteral(".png"));
    if (image.isNull())
        *error = QStringLiteral("pdftoppm wrote no readable PNG");
    return image;
}

QStringList code128(const QImage &image)
{
    return decode(image, ZXing::BarcodeFormat::Code128);
}

QStringList qrCodes(const QImage &image)
{
    return decode(image, ZXing::BarcodeFormat::QRCode);
}

int mismatchedPixels(const QImage &image, const QRectF &area, const Tribina::BarcodeSymbol &symbol)
{
    const bool qr = symbol.kind() == Tribina::BarcodeSymbol::Kind::Qr;
    const int quiet = symbol.quietZone();
    const qreal module = area.width() / (symbol.width() + 2 * quiet);
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const QRect pixels = area.toAlignedRect();
    int mismatches = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            // Sample at the pixel's centre: which module does it fall in?
            const int mx = int(std::floor((x + 0.5 - area.left()) / module)) - quiet;
            const int my = qr ? int(std::floor((y + 0.5 - area.top()) / module)) - quiet : 0;
            const bool inside = mx >= 0 && mx < symbol.width() && my >= 0 && my < symbol.height();
            const bool expectDark = inside && symbol.isDark(mx, my);
            const bool dark = grey.pixelColor(x, y).lightness() < 128;
            if (dark != expectDark)
                ++mismatches;
        }
    }
    return mismatches;
}

} // namespace CodeReader
