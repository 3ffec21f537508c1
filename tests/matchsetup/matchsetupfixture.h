#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUuid>
#include <QVariant>
#include <QVariantList>

/// Venues and sold tickets for the match set-up suites, written as the superuser.
namespace MatchSetupFixture {

struct Venue
{
    QUuid stadiumId;
    int seats = 0;
};

/// A stored, activated stadium: sector "A" (rows × seatsPerRow seats, the first seat of row 1 a
/// technical position), sector "B" (2 × 5 seats) and a standing sector "ST" of 300 places.
Venue smallVenue(QSqlDatabase &db, const QString &name, int rows = 3, int seatsPerRow = 5);
/// The demo's generated 109,260-seat Stres Arena, stored and activated.
Venue stressVenue(QSqlDatabase &db);
/// A DRAFT home match at the venue, kick-off in 30 days.
QUuid createMatch(QSqlDatabase &db, const QUuid &stadium);
/// Price category, all sectors painted with it, one phase and a general fee configuration:
/// everything a validation needs besides the inventory.
void configureForSale(QSqlDatabase &db, const QUuid &match);
/// A completed order of n tickets on AVAILABLE seats of the match (seats become SOLD), with a
/// succeeded cash payment. Returns the order id.
QUuid sellTickets(QSqlDatabase &db, const QUuid &match, int n);
/// Runs sql with positional values, returns the first column of the first row; aborts on errors.
QVariant exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

} // namespace MatchSetupFixture
