#include "barcodesymbol.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <qrencode.h>

#include <memory>

namespace Tribina {

BarcodeSymbol BarcodeSymbol::code128(const QString &text)
{
    BarcodeSymbol symbol;
    if (text.isEmpty())
        return symbol;
    try {
        // Width 0 and no margin: one matrix column per module, no quiet zone (we draw our own).
        const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128)
                                            .setMargin(0)
                                            .encode(text.toStdString(), 0, 1);
        symbol.m_kind = Kind::Code128;
        symbol.m_width = matrix.width();
        symbol.m_height = 1;
        symbol.m_modules.resize(std::size_t(symbol.m_width));
        for (int x = 0; x < symbol.m_width; ++x)
            symbol.m_modules[std::size_t(x)] = matrix.get(x, 0);
    } catch (const std::exception &) {
        return {}; // text Code 128 cannot encode: null symbol, the caller reports it
    }
    return symbol;
}

BarcodeSymbol BarcodeSymbol::qr(const QString &text)
{
    BarcodeSymbol symbol;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return symbol;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_Q, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return symbol;
    symbol.m_kind = Kind::Qr;
    symbol.m_width = code->width;
    symbol.m_height = code->width;
    symbol.m_modules.resize(std::size_t(code->width) * std::size_t(code->width));
    for (std::size_t i = 0; i < symbol.m_modules.size(); ++i)
        symbol.m_modules[i] = (code->data[i] & 1) != 0; // bit 0: dark module
    return symbol;
}

} // namespace Tribina
