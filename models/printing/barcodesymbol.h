#pragma once

#include <QString>

#include <vector>

namespace Tribina {

/// A barcode as a grid of modules (true = dark), without its quiet zone: Code 128 from ZXing's
/// writer, QR from libqrencode. Painting is TicketCanvas::code()'s business, so that each module
/// becomes a whole number of printer dots.
class BarcodeSymbol
{
public:
    enum class Kind { Code128, Qr };

    /// Code 128 of text (ZXing picks the code sets; an even run of digits uses set C).
    static BarcodeSymbol code128(const QString &text);
    /// QR of text with error correction level Q (25 %): thermal paper scuffs and fades, and a
    /// crumpled ticket still has to scan. libqrencode chooses the smallest version and mixes
    /// numeric, alphanumeric and byte modes.
    static BarcodeSymbol qr(const QString &text);

    bool isNull() const { return m_width == 0; }
    Kind kind() const { return m_kind; }
    int width() const { return m_width; }   ///< modules
    int height() const { return m_height; } ///< modules; 1 for Code 128 (bars are drawn tall)
    bool isDark(int x, int y) const { return m_modules[std::size_t(y) * std::size_t(m_width) + std::size_t(x)]; }
    /// Light modules required on each side: 10 for Code 128 (ISO/IEC 15417), 4 for QR
    /// (ISO/IEC 18004).
    int quietZone() const { return m_kind == Kind::Code128 ? 10 : 4; }

private:
    Kind m_kind = Kind::Code128;
    int m_width = 0;
    int m_height = 0;
    std::vector<bool> m_modules;
};

} // namespace Tribina
