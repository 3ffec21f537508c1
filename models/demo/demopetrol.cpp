#include "demo/demopetrol.h"

#include "db/sqlerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Tribina {

namespace {

QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

/// A valid OIB from 10 digits (ISO 7064 MOD 11,10 check digit appended).
QString oib(qint64 serial)
{
    const QString first10 = QString::number(serial).rightJustified(10, QLatin1Char('0'));
    int a = 10;
    for (QChar c : first10) {
        a = (a + c.digitValue()) % 10;
        if (a == 0)
            a = 10;
        a = (a * 2) % 11;
    }
    return first10 + QString::number((11 - a) % 10);
}

struct DemoPin
{
    const char16_t *pin;
    const char16_t *status;
    int hoursLeft; ///< expires_at − now
    QList<std::pair<const char16_t *, const char16_t *>> holders; ///< name, date of birth
};

const QList<DemoPin> &demoPins()
{
    static const QList<DemoPin> pins = {
        {u"24680", u"ACTIVE", 23, {{u"Ivan Horvat", u"1985-03-14"}, {u"Ana Horvat", u"1988-07-02"}}},
        {u"13579", u"ACTIVE", 22, {{u"Marko Kovačević", u"1979-11-30"}}},
        {u"11223", u"ACTIVE", 20, {{u"Petra Babić", u"1992-01-21"}, {u"Luka Babić", u"2010-05-09"},
                                   {u"Iva Babić", u"2013-09-17"}}},
        {u"57721", u"ACTIVE", 18, {{u"Josip Marić", u"1969-04-04"}, {u"Katarina Marić", u"1971-12-12"},
                                   {u"Filip Marić", u"1999-02-28"}, {u"Nika Marić", u"2002-06-06"}}},
        {u"86420", u"ACTIVE", 12, {{u"Tomislav Jurić", u"1990-08-08"}}},
        {u"31415", u"ACTIVE", 6, {{u"Maja Novak", u"1995-10-10"}, {u"Ante Novak", u"1994-03-03"}}},
        {u"10101", u"USED", 10, {{u"Stjepan Knežević", u"1982-02-02"}}},
        {u"20202", u"USED", 8, {{u"Dora Vuković", u"1998-05-05"}, {u"Karlo Vuković", u"1997-07-07"}}},
        {u"30303", u"EXPIRED", -4, {{u"Nikola Pavlović", u"1975-09-09"}}},
        {u"40404", u"ACTIVE", -1, {{u"Lucija Blažević", u"2001-01-01"}}}, // past expires_at: counts as EXPIRED
        {u"50505", u"CANCELLED", 15, {{u"Goran Perić", u"1987-04-20"}}},
        {u"60606", u"CANCELLED", 9, {{u"Sara Lovrić", u"1993-11-11"}, {u"Matej Lovrić", u"1991-12-24"}}},
    };
    return pins;
}

} // namespace

QList<std::pair<QString, int>> DemoPetrol::activePins()
{
    QList<std::pair<QString, int>> active;
    for (const DemoPin &p : demoPins())
        if (QStringView(p.status) == u"ACTIVE" && p.hoursLeft > 0)
            active.append({QString::fromUtf16(p.pin), int(p.holders.size())});
    return active;
}

