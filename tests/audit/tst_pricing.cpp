#include "pricing/feerepository.h"
#include "pricing/pricebreakdown.h"
#include "testdatabase.h"
#include "testvenue.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Tribina;

namespace {

/// cents → "12.34" (SQL numeric input), without floating point.
QString decimal(qint64 hundredths)
{
    return QStringLiteral("%1.%2").arg(hundredths / 100).arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

struct Case
{
    qint64 price; // cents
    PriceRates rates;
};

} // namespace

/// The one price computation (ARCHITECTURE.md, "Money") in C++ and its SQL twin give the same
/// cents, for hand-checked tickets and for thousands of generated prices and rates that include
/// discounts and exact half-cent boundaries; fee rates are chosen for a match the same way.
class TestPricing : public QObject
{
    Q_OBJECT

    const QString m_db = QStringLiteral("pricing");
    const QString m_suffix = QString::number(QCoreApplication::applicationPid());
    TestVenue m_venue;

    QSqlDatabase db() const { return QSqlDatabase::database(m_db); }

    /// The SQL breakdowns of all cases in one round trip, in cents.
    QList<PriceBreakdown> sqlBreakdowns(QSqlDatabase d, const QList<Case> &cases)
    {
        QStringList price, discount, fee, tvat, fvat;
        for (const Case &c : cases) {
            price << decimal(c.price);
            discount << decimal(c.rates.discount);
            fee << decimal(c.rates.fee);
            tvat << decimal(c.rates.ticketVat);
            fvat << decimal(c.rates.feeVat);
        }
        const auto array = [](const QStringList &l) { return QStringLiteral("{%1}").arg(l.join(QLatin1Char(','))); };
        QSqlQuery q(d);
        q.prepare(QStringLiteral(
            "SELECT (b.ticket_amount * 100)::bigint, (b.ticket_vat_amount * 100)::bigint,"
            " (b.fee_amount * 100)::bigint, (b.fee_vat_amount * 100)::bigint, (b.total_amount * 100)::bigint,"
            " scale(b.ticket_amount), scale(b.total_amount)"
            " FROM unnest(?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[])"
            "      WITH ORDINALITY AS c(price, discount, fee, tvat, fvat, n)"
            " CROSS JOIN LATERAL price_breakdown(c.price, c.discount, c.fee, c.tvat, c.fvat) b"
            " ORDER BY c.n"));
        for (const QStringList *l : {&price, &discount, &fee, &tvat, &fvat})
            q.addBindValue(array(*l));
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return {};
        }
        QList<PriceBreakdown> result;
        while (q.next()) {
            PriceBreakdown b{Money(q.value(0).toLongLong()), Money(q.value(1).toLongLong()),
                             Money(q.value(2).toLongLong()), Money(q.value(3).toLongLong())};
            if (q.value(4).toLongLong() != b.total().cents() || q.value(5).toInt() != 2 || q.value(6).toInt() != 2)
                b.ticketAmount = Money(-1); // total or scale wrong: make the comparison fail
            result << b;
        }
        return result;
    }

    QUuid addMatch(const QString &type, const QString &kickOff)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO matches (home_team, away_team, competition, kick_off_time, venue_id, match_type)"
                                 " VALUES ('Hrvatska', 'Test', 'Prijateljska', ?::timestamptz, ?, ?::match_type) RETURNING id"));
        q.addBindValue(kickOff);
        q.addBindValue(m_venue.stadiumId);
        q.addBindValue(type);
        if (!q.exec() || !q.next())
            qFatal("%s", qPrintable(q.lastError().text()));
        return q.value(0).toUuid();
    }

    void exec(const QString &sql)
    {
        QSqlQuery q(db());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }

    /// match_fee_rates() as hundredths: fee, ticket VAT, fee VAT, from_defaults.
    QList<qint64> sqlRates(const QUuid &match)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT (fee_percent * 100)::bigint, (ticket_vat_percent * 100)::bigint,"
                                 " (fee_vat_percent * 100)::bigint, from_defaults::int FROM match_fee_rates(?::uuid)"));
        q.addBindValue(match.toString(QUuid::WithoutBraces));
        if (!q.exec() || !q.next())
            return {};
        return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()};
    }

