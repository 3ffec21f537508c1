// seats_hold_quantity (migration 0014) through SaleRepository, as box-office clerks on their own
// connections: exactly N distinct places, all or nothing, never one place to two clerks (two
// threads racing for the last places), numbered sectors refused, and the held places sold by the
// unchanged counter_sell as free-seating tickets.
#include "boxoffice/salerepository.h"
#include "printing/qrpayload.h"
#include "saletestkit.h"
#include "testdatabase.h"
#include "testvenue.h"

#include <QSet>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace Tribina;
using namespace SaleTestKit;

class TestQuantityHold : public QObject
{
    Q_OBJECT

    const QString m_name = QStringLiteral("quantityhold");
    const QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QSqlDatabase m_admin;
    QSqlDatabase m_clerk1;
    QSqlDatabase m_clerk2;
    QString m_login1;
    QString m_login2;
    QUuid m_match;    // non-numbered (matches.is_numbered = false), sector A of 3 × 10 places
    QUuid m_sector;
    QUuid m_numberedMatch;
    QUuid m_numberedSector;

    int count(const QString &sql) { return must(m_admin, sql).toInt(); }
    int reservedWith(const QUuid &token)
    {
        return count(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE status = 'RESERVED'"
                                    " AND hold_token = '%1' AND held_until > now()").arg(id(token)));
    }
    int freeIn(const QUuid &match)
    {
        return count(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = '%1'"
                                    " AND (status = 'AVAILABLE' OR (status = 'RESERVED' AND held_until < now()))").arg(id(match)));
    }
    /// Leaves exactly `free` places of the match free: the others SOLD-like (BLOCKED) for the test.
    void leaveFree(const QUuid &match, int free)
    {
        must(m_admin, QStringLiteral("UPDATE match_seat_inventory SET status = 'AVAILABLE', held_by = NULL,"
                                     " held_until = NULL, hold_token = NULL WHERE match_id = '%1' AND status <> 'SOLD'").arg(id(match)));
        must(m_admin, QStringLiteral("UPDATE match_seat_inventory SET status = 'BLOCKED' WHERE id IN ("
                                     " SELECT id FROM match_seat_inventory WHERE match_id = '%1' AND status = 'AVAILABLE'"
                                     " ORDER BY id OFFSET %2)").arg(id(match)).arg(free));
    }
    static QUuid sectorOf(QSqlDatabase &db, const QUuid &match)
    {
        return QUuid::fromString(must(db, QStringLiteral("SELECT sc.id FROM sectors sc JOIN matches m"
                                                         " ON m.stadium_layout_id = sc.stadium_layout_id"
                                                         " WHERE m.id = '%1'").arg(id(match))).toString());
    }

