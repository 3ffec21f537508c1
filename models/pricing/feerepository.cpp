#include "feerepository.h"

#include "db/sqlerrors.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Tribina {

Outcome loadFeeRates(QSqlDatabase &db, const QUuid &matchId, FeeRates *rates)
{
    // Percentages arrive as integer hundredths, never through floating point.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.match_type = 'HOME', f.id IS NULL,"
        " (coalesce(f.fee_percent, 6.00) * 100)::bigint,"
        " (coalesce(f.home_ticket_vat_percent, 5.00) * 100)::bigint,"
        " (coalesce(f.away_ticket_vat_percent, 0.00) * 100)::bigint,"
        " (coalesce(f.home_fee_vat_percent, 25.00) * 100)::bigint,"
        " (coalesce(f.away_fee_vat_percent, 0.00) * 100)::bigint"
        " FROM matches m"
        " LEFT JOIN LATERAL ("
        "   SELECT fc.* FROM fee_configurations fc"
        "   WHERE (fc.match_id = m.id OR fc.match_id IS NULL)"
        "     AND fc.effective_from <= (m.kick_off_time AT TIME ZONE 'Europe/Zagreb')::date"
        "     AND (fc.effective_to IS NULL"
        "          OR fc.effective_to >= (m.kick_off_time AT TIME ZONE 'Europe/Zagreb')::date)"
        "   ORDER BY fc.match_id IS NULL, fc.effective_from DESC, fc.created_at DESC"
        "   LIMIT 1) f ON true"
        " WHERE m.id = ?::uuid"));
    q.addBindValue(matchId.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return Outcome::failure(QCoreApplication::translate("FeeRepository", "Could not read the fees of the match: %1").arg(describe(q.lastError())));
    if (!q.next())
        return Outcome::failure(QCoreApplication::translate("FeeRepository", "The match does not exist."));
    FeeRates r;
    r.homeMatch = q.value(0).toBool();
    r.fromDefaults = q.value(1).toBool();
    r.fee = q.value(2).toLongLong();
    r.homeTicketVat = q.value(3).toLongLong();
    r.awayTicketVat = q.value(4).toLongLong();
    r.homeFeeVat = q.value(5).toLongLong();
    r.awayFeeVat = q.value(6).toLongLong();
    *rates = r;
    return {};
}

Outcome priceTicket(QSqlDatabase &db, const QUuid &matchId, Money categoryPrice,
                    PercentHundredths discount, PriceBreakdown *breakdown)
{
    FeeRates rates;
    if (Outcome o = loadFeeRates(db, matchId, &rates); !o)
        return o;
    const PriceRates priceRates = rates.priceRates(discount);
    if (categoryPrice.cents() < 0 || !priceRates.isValid())
        return Outcome::failure(QCoreApplication::translate("FeeRepository", "The price or discount is out of range."));
    *breakdown = PriceBreakdown::compute(categoryPrice, priceRates);
    return {};
}

} // namespace Tribina
