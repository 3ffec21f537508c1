#include "boxoffice/salerepository.h"
#include "saletestkit.h"
#include "testdatabase.h"
#include "testvenue.h"

#include <QtTest>

using namespace Tribina;
using namespace SaleTestKit;

/// Migration 0012 (faster sale, same behaviour) and refunds by a scanned barcode:
/// PII encrypted before 0012 (iterated S2K) and after (single-pass S2K) both decrypt; the
/// set-based signer writes exactly ticket_qr_sign's payload; a sale's QR codes verify; a ticket
/// and its order are found by barcode and by order number and refunded from there.
class TestSaleSpeed : public QObject
{
    Q_OBJECT

    const QString m_name = QStringLiteral("salespeed");
    const QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QSqlDatabase m_admin; // superuser
    QSqlDatabase m_clerk;
    QUuid m_match;
    QList<QUuid> m_seats;
    QUuid m_shift;
    int m_next = 0;

    QList<QUuid> takeSeats(int n)
    {
        QList<QUuid> out = m_seats.mid(m_next, n);
        m_next += n;
        return out;
    }

    SaleReceipt sell(int seats)
    {
        SaleRequest r;
        r.key = QUuid::createUuid();
        r.matchId = m_match;
        r.inventoryIds = takeSeats(seats);
        for (int i = 0; i < seats; ++i)
            r.holders << holder(QStringLiteral("Holder %1").arg(m_next + i));
        r.method = PaymentMethod::Cash;
        r.cashGiven = Money(100000);
        r.shiftId = m_shift;
        SaleReceipt receipt;
        const SaleError e = SaleRepository(m_clerk).sell(r, &receipt);
        if (!e.ok())
            qFatal("sale failed: %s", qPrintable(e.detail));
        return receipt;
    }

private slots:
    void initTestCase()
    {
        m_admin = TestDatabase::fresh(m_name);
        const QString c = TestDatabase::addStaff(m_admin, QStringLiteral("speedclerk_") + m_suffix,
                                                 QStringLiteral("tribina_box_office"));
        const TestVenue venue = TestVenue::create(m_admin, QStringLiteral("Speed Arena"), 3, 10);
        m_match = venue.matchId;
        priceMatch(m_admin, m_match);
        m_seats = seatIds(m_admin, m_match);
        QCOMPARE(m_seats.size(), 30);
        m_clerk = TestDatabase::connectAs(m_name, c, QStringLiteral("speedclerk"), QStringLiteral("secret"));
        QVERIFY(m_clerk.isOpen());
        QVERIFY(SaleRepository(m_clerk).openShift(Money(10000), QStringLiteral("ws"), &m_shift).ok());
    }

    void oldAndNewPiiFormatsDecrypt()
    {
        // The format written before 0012: pgp_sym_encrypt's default iterated S2K (mode 3).
        const QString oldValue = must(m_admin, QStringLiteral(
            "SELECT encode(pgp_sym_encrypt('12345678903', encode(secret, 'hex'), 'cipher-algo=aes256'), 'hex')"
            " FROM app_secrets WHERE name = 'pii_key'")).toString();
        const QString newValue = must(m_admin, QStringLiteral("SELECT encode(pii_encrypt('AB123456'), 'hex')")).toString();
        // OpenPGP symmetric-key ESK packet (tag 3): version 4, cipher 9 (AES-256), then the S2K
        // specifier whose first byte is the mode: 3 iterated+salted before, 1 salted now.
        auto s2kMode = [this](const QString &hex) {
            return must(m_admin, QStringLiteral("SELECT get_byte(decode('%1', 'hex'), 4)").arg(hex)).toInt();
        };
        auto cipher = [this](const QString &hex) {
            return must(m_admin, QStringLiteral("SELECT get_byte(decode('%1', 'hex'), 3)").arg(hex)).toInt();
        };
        QCOMPARE(s2kMode(oldValue), 3);
        QCOMPARE(s2kMode(newValue), 1);
        QCOMPARE(cipher(oldValue), 9);
        QCOMPARE(cipher(newValue), 9);
        QCOMPARE(must(m_admin, QStringLiteral("SELECT pii_decrypt(decode('%1', 'hex'))").arg(oldValue)).toString(),
                 QStringLiteral("12345678903"));
        QCOMPARE(must(m_admin, QStringLiteral("SELECT pii_decrypt(decode('%1', 'hex'))").arg(newValue)).toString(),
                 QStringLiteral("AB123456"));
        // The box office may encrypt (0003) and still may not decrypt.
        QCOMPARE(TestDatabase::sqlState(m_clerk, QStringLiteral("SELECT pii_encrypt('x')")), QString());
        QCOMPARE(TestDatabase::sqlState(m_clerk, QStringLiteral("SELECT pii_decrypt(decode('%1', 'hex'))").arg(newValue)),
                 QStringLiteral("42501"));
    }

