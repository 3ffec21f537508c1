#include "barcodegenerator.h"

#include <QRandomGenerator>

namespace Tribina {

namespace {
// The Damm quasigroup of order 10 (H. M. Damm, 2004): totally anti-symmetric with a zero
// diagonal, which is what makes every adjacent transposition change the interim digit.
constexpr int kDamm[10][10] = {
    {0, 3, 1, 7, 5, 9, 8, 6, 4, 2}, {7, 0, 9, 2, 1, 5, 4, 8, 6, 3}, {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
    {1, 7, 5, 0, 9, 8, 3, 4, 2, 6}, {6, 1, 2, 3, 0, 4, 5, 9, 7, 8}, {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
    {5, 8, 6, 9, 7, 2, 0, 1, 3, 4}, {8, 9, 4, 5, 3, 6, 2, 0, 1, 7}, {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
    {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};
} // namespace

BarcodeGenerator::BarcodeGenerator(QRandomGenerator *source)
    : m_source(source ? source : QRandomGenerator::system())
{
}

QString BarcodeGenerator::next()
{
    QString code;
    code.reserve(kLength);
    code += QChar(u'1' + m_source->bounded(9));
    while (code.size() < kLength - 1)
        code += QChar(u'0' + m_source->bounded(10));
    code += QChar(u'0' + checkDigit(code));
    return code;
}

std::optional<QString> BarcodeGenerator::claimUnique(const std::function<Claim(const QString &)> &tryClaim,
                                                     int maxAttempts, int *attempts)
{
    for (int attempt = 1; attempt <= maxAttempts; ++attempt) {
        if (attempts)
            *attempts = attempt;
        const QString candidate = next();
        switch (tryClaim(candidate)) {
        case Claim::Claimed:
            return candidate;
        case Claim::Collision:
            continue;
        case Claim::Failed:
            return std::nullopt;
        }
    }
    return std::nullopt;
}

int BarcodeGenerator::checkDigit(QStringView digits)
{
    int interim = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return -1;
        interim = kDamm[interim][c.unicode() - u'0'];
    }
    return interim;
}

bool BarcodeGenerator::hasValidShape(QStringView code)
{
    if (code.size() != kLength || code.front() == u'0')
        return false;
    for (const QChar c : code)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

bool BarcodeGenerator::isValid(QStringView code)
{
    // A valid Damm code (check digit included) runs the interim digit back to zero.
    return hasValidShape(code) && checkDigit(code) == 0;
}

} // namespace Tribina
