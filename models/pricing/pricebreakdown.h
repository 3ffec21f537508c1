#pragma once

#include "domain/money.h"

#include <QList>

namespace Tribina {

/// A percentage with two decimals, as the database keeps it (numeric(5,2)), held as an integer
/// count of hundredths of a percent: 5.00 % = 500, 25.00 % = 2500, 100 % = 10000.
using PercentHundredths = qint64;

/// The rates one ticket is priced with. All in hundredths of a percent, each 0–10000.
struct PriceRates
{
    PercentHundredths discount = 0;    ///< quota discount on the category price
    PercentHundredths fee = 600;       ///< service fee, a percentage of the ticket amount
    PercentHundredths ticketVat = 500; ///< VAT contained in the ticket amount (5 % home, 0 % away)
    PercentHundredths feeVat = 2500;   ///< VAT contained in the fee (25 % home, 0 % away)

    bool isValid() const;
    friend bool operator==(const PriceRates &, const PriceRates &) = default;
};

/// The one price computation of ARCHITECTURE.md, "Money" (its SQL twin is price_breakdown() in
/// migration 0007; tst_pricing holds the two to the same results). Prices are VAT-inclusive:
///   ticket     = round(price × (100 − discount) / 100)
///   ticket VAT = round(ticket × r / (100 + r))        r = ticket VAT rate
///   fee        = round(ticket × f / 100)              f = fee rate
///   fee VAT    = round(fee × v / (100 + v))           v = fee VAT rate
///   total      = ticket + fee
/// each rounded to whole cents half up (half away from zero, like PostgreSQL's round(numeric)),
/// in integer arithmetic only. Orders add the rounded per-ticket amounts (see add()).
struct PriceBreakdown
{
    Money ticketAmount;
    Money ticketVatAmount;
    Money feeAmount;
    Money feeVatAmount;

    Money total() const { return ticketAmount + feeAmount; }

    /// The breakdown of one ticket of a category priced categoryPrice (VAT-inclusive).
    /// Preconditions: categoryPrice ≥ 0 and rates.isValid(); otherwise all amounts are zero.
    static PriceBreakdown compute(Money categoryPrice, const PriceRates &rates);

    /// The sum of per-ticket breakdowns: what an order stores (round per ticket, then add).
    static PriceBreakdown sum(const QList<PriceBreakdown> &tickets);
    PriceBreakdown &add(const PriceBreakdown &other);

    /// numerator / denominator rounded half away from zero; denominator > 0. Exposed for tests.
    static qint64 divideRounded(qint64 numerator, qint64 denominator);

    friend bool operator==(const PriceBreakdown &, const PriceBreakdown &) = default;
};

} // namespace Tribina