    void saleStoresDecryptableIdsAndValidCodes()
    {
        const SaleReceipt sale = sell(3);
        QCOMPARE(sale.tickets.size(), 3);
        for (const PriceLine &t : sale.tickets) {
            // The holder's OIB was written in the new format and reads back.
            QCOMPARE(must(m_admin, QStringLiteral("SELECT get_byte(oib_encrypted, 4) FROM ticket_holders WHERE ticket_id = '%1'")
                                       .arg(id(t.ticketId))).toInt(), 1);
            QVERIFY(Oib::isValid(must(m_admin, QStringLiteral("SELECT pii_decrypt(oib_encrypted) FROM ticket_holders WHERE ticket_id = '%1'")
                                                   .arg(id(t.ticketId))).toString()));
            // The receipt's code is the stored one, and it is what ticket_qr_sign (0005) signs.
            const QString stored = must(m_admin, QStringLiteral("SELECT qr_code_data FROM tickets WHERE id = '%1'").arg(id(t.ticketId))).toString();
            QVERIFY(stored.startsWith(QLatin1String("HNS1.") + t.barcode + QLatin1Char('.')));
            QCOMPARE(t.qrPayload, stored);
            must(m_admin, QStringLiteral("BEGIN"));
            QCOMPARE(must(m_admin, QStringLiteral("SELECT ticket_qr_sign('%1')").arg(id(t.ticketId))).toString(), stored);
            must(m_admin, QStringLiteral("ROLLBACK"));
        }
        // Receipt rows come back in seat order with the seat's label.
        QCOMPARE(sale.tickets[0].inventoryId, m_seats[m_next - 3]);
        QCOMPARE(sale.tickets[2].inventoryId, m_seats[m_next - 1]);
    }

    void setSignerRefusesWhatTheSingleSignerRefuses()
    {
        const SaleReceipt sale = sell(1);
        must(m_admin, QStringLiteral("BEGIN"));
        must(m_admin, QStringLiteral("UPDATE tickets SET status = 'REFUNDED' WHERE id = '%1'").arg(id(sale.tickets[0].ticketId)));
        QCOMPARE(TestDatabase::sqlState(m_admin, QStringLiteral("SELECT * FROM ticket_qr_sign_tickets(ARRAY['%1']::uuid[])")
                                                     .arg(id(sale.tickets[0].ticketId))),
                 QStringLiteral("55000"));
        must(m_admin, QStringLiteral("ROLLBACK"));
        QCOMPARE(TestDatabase::sqlState(m_admin, QStringLiteral("SELECT * FROM ticket_qr_sign_tickets(ARRAY[gen_random_uuid()])")),
                 QStringLiteral("P0002"));
        // Internal: the box office cannot call it.
        QCOMPARE(TestDatabase::sqlState(m_clerk, QStringLiteral("SELECT * FROM ticket_qr_sign_tickets(ARRAY['%1']::uuid[])")
                                                     .arg(id(sale.tickets[0].ticketId))),
                 QStringLiteral("42501"));
    }