Outcome DemoPetrol::seed(const QUuid &match, const QString &adminUserId,
                         const std::function<void(const QString &)> &say)
{
    if (say)
        say(tr("Setting up petrol-station sales…"));
    QSqlQuery q(m_db);
    auto exec = [&q](const QString &sql, const QVariantList &values) {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec();
    };
    auto failed = [&q](const char *what) {
        return Outcome::failure(tr("Cannot seed the petrol demo (%1): %2")
                                    .arg(QLatin1String(what), describe(q.lastError())));
    };
    const QString matchId = uuidText(match);

    if (!exec(QStringLiteral("INSERT INTO petrol_stations (code, name, address) VALUES"
                             " ('ZG-SLAV', 'INA Zagreb Slavonska', 'Slavonska avenija 10, Zagreb'),"
                             " ('ST-TIF', 'Tifon Split Stobreč', 'Put Sv. Lovre 2, Split')"
                             " ON CONFLICT (code) DO NOTHING"), {}))
        return failed("petrol_stations");
    if (!exec(QStringLiteral("UPDATE staff_accounts SET petrol_station_id ="
                             " (SELECT id FROM petrol_stations WHERE code = 'ZG-SLAV') WHERE group_role = 'tribina_petrol'"),
              {}))
        return failed("staff_accounts");

    // The allocation: the front rows of sector E2, free seats only, as a quota marked for petrol.
    if (!exec(QStringLiteral(
                  "WITH sec AS (SELECT c.id FROM matches m JOIN sectors c ON c.stadium_layout_id = m.stadium_layout_id"
                  "             WHERE m.id = ?::uuid AND c.code = ?),"
                  " q AS (INSERT INTO quotas (match_id, recipient_email, recipient_name, internal_note, total_quantity,"
                  "       sector_ids, expiration_date, status, created_by, is_petrol_allocation, auto_send_email)"
                  "       SELECT ?::uuid, 'benzinske@hns.hr', 'Benzinske postaje', 'Petrol-station sales', ?,"
                  "              ARRAY[sec.id], (SELECT kick_off_time::date FROM matches WHERE id = ?::uuid),"
                  "              'ACTIVE', ?::uuid, true, false FROM sec RETURNING id),"
                  " seats AS (SELECT i.id FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id"
                  "           WHERE i.match_id = ?::uuid AND s.sector_id = (SELECT id FROM sec) AND i.status = 'AVAILABLE'"
                  "             AND s.seat_type = 'STANDARD'"
                  "           ORDER BY s.row_order, s.seat_index LIMIT ?),"
                  " inv AS (UPDATE match_seat_inventory i SET status = 'ALLOCATED', version = i.version + 1,"
                  "         last_modified_at = now()"
                  "         FROM seats WHERE i.id = seats.id RETURNING i.id)"
                  " INSERT INTO quota_seats (quota_id, match_seat_inventory_id) SELECT q.id, inv.id FROM q, inv"),
              {matchId, allocationSectorCode(), matchId, kAllocationSeats, matchId, adminUserId, matchId,
               kAllocationSeats}))
        return failed("quotas");

    if (!exec(QStringLiteral("INSERT INTO petrol_deeplinks (match_id, deeplink_url, qr_code_data)"
                             " SELECT ?::uuid, u, u FROM (SELECT 'https://ulaznice.hns.hr/benzinska/' || ?"
                             " || '?t=' || encode(gen_random_bytes(12), 'hex') AS u) x"
                             " ON CONFLICT (match_id) DO NOTHING"),
              {matchId, matchId}))
        return failed("petrol_deeplinks");

    qint64 serial = 7300000000;
    int fan = 0;
    for (const DemoPin &p : demoPins()) {
        QJsonArray holders;
        for (const auto &[name, born] : p.holders) {
            QJsonObject h;
            h.insert(QStringLiteral("full_name"), QString::fromUtf16(name));
            h.insert(QStringLiteral("date_of_birth"), QString::fromUtf16(born));
            h.insert(QStringLiteral("nationality"), QStringLiteral("HR"));
            h.insert(QStringLiteral("oib"), oib(serial += 7919));
            h.insert(QStringLiteral("source"), QStringLiteral("SAVED_PROFILE"));
            holders.append(h);
        }
        ++fan;
        if (!exec(QStringLiteral(
                      "WITH u AS (INSERT INTO users (drupal_user_id, email) VALUES (?, ?)"
                      "           ON CONFLICT (drupal_user_id) DO UPDATE SET updated_at = now() RETURNING id)"
                      " INSERT INTO petrol_pins (pin, user_id, match_id, quantity, ticket_holders_json, status,"
                      "                          expires_at, created_at, used_at)"
                      " SELECT ?, u.id, ?::uuid, ?, ?::jsonb, ?::pin_status, now() + make_interval(hours => ?),"
                      "        now() + make_interval(hours => ? - 24),"
                      "        CASE WHEN ? = 'USED' THEN now() - interval '1 hour' END FROM u"),
                  {QStringLiteral("demo-petrol-fan-%1").arg(fan), QStringLiteral("petrol.fan%1@example.invalid").arg(fan),
                   QString::fromUtf16(p.pin), matchId, int(holders.size()),
                   QString::fromUtf8(QJsonDocument(holders).toJson(QJsonDocument::Compact)),
                   QString::fromUtf16(p.status), p.hoursLeft, p.hoursLeft, QString::fromUtf16(p.status)}))
            return failed("petrol_pins");
    }
    return {};
}

} // namespace Tribina
