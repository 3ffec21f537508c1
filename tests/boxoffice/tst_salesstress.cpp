#include "boxoffice/salesload.h"
#include "saletestkit.h"
#include "testdatabase.h"
#include "testvenue.h"

#include <QtTest>

using namespace Tribina;
using namespace SaleTestKit;

/// Issue 6's concurrency guarantee: 32 sellers on their own connections attempt overlapping sales
/// of 1–6 seats on the same 500 hot seats until none is left. Asserted: no seat sold twice (query
/// and unique index), no deadlock, every loser told which seat, every seat sold exactly once.
/// Timings are the benchmark's business (tribina-admin bench sales), not asserted here.
class TestSalesStress : public QObject
{
    Q_OBJECT

    const QString m_name = QStringLiteral("salesstress");

private slots:
    void thirtyTwoSellersFiveHundredHotSeats()
    {
        QSqlDatabase admin = TestDatabase::fresh(m_name);
        const QString clerk = TestDatabase::addStaff(
            admin, QStringLiteral("stress_") + QString::number(QCoreApplication::applicationPid()),
            QStringLiteral("tribina_box_office"));
        const TestVenue venue = TestVenue::create(admin, QStringLiteral("Stress Arena"), 25, 20);
        QCOMPARE(venue.seatCount, 500);
        priceMatch(admin, venue.matchId);
        // Sales of up to 6 seats: the phase allows 6 per buyer.
        must(admin, QStringLiteral("INSERT INTO sales_phases (match_id, phase_type, name, start_at, end_at, ticket_limit)"
                                   " VALUES ('%1', 'GENERAL_PUBLIC', 'Stress', now() - interval '1 hour', now() + interval '1 day', 6)")
                        .arg(id(venue.matchId)));
        QSqlDatabase clerkDb = TestDatabase::connectAs(m_name, clerk, QStringLiteral("stress-template"), QStringLiteral("secret"));
        QVERIFY(clerkDb.isOpen());

        SalesLoad::Options options;
        options.templateConnection = QStringLiteral("stress-template");
        options.matchId = venue.matchId;
        options.hotSeats = seatIds(admin, venue.matchId);
        options.sellers = 32;
        options.maxSeats = 6;
        QString error;
        const SalesLoad::Report r = SalesLoad::run(options, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo("%lld attempts, %lld sales, %lld seats, %lld seat-taken refusals, %.1f s",
              r.attempts, r.sales, r.seatsSold, r.seatTaken, r.seconds);
        QVERIFY2(r.errorSamples.isEmpty(), qPrintable(r.errorSamples.join(QLatin1Char('\n'))));
        QCOMPARE(r.otherErrors, 0);
        QCOMPARE(r.deadlocks, 0);
        QVERIFY(r.seatTaken > 0); // the load really overlapped
        QCOMPARE(r.loserToldSeat, r.seatTaken);
        QCOMPARE(r.seatsSoldTwice, 0);
        QVERIFY(r.uniqueIndexPresent);
        QCOMPARE(r.seatsSold, 500);
        QCOMPARE(r.hotSeatsSoldInDb, 500);
        QCOMPARE(r.liveTicketsOnHotSeats, 500);
        QVERIFY(r.invariantsHold());
        // The orders add up: one COMPLETED order and one payment per committed sale.
        QCOMPARE(must(admin, QStringLiteral("SELECT count(*) FROM orders WHERE match_id = '%1' AND status = 'COMPLETED'")
                                 .arg(id(venue.matchId))).toLongLong(), r.sales);
        QCOMPARE(must(admin, QStringLiteral("SELECT count(*) FROM payments p JOIN orders o ON o.id = p.order_id"
                                            " WHERE o.match_id = '%1' AND p.status = 'SUCCEEDED'").arg(id(venue.matchId))).toLongLong(), r.sales);
        // And the unique index really refuses a second live ticket for a sold seat.
        const QString state = TestDatabase::sqlState(admin, QStringLiteral(
            "INSERT INTO tickets (order_id, match_id, match_seat_inventory_id, barcode, qr_code_data, price_amount, fee_amount)"
            " SELECT order_id, match_id, match_seat_inventory_id, 'DUP-' || barcode, '', 0, 0 FROM tickets"
            " WHERE match_id = '%1' AND status = 'SOLD' LIMIT 1").arg(id(venue.matchId)));
        QCOMPARE(state, QStringLiteral("23505"));
        clerkDb.close();
    }
};

QTEST_GUILESS_MAIN(TestSalesStress)
#include "tst_salesstress.moc"
