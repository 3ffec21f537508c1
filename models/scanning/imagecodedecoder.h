#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace Tribina {

/// Reads barcodes and QR codes from a picture (a file, a pasted screenshot, a phone photo of a
/// ticket) with ZXing: QR codes first, then one linear code (Code 128, EAN, Code 39, ITF).
class ImageCodeDecoder
{
public:
    struct Code
    {
        QString text;
        QString format; ///< ZXing's name: "QRCode", "Code128", ...
    };

    static QList<Code> decode(const QImage &image);
    /// The first QR payload found, else the first linear code; empty when there is none.
    static QString decodeFirst(const QImage &image);
};

} // namespace Tribina
