#include "imagecodedecoder.h"

#include <ZXing/ReadBarcode.h>

namespace Tribina {

namespace {
QList<ImageCodeDecoder::Code> read(const QImage &grey, ZXing::BarcodeFormats formats, int maxSymbols)
{
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(formats);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    // ZXing 1.4 asserts when it merges several linear results (see tests/printing/codereader.cpp).
    if (maxSymbols > 0)
        hints.setMaxNumberOfSymbols(maxSymbols);
    QList<ImageCodeDecoder::Code> codes;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints))
        if (result.isValid())
            codes.append({QString::fromStdString(result.text()), QString::fromStdString(ZXing::ToString(result.format()))});
    return codes;
}
} // namespace

QList<ImageCodeDecoder::Code> ImageCodeDecoder::decode(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QList<Code> codes = read(grey, ZXing::BarcodeFormat::QRCode, 0);
    codes += read(grey,
                  ZXing::BarcodeFormat::Code128 | ZXing::BarcodeFormat::EAN13 | ZXing::BarcodeFormat::Code39
                      | ZXing::BarcodeFormat::ITF,
                  1);
    return codes;
}

QString ImageCodeDecoder::decodeFirst(const QImage &image)
{
    const QList<Code> codes = decode(image);
    return codes.isEmpty() ? QString() : codes.first().text;
}

} // namespace Tribina
