#include "matchsetup/matchsetuprepository.h"

#include "db/sqlerrors.h"
#include "matchsetup/matchsetuptext.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Tribina {

namespace {

QVariant uuidOrNull(const QUuid &id)
{
    return id.isNull() ? QVariant() : QVariant(id.toString(QUuid::WithoutBraces));
}

QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

QString timeText(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

QString centsText(qint64 cents)
{
    const qint64 a = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3").arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

qint64 centsOf(const QVariant &numeric)
{
    // NUMERIC(10,2) arrives as text: parse it exactly, never through a double.
    const QString s = numeric.toString();
    const bool negative = s.startsWith(QLatin1Char('-'));
    const QStringList parts = s.mid(negative ? 1 : 0).split(QLatin1Char('.'));
    qint64 cents = parts.value(0).toLongLong() * 100;
    if (parts.size() > 1)
        cents += parts[1].left(2).leftJustified(2, QLatin1Char('0')).toLongLong();
    return negative ? -cents : cents;
}

} // namespace

QString MatchSetupRepository::uuidArray(const QList<QUuid> &ids)
{
    QString s = QStringLiteral("{");
    s.reserve(ids.size() * 37 + 2);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            s += QLatin1Char(',');
        s += uuidText(ids[i]);
    }
    s += QLatin1Char('}');
    return s;
}

Outcome MatchSetupRepository::failure(const QSqlQuery &query, const QString &what) const
{
    const QSqlError error = query.lastError();
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("23P01"))
        return Outcome::failure(tr("This sales phase overlaps another phase of the match. Phases of a match may "
                                   "follow each other but never overlap."));
    if (state == QLatin1String("23505") && (error.databaseText().contains(QLatin1String("exists already"))
                                            || error.databaseText().contains(QLatin1String("idx_match_seat_inv_match_seat"))))
        return Outcome::failure(tr("The seat inventory of this match exists already."));
    if (state == QLatin1String("23505") && error.databaseText().contains(QLatin1String("price_categories")))
        return Outcome::failure(tr("A price category of that name exists already."));
    if (state == QLatin1String("42501"))
        return Outcome::failure(tr("You are not allowed to do this (%1).").arg(what));
    // The functions' own refusals (55000, 22023, 02000) carry a sentence meant for people.
    return Outcome::failure(tr("%1 failed: %2").arg(what, error.databaseText().isEmpty() ? describe(error)
                                                                                         : error.databaseText()));
}

bool MatchSetupRepository::configIsDraft(const QUuid &match, Outcome *outcome)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT stadium_config_status::text FROM matches WHERE id = ?::uuid"));
    q.addBindValue(uuidText(match));
    if (!q.exec()) {
        *outcome = failure(q, tr("Reading the match"));
        return false;
    }
    if (!q.next()) {
        *outcome = Outcome::failure(tr("The match does not exist."));
        return false;
    }
    if (q.value(0).toString() != QLatin1String("DRAFT")) {
        *outcome = Outcome::failure(tr("The stadium configuration is %1; set it back to draft to change it.")
                                        .arg(MatchSetupText::configStatus(q.value(0).toString())));
        return false;
    }
    return true;
}

Outcome MatchSetupRepository::listVenues(QList<SetupVenue> *venues)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, city, type = 'HOME' FROM stadiums ORDER BY name")))
        return failure(q, tr("Reading the venues"));
    venues->clear();
    while (q.next())
        venues->append(SetupVenue{q.value(0).toUuid(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()});
    return {};
}

Outcome MatchSetupRepository::listMatches(QList<SetupMatch> *matches)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT m.id, m.home_team, m.away_team, m.competition, m.kick_off_time, m.venue_id, s.name,"
            " m.match_type = 'HOME', m.is_numbered, m.status::text, m.stadium_config_status::text,"
            " (SELECT count(*) FROM match_seat_inventory i WHERE i.match_id = m.id)"
            " FROM matches m JOIN stadiums s ON s.id = m.venue_id ORDER BY m.kick_off_time")))
        return failure(q, tr("Reading the matches"));
    matches->clear();
    while (q.next()) {
        SetupMatch m;
        m.id = q.value(0).toUuid();
        m.homeTeam = q.value(1).toString();
        m.awayTeam = q.value(2).toString();
        m.competition = q.value(3).toString();
        m.kickOff = q.value(4).toDateTime();
        m.venueId = q.value(5).toUuid();
        m.venueName = q.value(6).toString();
        m.home = q.value(7).toBool();
        m.numbered = q.value(8).toBool();
        m.status = q.value(9).toString();
        m.configStatus = q.value(10).toString();
        m.inventorySeats = q.value(11).toInt();
        matches->append(m);
    }
    return {};
}

