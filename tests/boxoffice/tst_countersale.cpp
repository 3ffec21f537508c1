#include "boxoffice/salerepository.h"
#include "saletestkit.h"
#include "testdatabase.h"
#include "testvenue.h"

#include <QtTest>

using namespace Tribina;
using namespace SaleTestKit;

/// The box-office sale in the database (migration 0009) through SaleRepository, as two clerks on
/// their own connections: holds, the all-or-nothing sale, idempotency, the per-person and buyer
/// rules, the blacklist, refunds and the shift ledger.
class TestCounterSale : public QObject
{
    Q_OBJECT

    const QString m_name = QStringLiteral("countersale");
    const QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QSqlDatabase m_admin;  // superuser
    QSqlDatabase m_clerk1;
    QSqlDatabase m_clerk2;
    QUuid m_match;
    QList<QUuid> m_seats; // 4 rows × 10 seats
    QUuid m_shift1;
    QUuid m_shift2;
    int m_next = 0;        // next unused seat index

    QList<QUuid> takeSeats(int n)
    {
        QList<QUuid> out = m_seats.mid(m_next, n);
        m_next += n;
        return out;
    }

    SaleRequest request(const QList<QUuid> &seats, const QList<TicketHolder> &holders, const QUuid &shift)
    {
        SaleRequest r;
        r.key = QUuid::createUuid();
        r.matchId = m_match;
        r.inventoryIds = seats;
        r.holders = holders;
        r.method = PaymentMethod::Cash;
        r.cashGiven = Money(100000);
        r.shiftId = shift;
        return r;
    }

    int count(const QString &sql) { return must(m_admin, sql).toInt(); }

private slots:
    void initTestCase()
    {
        m_admin = TestDatabase::fresh(m_name);
        const QString c1 = TestDatabase::addStaff(m_admin, QStringLiteral("clerk1_") + m_suffix, QStringLiteral("tribina_box_office"));
        const QString c2 = TestDatabase::addStaff(m_admin, QStringLiteral("clerk2_") + m_suffix, QStringLiteral("tribina_box_office"));
        const TestVenue venue = TestVenue::create(m_admin, QStringLiteral("Counter Arena"), 4, 10);
        m_match = venue.matchId;
        priceMatch(m_admin, m_match);
        m_seats = seatIds(m_admin, m_match);
        QCOMPARE(m_seats.size(), 40);
        m_clerk1 = TestDatabase::connectAs(m_name, c1, QStringLiteral("clerk1"), QStringLiteral("secret"));
        m_clerk2 = TestDatabase::connectAs(m_name, c2, QStringLiteral("clerk2"), QStringLiteral("secret"));
        QVERIFY(m_clerk1.isOpen() && m_clerk2.isOpen());
        QVERIFY(SaleRepository(m_clerk1).openShift(Money(10000), QStringLiteral("ws1"), &m_shift1).ok());
        QVERIFY(SaleRepository(m_clerk2).openShift(Money(5000), QStringLiteral("ws2"), &m_shift2).ok());
        QVERIFY(!m_shift1.isNull() && !m_shift2.isNull() && m_shift1 != m_shift2);
        // Opening again finds the same shift.
        QUuid again;
        QVERIFY(SaleRepository(m_clerk1).openShift(Money(999), {}, &again).ok());
        QCOMPARE(again, m_shift1);
    }