private slots:
    void initTestCase()
    {
        QSqlDatabase d = TestDatabase::fresh(m_db);
        TestDatabase::addStaff(d, QStringLiteral("pr_box_%1").arg(m_suffix), QStringLiteral("tribina_box_office"));
        TestDatabase::addStaff(d, QStringLiteral("pr_petrol_%1").arg(m_suffix), QStringLiteral("tribina_petrol"));
        m_venue = TestVenue::create(d, QStringLiteral("Pricing"));
    }

    void handChecked_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("discount");
        QTest::addColumn<qint64>("fee");
        QTest::addColumn<qint64>("ticketVat");
        QTest::addColumn<qint64>("feeVat");
        QTest::addColumn<QList<qint64>>("expected"); // ticket, ticket VAT, fee, fee VAT, total

        // 25.00 home: VAT 25 × 5/105 = 1.1905 → 1.19; fee 1.50; fee VAT 1.50 × 25/125 = 0.30.
        QTest::newRow("25.00 home") << qint64(2500) << qint64(0) << qint64(600) << qint64(500) << qint64(2500)
                                    << QList<qint64>{2500, 119, 150, 30, 2650};
        QTest::newRow("25.00 away") << qint64(2500) << qint64(0) << qint64(600) << qint64(0) << qint64(0)
                                    << QList<qint64>{2500, 0, 150, 0, 2650};
        // 45.00 home: VAT 2.1429 → 2.14; fee 2.70; fee VAT 0.54.
        QTest::newRow("45.00 home") << qint64(4500) << qint64(0) << qint64(600) << qint64(500) << qint64(2500)
                                    << QList<qint64>{4500, 214, 270, 54, 4770};
        // Quota 30 % off 45.00 = 31.50; VAT 1.50; fee 1.89; fee VAT 0.378 → 0.38.
        QTest::newRow("45.00 home, 30 % off") << qint64(4500) << qint64(3000) << qint64(600) << qint64(500) << qint64(2500)
                                              << QList<qint64>{3150, 150, 189, 38, 3339};
        QTest::newRow("free ticket") << qint64(2500) << qint64(10000) << qint64(600) << qint64(500) << qint64(2500)
                                     << QList<qint64>{0, 0, 0, 0, 0};
        // Half-cent boundaries round up: fee 0.25 × 6 % = 1.5 ct → 2 ct.
        QTest::newRow("fee half cent") << qint64(25) << qint64(0) << qint64(600) << qint64(0) << qint64(0)
                                       << QList<qint64>{25, 0, 2, 0, 27};
        // 0.01 at 50 % off = 0.5 ct → 1 ct.
        QTest::newRow("discount half cent") << qint64(1) << qint64(5000) << qint64(0) << qint64(0) << qint64(0)
                                            << QList<qint64>{1, 0, 0, 0, 1};
        // VAT 20 %: 0.03 × 20/120 = 0.5 ct → 1 ct; 0.09 → 1.5 ct → 2 ct.
        QTest::newRow("VAT half cent") << qint64(3) << qint64(0) << qint64(0) << qint64(2000) << qint64(0)
                                       << QList<qint64>{3, 1, 0, 0, 3};
        QTest::newRow("VAT 1.5 cent") << qint64(9) << qint64(0) << qint64(0) << qint64(2000) << qint64(0)
                                      << QList<qint64>{9, 2, 0, 0, 9};
        // Just below a half: 0.08 × 6 % = 0.48 ct → 0.
        QTest::newRow("fee below half") << qint64(8) << qint64(0) << qint64(600) << qint64(0) << qint64(0)
                                        << QList<qint64>{8, 0, 0, 0, 8};
        // The largest numeric(10,2) price does not overflow.
        QTest::newRow("largest price") << qint64(9999999999) << qint64(0) << qint64(600) << qint64(500) << qint64(2500)
                                       << QList<qint64>{9999999999, 476190476, 600000000, 120000000, 10599999999};
    }

    void handChecked()
    {
        QFETCH(qint64, price);
        QFETCH(qint64, discount);
        QFETCH(qint64, fee);
        QFETCH(qint64, ticketVat);
        QFETCH(qint64, feeVat);
        QFETCH(QList<qint64>, expected);
        const PriceRates rates{discount, fee, ticketVat, feeVat};
        QVERIFY(rates.isValid());
        const PriceBreakdown b = PriceBreakdown::compute(Money(price), rates);
        const QList<qint64> got{b.ticketAmount.cents(), b.ticketVatAmount.cents(), b.feeAmount.cents(),
                                b.feeVatAmount.cents(), b.total().cents()};
        QCOMPARE(got, expected);
        const QList<PriceBreakdown> sql = sqlBreakdowns(db(), {Case{price, rates}});
        QCOMPARE(sql.size(), 1);
        QCOMPARE(sql.first(), b);
    }

    void roundingHelper()
    {
        QCOMPARE(PriceBreakdown::divideRounded(5, 10), qint64(1));
        QCOMPARE(PriceBreakdown::divideRounded(4, 10), qint64(0));
        QCOMPARE(PriceBreakdown::divideRounded(15, 10), qint64(2));
        QCOMPARE(PriceBreakdown::divideRounded(-5, 10), qint64(-1)); // away from zero, like round(numeric)
        QCOMPARE(PriceBreakdown::divideRounded(-4, 10), qint64(0));
    }

    void invalidInputGivesNothing()
    {
        QVERIFY(!(PriceRates{-1, 600, 500, 2500}.isValid()));
        QVERIFY(!(PriceRates{0, 10001, 500, 2500}.isValid()));
        const PriceBreakdown b = PriceBreakdown::compute(Money(2500), PriceRates{0, 600, 500, 10001});
        QCOMPARE(b, PriceBreakdown{});
        QCOMPARE(PriceBreakdown::compute(Money(-100), PriceRates{}), PriceBreakdown{});

        QSqlDatabase d = db();
        QCOMPARE(TestDatabase::sqlState(d, QStringLiteral("SELECT * FROM price_breakdown(-1, 0, 6, 5, 25)")), QStringLiteral("22003"));
        QCOMPARE(TestDatabase::sqlState(d, QStringLiteral("SELECT * FROM price_breakdown(25, 101, 6, 5, 25)")), QStringLiteral("22003"));
        QCOMPARE(TestDatabase::sqlState(d, QStringLiteral("SELECT * FROM price_breakdown(25.001, 0, 6, 5, 25)")), QStringLiteral("22003"));
        QCOMPARE(TestDatabase::sqlState(d, QStringLiteral("SELECT * FROM price_breakdown(25, 0, NULL, 5, 25)")), QStringLiteral("22004"));
        // A missing discount is no discount.
        QCOMPARE(TestDatabase::sqlState(d, QStringLiteral("SELECT * FROM price_breakdown(25, NULL, 6, 5, 25)")), QString());
    }

    void cppAndSqlAgreeOnGeneratedCases()
    {
        QRandomGenerator random(20261123);
        const QList<qint64> realRates{0, 500, 1300, 2500, 600, 1000, 2000};
        QList<Case> cases;
        for (int i = 0; i < 20000; ++i) {
            Case c;
            switch (i % 4) {
            case 0: // realistic: whole or half euros, the real rates, sometimes a quota discount
                c.price = qint64(random.bounded(1, 400)) * 50;
                c.rates = PriceRates{i % 3 == 0 ? qint64(random.bounded(0, 21)) * 500 : 0, 600,
                                     realRates[random.bounded(int(realRates.size()))],
                                     realRates[random.bounded(int(realRates.size()))]};
                break;
            case 1: // any cent, any rate with two decimals
                c.price = random.bounded(0, 1000000);
                c.rates = PriceRates{random.bounded(0, 10001), random.bounded(0, 10001),
                                     random.bounded(0, 10001), random.bounded(0, 10001)};
                break;
            case 2: // small prices, where halves of a cent are common
                c.price = random.bounded(0, 200);
                c.rates = PriceRates{qint64(random.bounded(0, 5)) * 2500, qint64(random.bounded(0, 21)) * 50,
                                     qint64(random.bounded(0, 11)) * 1000, qint64(random.bounded(0, 11)) * 1000};
                break;
            default: { // constructed half-cent boundaries: price × rate ≡ 5000 (mod 10000)
                const qint64 fee = qint64(random.bounded(1, 200)) * 50; // a multiple of 0.5 %
                qint64 price = random.bounded(1, 100000);
                while ((price * fee) % 10000 != 5000 && price < 1000000)
                    ++price;
                c.price = price;
                c.rates = PriceRates{qint64(random.bounded(0, 2)) * 5000, fee, 2000, 2000};
                break;
            }
            }
            cases << c;
        }
        int halfCents = 0;
        QList<PriceBreakdown> cpp;
        for (const Case &c : cases) {
            cpp << PriceBreakdown::compute(Money(c.price), c.rates);
            const qint64 ticket = cpp.last().ticketAmount.cents();
            if ((ticket * c.rates.fee) % 10000 == 5000)
                ++halfCents;
        }
        QVERIFY2(halfCents > 1000, qPrintable(QString::number(halfCents))); // the boundary is exercised
        const QList<PriceBreakdown> sql = sqlBreakdowns(db(), cases);
        QCOMPARE(sql.size(), cases.size());
        for (int i = 0; i < cases.size(); ++i) {
            if (!(sql[i] == cpp[i])) {
                const Case &c = cases[i];
                QFAIL(qPrintable(QStringLiteral("case %1: price %2 rates %3/%4/%5/%6: C++ %7/%8/%9/%10, SQL %11/%12/%13/%14")
                                     .arg(i).arg(c.price).arg(c.rates.discount).arg(c.rates.fee).arg(c.rates.ticketVat)
                                     .arg(c.rates.feeVat).arg(cpp[i].ticketAmount.cents()).arg(cpp[i].ticketVatAmount.cents())
                                     .arg(cpp[i].feeAmount.cents()).arg(cpp[i].feeVatAmount.cents())
                                     .arg(sql[i].ticketAmount.cents()).arg(sql[i].ticketVatAmount.cents())
                                     .arg(sql[i].feeAmount.cents()).arg(sql[i].feeVatAmount.cents())));
            }
        }
    }

    void orderIsTheSumOfRoundedTickets()
    {
        // Three 0.25 tickets: fee 1.5 ct each rounds to 2 ct per ticket, so 6 ct, not round(4.5) = 5.
        const PriceBreakdown one = PriceBreakdown::compute(Money(25), PriceRates{0, 600, 0, 0});
        const PriceBreakdown order = PriceBreakdown::sum({one, one, one});
        QCOMPARE(order.feeAmount.cents(), qint64(6));
        QCOMPARE(order.ticketAmount.cents(), qint64(75));
        QCOMPARE(order.total().cents(), qint64(81));
    }

    void feeRatesForAMatch()
    {
        QSqlDatabase d = db();
        const QUuid home = addMatch(QStringLiteral("HOME"), QStringLiteral("2026-06-10 20:45+02"));
        const QUuid away = addMatch(QStringLiteral("AWAY"), QStringLiteral("2026-06-10 20:45+02"));
        const QUuid old = addMatch(QStringLiteral("HOME"), QStringLiteral("2025-06-10 20:45+02"));

        // No configuration at all: the schema defaults, flagged.
        FeeRates rates;
        QVERIFY(loadFeeRates(d, old, &rates));
        QVERIFY(rates.fromDefaults);
        QCOMPARE(rates.priceRates(), (PriceRates{0, 600, 500, 2500}));
        QCOMPARE(sqlRates(old), (QList<qint64>{600, 500, 2500, 1}));

        exec(QStringLiteral("INSERT INTO fee_configurations (match_id, fee_percent, home_ticket_vat_percent, away_ticket_vat_percent,"
                            " home_fee_vat_percent, away_fee_vat_percent, effective_from, effective_to)"
                            " VALUES (NULL, 7.00, 5.00, 0.00, 25.00, 0.00, '2026-01-01', NULL),"
                            "        (NULL, 9.99, 9.00, 9.00, 9.00, 9.00, '2024-01-01', '2025-12-31')"));
        QVERIFY(loadFeeRates(d, home, &rates));
        QVERIFY(!rates.fromDefaults);
        QVERIFY(rates.homeMatch);
        QCOMPARE(rates.priceRates(1500), (PriceRates{1500, 700, 500, 2500}));
        QCOMPARE(sqlRates(home), (QList<qint64>{700, 500, 2500, 0}));
        QVERIFY(loadFeeRates(d, away, &rates));
        QVERIFY(!rates.homeMatch);
        QCOMPARE(rates.priceRates(), (PriceRates{0, 700, 0, 0}));
        QCOMPARE(sqlRates(away), (QList<qint64>{700, 0, 0, 0}));
        // The old match takes the default row in force at its kick-off, not today's.
        QVERIFY(loadFeeRates(d, old, &rates));
        QCOMPARE(rates.priceRates(), (PriceRates{0, 999, 900, 900}));
        QCOMPARE(sqlRates(old), (QList<qint64>{999, 900, 900, 0}));

        // A match's own row wins over the default.
        exec(QStringLiteral("INSERT INTO fee_configurations (match_id, fee_percent, home_ticket_vat_percent, away_ticket_vat_percent,"
                            " home_fee_vat_percent, away_fee_vat_percent, effective_from)"
                            " VALUES ('%1', 4.50, 13.00, 0.00, 25.00, 0.00, '2026-01-01')").arg(home.toString(QUuid::WithoutBraces)));
        QVERIFY(loadFeeRates(d, home, &rates));
        QCOMPARE(rates.priceRates(), (PriceRates{0, 450, 1300, 2500}));
        QCOMPARE(sqlRates(home), (QList<qint64>{450, 1300, 2500, 0}));

        PriceBreakdown b;
        QVERIFY(priceTicket(d, home, Money(2500), 0, &b));
        QCOMPARE(b, PriceBreakdown::compute(Money(2500), PriceRates{0, 450, 1300, 2500}));
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("SELECT (total_amount * 100)::bigint FROM match_price_breakdown('%1', 25.00)")
                           .arg(home.toString(QUuid::WithoutBraces))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), b.total().cents());

        const Outcome unknown = loadFeeRates(d, QUuid::createUuid(), &rates);
        QVERIFY(!unknown.ok());
        QVERIFY(sqlRates(QUuid::createUuid()).isEmpty());
    }

    void everyGroupMayPrice()
    {
        for (const QString &login : {QStringLiteral("pr_box_%1").arg(m_suffix), QStringLiteral("pr_petrol_%1").arg(m_suffix)}) {
            QSqlDatabase as = TestDatabase::connectAs(m_db, login, login, QStringLiteral("secret"));
            QVERIFY2(as.isOpen(), qPrintable(login));
            const QList<PriceBreakdown> sql = sqlBreakdowns(as, {Case{2500, PriceRates{}}});
            QCOMPARE(sql.size(), 1);
            QCOMPARE(sql.first().total().cents(), qint64(2650));
            QSqlQuery q(as);
            QVERIFY2(q.exec(QStringLiteral("SELECT * FROM match_fee_rates('%1')").arg(m_venue.matchId.toString(QUuid::WithoutBraces))),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.next());
        }
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
