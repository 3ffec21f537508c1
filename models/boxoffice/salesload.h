#pragma once

#include "boxoffice/saletypes.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace Tribina {

/// The concurrent sales load of issue 6: N sellers, each on its own connection and thread,
/// attempt overlapping counter sales of 1–maxSeats seats from the same K hot seats until none
/// is left, then the invariants are checked in the database. Used by `tribina-admin bench
/// sales` (with timings) and tests/boxoffice/tst_salesstress (invariants only).
///
/// Every seller is a staff login with a box-office right: the connection template's login, or
/// one login per seller (users), like real counters, each with its own shift. Sellers sharing one
/// login share its shift (counter_shift_open returns the open one), and every sale then takes a
/// key-share lock on that one shift row: fine for correctness, but it is not how counters work.
class SalesLoad
{
public:
    struct Options
    {
        QString templateConnection; ///< QSqlDatabase connection name to clone per seller
        QString user;               ///< when set, sellers log in as this user ...
        QString password;           ///< ... with this password instead of the template's
        QStringList users;          ///< seller i logs in as users[i] (same password), if given
        QUuid matchId;
        QList<QUuid> hotSeats;      ///< inventory ids, AVAILABLE and priced
        QList<QUuid> warmupSeats;   ///< optional: seller i first sells warmupSeats[i], untimed
        int sellers = 32;
        int maxSeats = 6;           ///< per sale, 1..maxSeats at random
    };

    struct Report
    {
        int sellers = 0;
        int hotSeats = 0;
        qint64 attempts = 0;        ///< counter_sell calls
        qint64 sales = 0;           ///< committed
        qint64 seatsSold = 0;       ///< seats in committed sales (client count)
        qint64 seatTaken = 0;       ///< TB001 refusals
        qint64 loserToldSeat = 0;   ///< TB001 refusals that named one of the requested seats
        qint64 deadlocks = 0;       ///< SQLSTATE 40P01
        qint64 otherErrors = 0;
        QStringList errorSamples;   ///< a few of the other errors
        double seconds = 0;         ///< wall time of the load (after every seller is ready)
        QList<double> saleMs;       ///< latency of committed sales
        QList<double> attemptMs;    ///< latency of every attempt
        // Checked in the database afterwards:
        qint64 hotSeatsSoldInDb = 0;    ///< hot seats SOLD with exactly one live ticket
        qint64 seatsSoldTwice = 0;      ///< seats with more than one live ticket (must be 0)
        qint64 liveTicketsOnHotSeats = 0;
        bool uniqueIndexPresent = false; ///< idx_tickets_one_live_per_seat exists and is unique

        double salesPerSecond() const { return seconds > 0 ? sales / seconds : 0; }
        double attemptsPerSecond() const { return seconds > 0 ? attempts / seconds : 0; }
        /// All invariants: nothing sold twice, no deadlock, every loser told its seat, every
        /// hot seat sold once, the client's count equals the database's.
        bool invariantsHold() const;
        /// p-quantile (0..1) of values, 0 for none.
        static double quantile(QList<double> values, double p);
    };

    /// Runs the load and the checks. error receives why it could not run (connection, no
    /// staff login, ...); the report is then empty.
    static Report run(const Options &options, QString *error);
};

} // namespace Tribina
