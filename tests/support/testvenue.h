#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUuid>

/// A small stadium stored and activated through the layout repository, with a match and its seat
/// inventory: the fixture most database suites of the sale channels need.
struct TestVenue
{
    QUuid stadiumId;
    QUuid matchId;
    int seatCount = 0;

    /// One straight sector "A" of rows × seatsPerRow seats; the inventory is all AVAILABLE.
    /// Fails the process (qFatal) when anything goes wrong: tests never continue half set up.
    static TestVenue create(QSqlDatabase &db, const QString &name, int rows = 2, int seatsPerRow = 5);
};
