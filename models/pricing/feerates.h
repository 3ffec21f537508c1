#pragma once

#include "pricing/pricebreakdown.h"

namespace Tribina {

/// The fee and VAT rates in force for one match (a fee_configurations row: the match's own, else
/// the default one in force on the kick-off date), with the match's type choosing home or away.
/// Rates in hundredths of a percent, as PriceRates.
struct FeeRates
{
    PercentHundredths fee = 600;
    PercentHundredths homeTicketVat = 500;
    PercentHundredths awayTicketVat = 0;
    PercentHundredths homeFeeVat = 2500;
    PercentHundredths awayFeeVat = 0;
    bool homeMatch = true;     ///< matches.match_type = 'HOME'
    bool fromDefaults = false; ///< no fee_configurations row was in force: the schema defaults

    /// The rates for a ticket of this match, with an optional quota discount.
    PriceRates priceRates(PercentHundredths discount = 0) const
    {
        return PriceRates{discount, fee, homeMatch ? homeTicketVat : awayTicketVat,
                          homeMatch ? homeFeeVat : awayFeeVat};
    }

    friend bool operator==(const FeeRates &, const FeeRates &) = default;
};

} // namespace Tribina
