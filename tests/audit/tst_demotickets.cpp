#include "demo/demoseeder.h"
#include "demo/demotickets.h"
#include "domain/oib.h"
#include "pricing/feerepository.h"
#include "printing/barcodegenerator.h"
#include "printing/ticketverifier.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Tribina;

/// The demo's sold tickets (DemoTickets, a step of `tribina-admin demo seed`): counts and states,
/// valid OIBs stored encrypted and hashed, barcodes with their check digit, QR payloads that
/// verify with the match's key, amounts that are exactly price_breakdown's, and one blacklisted
/// holder.
class TestDemoTickets : public QObject
{
    Q_OBJECT

    QSqlDatabase m_db;
    QUuid m_match;

    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::fresh(QStringLiteral("demo_tickets"));
        QElapsedTimer timer;
        timer.start();
        qint64 ticketsStarted = -1;
        QStringList progress;
        const Outcome seeded = DemoSeeder(m_db).seed([&](const QString &line) {
            if (line.contains(QLatin1String("online shop")))
                ticketsStarted = timer.elapsed();
            progress << line;
        });
        QVERIFY2(seeded, qPrintable(seeded.error()));
        QVERIFY(ticketsStarted >= 0);
        qInfo("demo seed %lld ms, of which the tickets %lld ms", timer.elapsed(), timer.elapsed() - ticketsStarted);
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM matches WHERE status = 'PUBLISHED' AND match_type = 'HOME'")));
        QVERIFY(q.next());
        m_match = q.value(0).toUuid();
        QVERIFY(!q.next());
    }

    void oibCheckDigit()
    {
        QVERIFY(Oib::isValid(u"69435151530")); // a published example OIB
        QVERIFY(!Oib::isValid(u"69435151531"));
        QVERIFY(!Oib::isValid(u"6943515153"));
        QRandomGenerator random(7);
        for (int i = 0; i < 1000; ++i) {
            const QString oib = DemoTickets::randomOib(random);
            QVERIFY(Oib::isValid(oib));
            QVERIFY(oib.at(0) != QLatin1Char('0'));
            // Any single changed digit breaks it (MOD 11,10 catches all single-digit errors).
            QString wrong = oib;
            const int at = random.bounded(11);
            wrong[at] = QChar(u'0' + (oib.at(at).digitValue() + 1 + random.bounded(9)) % 10);
            QVERIFY2(!Oib::isValid(wrong), qPrintable(wrong));
        }
    }

    void counts()
    {
        const QVariantList m{m_match};
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE match_id = ?"), m), qint64(DemoTickets::kTickets));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'CANCELLED'")), qint64(DemoTickets::kCancelled));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'REFUNDED'")), qint64(DemoTickets::kRefunded));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'ATTENDED' AND attended_at IS NOT NULL")),
                 qint64(DemoTickets::kAttended));
        const qint64 live = DemoTickets::kTickets - DemoTickets::kCancelled - DemoTickets::kRefunded;
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE status IN ('SOLD', 'ATTENDED')")), live);
        // Exactly the live tickets' seats are SOLD; cancelled and refunded seats are on sale again.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = ? AND status = 'SOLD'"), m), live);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets t JOIN match_seat_inventory i ON i.id = t.match_seat_inventory_id"
                                       " WHERE (t.status IN ('SOLD', 'ATTENDED')) <> (i.status = 'SOLD')")), 0);
        // Sold by the shop's users themselves, not by staff.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets t JOIN orders o ON o.id = t.order_id"
                                       " JOIN match_seat_inventory i ON i.id = t.match_seat_inventory_id"
                                       " WHERE i.last_modified_by = o.user_id")), qint64(DemoTickets::kTickets));
        const qint64 orders = scalar(QStringLiteral("SELECT count(*) FROM orders WHERE match_id = ?"), m);
        QVERIFY2(orders > 1000 && orders < DemoTickets::kTickets, qPrintable(QString::number(orders)));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM orders WHERE status = 'COMPLETED' AND completed_at IS NOT NULL")),
                 orders - DemoTickets::kCancelled - DemoTickets::kRefunded);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT order_number) FROM orders WHERE order_number LIKE 'WEB-%'")), orders);
        QCOMPARE(scalar(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM tickets GROUP BY order_id) c")), 4);
        // One successful card payment per order, for its total.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM payments p JOIN orders o ON o.id = p.order_id"
                                       " WHERE p.status = 'SUCCEEDED' AND p.method = 'CARD' AND p.amount = o.total_amount")), orders);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM payments")), orders);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM refunds r JOIN tickets t ON t.id = r.ticket_id"
                                       " WHERE r.status = 'COMPLETED' AND r.refund_amount = t.price_amount AND r.fee_retained = t.fee_amount")),
                 qint64(DemoTickets::kCancelled + DemoTickets::kRefunded));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'sale'")), orders);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ticket_holders h JOIN tickets t ON t.id = h.ticket_id WHERE t.match_id = ?"), m),
                 qint64(DemoTickets::kTickets));
    }

    void holders()
    {
        // Every holder has exactly one ID, stored encrypted and hashed; the OIBs are valid.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ticket_holders WHERE (oib_encrypted IS NULL) = (passport_encrypted IS NULL)")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ticket_holders WHERE (oib_encrypted IS NULL) <> (oib_hash IS NULL)"
                                       " OR (passport_encrypted IS NULL) <> (passport_hash IS NULL)")), 0);
        const qint64 passports = scalar(QStringLiteral("SELECT count(*) FROM ticket_holders WHERE passport_encrypted IS NOT NULL"));
        QVERIFY2(passports > 30 && passports < 600, qPrintable(QString::number(passports)));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ticket_holders WHERE passport_encrypted IS NOT NULL AND nationality = 'HR'")), 0);
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT pii_decrypt(oib_encrypted), oib_hash = pii_hash(pii_decrypt(oib_encrypted)),"
                                      " oib_is_valid(pii_decrypt(oib_encrypted)), full_name, email, phone"
                                      " FROM ticket_holders WHERE oib_encrypted IS NOT NULL")));
        int checked = 0;
        int diacritics = 0;
        QSet<QString> plain;
        while (q.next()) {
            const QString oib = q.value(0).toString();
            QVERIFY2(Oib::isValid(oib), qPrintable(oib));
            QVERIFY(q.value(1).toBool());
            QVERIFY(q.value(2).toBool()); // the database's own check agrees
            QVERIFY(!q.value(0).toByteArray().isEmpty());
            QVERIFY(q.value(4).toString().contains(QLatin1Char('@')));
            QVERIFY(q.value(5).toString().startsWith(QLatin1String("+385 9")));
            if (q.value(3).toString().contains(QRegularExpression(QStringLiteral("[čćđšžČĆĐŠŽ]"))))
                ++diacritics;
            plain << oib;
            ++checked;
        }
        QCOMPARE(checked, DemoTickets::kTickets - int(passports));
        QVERIFY2(diacritics > 300, qPrintable(QString::number(diacritics)));
        // The stored bytes are ciphertext, not the OIB.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ticket_holders WHERE position(convert_to(pii_decrypt(oib_encrypted), 'UTF8')"
                                       " IN oib_encrypted) > 0")), 0);
    }

    void barcodesAndSignedCodes()
    {
        QSqlQuery keyQuery(m_db);
        QVERIFY(keyQuery.exec(QStringLiteral("SELECT match_signing_key('%1')").arg(m_match.toString(QUuid::WithoutBraces))));
        QVERIFY(keyQuery.next());
        const QByteArray key = keyQuery.value(0).toByteArray();
        QCOMPARE(key.size(), 32);
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT t.barcode, t.qr_code_data, d.seat_label FROM tickets t"
                                      " JOIN ticket_print_data d ON d.ticket_id = t.id")));
        QSet<QString> barcodes;
        int verified = 0;
        while (q.next()) {
            const QString barcode = q.value(0).toString();
            QVERIFY2(BarcodeGenerator::isValid(barcode), qPrintable(barcode));
            barcodes << barcode;
            const TicketVerifier::Result r = TicketVerifier::verify(q.value(1).toString(), key, m_match);
            QVERIFY2(r.ok(), qPrintable(q.value(1).toString() + QLatin1Char(' ') + r.reason()));
            QCOMPARE(r.payload.barcode, barcode);
            QCOMPARE(r.payload.seatLabel, q.value(2).toString());
            ++verified;
        }
        QCOMPARE(verified, DemoTickets::kTickets);
        QCOMPARE(barcodes.size(), DemoTickets::kTickets);
    }

    void amountsArePriceBreakdown()
    {
        // SQL: every ticket is price_breakdown of its category price at the match's rates.
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM tickets t"
                     " JOIN match_seat_inventory i ON i.id = t.match_seat_inventory_id JOIN seats s ON s.id = i.seat_id"
                     " JOIN match_sectors ms ON ms.match_id = t.match_id AND ms.sector_id = s.sector_id"
                     " JOIN price_categories pc ON pc.id = ms.price_category_id"
                     " CROSS JOIN LATERAL match_price_breakdown(t.match_id, pc.price, 0) b"
                     " WHERE t.match_id = ? AND t.price_amount = b.ticket_amount AND t.fee_amount = b.fee_amount"), {m_match}),
                 qint64(DemoTickets::kTickets));
        // Orders are the sums of their tickets' breakdowns (VAT included), and total = ticket + fee.
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM orders o JOIN ("
                     "  SELECT t.order_id, sum(b.ticket_amount) ta, sum(b.ticket_vat_amount) tv, sum(b.fee_amount) fa,"
                     "         sum(b.fee_vat_amount) fv, sum(b.total_amount) tt"
                     "  FROM tickets t CROSS JOIN LATERAL match_price_breakdown(t.match_id, t.price_amount, 0) b GROUP BY t.order_id) x"
                     " ON x.order_id = o.id"
                     " WHERE o.ticket_amount = x.ta AND o.ticket_vat_amount = x.tv AND o.fee_amount = x.fa"
                     " AND o.fee_vat_amount = x.fv AND o.total_amount = x.tt")),
                 scalar(QStringLiteral("SELECT count(*) FROM orders")));
        // C++: the same per distinct category price.
        FeeRates rates;
        QVERIFY(loadFeeRates(m_db, m_match, &rates));
        QVERIFY(!rates.fromDefaults);
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT (price_amount * 100)::bigint, (fee_amount * 100)::bigint FROM tickets")));
        int prices = 0;
        while (q.next()) {
            const PriceBreakdown b = PriceBreakdown::compute(Money(q.value(0).toLongLong()), rates.priceRates());
            QCOMPARE(b.feeAmount.cents(), q.value(1).toLongLong());
            ++prices;
        }
        QVERIFY(prices >= 3);
    }

    void blacklistedHolder()
    {
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT b.oib, t.status, h.full_name, b.first_name || ' ' || b.last_name FROM blacklist b"
                                      " JOIN ticket_holders h ON h.oib_hash = pii_hash(b.oib)"
                                      " JOIN tickets t ON t.id = h.ticket_id WHERE b.status = 'ACTIVE'")));
        QVERIFY(q.next());
        QVERIFY(Oib::isValid(q.value(0).toString()));
        QCOMPARE(q.value(1).toString(), QStringLiteral("SOLD"));
        QCOMPARE(q.value(2).toString(), q.value(3).toString());
        QVERIFY(!q.next()); // one holder, one ticket
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM blacklist")), 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoTickets)
#include "tst_demotickets.moc"