Outcome MatchSetupRepository::saveMatch(SetupMatch *match)
{
    if (match->homeTeam.trimmed().isEmpty() || match->awayTeam.trimmed().isEmpty()
        || match->competition.trimmed().isEmpty())
        return Outcome::failure(tr("A match needs both teams and a competition."));
    if (!match->kickOff.isValid() || match->venueId.isNull())
        return Outcome::failure(tr("A match needs a kick-off time and a venue."));
    QSqlQuery q(m_db);
    if (match->id.isNull()) {
        q.prepare(QStringLiteral(
            "INSERT INTO matches (home_team, away_team, competition, kick_off_time, venue_id, match_type, is_numbered)"
            " VALUES (?, ?, ?, ?::timestamptz, ?::uuid, ?::match_type, ?) RETURNING id"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE matches SET home_team = ?, away_team = ?, competition = ?, kick_off_time = ?::timestamptz,"
            " venue_id = ?::uuid, match_type = ?::match_type, is_numbered = ?, updated_at = now()"
            " WHERE id = ?::uuid AND status NOT IN ('CANCELLED', 'CLOSED') RETURNING id"));
    }
    q.addBindValue(match->homeTeam.trimmed());
    q.addBindValue(match->awayTeam.trimmed());
    q.addBindValue(match->competition.trimmed());
    q.addBindValue(timeText(match->kickOff));
    q.addBindValue(uuidText(match->venueId));
    q.addBindValue(match->home ? QStringLiteral("HOME") : QStringLiteral("AWAY"));
    q.addBindValue(match->numbered);
    if (!match->id.isNull())
        q.addBindValue(uuidText(match->id));
    if (!q.exec())
        return failure(q, tr("Saving the match"));
    if (!q.next())
        return Outcome::failure(tr("The match is cancelled or closed and can no longer be changed."));
    match->id = q.value(0).toUuid();
    return {};
}

Outcome MatchSetupRepository::loadCategories(const QUuid &match, QList<SetupPriceCategory> *categories)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, price, coalesce(color, '') FROM price_categories"
                             " WHERE match_id = ?::uuid ORDER BY price DESC, name"));
    q.addBindValue(uuidText(match));
    if (!q.exec())
        return failure(q, tr("Reading the price categories"));
    categories->clear();
    while (q.next())
        categories->append(SetupPriceCategory{q.value(0).toUuid(), q.value(1).toString(), centsOf(q.value(2)), q.value(3).toString()});
    return {};
}

Outcome MatchSetupRepository::saveCategory(const QUuid &match, SetupPriceCategory *category)
{
    if (category->name.trimmed().isEmpty())
        return Outcome::failure(tr("A price category needs a name."));
    if (category->priceCents < 0)
        return Outcome::failure(tr("A price cannot be negative."));
    Outcome draft;
    if (!configIsDraft(match, &draft))
        return draft;
    QSqlQuery q(m_db);
    if (category->id.isNull())
        q.prepare(QStringLiteral("INSERT INTO price_categories (name, price, color, match_id)"
                                 " VALUES (?, ?::numeric, nullif(?, ''), ?::uuid) RETURNING id"));
    else
        q.prepare(QStringLiteral("UPDATE price_categories SET name = ?, price = ?::numeric, color = nullif(?, '')"
                                 " WHERE match_id = ?::uuid AND id = ?::uuid RETURNING id"));
    q.addBindValue(category->name.trimmed());
    q.addBindValue(centsText(category->priceCents));
    q.addBindValue(category->colour);
    q.addBindValue(uuidText(match));
    if (!category->id.isNull())
        q.addBindValue(uuidText(category->id));
    if (!q.exec())
        return failure(q, tr("Saving the price category"));
    if (!q.next())
        return Outcome::failure(tr("The price category no longer exists."));
    category->id = q.value(0).toUuid();
    return {};
}

