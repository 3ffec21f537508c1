#include "petrolfixture.h"

#include "testdatabase.h"
#include "testvenue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

QVariant run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        qFatal("prepare failed: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("PetrolFixture: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql));
    return q.next() ? q.value(0) : QVariant();
}

} // namespace

PetrolFixture::PetrolFixture(QSqlDatabase &db, const QString &tag, int rows, int seatsPerRow, int allocated)
    : m_db(db), m_tag(tag)
{
    const TestVenue venue = TestVenue::create(m_db, QStringLiteral("Petrol arena ") + tag, rows, seatsPerRow);
    m_match = venue.matchId;
    run(m_db, QStringLiteral("UPDATE matches SET status = 'PUBLISHED', published_at = now() WHERE id = ?::uuid"),
        {uuidText(m_match)});
    m_sector = run(m_db, QStringLiteral("SELECT sec.id FROM matches m JOIN sectors sec"
                                        " ON sec.stadium_layout_id = m.stadium_layout_id WHERE m.id = ?::uuid"),
                   {uuidText(m_match)}).toUuid();
    run(m_db, QStringLiteral("WITH pc AS (INSERT INTO price_categories (match_id, name, price)"
                             " VALUES (?::uuid, 'Kategorija 1', 45.00) RETURNING id)"
                             " INSERT INTO match_sectors (match_id, sector_id, name, code, total_capacity, price_category_id)"
                             " SELECT ?::uuid, ?::uuid, 'Sektor A', 'A', ?, pc.id FROM pc"),
        {uuidText(m_match), uuidText(m_match), uuidText(m_sector), venue.seatCount});

    m_admin = TestDatabase::addStaff(m_db, QStringLiteral("pt_admin_") + tag, QStringLiteral("tribina_admin"));
    QSqlDatabase admin = TestDatabase::connectAs(m_db.databaseName(), m_admin,
                                                 QStringLiteral("fixture-admin-") + tag, QStringLiteral("secret"));
    m_quota = run(admin, QStringLiteral("SELECT quota_create(?::uuid, 'benzinske@hns.hr', 'Benzinske postaje', ?,"
                                        " ARRAY[?::uuid], current_date + 30)"),
                  {uuidText(m_match), allocated, uuidText(m_sector)}).toUuid();
    run(admin, QStringLiteral("SELECT quota_allocate(?::uuid, (SELECT array_agg(x.id) FROM"
                              " (SELECT i.id FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id"
                              "  WHERE i.match_id = ?::uuid ORDER BY s.row_order, s.seat_index LIMIT ?) x))"),
        {uuidText(m_quota), uuidText(m_match), allocated});
    run(admin, QStringLiteral("SELECT petrol_allocation_mark(?::uuid)"), {uuidText(m_quota)});
    admin.close();
}

QUuid PetrolFixture::station(const QString &code)
{
    return run(m_db, QStringLiteral("INSERT INTO petrol_stations (code, name) VALUES (?, ?)"
                                    " ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id"),
               {code, QStringLiteral("Station ") + code}).toUuid();
}

QString PetrolFixture::attendant(const QString &name, const QString &stationCode)
{
    const QString login = QStringLiteral("pt_%1_%2").arg(name, m_tag);
    TestDatabase::addStaff(m_db, login, QStringLiteral("tribina_petrol"));
    run(m_db, QStringLiteral("UPDATE staff_accounts SET petrol_station_id = ?::uuid WHERE login_role = ?"),
        {uuidText(station(stationCode)), login});
    return login;
}

QString PetrolFixture::nextOib()
{
    static qint64 serial = 1234500000;
    const QString first10 = QString::number(++serial).rightJustified(10, QLatin1Char('0'));
    int a = 10;
    for (QChar c : first10) {
        a = (a + c.digitValue()) % 10;
        if (a == 0)
            a = 10;
        a = (a * 2) % 11;
    }
    return first10 + QString::number((11 - a) % 10);
}

QJsonArray PetrolFixture::holders(int n, const QString &surname)
{
    static const char *const names[] = {"Ivan", "Ana", "Marko", "Petra", "Luka", "Iva"};
    QJsonArray array;
    for (int i = 0; i < n; ++i) {
        QJsonObject h;
        h.insert(QStringLiteral("full_name"), QStringLiteral("%1 %2").arg(QLatin1String(names[i % 6]), surname));
        h.insert(QStringLiteral("date_of_birth"), QStringLiteral("1990-05-%1").arg(10 + i));
        h.insert(QStringLiteral("nationality"), QStringLiteral("HR"));
        h.insert(QStringLiteral("oib"), nextOib());
        array.append(h);
    }
    return array;
}

QUuid PetrolFixture::addPin(const QString &pin, const QJsonArray &holders, qint64 expiresInSeconds,
                            const QString &status, const QUuid &match)
{
    const QUuid fan = run(m_db, QStringLiteral("INSERT INTO users (drupal_user_id, email) VALUES (?, ?) RETURNING id"),
                          {QStringLiteral("fan-") + pin + m_tag + QUuid::createUuid().toString(QUuid::Id128),
                           QStringLiteral("fan-%1-%2@example.invalid").arg(pin, QUuid::createUuid().toString(QUuid::Id128))})
                          .toUuid();
    return run(m_db, QStringLiteral("INSERT INTO petrol_pins (pin, user_id, match_id, quantity, ticket_holders_json,"
                                    " status, expires_at, used_at)"
                                    " VALUES (?, ?::uuid, ?::uuid, ?, ?::jsonb, ?::pin_status,"
                                    "         petrol_now() + make_interval(secs => ?),"
                                    "         CASE WHEN ? = 'USED' THEN petrol_now() END) RETURNING id"),
               {pin, uuidText(fan), uuidText(match.isNull() ? m_match : match), int(holders.size()),
                QString::fromUtf8(QJsonDocument(holders).toJson(QJsonDocument::Compact)), status,
                double(expiresInSeconds), status}).toUuid();
}

QUuid PetrolFixture::addMatch(const QString &status, const QDateTime &kickOff)
{
    return run(m_db, QStringLiteral("INSERT INTO matches (home_team, away_team, competition, kick_off_time, venue_id,"
                                    " match_type, status, stadium_layout_id)"
                                    " SELECT 'Hrvatska', 'Druga', 'Prijateljska', ?, venue_id, 'HOME', ?::match_status,"
                                    " stadium_layout_id FROM matches WHERE id = ?::uuid RETURNING id"),
               {kickOff, status, uuidText(m_match)}).toUuid();
}

void PetrolFixture::setClock(const QDateTime &now)
{
    run(m_db, QStringLiteral("INSERT INTO petrol_test_clock (now_override) VALUES (?)"
                             " ON CONFLICT (only_row) DO UPDATE SET now_override = EXCLUDED.now_override"),
        {now});
}

void PetrolFixture::clearClock()
{
    run(m_db, QStringLiteral("DELETE FROM petrol_test_clock"), {});
}

int PetrolFixture::freePetrolSeats()
{
    return run(m_db, QStringLiteral("SELECT count(*) FROM petrol_allocation_seats(?::uuid)"), {uuidText(m_match)}).toInt();
}

QVariant PetrolFixture::scalar(const QString &sql, const QVariantList &values)
{
    return run(m_db, sql, values);
}
