#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

/// A match on sale with a petrol allocation, stations, attendants and PINs, set up the way
/// production does it: the allocation through the quota manager's functions as an administrator
/// (quota_create, quota_allocate, petrol_allocation_mark); PINs, which the mobile app writes, as
/// the superuser. Fails the process (qFatal) on any error: tests never continue half set up.
class PetrolFixture
{
public:
    /// rows × seatsPerRow seats in sector A; the first allocated seats go to the petrol quota.
    PetrolFixture(QSqlDatabase &db, const QString &tag, int rows, int seatsPerRow, int allocated);

    QSqlDatabase &db() { return m_db; }
    QString databaseName() const { return m_db.databaseName(); }
    QUuid match() const { return m_match; }
    QUuid sectorId() const { return m_sector; }
    QString adminLogin() const { return m_admin; }

    /// A petrol login at the station (created on first use); password "secret".
    QString attendant(const QString &name, const QString &stationCode);
    QUuid station(const QString &code);

    /// A valid OIB (ISO 7064 MOD 11,10), different on every call.
    static QString nextOib();
    /// Holders JSON for n people with fresh OIBs.
    static QJsonArray holders(int n, const QString &surname = QStringLiteral("Horvat"));
    /// Inserts a PIN; expiresIn from petrol_now(); match null = this fixture's match.
    QUuid addPin(const QString &pin, const QJsonArray &holders, qint64 expiresInSeconds = 24 * 3600,
                 const QString &status = QStringLiteral("ACTIVE"), const QUuid &match = {});
    /// A second match at the same stadium, with the given status and kick-off.
    QUuid addMatch(const QString &status, const QDateTime &kickOff);

    /// The controllable clock (petrol_test_clock), as the superuser.
    void setClock(const QDateTime &now);
    void clearClock();

    /// Free seats left in the petrol allocation.
    int freePetrolSeats();
    /// Runs sql as the superuser and returns the first column of the first row.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

private:
    QSqlDatabase m_db;
    QString m_tag;
    QUuid m_match;
    QUuid m_sector;
    QUuid m_quota;
    QString m_admin;
};
