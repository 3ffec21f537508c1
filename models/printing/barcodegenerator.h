#pragma once

#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

class QRandomGenerator;

namespace Tribina {

/// Draws ticket barcodes (tickets.barcode): 14 decimal digits, the first 1–9 (so no spreadsheet or
/// scanner drops a leading zero), then 12 uniformly random digits, then one check digit by the
/// Damm algorithm. 9 × 10^12 possible codes: guessing a sold one is hopeless, and a collision with
/// an existing code is rare enough to simply draw again.
///
/// Why Damm and not Luhn, GS1 mod 10 or the OIB's ISO 7064 MOD 11,10: it is the one single-digit
/// decimal scheme that catches every single-digit error and every transposition of two adjacent
/// digits (check digit included). Luhn misses 09↔90, GS1 misses pairs that differ by 5, and
/// MOD 11,10 misses about 2 % of adjacent transpositions.
///
/// The digits come from QRandomGenerator::system(), the operating system's cryptographic source
/// (getrandom on Linux). Tests pass a seeded generator to make draws (and collisions) repeatable.
class BarcodeGenerator
{
public:
    static constexpr int kLength = 14;

    /// source must outlive the generator; by default the system's cryptographic source.
    explicit BarcodeGenerator(QRandomGenerator *source = nullptr);

    /// One fresh candidate. It may exist already: see claimUnique().
    QString next();

    enum class Claim {
        Claimed,   ///< the candidate is now ours
        Collision, ///< the candidate is taken: draw again
        Failed,    ///< something else went wrong: stop
    };
    /// Draws candidates until tryClaim() claims one and returns it. A collision is retried
    /// silently, never reported to the user; only maxAttempts collisions in a row (a broken random
    /// source, not bad luck) or a Failed claim give up with std::nullopt. attempts, when given,
    /// receives the number of candidates tried.
    std::optional<QString> claimUnique(const std::function<Claim(const QString &)> &tryClaim,
                                       int maxAttempts = 8, int *attempts = nullptr);

    /// The Damm check digit (0–9) of digits; -1 when digits holds anything but 0–9.
    static int checkDigit(QStringView digits);
    /// Whether code is a barcode of this format: 14 digits, no leading zero, valid check digit.
    static bool isValid(QStringView code);
    /// Whether code has the shape (14 digits, no leading zero), whatever its check digit.
    static bool hasValidShape(QStringView code);

private:
    QRandomGenerator *m_source;
};

} // namespace Tribina
