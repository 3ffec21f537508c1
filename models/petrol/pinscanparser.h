#pragma once

#include <QString>

namespace Tribina {

/// Finds the PIN in what a scanner or a decoded picture delivered. The fan's QR code carries the
/// petrol deep link with the PIN ("https://ulaznice.hns.hr/benzinska/<match>?pin=12345"), or the
/// bare PIN; a scanner adds nothing but may pass spaces. Returns the 5 digits, or an empty
/// string when there is no PIN in the text.
class PinScanParser
{
public:
    static constexpr int PinLength = 5;
    static QString pinFrom(const QString &scanned);
    /// The match UUID of a deep link in the text, or a null UUID.
    static QString matchFrom(const QString &scanned);
};

} // namespace Tribina
