#include "domain/oib.h"

namespace Tribina::Oib {

int checkDigit(QStringView firstTen)
{
    if (firstTen.size() != 10)
        return -1;
    int a = 10;
    for (QChar c : firstTen) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        a = (a + (c.unicode() - '0')) % 10;
        if (a == 0)
            a = 10;
        a = (a * 2) % 11;
    }
    return (11 - a) % 10;
}

QString normalized(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

bool isValid(QStringView text)
{
    const QString digits = normalized(text);
    if (digits.size() != 11)
        return false;
    const QChar last = digits.at(10);
    if (last < QLatin1Char('0') || last > QLatin1Char('9'))
        return false;
    return checkDigit(QStringView(digits).first(10)) == last.unicode() - '0';
}

} // namespace Tribina::Oib
