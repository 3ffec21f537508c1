#include "pricebreakdown.h"

namespace Tribina {

namespace {
constexpr qint64 kWhole = 10000; // 100 % in hundredths of a percent
} // namespace

bool PriceRates::isValid() const
{
    const auto inRange = [](PercentHundredths p) { return p >= 0 && p <= kWhole; };
    return inRange(discount) && inRange(fee) && inRange(ticketVat) && inRange(feeVat);
}

qint64 PriceBreakdown::divideRounded(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    // floor((2n + d) / 2d) for n ≥ 0; mirrored for negative n so that halves go away from zero.
    if (numerator < 0)
        return -divideRounded(-numerator, denominator);
    return (2 * numerator + denominator) / (2 * denominator);
}

PriceBreakdown PriceBreakdown::compute(Money categoryPrice, const PriceRates &rates)
{
    PriceBreakdown b;
    if (categoryPrice.cents() < 0 || !rates.isValid())
        return b;
    // Largest intermediate: price (< 10^10 cents for numeric(10,2)) × 2 × 10^4 — far below 2^63.
    const qint64 ticket = divideRounded(categoryPrice.cents() * (kWhole - rates.discount), kWhole);
    const qint64 fee = divideRounded(ticket * rates.fee, kWhole);
    b.ticketAmount = Money(ticket);
    b.ticketVatAmount = Money(divideRounded(ticket * rates.ticketVat, kWhole + rates.ticketVat));
    b.feeAmount = Money(fee);
    b.feeVatAmount = Money(divideRounded(fee * rates.feeVat, kWhole + rates.feeVat));
    return b;
}

PriceBreakdown &PriceBreakdown::add(const PriceBreakdown &other)
{
    ticketAmount = ticketAmount + other.ticketAmount;
    ticketVatAmount = ticketVatAmount + other.ticketVatAmount;
    feeAmount = feeAmount + other.feeAmount;
    feeVatAmount = feeVatAmount + other.feeVatAmount;
    return *this;
}

PriceBreakdown PriceBreakdown::sum(const QList<PriceBreakdown> &tickets)
{
    PriceBreakdown total;
    for (const PriceBreakdown &t : tickets)
        total.add(t);
    return total;
}

} // namespace Tribina