Outcome MatchSetupRepository::deleteCategory(const QUuid &category)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT match_id FROM price_categories WHERE id = ?::uuid"));
    q.addBindValue(uuidText(category));
    if (!q.exec())
        return failure(q, tr("Deleting the price category"));
    if (!q.next())
        return {};
    Outcome draft;
    if (!configIsDraft(q.value(0).toUuid(), &draft))
        return draft;
    // Sectors painted with it lose their category; seats painted with it go back to their sector's.
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("WITH s AS (UPDATE match_sectors SET price_category_id = NULL"
                             " WHERE price_category_id = ?::uuid RETURNING 1)"
                             " DELETE FROM price_categories WHERE id = ?::uuid"));
    u.addBindValue(uuidText(category));
    u.addBindValue(uuidText(category));
    if (!u.exec())
        return failure(u, tr("Deleting the price category"));
    return {};
}

Outcome MatchSetupRepository::loadSectors(const QUuid &match, QList<SetupSector> *sectors)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT c.id, ms.id, c.code, c.name, coalesce(ms.total_capacity, c.capacity),"
        " coalesce(ms.technical_seats, (SELECT count(*) FROM seats s WHERE s.sector_id = c.id AND s.seat_type = 'TECHNICAL')),"
        " EXISTS (SELECT 1 FROM seats s WHERE s.sector_id = c.id), ms.price_category_id,"
        " coalesce(ms.status::text, 'ACTIVE'), coalesce(ms.purpose::text, 'GENERAL')"
        " FROM matches m JOIN sectors c ON c.stadium_layout_id = m.stadium_layout_id"
        " LEFT JOIN match_sectors ms ON ms.match_id = m.id AND ms.sector_id = c.id"
        " WHERE m.id = ?::uuid ORDER BY c.sort_order, c.code"));
    q.addBindValue(uuidText(match));
    if (!q.exec())
        return failure(q, tr("Reading the sectors"));
    sectors->clear();
    while (q.next()) {
        SetupSector s;
        s.sectorId = q.value(0).toUuid();
        s.matchSectorId = q.value(1).toUuid();
        s.code = q.value(2).toString();
        s.name = q.value(3).toString();
        s.capacity = q.value(4).toInt();
        s.technicalSeats = q.value(5).toInt();
        s.hasSeatMap = q.value(6).toBool();
        s.categoryId = q.value(7).toUuid();
        s.status = q.value(8).toString();
        s.purpose = q.value(9).toString();
        sectors->append(s);
    }
    return {};
}

Outcome MatchSetupRepository::configureSectors(const QUuid &match, const QList<QUuid> &sectorIds,
                                               const SectorChange &change)
{
    if (sectorIds.isEmpty())
        return {};
    Outcome draft;
    if (!configIsDraft(match, &draft))
        return draft;
    if (!m_db.transaction())
        return Outcome::failure(tr("Cannot start a transaction: %1").arg(describe(m_db.lastError())));
    QSqlQuery q(m_db);
    // Sectors the match has no configuration for yet get one, as inventory generation would.
    q.prepare(QStringLiteral(
        "INSERT INTO match_sectors (match_id, sector_id, name, code, total_capacity, technical_seats, is_numbered, has_seat_map)"
        " SELECT m.id, c.id, c.name, c.code, c.capacity,"
        " least(c.capacity, (SELECT count(*) FROM seats s WHERE s.sector_id = c.id AND s.seat_type = 'TECHNICAL')),"
        " EXISTS (SELECT 1 FROM seats s WHERE s.sector_id = c.id), EXISTS (SELECT 1 FROM seats s WHERE s.sector_id = c.id)"
        " FROM matches m JOIN sectors c ON c.stadium_layout_id = m.stadium_layout_id"
        " WHERE m.id = ?::uuid AND c.id = ANY (?::uuid[])"
        " AND NOT EXISTS (SELECT 1 FROM match_sectors ms WHERE ms.match_id = m.id AND ms.sector_id = c.id)"));
    q.addBindValue(uuidText(match));
    q.addBindValue(uuidArray(sectorIds));
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral(
            "UPDATE match_sectors SET"
            " price_category_id = CASE WHEN ?::boolean THEN ?::uuid ELSE price_category_id END,"
            " purpose = coalesce(?::sector_purpose, purpose),"
            " status = coalesce(?::match_sector_status, status)"
            " WHERE match_id = ?::uuid AND sector_id = ANY (?::uuid[])"));
        q.addBindValue(change.category.has_value());
        q.addBindValue(change.category ? uuidOrNull(*change.category) : QVariant());
        q.addBindValue(change.purpose ? QVariant(*change.purpose) : QVariant());
        q.addBindValue(change.status ? QVariant(*change.status) : QVariant());
        q.addBindValue(uuidText(match));
        q.addBindValue(uuidArray(sectorIds));
        ok = q.exec();
    }
    if (!ok) {
        const Outcome o = failure(q, tr("Configuring the sectors"));
        m_db.rollback();
        return o;
    }
    if (!m_db.commit())
        return Outcome::failure(tr("Cannot commit: %1").arg(describe(m_db.lastError())));
    return {};
}

