#include "moneyedit.h"

#include <QRegularExpression>

namespace Tribina {

MoneyEdit::MoneyEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(QStringLiteral("0,00"));
    setAlignment(Qt::AlignRight);
}

std::optional<Money> MoneyEdit::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,7})(?:[.,](\\d{1,2}))?\\s*(?:€|EUR)?\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 cents = m.captured(1).toLongLong() * 100;
    QString fraction = m.captured(2);
    if (fraction.size() == 1)
        fraction += QLatin1Char('0');
    cents += fraction.toLongLong();
    return Money(cents);
}

std::optional<Money> MoneyEdit::amount() const
{
    return parse(text());
}

void MoneyEdit::setAmount(Money amount)
{
    setText(QStringLiteral("%1,%2").arg(amount.cents() / 100).arg(amount.cents() % 100, 2, 10, QLatin1Char('0')));
}

} // namespace Tribina
