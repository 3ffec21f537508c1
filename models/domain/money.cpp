#include "money.h"

namespace Tribina {

QString Money::format(const QLocale &locale, const QString &currency) const
{
    // Whole units and cents separately: QLocale's own currency formatting takes a double.
    const quint64 magnitude = m_cents < 0 ? quint64(-(m_cents + 1)) + 1 : quint64(m_cents);
    const QString units = locale.toString(qulonglong(magnitude / 100)); // grouped per locale
    const QString amount = units + locale.decimalPoint()
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    const QString sign = m_cents < 0 ? locale.negativeSign() : QString();
    const bool euro = currency == QLatin1String("EUR");
    const QString symbol = euro ? QStringLiteral("€") : currency;
    if (locale.language() == QLocale::English)
        return sign + symbol + (euro ? QString() : QString(QChar(0x00A0))) + amount;
    return sign + amount + QChar(0x00A0) + symbol;
}

} // namespace Tribina
