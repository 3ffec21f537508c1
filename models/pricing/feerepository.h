#pragma once

#include "domain/outcome.h"
#include "pricing/feerates.h"

#include <QUuid>

class QSqlDatabase;

namespace Tribina {

/// Reads the fee and VAT rates in force for matchId from fee_configurations: the match's own row
/// first, else the default row (match_id NULL); either must be in force on the kick-off date
/// (Europe/Zagreb), the latest effective_from winning. Without any, the schema defaults
/// (6 %, VAT 5 %/25 % home, 0 % away) with fromDefaults set — the same choice as SQL
/// match_fee_rates() and the view ticket_print_data. Fails for an unknown match.
Outcome loadFeeRates(QSqlDatabase &db, const QUuid &matchId, FeeRates *rates);

/// The priced breakdown of one ticket of matchId at categoryPrice: loadFeeRates + compute.
Outcome priceTicket(QSqlDatabase &db, const QUuid &matchId, Money categoryPrice,
                    PercentHundredths discount, PriceBreakdown *breakdown);

} // namespace Tribina