Outcome MatchSetupRepository::setSeatCategory(const QUuid &match, const QList<QUuid> &inventoryIds,
                                              const QUuid &category, int *changed)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT seat_set_price_category(?::uuid, ?::uuid[], ?::uuid)"));
    q.addBindValue(uuidText(match));
    q.addBindValue(uuidArray(inventoryIds));
    q.addBindValue(uuidOrNull(category));
    if (!q.exec() || !q.next())
        return failure(q, tr("Painting the price category"));
    if (changed)
        *changed = q.value(0).toInt();
    return {};
}

Outcome MatchSetupRepository::loadPhases(const QUuid &match, QList<SetupPhase> *phases)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, phase_type::text, name, start_at, end_at, ticket_limit, is_active"
                             " FROM sales_phases WHERE match_id = ?::uuid ORDER BY start_at"));
    q.addBindValue(uuidText(match));
    if (!q.exec())
        return failure(q, tr("Reading the sales phases"));
    phases->clear();
    while (q.next())
        phases->append(SetupPhase{q.value(0).toUuid(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDateTime(),
                        q.value(4).toDateTime(), q.value(5).toInt(), q.value(6).toBool()});
    return {};
}

Outcome MatchSetupRepository::savePhase(const QUuid &match, SetupPhase *phase)
{
    if (phase->name.trimmed().isEmpty())
        return Outcome::failure(tr("A sales phase needs a name."));
    if (!phase->start.isValid() || !phase->end.isValid() || phase->end <= phase->start)
        return Outcome::failure(tr("A sales phase ends after it starts."));
    if (phase->ticketLimit <= 0)
        return Outcome::failure(tr("The ticket limit per buyer must be at least 1."));
    QSqlQuery q(m_db);
    if (phase->id.isNull())
        q.prepare(QStringLiteral("INSERT INTO sales_phases (phase_type, name, start_at, end_at, ticket_limit, is_active, match_id)"
                                 " VALUES (?::phase_type, ?, ?::timestamptz, ?::timestamptz, ?, ?, ?::uuid) RETURNING id"));
    else
        q.prepare(QStringLiteral("UPDATE sales_phases SET phase_type = ?::phase_type, name = ?, start_at = ?::timestamptz,"
                                 " end_at = ?::timestamptz, ticket_limit = ?, is_active = ?"
                                 " WHERE match_id = ?::uuid AND id = ?::uuid RETURNING id"));
    q.addBindValue(phase->type);
    q.addBindValue(phase->name.trimmed());
    q.addBindValue(timeText(phase->start));
    q.addBindValue(timeText(phase->end));
    q.addBindValue(phase->ticketLimit);
    q.addBindValue(phase->active);
    q.addBindValue(uuidText(match));
    if (!phase->id.isNull())
        q.addBindValue(uuidText(phase->id));
    if (!q.exec())
        return failure(q, tr("Saving the sales phase"));
    if (!q.next())
        return Outcome::failure(tr("The sales phase no longer exists."));
    phase->id = q.value(0).toUuid();
    return {};
}