private slots:
    void initTestCase()
    {
        m_admin = TestDatabase::fresh(m_name);
        m_login1 = TestDatabase::addStaff(m_admin, QStringLiteral("qh1_") + m_suffix, QStringLiteral("tribina_box_office"));
        m_login2 = TestDatabase::addStaff(m_admin, QStringLiteral("qh2_") + m_suffix, QStringLiteral("tribina_box_office"));
        const TestVenue venue = TestVenue::create(m_admin, QStringLiteral("Quantity Arena"), 3, 10);
        m_match = venue.matchId;
        priceMatch(m_admin, m_match);
        must(m_admin, QStringLiteral("UPDATE matches SET is_numbered = false WHERE id = '%1'").arg(id(m_match)));
        m_sector = sectorOf(m_admin, m_match);
        const TestVenue numbered = TestVenue::create(m_admin, QStringLiteral("Numbered Arena"), 1, 10);
        m_numberedMatch = numbered.matchId;
        priceMatch(m_admin, m_numberedMatch);
        m_numberedSector = sectorOf(m_admin, m_numberedMatch);
        m_clerk1 = TestDatabase::connectAs(m_name, m_login1, QStringLiteral("qh_clerk1"), QStringLiteral("secret"));
        m_clerk2 = TestDatabase::connectAs(m_name, m_login2, QStringLiteral("qh_clerk2"), QStringLiteral("secret"));
        QVERIFY(m_clerk1.isOpen() && m_clerk2.isOpen());
    }

    void holdsExactlyNDistinctPlaces()
    {
        const QUuid token = QUuid::createUuid();
        QList<QUuid> held;
        const SaleError e = SaleRepository(m_clerk1).holdQuantity(m_match, m_sector, 3, token, 10, &held);
        QVERIFY2(e.ok(), qPrintable(e.detail));
        QCOMPARE(held.size(), 3);
        QCOMPARE(QSet<QUuid>(held.cbegin(), held.cend()).size(), 3);
        QCOMPARE(reservedWith(token), 3);
        for (const QUuid &place : held)
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM match_seat_inventory i JOIN staff_accounts sa ON sa.user_id = i.held_by"
                                          " WHERE i.id = '%1' AND i.match_id = '%2' AND sa.login_role = '%3'")
                               .arg(id(place), id(m_match), m_login1)), 1);
        // Another clerk gets other places.
        const QUuid token2 = QUuid::createUuid();
        QList<QUuid> other;
        QVERIFY(SaleRepository(m_clerk2).holdQuantity(m_match, m_sector, 2, token2, 10, &other).ok());
        QCOMPARE(other.size(), 2);
        for (const QUuid &place : other)
            QVERIFY(!held.contains(place));
        int released = 0;
        QVERIFY(SaleRepository(m_clerk1).release(token, &released).ok());
        QCOMPARE(released, 3);
        QVERIFY(SaleRepository(m_clerk2).release(token2, &released).ok());
        QCOMPARE(released, 2);
    }

    void expiredHoldsAreFreeAgain()
    {
        leaveFree(m_match, 2);
        const QUuid token = QUuid::createUuid();
        QList<QUuid> held;
        QVERIFY(SaleRepository(m_clerk1).holdQuantity(m_match, m_sector, 2, token, 10, &held).ok());
        must(m_admin, QStringLiteral("UPDATE match_seat_inventory SET held_until = now() - interval '1 minute'"
                                     " WHERE hold_token = '%1'").arg(id(token)));
        const QUuid token2 = QUuid::createUuid();
        QList<QUuid> again;
        const SaleError e = SaleRepository(m_clerk2).holdQuantity(m_match, m_sector, 2, token2, 10, &again);
        QVERIFY2(e.ok(), qPrintable(e.detail));
        QCOMPARE(QSet<QUuid>(again.cbegin(), again.cend()), QSet<QUuid>(held.cbegin(), held.cend()));
        QCOMPARE(reservedWith(token2), 2);
        QVERIFY(SaleRepository(m_clerk2).release(token2).ok());
    }

    void fewerFreeThanAskedHoldsNothing()
    {
        leaveFree(m_match, 3);
        const QUuid token = QUuid::createUuid();
        QList<QUuid> held;
        const SaleError e = SaleRepository(m_clerk1).holdQuantity(m_match, m_sector, 5, token, 10, &held);
        QCOMPARE(e.kind, SaleError::Kind::NotEnoughPlaces);
        QCOMPARE(e.sqlState, QStringLiteral("TB010"));
        QCOMPARE(e.placesLeft, 3);
        QCOMPARE(e.sectorCode, QStringLiteral("A"));
        QVERIFY2(e.message.contains(QLatin1String("3")) && e.message.contains(QLatin1String("sector A")), qPrintable(e.message));
        QVERIFY(held.isEmpty());
        QCOMPARE(reservedWith(token), 0);
        QCOMPARE(freeIn(m_match), 3);
        // Asking for what is left works.
        QVERIFY(SaleRepository(m_clerk1).holdQuantity(m_match, m_sector, 3, token, 10, &held).ok());
        QCOMPARE(held.size(), 3);
        QCOMPARE(freeIn(m_match), 0);
        const SaleError none = SaleRepository(m_clerk2).holdQuantity(m_match, m_sector, 1, QUuid::createUuid(), 10, &held);
        QCOMPARE(none.kind, SaleError::Kind::NotEnoughPlaces);
        QCOMPARE(none.placesLeft, 0);
        QVERIFY(SaleRepository(m_clerk1).release(token).ok());
    }

    void placesWithACategoryOfTheirOwnAreLeftAlone()
    {
        leaveFree(m_match, 2);
        const QString painted = must(m_admin, QStringLiteral(
            "WITH k AS (INSERT INTO price_categories (match_id, name, price) VALUES ('%1', 'K2', 99.00) RETURNING id)"
            " UPDATE match_seat_inventory SET price_category_id = (SELECT id FROM k) WHERE id = (SELECT id FROM"
            " match_seat_inventory WHERE match_id = '%1' AND status = 'AVAILABLE' ORDER BY id LIMIT 1) RETURNING id")
                                                    .arg(id(m_match))).toString();
        QList<QUuid> held;
        const QUuid token = QUuid::createUuid();
        const SaleError e = SaleRepository(m_clerk1).holdQuantity(m_match, m_sector, 2, token, 10, &held);
        QCOMPARE(e.kind, SaleError::Kind::NotEnoughPlaces);
        QCOMPARE(e.placesLeft, 1);
        QVERIFY(SaleRepository(m_clerk1).holdQuantity(m_match, m_sector, 1, token, 10, &held).ok());
        QCOMPARE(held.size(), 1);
        QVERIFY(held.first() != QUuid::fromString(painted));
        QVERIFY(SaleRepository(m_clerk1).release(token).ok());
        must(m_admin, QStringLiteral("UPDATE match_seat_inventory SET price_category_id = NULL WHERE id = '%1'").arg(painted));
    }

    void numberedSectorIsRefused()
    {
        QList<QUuid> held;
        const QUuid token = QUuid::createUuid();
        SaleError e = SaleRepository(m_clerk1).holdQuantity(m_numberedMatch, m_numberedSector, 1, token, 10, &held);
        QCOMPARE(e.kind, SaleError::Kind::NotSoldByQuantity);
        QVERIFY2(e.message.contains(QLatin1String("numbered")), qPrintable(e.message));
        // A sector of another match's stadium is not part of this match.
        e = SaleRepository(m_clerk1).holdQuantity(m_numberedMatch, m_sector, 1, token, 10, &held);
        QCOMPARE(e.kind, SaleError::Kind::NotSoldByQuantity);
        QCOMPARE(reservedWith(token), 0);
        // The sector itself non-numbered (match numbered): sold by quantity.
        must(m_admin, QStringLiteral("UPDATE match_sectors SET is_numbered = false WHERE match_id = '%1'").arg(id(m_numberedMatch)));
        e = SaleRepository(m_clerk1).holdQuantity(m_numberedMatch, m_numberedSector, 2, token, 10, &held);
        QVERIFY2(e.ok(), qPrintable(e.detail));
        QCOMPARE(held.size(), 2);
        // A closed sector is not on sale.
        QVERIFY(SaleRepository(m_clerk1).release(token).ok());
        must(m_admin, QStringLiteral("UPDATE match_sectors SET status = 'CLOSED' WHERE match_id = '%1'").arg(id(m_numberedMatch)));
        e = SaleRepository(m_clerk1).holdQuantity(m_numberedMatch, m_numberedSector, 1, token, 10, &held);
        QCOMPARE(e.kind, SaleError::Kind::NotSoldByQuantity);
        must(m_admin, QStringLiteral("UPDATE match_sectors SET status = 'ACTIVE', is_numbered = true WHERE match_id = '%1'")
                          .arg(id(m_numberedMatch)));
        // Only box-office staff and admins may call it.
        QCOMPARE(must(m_admin, QStringLiteral("SELECT has_function_privilege('tribina_petrol',"
                                              " 'seats_hold_quantity(uuid,uuid,integer,uuid,integer)', 'EXECUTE')")).toBool(), false);
        QCOMPARE(must(m_admin, QStringLiteral("SELECT has_function_privilege('tribina_box_office',"
                                              " 'seats_hold_quantity(uuid,uuid,integer,uuid,integer)', 'EXECUTE')")).toBool(), true);
    }

    /// Two clerks on two threads ask for 2 of the last 3 places at the same moment, many times:
    /// never both get them, and never one place twice.
    void twoClerksRacingForTheLastPlacesNeverOverlap()
    {
        const int rounds = 25;
        int oneWon = 0;
        for (int round = 0; round < rounds; ++round) {
            leaveFree(m_match, 3);
            std::atomic<int> ready{0};
            struct Outcome { SaleError error; QList<QUuid> held; QUuid token; };
            Outcome out[2];
            auto clerk = [&](int n) {
                const QString name = QStringLiteral("qh_race_%1_%2").arg(n).arg(round);
                {
                    QSqlDatabase db = TestDatabase::connectAs(m_name, n == 0 ? m_login1 : m_login2, name,
                                                              QStringLiteral("secret"));
                    out[n].token = QUuid::createUuid();
                    ++ready;
                    while (ready.load() < 2)
                        QThread::yieldCurrentThread();
                    out[n].error = SaleRepository(db).holdQuantity(m_match, m_sector, 2, out[n].token, 10, &out[n].held);
                    db.close();
                }
                QSqlDatabase::removeDatabase(name);
            };
            std::unique_ptr<QThread> a(QThread::create(clerk, 0));
            std::unique_ptr<QThread> b(QThread::create(clerk, 1));
            a->start();
            b->start();
            QVERIFY(a->wait(30'000) && b->wait(30'000));
            const int won = int(out[0].error.ok()) + int(out[1].error.ok());
            QVERIFY2(won <= 1, "both clerks got two of the last three places");
            for (const Outcome &o : out) {
                if (o.error.ok()) {
                    QCOMPARE(o.held.size(), 2);
                    QCOMPARE(reservedWith(o.token), 2);
                } else {
                    QCOMPARE(o.error.kind, SaleError::Kind::NotEnoughPlaces);
                    QVERIFY(o.error.placesLeft < 2);
                    QCOMPARE(reservedWith(o.token), 0);
                }
            }
            oneWon += won;
        }
        QVERIFY2(oneWon >= rounds - 2, qPrintable(QStringLiteral("only %1 of %2 rounds had a winner").arg(oneWon).arg(rounds)));

        // Draining the sector one place at a time from two threads: every place once.
        leaveFree(m_match, 30);
        QList<QUuid> got[2];
        auto drain = [&](int n) {
            const QString name = QStringLiteral("qh_drain_%1").arg(n);
            {
                QSqlDatabase db = TestDatabase::connectAs(m_name, n == 0 ? m_login1 : m_login2, name, QStringLiteral("secret"));
                const QUuid token = QUuid::createUuid();
                for (;;) {
                    QList<QUuid> held;
                    const SaleError e = SaleRepository(db).holdQuantity(m_match, m_sector, 1, token, 10, &held);
                    if (!e.ok())
                        break;
                    got[n] += held;
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        };
        std::unique_ptr<QThread> a(QThread::create(drain, 0));
        std::unique_ptr<QThread> b(QThread::create(drain, 1));
        a->start();
        b->start();
        QVERIFY(a->wait(60'000) && b->wait(60'000));
        const QList<QUuid> all = got[0] + got[1];
        QCOMPARE(all.size(), 30);
        QCOMPARE(QSet<QUuid>(all.cbegin(), all.cend()).size(), 30);
        QCOMPARE(freeIn(m_match), 0);
    }

    void heldPlacesSellAsFreeSeating()
    {
        leaveFree(m_match, 30);
        QUuid shift;
        QVERIFY(SaleRepository(m_clerk1).openShift(Money(10000), QStringLiteral("ws-q"), &shift).ok());
        const QUuid token = QUuid::createUuid();
        QList<QUuid> held;
        QVERIFY(SaleRepository(m_clerk1).holdQuantity(m_match, m_sector, 2, token, 10, &held).ok());
        SaleRequest request;
        request.key = QUuid::createUuid();
        request.matchId = m_match;
        request.holdToken = token;
        request.inventoryIds = held;
        request.holders = {holder(QStringLiteral("Ana Horvat")), holder(QStringLiteral("Ivan Kovac"))};
        request.method = PaymentMethod::Cash;
        request.cashGiven = Money(10000);
        request.shiftId = shift;
        SaleReceipt receipt;
        const SaleError e = SaleRepository(m_clerk1).sell(request, &receipt);
        QVERIFY2(e.ok(), qPrintable(e.detail));
        QCOMPARE(receipt.tickets.size(), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE id = ANY ('%1') AND status = 'SOLD'")
                           .arg(SaleRepository::uuidArray(held))), 2);
        for (const PriceLine &line : receipt.tickets) {
            QVERIFY(held.contains(line.inventoryId));
            QCOMPARE(must(m_admin, QStringLiteral("SELECT placement FROM ticket_print_data WHERE ticket_id = '%1'")
                                       .arg(id(line.ticketId))).toString(), QStringLiteral("FREE_SEATING"));
            // The signed QR payload names the sector alone: no row, no seat.
            const auto payload = QrPayload::parse(line.qrPayload);
            QVERIFY2(payload.has_value(), qPrintable(line.qrPayload));
            QCOMPARE(payload->seatLabel, QStringLiteral("A"));
            QCOMPARE(must(m_admin, QStringLiteral("SELECT seat_label FROM ticket_print_data WHERE ticket_id = '%1'")
                                       .arg(id(line.ticketId))).toString(), QStringLiteral("A"));
        }
    }

    void cleanupTestCase()
    {
        m_clerk1.close();
        m_clerk2.close();
    }
};

QTEST_GUILESS_MAIN(TestQuantityHold)
#include "tst_quantityhold.moc"
