#include "layout/rowlabel.h"

#include <limits>

namespace Tribina {

QString RowLabel::label(Style style, int n)
{
    if (n < 1)
        return {};
    if (style == Style::Numeric)
        return QString::number(n);

    // Bijective base 26: there is no zero digit, which is why Z (26) is followed by AA (27).
    QString reversed;
    while (n > 0) {
        --n;
        reversed.append(QChar(u'A' + n % 26));
        n /= 26;
    }
    QString result(reversed.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < reversed.size(); ++i)
        result[i] = reversed.at(reversed.size() - 1 - i);
    return result;
}

int RowLabel::ordinal(QStringView label, Style *style)
{
    if (label.isEmpty())
        return 0;
    bool ok = false;
    const int number = label.toInt(&ok);
    if (ok) {
        if (number < 1)
            return 0;
        if (style)
            *style = Style::Numeric;
        return number;
    }
    qint64 value = 0;
    for (const QChar c : label) {
        if (c < u'A' || c > u'Z')
            return 0;
        value = value * 26 + (c.unicode() - u'A' + 1);
        if (value > std::numeric_limits<int>::max())
            return 0;
    }
    if (style)
        *style = Style::Alphabetic;
    return int(value);
}

} // namespace Tribina