Outcome MatchSetupRepository::deletePhase(const QUuid &phase)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sales_phases p WHERE id = ?::uuid"
                             " AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.sales_phase_id = p.id)"));
    q.addBindValue(uuidText(phase));
    if (!q.exec())
        return failure(q, tr("Deleting the sales phase"));
    if (q.numRowsAffected() == 0)
        return Outcome::failure(tr("Tickets were sold in this phase: deactivate it instead of deleting it."));
    return {};
}

namespace {

// The match day as 0007's match_fee_rates() sees it.
const char *const kMatchDay = "(m.kick_off_time AT TIME ZONE 'Europe/Zagreb')::date";

QString percentText(qint64 hundredths)
{
    return QStringLiteral("%1.%2").arg(hundredths / 100).arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

void readFees(const QSqlQuery &q, SetupFees *fees)
{
    // Columns: id, match-specific, five percentages as hundredths (bigint: exact), from, to.
    fees->found = true;
    fees->id = q.value(0).toUuid();
    fees->matchSpecific = q.value(1).toBool();
    fees->feePercent = q.value(2).toLongLong();
    fees->homeTicketVat = q.value(3).toLongLong();
    fees->awayTicketVat = q.value(4).toLongLong();
    fees->homeFeeVat = q.value(5).toLongLong();
    fees->awayFeeVat = q.value(6).toLongLong();
    fees->effectiveFrom = q.value(7).toDate();
    fees->effectiveTo = q.value(8).isNull() ? QDate() : q.value(8).toDate();
}

QString feeColumns()
{
    return QStringLiteral("f.id, f.match_id IS NOT NULL, (f.fee_percent * 100)::bigint, (f.home_ticket_vat_percent * 100)::bigint,"
                          " (f.away_ticket_vat_percent * 100)::bigint, (f.home_fee_vat_percent * 100)::bigint,"
                          " (f.away_fee_vat_percent * 100)::bigint, f.effective_from, f.effective_to");
}

} // namespace

Outcome MatchSetupRepository::loadFees(const QUuid &match, SetupFees *fees)
{
    // The same choice, in the same order, as match_fee_rates() (0007): prices use this row.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM matches m JOIN fee_configurations f ON (f.match_id = m.id OR f.match_id IS NULL)"
                             " AND f.effective_from <= %2 AND (f.effective_to IS NULL OR f.effective_to >= %2)"
                             " WHERE m.id = ?::uuid ORDER BY f.match_id IS NULL, f.effective_from DESC, f.created_at DESC LIMIT 1")
                  .arg(feeColumns(), QLatin1String(kMatchDay)));
    q.addBindValue(uuidText(match));
    if (!q.exec())
        return failure(q, tr("Reading the fees"));
    *fees = {};
    if (q.next())
        readFees(q, fees);
    return {};
}

Outcome MatchSetupRepository::loadOwnFees(const QUuid &match, SetupFees *fees)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM matches m JOIN fee_configurations f ON f.match_id = m.id"
                             " WHERE m.id = ?::uuid ORDER BY (f.effective_from <= %2 AND (f.effective_to IS NULL"
                             " OR f.effective_to >= %2)) DESC, f.effective_from DESC, f.created_at DESC LIMIT 1")
                  .arg(feeColumns(), QLatin1String(kMatchDay)));
    q.addBindValue(uuidText(match));
    if (!q.exec())
        return failure(q, tr("Reading the fees"));
    *fees = {};
    if (q.next())
        readFees(q, fees);
    return {};
}

