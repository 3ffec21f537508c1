#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace Tribina {
class BarcodeSymbol;
}

/// Test helpers: rasterise a PDF as a gate's printer would (pdftoppm at 203 dpi), read the codes
/// back with ZXing, and compare a painted code with its symbol pixel by pixel.
namespace CodeReader {

/// Page page (from 1) of pdf as an image at dpi, through `pdftoppm -png -r dpi -singlefile`.
/// On failure (no pdftoppm, a broken PDF, no such page) a null image and error says why.
QImage rasterise(const QString &pdf, int dpi, QString *error, int page = 1);

/// Every Code 128 / QR code ZXing finds in image, as text.
QStringList code128(const QImage &image);
QStringList qrCodes(const QImage &image);

/// Pixels inside area (device pixels of image, quiet zones included) that differ from what symbol
/// prescribes: dark exactly on its dark modules, light in the quiet zone. Zero when the code was
/// painted in whole pixels on the pixel grid and nothing else was painted over it.
int mismatchedPixels(const QImage &image, const QRectF &area, const Tribina::BarcodeSymbol &symbol);

} // namespace CodeReader
