#pragma once

#include <QLocale>
#include <QString>

#include <compare>

namespace Tribina {

/// An amount of money in integer cents. Money never passes through floating point: amounts come
/// from the database as cents (`(amount * 100)::bigint`) and are only ever added, subtracted and
/// formatted here. VAT and fee rounding belong to the pricing rules (ARCHITECTURE.md, "Money").
class Money
{
public:
    constexpr Money() = default;
    constexpr explicit Money(qint64 cents) : m_cents(cents) {}

    constexpr qint64 cents() const { return m_cents; }

    /// "45,00 €" in Croatian (and other languages that put the symbol after the amount),
    /// "€45.00" in English; digit grouping and decimal mark follow the locale. The space before
    /// a trailing symbol is a no-break space, so a price never wraps away from its currency.
    /// Currencies other than EUR are written with their ISO code ("45,00 USD", "USD 45.00").
    QString format(const QLocale &locale, const QString &currency = QStringLiteral("EUR")) const;

    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_cents + b.m_cents); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_cents - b.m_cents); }
    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr auto operator<=>(Money, Money) = default;

private:
    qint64 m_cents = 0;
};

} // namespace Tribina