Outcome MatchSetupRepository::saveOwnFees(const QUuid &match, SetupFees *fees)
{
    const struct { qint64 value; QString name; } rates[] = {
        {fees->feePercent, tr("The fee")},
        {fees->homeTicketVat, tr("The ticket VAT of home matches")},
        {fees->awayTicketVat, tr("The ticket VAT of away matches")},
        {fees->homeFeeVat, tr("The fee VAT of home matches")},
        {fees->awayFeeVat, tr("The fee VAT of away matches")},
    };
    for (const auto &rate : rates)
        if (rate.value < 0 || rate.value > 10'000)
            return Outcome::failure(tr("%1 must lie between 0 % and 100 %.").arg(rate.name));
    if (!fees->effectiveFrom.isValid())
        return Outcome::failure(tr("A fee configuration needs the date it takes effect."));
    if (fees->effectiveTo.isValid() && fees->effectiveTo < fees->effectiveFrom)
        return Outcome::failure(tr("A fee configuration cannot end before it takes effect."));
    Outcome draft;
    if (!configIsDraft(match, &draft))
        return draft;
    QSqlQuery day(m_db);
    day.prepare(QStringLiteral("SELECT %1 FROM matches m WHERE m.id = ?::uuid").arg(QLatin1String(kMatchDay)));
    day.addBindValue(uuidText(match));
    if (!day.exec() || !day.next())
        return failure(day, tr("Saving the fees"));
    const QDate matchDay = day.value(0).toDate();
    if (fees->effectiveFrom > matchDay || (fees->effectiveTo.isValid() && fees->effectiveTo < matchDay))
        return Outcome::failure(tr("The period must contain the match day (%1), or the fees would never apply to the match.")
                                    .arg(QLocale().toString(matchDay, QLocale::ShortFormat)));

    if (!m_db.transaction())
        return Outcome::failure(tr("Cannot start a transaction: %1").arg(describe(m_db.lastError())));
    QSqlQuery q(m_db);
    if (fees->id.isNull())
        q.prepare(QStringLiteral("INSERT INTO fee_configurations (fee_percent, home_ticket_vat_percent, away_ticket_vat_percent,"
                                 " home_fee_vat_percent, away_fee_vat_percent, effective_from, effective_to, match_id)"
                                 " VALUES (?::numeric, ?::numeric, ?::numeric, ?::numeric, ?::numeric, ?::date, ?::date, ?::uuid)"
                                 " RETURNING id"));
    else
        q.prepare(QStringLiteral("UPDATE fee_configurations SET fee_percent = ?::numeric, home_ticket_vat_percent = ?::numeric,"
                                 " away_ticket_vat_percent = ?::numeric, home_fee_vat_percent = ?::numeric,"
                                 " away_fee_vat_percent = ?::numeric, effective_from = ?::date, effective_to = ?::date"
                                 " WHERE match_id = ?::uuid AND id = ?::uuid RETURNING id"));
    for (const auto &rate : rates)
        q.addBindValue(percentText(rate.value));
    q.addBindValue(fees->effectiveFrom.toString(Qt::ISODate));
    q.addBindValue(fees->effectiveTo.isValid() ? QVariant(fees->effectiveTo.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(uuidText(match));
    if (!fees->id.isNull())
        q.addBindValue(uuidText(fees->id));
    if (!q.exec() || !q.next()) {
        const Outcome o = q.lastError().isValid() ? failure(q, tr("Saving the fees"))
                                                  : Outcome::failure(tr("The fee configuration no longer exists."));
        m_db.rollback();
        return o;
    }
    const QUuid id = q.value(0).toUuid();
    QJsonObject payload{{QStringLiteral("action"), QStringLiteral("fees_set")},
                        {QStringLiteral("fee_percent"), percentText(fees->feePercent)},
                        {QStringLiteral("home_ticket_vat_percent"), percentText(fees->homeTicketVat)},
                        {QStringLiteral("away_ticket_vat_percent"), percentText(fees->awayTicketVat)},
                        {QStringLiteral("home_fee_vat_percent"), percentText(fees->homeFeeVat)},
                        {QStringLiteral("away_fee_vat_percent"), percentText(fees->awayFeeVat)},
                        {QStringLiteral("effective_from"), fees->effectiveFrom.toString(Qt::ISODate)},
                        {QStringLiteral("effective_to"), fees->effectiveTo.isValid() ? QJsonValue(fees->effectiveTo.toString(Qt::ISODate))
                                                                                     : QJsonValue()}};
    QSqlQuery a(m_db);
    a.prepare(QStringLiteral("SELECT audit_event('match_change', ?::uuid, ?::uuid, ?::jsonb)"));
    a.addBindValue(uuidText(match));
    a.addBindValue(uuidText(id));
    a.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    if (!a.exec()) {
        const Outcome o = failure(a, tr("Saving the fees"));
        m_db.rollback();
        return o;
    }
    if (!m_db.commit())
        return Outcome::failure(tr("Cannot commit: %1").arg(describe(m_db.lastError())));
    fees->id = id;
    fees->found = true;
    fees->matchSpecific = true;
    return {};
}

Outcome MatchSetupRepository::useDefaultFees(const QUuid &match)
{
    Outcome draft;
    if (!configIsDraft(match, &draft))
        return draft;
    if (!m_db.transaction())
        return Outcome::failure(tr("Cannot start a transaction: %1").arg(describe(m_db.lastError())));
    // Removing the match's own rows is editing its configuration (0003 grants DELETE for that);
    // sold tickets keep the amounts they were sold at.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("WITH gone AS (DELETE FROM fee_configurations WHERE match_id = ?::uuid RETURNING 1)"
                             " SELECT count(*) FROM gone"));
    q.addBindValue(uuidText(match));
    bool ok = q.exec() && q.next();
    const int removed = ok ? q.value(0).toInt() : 0;
    QSqlQuery a(m_db);
    if (ok && removed > 0) {
        a.prepare(QStringLiteral("SELECT audit_event('match_change', ?::uuid, ?::uuid, ?::jsonb)"));
        a.addBindValue(uuidText(match));
        a.addBindValue(uuidText(match));
        a.addBindValue(QStringLiteral("{\"action\":\"fees_default\",\"removed\":%1}").arg(removed));
        ok = a.exec();
    }
    if (!ok) {
        const Outcome o = failure(q.lastError().isValid() ? q : a, tr("Returning to the default fees"));
        m_db.rollback();
        return o;
    }
    if (!m_db.commit())
        return Outcome::failure(tr("Cannot commit: %1").arg(describe(m_db.lastError())));
    return {};
}

GenerateResult MatchSetupRepository::generateInventory(const QUuid &match, const Progress &progress)
{
    GenerateResult result;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.id, (SELECT count(*) FROM seats s WHERE s.sector_id = c.id)"
                             " FROM matches m JOIN sectors c ON c.stadium_layout_id = m.stadium_layout_id"
                             " WHERE m.id = ?::uuid ORDER BY c.sort_order, c.code"));
    q.addBindValue(uuidText(match));
    if (!q.exec()) {
        result.outcome = failure(q, tr("Generating the seat inventory"));
        return result;
    }
    // Batches of about 10,000 seats: progress moves often enough, calls stay few.
    QList<QList<QUuid>> batches;
    QList<int> batchSeats;
    int inBatch = 0;
    int total = 0;
    while (q.next()) {
        if (batches.isEmpty() || inBatch >= 10'000) {
            batches.append(QList<QUuid>());
            batchSeats.append(0);
            inBatch = 0;
        }
        batches.last().append(q.value(0).toUuid());
        inBatch += q.value(1).toInt();
        batchSeats.last() += q.value(1).toInt();
        total += q.value(1).toInt();
    }
    if (batches.isEmpty()) {
        result.outcome = Outcome::failure(tr("The match's venue has no active layout."));
        return result;
    }
    if (!m_db.transaction()) {
        result.outcome = Outcome::failure(tr("Cannot start a transaction: %1").arg(describe(m_db.lastError())));
        return result;
    }
    int done = 0;
    for (qsizetype b = 0; b < batches.size(); ++b) {
        if (progress && !progress(done, total)) {
            m_db.rollback();
            result.cancelled = true;
            result.outcome = Outcome::failure(tr("Cancelled: no seats were written."));
            return result;
        }
        QSqlQuery g(m_db);
        g.prepare(QStringLiteral("SELECT match_generate_inventory(?::uuid, ?::uuid[])"));
        g.addBindValue(uuidText(match));
        g.addBindValue(uuidArray(batches[b]));
        if (!g.exec() || !g.next()) {
            result.outcome = failure(g, tr("Generating the seat inventory"));
            m_db.rollback();
            return result;
        }
        result.seats += g.value(0).toInt();
        done += batchSeats[b];
    }
    if (!m_db.commit()) {
        result.outcome = Outcome::failure(tr("Cannot commit: %1").arg(describe(m_db.lastError())));
        result.seats = 0;
        return result;
    }
    if (progress)
        progress(total, total);
    result.milliseconds = timer.elapsed();
    return result;
}