    void holdReleaseAndExpiry()
    {
        const QList<QUuid> seats = takeSeats(2);
        const QUuid token1 = QUuid::createUuid(), token2 = QUuid::createUuid();
        HoldResult r;
        QVERIFY(SaleRepository(m_clerk1).hold(m_match, seats, token1, 10, &r).ok());
        QVERIFY(r.allHeld());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE status = 'RESERVED'"
                                      " AND hold_token = '%1' AND held_until > now()").arg(id(token1))), 2);
        // The other counter cannot take them and is told which.
        QVERIFY(SaleRepository(m_clerk2).hold(m_match, seats, token2, 10, &r).ok());
        QCOMPARE(r.notHeld.size(), 2);
        QVERIFY(r.notHeld.first().seatText.startsWith(QLatin1String("Sector A, row ")));
        // Nor release them.
        int released = -1;
        QVERIFY(SaleRepository(m_clerk2).release(token1, &released).ok());
        QCOMPARE(released, 0);
        QVERIFY(SaleRepository(m_clerk1).release(token1, &released).ok());
        QCOMPARE(released, 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE id IN ('%1', '%2') AND status = 'AVAILABLE'")
                           .arg(id(seats[0]), id(seats[1]))), 2);
        // An expired hold is available to everyone.
        QVERIFY(SaleRepository(m_clerk1).hold(m_match, seats, token1, 10, &r).ok() && r.allHeld());
        must(m_admin, QStringLiteral("UPDATE match_seat_inventory SET held_until = now() - interval '1 minute' WHERE hold_token = '%1'").arg(id(token1)));
        QVERIFY(SaleRepository(m_clerk2).hold(m_match, seats.mid(0, 1), token2, 10, &r).ok());
        QVERIFY(r.allHeld());
        int swept = -1;
        QVERIFY(SaleRepository(m_clerk2).releaseExpired(m_match, &swept).ok());
        QCOMPARE(swept, 1);
        QVERIFY(SaleRepository(m_clerk2).releaseMine(&released).ok());
        QCOMPARE(released, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE status = 'RESERVED'")), 0);
    }

    void saleCommitsEverything()
    {
        const QList<QUuid> seats = takeSeats(2);
        const QUuid token = QUuid::createUuid();
        HoldResult held;
        QVERIFY(SaleRepository(m_clerk1).hold(m_match, seats, token, 10, &held).ok() && held.allHeld());
        QList<PriceLine> shown;
        QVERIFY(SaleRepository(m_clerk1).priceSeats(m_match, seats, &shown).ok());
        QCOMPARE(shown.size(), 2);

        SaleRequest req = request(seats, {holder(QStringLiteral("Ana Anić")),
                                          holder(QStringLiteral("Ivo Ivić"), randomOib(), QDate::currentDate().addYears(-10))},
                                  m_shift1);
        req.holdToken = token;
        SaleReceipt receipt;
        const SaleError e = SaleRepository(m_clerk1).sell(req, &receipt);
        QVERIFY2(e.ok(), qPrintable(e.detail));
        QCOMPARE(receipt.status, SaleReceipt::Status::Completed);
        QVERIFY(!receipt.replayed);
        QCOMPARE(receipt.tickets.size(), 2);
        QVERIFY(receipt.orderNumber.startsWith(QLatin1String("HNS-")));
        // 45.00: fee 2.70, VAT 2.14 and 0.54 (5 % and 25 % contained).
        QCOMPARE(receipt.tickets[0].price.ticketAmount, Money(4500));
        QCOMPARE(receipt.tickets[0].price.feeAmount, Money(270));
        QCOMPARE(receipt.tickets[0].price.ticketVatAmount, Money(214));
        QCOMPARE(receipt.tickets[0].price.feeVatAmount, Money(54));
        QCOMPARE(receipt.total.total(), Money(9540));
        QCOMPARE(receipt.change, Money(100000 - 9540));
        // The figures shown before the sale are the ones charged.
        QCOMPARE(shown[0].price, receipt.tickets[0].price);
        QCOMPARE(shown[1].price, receipt.tickets[1].price);
        QVERIFY(!receipt.tickets[0].minor);
        QVERIFY(receipt.tickets[1].minor);

        const QString order = id(receipt.orderId);
        QCOMPARE(must(m_admin, QStringLiteral("SELECT status::text || total_amount::text FROM orders WHERE id = '%1'").arg(order)).toString(),
                 QStringLiteral("COMPLETED95.40"));
        // Order amounts equal the sum of price_breakdown per ticket (0007).
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM orders o, LATERAL (SELECT sum(b.ticket_amount) t, sum(b.ticket_vat_amount) tv,"
                     " sum(b.fee_amount) f, sum(b.fee_vat_amount) fv FROM tickets k,"
                     " LATERAL match_price_breakdown(k.match_id, 45.00, 0) b WHERE k.order_id = o.id) s"
                     " WHERE o.id = '%1' AND o.ticket_amount = s.t AND o.ticket_vat_amount = s.tv"
                     " AND o.fee_amount = s.f AND o.fee_vat_amount = s.fv").arg(order)), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets WHERE order_id = '%1' AND status = 'SOLD'"
                                      " AND ticket_barcode_is_valid(barcode) AND qr_code_data LIKE 'HNS1.' || barcode || '.%'").arg(order)), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_holders h JOIN tickets t ON t.id = h.ticket_id"
                                      " WHERE t.order_id = '%1' AND h.oib_hash IS NOT NULL AND h.oib_encrypted IS NOT NULL").arg(order)), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_holders h JOIN tickets t ON t.id = h.ticket_id"
                                      " WHERE t.order_id = '%1' AND h.is_minor").arg(order)), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = '%1' AND status = 'SUCCEEDED'"
                                      " AND method = 'CASH' AND amount = 95.40 AND idempotency_key = '%2'").arg(order, id(req.key))), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'sale' AND entity_id = '%1'"
                                      " AND actor_login = 'clerk1_%2'").arg(order, m_suffix)), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE id IN ('%1', '%2') AND status = 'SOLD'"
                                      " AND hold_token IS NULL").arg(id(seats[0]), id(seats[1]))), 2);
    }

    // A seat painted with a category of its own in match set-up is shown and charged at that
    // category's price, and the ticket's VAT rate is the match's fee configuration's.
    void paintedSeatIsShownAndChargedAtItsOwnPrice()
    {
        const QList<QUuid> seats = takeSeats(1);
        const QString painted = must(m_admin, QStringLiteral("INSERT INTO price_categories (match_id, name, price)"
                                                             " VALUES ('%1', 'Painted', 80.00) RETURNING id").arg(id(m_match))).toString();
        must(m_admin, QStringLiteral("UPDATE match_seat_inventory SET price_category_id = '%1' WHERE id = '%2'")
                          .arg(painted, id(seats[0])));
        const QString fees = must(m_admin, QStringLiteral("INSERT INTO fee_configurations (match_id, fee_percent, home_ticket_vat_percent,"
                                                          " effective_from) VALUES ('%1', 6.00, 13.00, DATE '2000-01-01') RETURNING id")
                                               .arg(id(m_match))).toString();
        QList<PriceLine> shown;
        QVERIFY(SaleRepository(m_clerk1).priceSeats(m_match, seats, &shown).ok());
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown[0].price.ticketAmount, Money(8000));
        QCOMPARE(shown[0].ticketVatRate, PercentHundredths(1300));
        SaleReceipt receipt;
        const SaleError e = SaleRepository(m_clerk1).sell(request(seats, {holder(QStringLiteral("Mara Marić"))}, m_shift1), &receipt);
        must(m_admin, QStringLiteral("DELETE FROM fee_configurations WHERE id = '%1'").arg(fees));
        QVERIFY2(e.ok(), qPrintable(e.detail));
        QCOMPARE(receipt.tickets.size(), 1);
        QCOMPARE(receipt.tickets[0].price, shown[0].price);
        QCOMPARE(receipt.tickets[0].price.ticketVatAmount, Money(920)); // 80.00 × 13 / 113
    }

    void seatTakenRollsBackAndNamesTheSeat()
    {
        const QList<QUuid> seats = takeSeats(3);
        SaleReceipt first;
        QVERIFY(SaleRepository(m_clerk1).sell(request({seats[1]}, {holder(QStringLiteral("Prvi"))}, m_shift1), &first).ok());
        const int ordersBefore = count(QStringLiteral("SELECT count(*) FROM orders"));
        const int ticketsBefore = count(QStringLiteral("SELECT count(*) FROM tickets"));
        SaleReceipt second;
        const SaleError e = SaleRepository(m_clerk2).sell(
            request(seats, {holder(QStringLiteral("A")), holder(QStringLiteral("B")), holder(QStringLiteral("C"))}, m_shift2),
            &second);
        QCOMPARE(e.kind, SaleError::Kind::SeatTaken);
        QCOMPARE(e.sqlState, QStringLiteral("TB001"));
        QCOMPARE(e.seat, seats[1]);
        const QString expected = must(m_admin, QStringLiteral(
            "SELECT 'Sector ' || sc.code || ', row ' || s.row_identifier || ', seat ' || s.seat_number"
            " FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id JOIN sectors sc ON sc.id = s.sector_id"
            " WHERE i.id = '%1'").arg(id(seats[1]))).toString();
        QCOMPARE(e.seatText, expected);
        QVERIFY(e.message.contains(expected));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders")), ordersBefore);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets")), ticketsBefore);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE id IN ('%1', '%2') AND status = 'AVAILABLE'")
                           .arg(id(seats[0]), id(seats[2]))), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM counter_shift_entries WHERE shift_id = '%1' AND kind = 'SALE'").arg(id(m_shift2))), 0);
    }

    void retryWithTheSameKeyReturnsTheFirstOrder()
    {
        const QList<QUuid> seats = takeSeats(1);
        const SaleRequest req = request(seats, {holder(QStringLiteral("Retry"))}, m_shift1);
        SaleReceipt a, b;
        QVERIFY(SaleRepository(m_clerk1).sell(req, &a).ok());
        // The retry arrives on another connection (a reconnect) and even with other seats.
        SaleRequest again = req;
        again.inventoryIds = takeSeats(1);
        const SaleError e = SaleRepository(m_clerk2).sell(again, &b);
        QVERIFY2(e.ok(), qPrintable(e.detail));
        QVERIFY(b.replayed);
        QCOMPARE(b.orderId, a.orderId);
        QCOMPARE(b.tickets.size(), 1);
        QCOMPARE(b.tickets[0].barcode, a.tickets[0].barcode);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders WHERE idempotency_key = '%1'").arg(id(req.key))), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE id = '%1' AND status = 'AVAILABLE'").arg(id(again.inventoryIds[0]))), 1);
    }

    void onePersonOneTicketPerMatch()
    {
        const QString oib = randomOib();
        SaleReceipt r;
        QVERIFY(SaleRepository(m_clerk1).sell(request(takeSeats(1), {holder(QStringLiteral("Once"), oib)}, m_shift1), &r).ok());
        SaleError e = SaleRepository(m_clerk2).sell(request(takeSeats(1), {holder(QStringLiteral("Once again"), oib)}, m_shift2), &r);
        QCOMPARE(e.kind, SaleError::Kind::PersonHasTicket);
        // Within one order as well, and for passports.
        TicketHolder p1 = holder(QStringLiteral("Foreigner"), QString());
        p1.passport = QStringLiteral("X1234567");
        TicketHolder p2 = p1;
        p2.fullName = QStringLiteral("Same passport");
        p2.passport = QStringLiteral(" x1234567 ");
        e = SaleRepository(m_clerk1).sell(request(takeSeats(2), {p1, p2}, m_shift1), &r);
        QCOMPARE(e.kind, SaleError::Kind::PersonHasTicket);
        QVERIFY(SaleRepository(m_clerk1).sell(request(takeSeats(1), {p1}, m_shift1), &r).ok());
        e = SaleRepository(m_clerk2).sell(request(takeSeats(1), {p2}, m_shift2), &r);
        QCOMPARE(e.kind, SaleError::Kind::PersonHasTicket);
        // An invalid OIB never reaches a ticket.
        e = SaleRepository(m_clerk1).sell(request(takeSeats(1), {holder(QStringLiteral("Typo"), QStringLiteral("12345678901"))}, m_shift1), &r);
        QCOMPARE(e.kind, SaleError::Kind::InvalidHolder);
    }

    void buyerLimit()
    {
        QList<TicketHolder> five;
        for (int i = 0; i < 5; ++i)
            five << holder(QStringLiteral("Fan %1").arg(i));
        SaleReceipt r;
        const QList<QUuid> seats = takeSeats(5);
        SaleError e = SaleRepository(m_clerk1).sell(request(seats, five, m_shift1), &r);
        QCOMPARE(e.kind, SaleError::Kind::BuyerLimit);
        QVERIFY(e.message.contains(QLatin1String("4")));
        // The phase's limit wins: 2 in this phase.
        must(m_admin, QStringLiteral("INSERT INTO sales_phases (match_id, phase_type, name, start_at, end_at, ticket_limit)"
                                     " VALUES ('%1', 'GENERAL_PUBLIC', 'Opća', now() - interval '1 day', now() + interval '1 day', 2)").arg(id(m_match)));
        e = SaleRepository(m_clerk1).sell(request(seats.mid(0, 3), five.mid(0, 3), m_shift1), &r);
        QCOMPARE(e.kind, SaleError::Kind::BuyerLimit);
        QVERIFY(SaleRepository(m_clerk1).sell(request(seats.mid(0, 2), five.mid(0, 2), m_shift1), &r).ok());
        // The order records its buyer (the first holder unless one is marked) for later orders.
        QVERIFY(!must(m_admin, QStringLiteral("SELECT buyer_hash FROM orders WHERE id = '%1'").arg(id(r.orderId))).isNull());
        e = SaleRepository(m_clerk1).sell(request(seats.mid(2, 1), {five[2]}, m_shift1), &r);
        QVERIFY2(e.ok(), qPrintable(e.detail)); // a new buyer
        must(m_admin, QStringLiteral("UPDATE sales_phases SET is_active = false WHERE match_id = '%1'").arg(id(m_match)));
    }

    void blacklistBlocksAllAndRecordsViolation()
    {
        const QString banned = randomOib();
        must(m_admin, QStringLiteral("INSERT INTO blacklist (oib, first_name, last_name, created_by)"
                                     " SELECT '%1', 'Zabranjeni', 'Navijač', user_id FROM staff_accounts LIMIT 1").arg(banned));
        bool hit = false;
        QVERIFY(SaleRepository(m_clerk1).blacklisted(banned, {}, &hit).ok());
        QVERIFY(hit);
        QVERIFY(SaleRepository(m_clerk1).blacklisted(randomOib(), {}, &hit).ok());
        QVERIFY(!hit);
        // The counter cannot read the list itself.
        QCOMPARE(TestDatabase::sqlState(m_clerk1, QStringLiteral("SELECT count(*) FROM blacklist")), QStringLiteral("42501"));

        const QList<QUuid> seats = takeSeats(2);
        const QUuid token = QUuid::createUuid();
        HoldResult held;
        QVERIFY(SaleRepository(m_clerk1).hold(m_match, seats, token, 10, &held).ok() && held.allHeld());
        const int orders = count(QStringLiteral("SELECT count(*) FROM orders"));
        SaleRequest req = request(seats, {holder(QStringLiteral("Clean")), holder(QStringLiteral("Zabranjeni Navijač"), banned)}, m_shift1);
        req.holdToken = token;
        SaleReceipt r;
        const SaleError e = SaleRepository(m_clerk1).sell(req, &r);
        QVERIFY2(e.ok(), qPrintable(e.detail));
        QCOMPARE(r.status, SaleReceipt::Status::Blocked);
        QCOMPARE(r.blockedHolders, QList<int>{1});
        QVERIFY(SaleReceipt::blacklistMessage().contains(QLatin1String("MUP")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders")), orders);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE hold_token = '%1' AND status = 'RESERVED'").arg(id(token))), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'violation'"
                                      " AND payload->>'full_name' = 'Zabranjeni Navijač' AND payload->>'channel' = 'COUNTER'")), 1);
        int released = 0;
        QVERIFY(SaleRepository(m_clerk1).release(token, &released).ok());
        QCOMPARE(released, 2);
    }

    void refundKeepsTheFee()
    {
        SaleReceipt sale;
        QVERIFY(SaleRepository(m_clerk1).sell(request(takeSeats(2), {holder(QStringLiteral("R1")), holder(QStringLiteral("R2"))}, m_shift1), &sale).ok());
        RefundRequest req;
        req.key = QUuid::createUuid();
        req.ticketIds = {sale.tickets[0].ticketId};
        req.shiftId = m_shift1;
        RefundReceipt rr;
        SaleError e = SaleRepository(m_clerk1).refund(req, &rr);
        QVERIFY2(e.ok(), qPrintable(e.detail));
        QCOMPARE(rr.refunded, Money(4500));
        QCOMPARE(rr.feeRetained, Money(270));
        QCOMPARE(rr.orderId, sale.orderId);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM refunds WHERE ticket_id = '%1' AND refund_amount = 45.00"
                                      " AND fee_retained = 2.70 AND status = 'COMPLETED' AND payment_id = '%2'")
                           .arg(id(sale.tickets[0].ticketId), id(sale.paymentId))), 1);
        QCOMPARE(must(m_admin, QStringLiteral("SELECT status::text FROM tickets WHERE id = '%1'").arg(id(sale.tickets[0].ticketId))).toString(), QStringLiteral("REFUNDED"));
        QCOMPARE(must(m_admin, QStringLiteral("SELECT status::text FROM match_seat_inventory WHERE id = '%1'").arg(id(sale.tickets[0].inventoryId))).toString(), QStringLiteral("AVAILABLE"));
        QCOMPARE(must(m_admin, QStringLiteral("SELECT status::text FROM orders WHERE id = '%1'").arg(id(sale.orderId))).toString(), QStringLiteral("COMPLETED"));
        // The payment is never edited: the refund row is the reversal.
        QCOMPARE(must(m_admin, QStringLiteral("SELECT status::text FROM payments WHERE id = '%1'").arg(id(sale.paymentId))).toString(), QStringLiteral("SUCCEEDED"));
        // Idempotent.
        RefundReceipt again;
        QVERIFY(SaleRepository(m_clerk1).refund(req, &again).ok());
        QVERIFY(again.replayed);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM refunds WHERE ticket_id = '%1'").arg(id(sale.tickets[0].ticketId))), 1);
        // A second refund of the same ticket under a new key is refused.
        req.key = QUuid::createUuid();
        QCOMPARE(SaleRepository(m_clerk1).refund(req, &again).kind, SaleError::Kind::NotRefundable);
        // The rest of the order: the order becomes REFUNDED.
        RefundRequest whole;
        whole.key = QUuid::createUuid();
        whole.orderId = sale.orderId;
        whole.shiftId = m_shift1;
        QVERIFY(SaleRepository(m_clerk1).refund(whole, &rr).ok());
        QCOMPARE(rr.ticketIds, QList<QUuid>{sale.tickets[1].ticketId});
        QCOMPARE(must(m_admin, QStringLiteral("SELECT status::text FROM orders WHERE id = '%1'").arg(id(sale.orderId))).toString(), QStringLiteral("REFUNDED"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'refund' AND entity_id = '%1'").arg(id(sale.orderId))), 2);
        // The person may buy again after the refund.
        SaleReceipt rebuy;
        TicketHolder h = holder(QStringLiteral("R1"));
        QVERIFY(SaleRepository(m_clerk1).sell(request(takeSeats(1), {h}, m_shift1), &rebuy).ok());
    }

    void reasonRequiredWithin48Hours()
    {
        SaleReceipt sale;
        QVERIFY(SaleRepository(m_clerk1).sell(request(takeSeats(1), {holder(QStringLiteral("Late"))}, m_shift1), &sale).ok());
        must(m_admin, QStringLiteral("UPDATE matches SET kick_off_time = now() + interval '24 hours' WHERE id = '%1'").arg(id(m_match)));
        RefundRequest req;
        req.key = QUuid::createUuid();
        req.ticketIds = {sale.tickets[0].ticketId};
        req.shiftId = m_shift1;
        RefundReceipt rr;
        const SaleError e = SaleRepository(m_clerk1).refund(req, &rr);
        QCOMPARE(e.kind, SaleError::Kind::ReasonRequired);
        req.reason = QStringLiteral("Ozljeda");
        QVERIFY(SaleRepository(m_clerk1).refund(req, &rr).ok());
        QCOMPARE(must(m_admin, QStringLiteral("SELECT reason FROM refunds WHERE ticket_id = '%1'").arg(id(sale.tickets[0].ticketId))).toString(), QStringLiteral("Ozljeda"));
        must(m_admin, QStringLiteral("UPDATE matches SET kick_off_time = now() + interval '7 days' WHERE id = '%1'").arg(id(m_match)));
    }

    void sellingWithoutAShiftIsRefused()
    {
        SaleReceipt r;
        SaleError e = SaleRepository(m_clerk1).sell(request(takeSeats(1), {holder(QStringLiteral("NoShift"))}, QUuid()), &r);
        QCOMPARE(e.kind, SaleError::Kind::NoShift);
        // Nor with somebody else's shift.
        e = SaleRepository(m_clerk1).sell(request(takeSeats(1), {holder(QStringLiteral("NoShift"))}, m_shift2), &r);
        QCOMPARE(e.kind, SaleError::Kind::NoShift);
        // Direct writes are closed to the counter: the functions do the writing.
        QCOMPARE(TestDatabase::sqlState(m_clerk1, QStringLiteral("INSERT INTO counter_shift_entries (shift_id, kind, method, amount, created_by)"
                                                                 " SELECT id, 'FLOAT', 'CASH', 1, staff_user_id FROM counter_shifts LIMIT 1")),
                 QStringLiteral("42501"));
    }

    void shiftLedgerTotalsAndDiscrepancy()
    {
        // A fresh clerk with a float of 50.00: one cash sale, one card sale, one cash refund.
        const QString c3 = TestDatabase::addStaff(m_admin, QStringLiteral("clerk3_") + m_suffix, QStringLiteral("tribina_box_office"));
        QSqlDatabase clerk3 = TestDatabase::connectAs(m_name, c3, QStringLiteral("clerk3"), QStringLiteral("secret"));
        SaleRepository repo(clerk3);
        QUuid shift;
        QVERIFY(repo.openShift(Money(5000), QStringLiteral("ws3"), &shift).ok());
        SaleReceipt cash, card;
        QVERIFY(repo.sell(request(takeSeats(1), {holder(QStringLiteral("Cash"))}, shift), &cash).ok());
        SaleRequest cardReq = request(takeSeats(2), {holder(QStringLiteral("Card1")), holder(QStringLiteral("Card2"))}, shift);
        cardReq.method = PaymentMethod::Card;
        cardReq.terminalReference.clear();
        SaleReceipt refused;
        QCOMPARE(repo.sell(cardReq, &refused).kind, SaleError::Kind::InvalidPayment);
        cardReq.terminalReference = QStringLiteral("T-0001");
        QVERIFY(repo.sell(cardReq, &card).ok());
        SaleRequest shortCash = request(takeSeats(1), {holder(QStringLiteral("Short"))}, shift);
        shortCash.cashGiven = Money(1000);
        QCOMPARE(repo.sell(shortCash, &refused).kind, SaleError::Kind::InvalidPayment);
        RefundRequest refund;
        refund.key = QUuid::createUuid();
        refund.orderId = cash.orderId;
        refund.shiftId = shift;
        RefundReceipt rr;
        QVERIFY(repo.refund(refund, &rr).ok());

        ShiftTotals t;
        QVERIFY(repo.shiftTotals(shift, &t).ok());
        QVERIFY(t.isOpen());
        QCOMPARE(t.floatAmount, Money(5000));
        QCOMPARE(t.cashSales, Money(4770));
        QCOMPARE(t.cardSales, Money(9540));
        QCOMPARE(t.cashRefunds, Money(-4500));
        QCOMPARE(t.cardRefunds, Money(0));
        QCOMPARE(t.saleCount, 2);
        QCOMPARE(t.refundCount, 1);
        QCOMPARE(t.expectedCash, Money(5000 + 4770 - 4500));
        // Another clerk cannot read it.
        ShiftTotals other;
        QCOMPARE(SaleRepository(m_clerk1).shiftTotals(shift, &other).kind, SaleError::Kind::NoShift);

        Money discrepancy;
        QVERIFY(repo.closeShift(shift, Money(5200), QStringLiteral("short 0.70"), &discrepancy).ok());
        QCOMPARE(discrepancy, Money(5200 - 5270));
        QVERIFY(repo.shiftTotals(shift, &t).ok());
        QVERIFY(!t.isOpen());
        QCOMPARE(t.countedCash.value_or(Money(-1)), Money(5200));
        QCOMPARE(t.discrepancy(), Money(-70));
        QCOMPARE(must(m_admin, QStringLiteral("SELECT discrepancy::text FROM counter_shifts WHERE id = '%1'").arg(id(shift))).toString(), QStringLiteral("-0.70"));
        // Closed: no second close, no more sales on it.
        QCOMPARE(repo.closeShift(shift, Money(1), {}, &discrepancy).kind, SaleError::Kind::NoShift);
        QCOMPARE(repo.sell(request(takeSeats(1), {holder(QStringLiteral("After"))}, shift), &refused).kind, SaleError::Kind::NoShift);
        // The ledger is append-only, even for the owner.
        QVERIFY(!TestDatabase::sqlState(m_admin, QStringLiteral("UPDATE counter_shift_entries SET amount = 0 WHERE shift_id = '%1'").arg(id(shift))).isEmpty());
        QVERIFY(!TestDatabase::sqlState(m_admin, QStringLiteral("DELETE FROM counter_shift_entries WHERE shift_id = '%1'").arg(id(shift))).isEmpty());
        QVERIFY(!TestDatabase::sqlState(m_admin, QStringLiteral("UPDATE counter_shifts SET counted_cash = 1 WHERE id = '%1'").arg(id(shift))).isEmpty());
        clerk3.close();
    }

    void noSeatSoldTwice()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM (SELECT match_seat_inventory_id FROM tickets"
                                      " WHERE status IN ('SOLD', 'ATTENDED') GROUP BY 1 HAVING count(*) > 1) d")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets t JOIN match_seat_inventory i ON i.id = t.match_seat_inventory_id"
                                      " WHERE t.status = 'SOLD' AND i.status <> 'SOLD'")), 0);
    }

    void cleanupTestCase()
    {
        m_clerk1.close();
        m_clerk2.close();
    }
};

QTEST_GUILESS_MAIN(TestCounterSale)
#include "tst_countersale.moc"
