#include "boxoffice/counterservice.h"
#include "boxoffice/salerepository.h"
#include "db/dbsession.h"
#include "saletestkit.h"
#include "testdatabase.h"
#include "testvenue.h"

#include <QtTest>

using namespace Tribina;
using namespace SaleTestKit;

/// CounterService on a real DbSession (its own database thread): the futures, the workstation's
/// hold token, and a sale that survives a dropped connection without a second order.
class TestCounterService : public QObject
{
    Q_OBJECT

    const QString m_name = QStringLiteral("counterservice");
    QString m_clerk;
    QSqlDatabase m_admin;
    QUuid m_match;
    QList<QUuid> m_seats;

    template<typename T>
    static T wait(QFuture<T> future)
    {
        future.waitForFinished();
        return future.result();
    }

private slots:
    void initTestCase()
    {
        m_admin = TestDatabase::fresh(m_name);
        m_clerk = TestDatabase::addStaff(m_admin, QStringLiteral("svc_") + QString::number(QCoreApplication::applicationPid()),
                                         QStringLiteral("tribina_box_office"));
        const TestVenue venue = TestVenue::create(m_admin, QStringLiteral("Service Arena"), 2, 10);
        m_match = venue.matchId;
        priceMatch(m_admin, m_match);
        m_seats = seatIds(m_admin, m_match);
    }

    void sellsThroughTheSessionAndSurvivesADroppedConnection()
    {
        DbSession session;
        const LoginResult login = wait(session.open(TestDatabase::settings(m_name, m_clerk), QStringLiteral("secret")));
        QVERIFY2(login.ok(), qPrintable(login.detail));
        CounterService service(session);

        const CounterResult<QUuid> shift = wait(service.openShift(Money(10000), QStringLiteral("ws")));
        QVERIFY2(shift.ok(), qPrintable(shift.error.detail));
        QCOMPARE(wait(service.currentShift()).value, shift.value);

        // Hold with the workstation's token; the price shown is the price charged.
        const CounterResult<HoldResult> held = wait(service.hold(m_match, m_seats.mid(0, 2)));
        QVERIFY(held.ok() && held.value.allHeld());
        const CounterResult<QList<PriceLine>> prices = wait(service.priceSeats(m_match, m_seats.mid(0, 2)));
        QVERIFY(prices.ok());
        QCOMPARE(prices.value.size(), 2);

        // The connection drops just before the sale: the service reconnects and sells once.
        must(m_admin, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'").arg(m_clerk));
        SaleRequest request;
        request.matchId = m_match;
        request.inventoryIds = m_seats.mid(0, 2);
        request.holders = {holder(QStringLiteral("Ana")), holder(QStringLiteral("Ivo"))};
        request.method = PaymentMethod::Card;
        request.terminalReference = QStringLiteral("T-42");
        request.shiftId = shift.value;
        const CounterResult<SaleReceipt> sold = wait(service.sell(request));
        QVERIFY2(sold.ok(), qPrintable(sold.error.detail));
        QCOMPARE(sold.value.tickets.size(), 2);
        QCOMPARE(sold.value.tickets[0].price, prices.value[0].price);
        QCOMPARE(sold.value.total.total(), prices.value[0].price.total() + prices.value[1].price.total());
        QCOMPARE(must(m_admin, QStringLiteral("SELECT count(*) FROM orders")).toInt(), 1);

        // A commit whose answer was lost: the retry with the same key gets the same receipt.
        SaleRequest second = request;
        second.key = QUuid::createUuid();
        second.inventoryIds = m_seats.mid(2, 1);
        second.holders = {holder(QStringLiteral("Lost answer"))};
        QSqlDatabase other = TestDatabase::connectAs(m_name, m_clerk, QStringLiteral("other"), QStringLiteral("secret"));
        SaleReceipt first;
        QVERIFY(SaleRepository(other).sell(second, &first).ok());
        other.close();
        const CounterResult<SaleReceipt> retried = wait(service.sell(second));
        QVERIFY(retried.ok());
        QVERIFY(retried.value.replayed);
        QCOMPARE(retried.value.orderId, first.orderId);
        QCOMPARE(must(m_admin, QStringLiteral("SELECT count(*) FROM orders")).toInt(), 2);

        // Releasing the workstation's holds; a crashed session's token releases its holds too.
        QVERIFY(wait(service.hold(m_match, m_seats.mid(5, 3))).value.allHeld());
        QCOMPARE(wait(service.release()).value, 3);
        const QUuid crashed = QUuid::createUuid();
        service.setHoldToken(crashed);
        QVERIFY(wait(service.hold(m_match, m_seats.mid(8, 2))).value.allHeld());
        service.setHoldToken(QUuid::createUuid());
        QCOMPARE(wait(service.releaseToken(crashed)).value, 2);

        // Closing the shift: totals come back with the discrepancy.
        const CounterResult<ShiftTotals> closed = wait(service.closeShift(shift.value, Money(10000), QString()));
        QVERIFY(closed.ok());
        QVERIFY(!closed.value.isOpen());
        QCOMPARE(closed.value.cardSales, sold.value.total.total() + first.total.total());
        QCOMPARE(closed.value.discrepancy(), Money(0));
        session.close();
    }
};

QTEST_GUILESS_MAIN(TestCounterService)
#include "tst_counterservice.moc"