Outcome MatchSetupRepository::problems(const QUuid &match, QList<ConfigProblem> *problems)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code, coalesce(sector_code, ''), amount FROM match_config_problems(?::uuid)"));
    q.addBindValue(uuidText(match));
    if (!q.exec())
        return failure(q, tr("Checking the configuration"));
    problems->clear();
    while (q.next()) {
        const QString code = q.value(0).toString();
        problems->append(ConfigProblem{code, q.value(1).toString(), q.value(2).toLongLong(),
                          MatchSetupText::problem(code, q.value(1).toString(), q.value(2).toLongLong())});
    }
    return {};
}

LifecycleResult MatchSetupRepository::setConfigStatus(const QUuid &match, const QString &target)
{
    LifecycleResult result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code, coalesce(sector_code, ''), amount"
                             " FROM match_config_set_status(?::uuid, ?::stadium_config_status)"));
    q.addBindValue(uuidText(match));
    q.addBindValue(target);
    if (!q.exec()) {
        result.outcome = failure(q, tr("Changing the configuration status"));
        return result;
    }
    while (q.next()) {
        const QString code = q.value(0).toString();
        result.problems.append(ConfigProblem{code, q.value(1).toString(), q.value(2).toLongLong(),
                                MatchSetupText::problem(code, q.value(1).toString(), q.value(2).toLongLong())});
    }
    return result;
}