    void barcodeAndOrderNumberShapes()
    {
        QVERIFY(looksLikeBarcode(QStringLiteral(" 12345678901234 ")));
        QVERIFY(!looksLikeBarcode(QStringLiteral("02345678901234")));
        QVERIFY(!looksLikeBarcode(QStringLiteral("1234567890123")));
        QVERIFY(looksLikeOrderNumber(QStringLiteral("HNS-2026-000123")));
        QVERIFY(looksLikeOrderNumber(QStringLiteral("hns-2026-1234567")));
        QVERIFY(!looksLikeOrderNumber(QStringLiteral("HNS-26-000123")));
    }

    void refundByBarcode()
    {
        const SaleReceipt sale = sell(2);
        const PriceLine &scanned = sale.tickets[1];
        TicketLookup found;
        QVERIFY(SaleRepository(m_clerk).findByBarcode(scanned.barcode, &found).ok());
        QVERIFY(found.found());
        QCOMPARE(found.orderId, sale.orderId);
        QCOMPARE(found.orderNumber, sale.orderNumber);
        QCOMPARE(found.matchId, m_match);
        QCOMPARE(found.tickets.size(), 2);
        QVERIFY(found.scanned());
        QCOMPARE(found.scanned()->ticketId, scanned.ticketId);
        QCOMPARE(found.scanned()->seatLabel, scanned.seatLabel);
        QCOMPARE(found.scanned()->holderName, scanned.holderName);
        QCOMPARE(found.scanned()->price, Money(4500));
        QVERIFY(found.scanned()->isRefundable());

        // An unknown barcode: not found, no error.
        TicketLookup none;
        QVERIFY(SaleRepository(m_clerk).findByBarcode(QStringLiteral("19999999999999"), &none).ok());
        QVERIFY(!none.found());

        RefundRequest req;
        req.key = QUuid::createUuid();
        req.ticketIds = {found.scanned()->ticketId};
        req.reason = QStringLiteral("Scanned at the counter");
        req.shiftId = m_shift;
        RefundReceipt rr;
        const SaleError e = SaleRepository(m_clerk).refund(req, &rr);
        QVERIFY2(e.ok(), qPrintable(e.detail));
        QCOMPARE(rr.refunded, Money(4500));
        QCOMPARE(rr.ticketIds, QList<QUuid>{scanned.ticketId});

        // Scanned again: the ticket is shown as refunded, its order mate still live.
        QVERIFY(SaleRepository(m_clerk).findByBarcode(scanned.barcode, &found).ok());
        QCOMPARE(found.scanned()->status, QStringLiteral("REFUNDED"));
        QVERIFY(!found.scanned()->isRefundable());
        QCOMPARE(std::count_if(found.tickets.cbegin(), found.tickets.cend(),
                               [](const TicketInfo &t) { return t.isRefundable(); }), 1);

        // By order number (as typed, any case): the rest of the order.
        TicketLookup byNumber;
        QVERIFY(SaleRepository(m_clerk).findByOrderNumber(QLatin1Char(' ') + sale.orderNumber.toLower(), &byNumber).ok());
        QCOMPARE(byNumber.orderId, sale.orderId);
        QVERIFY(byNumber.scannedTicketId.isNull());
        RefundRequest whole;
        whole.key = QUuid::createUuid();
        whole.orderId = byNumber.orderId;
        whole.reason = QStringLiteral("Rest of the order");
        whole.shiftId = m_shift;
        QVERIFY(SaleRepository(m_clerk).refund(whole, &rr).ok());
        QCOMPARE(rr.ticketIds, QList<QUuid>{sale.tickets[0].ticketId});
        QCOMPARE(must(m_admin, QStringLiteral("SELECT status::text FROM orders WHERE id = '%1'").arg(id(sale.orderId))).toString(),
                 QStringLiteral("REFUNDED"));
    }
};

QTEST_GUILESS_MAIN(TestSaleSpeed)
#include "tst_salespeed.moc"
