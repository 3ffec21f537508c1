#include "demo/demoseeder.h"

#include "db/sqlerrors.h"
#include "db/bulkinsert.h"
#include "demo/demofriendly.h"
#include "demo/demostadiums.h"
#include "demo/demopetrol.h"
#include "demo/demotickets.h"
#include "db/sqltext.h"
#include "layout/layoutrepository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Tribina {

namespace {

QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

// Integer cents to the text of a NUMERIC(10,2): money never passes through a double.
QString numeric(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = cents < 0 ? -cents : cents;
    return sign + QString::number(abs / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

struct PriceCategory
{
    QString name;
    qint64 cents;
    QString colour;
};

// The published match is the showcase; the draft one is cheaper (a qualifier against a
// small nation), the away match sells one visitors' category.
const QString Cat1 = QStringLiteral("Kategorija 1");
const QString Cat2 = QStringLiteral("Kategorija 2");
const QString Cat3 = QStringLiteral("Kategorija 3");
const QString Vip = QStringLiteral("VIP");
const QString AwayFans = QStringLiteral("Gostujući navijači");
const QString Press = QStringLiteral("Press");

QList<PriceCategory> homeCategories(bool showcase)
{
    const qint64 f = showcase ? 100 : 70; // percent of the showcase prices
    return {
        {Cat1, 6000 * f / 100, QStringLiteral("#c8102e")},
        {Cat2, 4500 * f / 100, QStringLiteral("#1f4e9c")},
        {Cat3, 3000 * f / 100, QStringLiteral("#2e8b57")},
        {Vip, 15000 * f / 100, QStringLiteral("#b8860b")},
        {AwayFans, 3500 * f / 100, QStringLiteral("#6b6b6b")},
        {Press, 0, QStringLiteral("#5a3e85")},
    };
}

// Which category and purpose each home sector gets: the best view (main stand) costs most,
// behind the goals least.
std::pair<QString, QString> homeSectorPlan(const QString &code)
{
    if (code.startsWith(QLatin1String("VIP")))
        return {Vip, QStringLiteral("VIP")};
    if (code == DemoStadiums::pressSectorCode())
        return {Press, QStringLiteral("PRESS")};
    if (code == DemoStadiums::awayFansSectorCode())
        return {AwayFans, QStringLiteral("AWAY_FANS")};
    if (code == QLatin1String("W1") || code == QLatin1String("W2"))
        return {Cat1, QStringLiteral("GENERAL")};
    if (code.startsWith(QLatin1Char('W')) || code.startsWith(QLatin1Char('E'))
        || code == QLatin1String("NW") || code == QLatin1String("SW") || code == QLatin1String("NE"))
        return {Cat2, QStringLiteral("GENERAL")};
    return {Cat3, QStringLiteral("GENERAL")};
}

// Runs statements (see SqlText), remembering the first failure for the seeder's message.
class Sql
{
public:
    explicit Sql(QSqlDatabase db) : m_db(std::move(db)) {}

    bool exec(const QString &sql, const QVariantList &values = {}, QVariant *firstValue = nullptr)
    {
        return SqlText::exec(m_db, sql, values, &m_error, firstValue);
    }
    const QString &error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace

DemoSeeder::DemoSeeder(QSqlDatabase db) : m_db(std::move(db)) {}

StadiumLayout DemoSeeder::storedLayout(const StadiumLayout &layout)
{
    // Activation refuses seated sectors without a snake configuration; the demo's get the
    // default (middle row first), as the seeder always wrote them.
    StadiumLayout stored = layout;
    QList<LayoutSector> sectors = stored.sectors();
    for (LayoutSector &sector : sectors) {
        if (sector.isSeated() && !sector.snakeConfig())
            sector.setSnakeConfig(SnakeConfig::defaultFor(int(sector.rows().size())));
    }
    stored.setSectors(sectors);
    return stored;
}

bool DemoSeeder::isSeeded() const
{
    QString error;
    return checkSeeded(&error) == 1;
}

int DemoSeeder::checkSeeded(QString *error) const
{
    QVariant found;
    if (!SqlText::exec(m_db, QStringLiteral("SELECT 1 FROM stadiums WHERE name = ?"),
                       {DemoStadiums::homeStadiumName()}, error, &found))
        return -1;
    return found.isValid() ? 1 : 0;
}

Outcome DemoSeeder::seed(const std::function<void(const QString &)> &progress)
{
    const auto say = [&progress](const QString &text) {
        if (progress)
            progress(text);
    };
    if (!m_db.transaction())
        return Outcome::failure(tr("Cannot seed the demo data: %1").arg(describe(m_db.lastError())));
    const Outcome outcome = seedInTransaction(say);
    if (!outcome) {
        m_db.rollback();
        return outcome;
    }
    if (!m_db.commit()) {
        const QString error = describe(m_db.lastError());
        m_db.rollback();
        return Outcome::failure(tr("Cannot seed the demo data: %1").arg(error));
    }
    // Statistics for the rows just loaded: a counter's sale runs on generic plans made once per
    // session from them, and before autovacuum's first look they were six times slower.
    QSqlQuery(m_db).exec(QStringLiteral("ANALYZE"));
    return {};
}

Outcome DemoSeeder::seedInTransaction(const std::function<void(const QString &)> &say)
{
    Sql sql(m_db);
    const auto failed = [&sql](const QString &what) {
        return Outcome::failure(tr("Seeding the demo data failed (%1): %2").arg(what, sql.error()));
    };
    const auto step = [this](const QString &name) {
        return m_stepHook ? m_stepHook(name) : Outcome();
    };

    // Two first starts at once (two windows, or the app and tribina-admin) must not both seed:
    // the second waits here, then finds the data and does nothing.
    if (!sql.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('tribina.demo-seed'))")))
        return failed(QStringLiteral("lock"));
    QString error;
    switch (checkSeeded(&error)) {
    case 1:
        return {};
    case -1:
        return Outcome::failure(tr("Seeding the demo data failed (%1): %2")
                                    .arg(QStringLiteral("stadiums"), error));
    }

    say(tr("Creating the demo staff logins…"));
    QString adminUserId;
    for (const DemoLogin &login : demoLogins()) {
        QVariant userId;
        if (!sql.exec(QStringLiteral("SELECT staff_add(?, ?, ?, ?)"),
                      {login.login, login.fullName, login.group, login.password}, &userId))
            return failed(login.login);
        if (login.group == QLatin1String("tribina_admin"))
            adminUserId = userId.toString();
    }
    if (Outcome o = step(StepStaff); !o)
        return o;

    // The stadiums go in like any other layout (the repository is the one writer of layouts):
    // saved as version 1 and activated, all inside the seed's transaction.
    const StadiumLayout homeLayout = storedLayout(DemoStadiums::homeStadium());
    const StadiumLayout stressLayout = storedLayout(DemoStadiums::stressStadium());
    const StadiumLayout awayLayout = storedLayout(DemoStadiums::awayStadium());
    LayoutRepository layouts(m_db, LayoutRepository::Transactions::Caller);
    struct Stadium
    {
        QUuid stadiumId;
        QHash<QString, QUuid> sectorIds; ///< by sector code
    };
    Stadium home;
    Stadium stress;
    Stadium away;
    const std::pair<const StadiumLayout *, Stadium *> stadiums[] = {
        {&homeLayout, &home}, {&stressLayout, &stress}, {&awayLayout, &away}};
    for (const auto &[layout, stored] : stadiums) {
        say(tr("Building %1 (%n seats)…", nullptr, layout->seatCount()).arg(layout->name()));
        LayoutRepository::Saved saved;
        LayoutRepository::Activation activation;
        Outcome outcome = layouts.saveDraft({}, *layout, &saved);
        if (outcome)
            outcome = layouts.activate(saved.stadiumId, saved.version, &activation);
        if (!outcome)
            return Outcome::failure(tr("Seeding the demo data failed (%1): %2").arg(layout->name(), outcome.error()));
        stored->stadiumId = saved.stadiumId;
        stored->sectorIds = activation.sectorIds;
    }
    if (Outcome o = step(StepStadiums); !o)
        return o;

    say(tr("Creating matches, prices and sectors…"));
    struct Match
    {
        QUuid id = QUuid::createUuid();
        QString home, away, competition;
        int daysAhead;
        QString kickOff, timeZone;
        const Stadium *venue;
        QString type, status, configStatus;
        bool numbered;
    };
    const QString zagreb = QStringLiteral("Europe/Zagreb");
    const Match published{QUuid::createUuid(), QStringLiteral("Hrvatska"), QStringLiteral("Portugal"),
                          QStringLiteral("UEFA Nations League"), 21, QStringLiteral("20:45"), zagreb,
                          &home, QStringLiteral("HOME"), QStringLiteral("PUBLISHED"),
                          QStringLiteral("LOCKED"), true};
    const Match draft{QUuid::createUuid(), QStringLiteral("Hrvatska"), QStringLiteral("Gibraltar"),
                      QStringLiteral("UEFA European Qualifiers"), 56, QStringLiteral("18:00"), zagreb,
                      &home, QStringLiteral("HOME"), QStringLiteral("DRAFT"), QStringLiteral("DRAFT"), true};
    const Match abroad{QUuid::createUuid(), QStringLiteral("Španjolska"), QStringLiteral("Hrvatska"),
                       QStringLiteral("UEFA Nations League"), 35, QStringLiteral("21:00"),
                       QStringLiteral("Europe/Madrid"), &away, QStringLiteral("AWAY"),
                       QStringLiteral("PUBLISHED"), QStringLiteral("LOCKED"), false};
    for (const Match *m : {&published, &draft, &abroad}) {
        const bool live = m->status == QLatin1String("PUBLISHED");
        // Kick-off a few weeks from today at a local evening hour, so the demo never goes stale.
        if (!sql.exec(QStringLiteral(
                          "INSERT INTO matches (id, home_team, away_team, competition, kick_off_time,"
                          " venue_id, match_type, is_numbered, status, stadium_config_status,"
                          " published_at, stadium_validated_at, stadium_locked_at)"
                          " VALUES (?::uuid, ?, ?, ?, ((current_date + ?::integer) + ?::time) AT TIME ZONE ?,"
                          " ?::uuid, ?::match_type, ?, ?::match_status, ?::stadium_config_status,"
                          " CASE WHEN ?::boolean THEN now() - interval '3 days' END,"
                          " CASE WHEN ?::boolean THEN now() - interval '4 days' END,"
                          " CASE WHEN ?::boolean THEN now() - interval '3 days' END)"),
                      {uuidText(m->id), m->home, m->away, m->competition, m->daysAhead, m->kickOff,
                       m->timeZone, uuidText(m->venue->stadiumId), m->type, m->numbered, m->status,
                       m->configStatus, live, live, live}))
            return failed(QStringLiteral("matches"));
    }

    // Price categories, then each match's sectors with their category and purpose.
    const auto addCategories = [&](const Match &m, const QList<PriceCategory> &categories,
                                   QHash<QString, QString> *ids) {
        for (const PriceCategory &c : categories) {
            const QString id = uuidText(QUuid::createUuid());
            ids->insert(c.name, id);
            if (!sql.exec(QStringLiteral("INSERT INTO price_categories (id, match_id, name, price, currency, color)"
                                         " VALUES (?::uuid, ?::uuid, ?, ?::numeric, 'EUR', ?)"),
                          {id, uuidText(m.id), c.name, numeric(c.cents), c.colour}))
                return false;
        }
        return true;
    };
    using C = BulkInsert::Column;
    BulkInsert matchSectors(m_db, QStringLiteral("match_sectors"),
                            {C{QStringLiteral("match_id"), QStringLiteral("uuid")},
                             C{QStringLiteral("sector_id"), QStringLiteral("uuid")},
                             C{QStringLiteral("name"), QStringLiteral("text")},
                             C{QStringLiteral("code"), QStringLiteral("text")},
                             C{QStringLiteral("total_capacity"), QStringLiteral("integer")},
                             C{QStringLiteral("technical_seats"), QStringLiteral("integer")},
                             C{QStringLiteral("price_category_id"), QStringLiteral("uuid")},
                             C{QStringLiteral("purpose"), QStringLiteral("sector_purpose")},
                             C{QStringLiteral("is_numbered"), QStringLiteral("boolean")},
                             C{QStringLiteral("has_seat_map"), QStringLiteral("boolean")}});
    const auto boolText = [](bool b) { return b ? QStringLiteral("t") : QStringLiteral("f"); };
    for (const Match *m : {&published, &draft}) {
        QHash<QString, QString> categories;
        if (!addCategories(*m, homeCategories(m == &published), &categories))
            return failed(QStringLiteral("price_categories"));
        for (const LayoutSector &sector : homeLayout.sectors()) {
            const auto [category, purpose] = homeSectorPlan(sector.code());
            matchSectors.add({uuidText(m->id), uuidText(home.sectorIds.value(sector.code())),
                              sector.name(), sector.code(), QString::number(sector.capacity()),
                              QString::number(sector.countOf(SeatType::Technical)),
                              categories.value(category), purpose, boolText(sector.isSeated()),
                              boolText(sector.isSeated())});
        }
    }
    {
        QHash<QString, QString> categories;
        const QString visitors = QStringLiteral("Gostujući sektor");
        const QString delegation = QStringLiteral("Delegacija");
        if (!addCategories(abroad, {{visitors, 5500, QStringLiteral("#c8102e")},
                                    {delegation, 0, QStringLiteral("#5a3e85")}},
                           &categories))
            return failed(QStringLiteral("price_categories"));
        for (const LayoutSector &sector : awayLayout.sectors()) {
            const bool vip = sector.type() == SectorType::Vip;
            matchSectors.add({uuidText(abroad.id), uuidText(away.sectorIds.value(sector.code())),
                              sector.name(), sector.code(), QString::number(sector.capacity()),
                              QStringLiteral("0"), categories.value(vip ? delegation : visitors),
                              vip ? QStringLiteral("VIP") : QStringLiteral("GENERAL"),
                              QStringLiteral("f"), QStringLiteral("f")});
        }
    }
    if (!matchSectors.finish())
        return Outcome::failure(tr("Seeding the demo data failed (%1): %2")
                                    .arg(QStringLiteral("match_sectors"), matchSectors.error()));
    for (const Match *m : {&published, &abroad}) {
        if (!sql.exec(QStringLiteral("INSERT INTO sales_phases (match_id, phase_type, name, start_at, end_at, ticket_limit)"
                                     " SELECT id, 'GENERAL_PUBLIC', 'Slobodna prodaja', now() - interval '7 days',"
                                     " kick_off_time - interval '2 hours', 4 FROM matches WHERE id = ?::uuid"),
                      {uuidText(m->id)}))
            return failed(QStringLiteral("sales_phases"));
    }
    if (Outcome o = step(StepMatches); !o)
        return o;

    // The published match's inventory: one row per seat, generated where the seats are.
    // Camera positions are technical; a few seats are kept for officials or blocked (broken).
    say(tr("Opening the seat inventory of %1 – %2…").arg(published.home, published.away));
    const QString matchId = uuidText(published.id);
    if (!sql.exec(QStringLiteral("INSERT INTO match_seat_inventory (match_id, seat_id, status)"
                                 " SELECT ?::uuid, s.id, CASE s.seat_type WHEN 'TECHNICAL' THEN 'TECHNICAL'"
                                 " ELSE 'AVAILABLE' END::seat_status"
                                 " FROM seats s JOIN sectors c ON c.id = s.sector_id WHERE c.stadium_id = ?::uuid"),
                  {matchId, uuidText(home.stadiumId)}))
        return failed(QStringLiteral("match_seat_inventory"));
    const struct { const char16_t *code; const char16_t *row; int from; int to; const char16_t *status; } marks[] = {
        {u"VIP-W1", u"A", 1, 12, u"OFFICIAL"}, // UEFA delegates and match officials
        {u"S2", u"5", 3, 5, u"BLOCKED"},       // broken seats awaiting repair
        {u"E3", u"12", 20, 20, u"BLOCKED"},
    };
    for (const auto &mark : marks) {
        if (!sql.exec(QStringLiteral("UPDATE match_seat_inventory i SET status = ?::seat_status,"
                                     " version = i.version + 1, last_modified_by = ?::uuid, last_modified_at = now()"
                                     " FROM seats s JOIN sectors c ON c.id = s.sector_id"
                                     " WHERE i.match_id = ?::uuid AND i.seat_id = s.id AND c.stadium_id = ?::uuid"
                                     " AND c.code = ? AND s.row_identifier = ?"
                                     " AND s.seat_number::integer BETWEEN ? AND ? AND s.seat_type = 'STANDARD'"),
                      {QString::fromUtf16(mark.status), adminUserId, matchId, uuidText(home.stadiumId),
                       QString::fromUtf16(mark.code), QString::fromUtf16(mark.row), mark.from, mark.to}))
            return failed(QStringLiteral("match_seat_inventory"));
    }
    if (Outcome o = step(StepInventory); !o)
        return o;

    say(tr("Setting the default fees…"));
    if (!sql.exec(QStringLiteral("INSERT INTO fee_configurations (match_id, fee_percent, home_ticket_vat_percent,"
                                 " away_ticket_vat_percent, home_fee_vat_percent, away_fee_vat_percent, effective_from)"
                                 " VALUES (NULL, 6.00, 5.00, 0.00, 25.00, 0.00, DATE '2026-01-01')")))
        return failed(QStringLiteral("fee_configurations"));
    if (Outcome o = step(StepFees); !o)
        return o;

    // Sold tickets for the published match, priced with the fees just set (DemoTickets).
    if (Outcome o = DemoTickets(m_db).seed(published.id, adminUserId, say); !o)
        return o;
    // The petrol allocation, stations and PINs of the published match (DemoPetrol).
    if (Outcome o = DemoPetrol(m_db).seed(published.id, adminUserId, say); !o)
        return o;
    // A friendly with free seating, sold by quantity per sector at the counter (DemoFriendly).
    if (Outcome o = DemoFriendly(m_db).seed(home.stadiumId, say); !o)
        return o;
    return step(StepTickets);
}

} // namespace Tribina