Outcome MatchSetupRepository::publish(const QUuid &match)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT match_publish(?::uuid)"));
    q.addBindValue(uuidText(match));
    if (!q.exec()) {
        if (q.lastError().databaseText().contains(QLatin1String("lock the stadium configuration")))
            return Outcome::failure(tr("Lock the stadium configuration before publishing the match."));
        return failure(q, tr("Publishing the match"));
    }
    return {};
}

CancelResult MatchSetupRepository::cancelMatch(const QUuid &match, const QString &reason)
{
    CancelResult result;
    if (reason.trimmed().isEmpty()) {
        result.outcome = Outcome::failure(tr("Say why the match is cancelled."));
        return result;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT match_cancel(?::uuid, ?)::text"));
    q.addBindValue(uuidText(match));
    q.addBindValue(reason.trimmed());
    if (!q.exec() || !q.next()) {
        result.outcome = failure(q, tr("Cancelling the match"));
        return result;
    }
    const QJsonObject counts = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    result.tickets = counts.value(QLatin1String("tickets")).toInt();
    result.refunds = counts.value(QLatin1String("refunds")).toInt();
    result.orders = counts.value(QLatin1String("orders")).toInt();
    return result;
}

SeatOperationResult MatchSetupRepository::applySeats(const QUuid &match, const QList<QUuid> &inventoryIds,
                                                     const QString &target, const QString &reason)
{
    SeatOperationResult result;
    result.requested = int(inventoryIds.size());
    if (reason.trimmed().isEmpty()) {
        result.outcome = Outcome::failure(tr("Every seat operation needs a reason."));
        return result;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT inventory_id, current_status::text, skip_reason"
                             " FROM seat_apply(?::uuid, ?::uuid[], ?::seat_status, ?)"));
    q.addBindValue(uuidText(match));
    q.addBindValue(uuidArray(inventoryIds));
    q.addBindValue(target);
    q.addBindValue(reason.trimmed());
    if (!q.exec()) {
        result.outcome = failure(q, tr("Changing the seats"));
        return result;
    }
    while (q.next())
        result.skipped.append(SkippedSeat{q.value(0).toUuid(), q.value(1).toString(), q.value(2).toString()});
    // Duplicates in the request count once, as in the function.
    QSet<QUuid> distinct(inventoryIds.cbegin(), inventoryIds.cend());
    result.requested = int(distinct.size());
    result.applied = result.requested - int(result.skipped.size());
    return result;
}

} // namespace Tribina
