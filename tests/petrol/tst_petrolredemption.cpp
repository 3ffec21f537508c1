// Petrol PIN redemption against the real server (0011_petrol.sql through PetrolRepository):
// the whole flow, every refusal, the 20-minute expiry on the controllable clock, two attendants
// on one PIN, the lockouts (attendant, station, lifting), and what the petrol role may not do.

#include "petrol/petrolrepository.h"
#include "petrolfixture.h"
#include "printing/ticketrepository.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <optional>
#include <thread>

using namespace Tribina;

namespace {
const QString kDb = QStringLiteral("tribina_test_petrol");
QString pw() { return QStringLiteral("secret"); }
} // namespace

class TestPetrolRedemption : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void petrolRoleCannotReadPins();
    void wholeFlow();
    void refusals_data();
    void refusals();
    void reservationExpiresAfterTwentyMinutes();
    void twoAttendantsOnePin();
    void attendantLockoutAndLift();
    void stationLimitIgnoresSuccesses();
    void cancelReleasesSeatsAtOnce();
    void blacklistedHolderBlocksOnlyTheirTicket();
    void onePersonOneTicket();
    void nonDigitsAndMalformedPinsAreRefusedQuietly();

private:
    QSqlDatabase login(const QString &user);
    QString freshPin();

    QSqlDatabase m_db;
    std::optional<PetrolFixture> m_fx;
    int m_pinSerial = 20000;
};

QSqlDatabase TestPetrolRedemption::login(const QString &user)
{
    return TestDatabase::connectAs(kDb, user, QStringLiteral("conn-") + user, pw());
}

QString TestPetrolRedemption::freshPin()
{
    return QString::number(++m_pinSerial);
}

void TestPetrolRedemption::initTestCase()
{
    m_db = TestDatabase::fresh(kDb);
    m_fx.emplace(m_db, QStringLiteral("rd"), 4, 10, 24);
    QCOMPARE(m_fx->freePetrolSeats(), 24);
}

void TestPetrolRedemption::cleanup()
{
    m_fx->clearClock();
}

void TestPetrolRedemption::petrolRoleCannotReadPins()
{
    const QString user = m_fx->attendant(QStringLiteral("raw"), QStringLiteral("RAW"));
    QSqlDatabase db = login(user);
    QCOMPARE(TestDatabase::sqlState(db, QStringLiteral("SELECT * FROM petrol_pins")), QStringLiteral("42501"));
    QCOMPARE(TestDatabase::sqlState(db, QStringLiteral("SELECT count(*) FROM petrol_pins")), QStringLiteral("42501"));
    QCOMPARE(TestDatabase::sqlState(db, QStringLiteral("UPDATE petrol_pins SET status = 'ACTIVE'")), QStringLiteral("42501"));
    QCOMPARE(TestDatabase::sqlState(db, QStringLiteral("SELECT * FROM petrol_pin_attempts")), QStringLiteral("42501"));
    QCOMPARE(TestDatabase::sqlState(db, QStringLiteral("SELECT * FROM petrol_lockouts")), QStringLiteral("42501"));
    QCOMPARE(TestDatabase::sqlState(db, QStringLiteral("SELECT * FROM petrol_test_clock")), QStringLiteral("42501"));
    QCOMPARE(TestDatabase::sqlState(db, QStringLiteral("INSERT INTO petrol_test_clock VALUES (true, now())")),
             QStringLiteral("42501"));
    // A session setting cannot move the petrol clock either.
    QVERIFY(TestDatabase::sqlState(db, QStringLiteral("SET tribina.test_now = '2000-01-01'")).isEmpty());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT petrol_now() > now() - interval '1 hour'")) && q.next());
    QVERIFY(q.value(0).toBool());
    // Admin-only functions
    QCOMPARE(TestDatabase::sqlState(db, QStringLiteral("SELECT * FROM petrol_lockouts_active()")), QStringLiteral("42501"));
    QCOMPARE(TestDatabase::sqlState(db, QStringLiteral("SELECT petrol_lockout_lift(gen_random_uuid(), 'x')")),
             QStringLiteral("42501"));
    db.close();
}

void TestPetrolRedemption::wholeFlow()
{
    const QString user = m_fx->attendant(QStringLiteral("flow"), QStringLiteral("FLOW"));
    const QString pin = freshPin();
    const QJsonArray holders = PetrolFixture::holders(2, QStringLiteral("Kovač"));
    m_fx->addPin(pin, holders);
    const int freeBefore = m_fx->freePetrolSeats();
    QSqlDatabase db = login(user);
    PetrolRepository repo(db);

    const PinLookup found = repo.lookupPin(pin, m_fx->match());
    QVERIFY2(found.outcome.ok(), qPrintable(found.outcome.error()));
    QCOMPARE(found.status, PetrolStatus::Ok);
    QCOMPARE(found.quantity, 2);
    QCOMPARE(found.matchId, m_fx->match());
    QCOMPARE(found.holders.size(), 2);
    QCOMPARE(found.holders.at(0).fullName, QStringLiteral("Ivan Kovač"));
    const QString oib = holders.at(0).toObject().value(QStringLiteral("oib")).toString();
    QCOMPARE(found.holders.at(0).idMasked, QStringLiteral("*******") + oib.right(4));
    QVERIFY(!found.holders.at(0).idMasked.contains(oib.left(7)));
    QVERIFY(found.expiresAt > found.serverNow);

    const PetrolReservation reserved = repo.reserveBest(found.pinId, found.matchId, found.quantity);
    QVERIFY2(reserved.outcome.ok(), qPrintable(reserved.outcome.error()));
    QCOMPARE(reserved.status, PetrolStatus::Ok);
    QCOMPARE(reserved.seats.size(), 2);
    QCOMPARE(reserved.serverNow.secsTo(reserved.expiresAt), 20 * 60);
    QCOMPARE(m_fx->freePetrolSeats(), freeBefore - 2);

    const IdentityCheck identity = repo.verifyIdentity(reserved.reservationId, QStringLiteral("ID_CARD"));
    QCOMPARE(identity.status, PetrolStatus::Ok);
    QCOMPARE(identity.blockedCount(), 0);

    const PetrolQuote quote = repo.quote(reserved.reservationId);
    QVERIFY(quote.outcome.ok());
    QCOMPARE(quote.lines.size(), 2);
    // 45,00 € + 6 % fee 2,70 € per ticket (0007's pricing, the counter's)
    QCOMPARE(quote.total().cents(), qint64(2 * 4770));
    // Adjacent seats from the snake (same row, neighbouring numbers)
    QCOMPARE(quote.lines.at(0).rowLabel, quote.lines.at(1).rowLabel);
    QCOMPARE(qAbs(quote.lines.at(0).seatLabel.toInt() - quote.lines.at(1).seatLabel.toInt()), 1);

    QCOMPARE(repo.complete(QUuid::createUuid(), reserved.reservationId, PetrolPayment::Card, QString()).status,
             PetrolStatus::BadPayment);
    const QUuid key = QUuid::createUuid();
    const PetrolCompletion done = repo.complete(key, reserved.reservationId, PetrolPayment::Card, QStringLiteral("POS-778"));
    QVERIFY2(done.outcome.ok(), qPrintable(done.outcome.error()));
    QCOMPARE(done.status, PetrolStatus::Completed);
    QCOMPARE(done.barcodes.size(), 2);
    QCOMPARE(done.total.cents(), qint64(9540));
    QVERIFY(!done.replayed);

    const PetrolCompletion again = repo.complete(key, reserved.reservationId, PetrolPayment::Card, QStringLiteral("POS-778"));
    QCOMPARE(again.status, PetrolStatus::Completed);
    QVERIFY(again.replayed);
    QCOMPARE(again.orderId, done.orderId);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM orders WHERE idempotency_key = ?::uuid"),
                          {key.toString(QUuid::WithoutBraces)}).toInt(), 1);

    // Everything the transaction wrote
    const QString order = done.orderId.toString(QUuid::WithoutBraces);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT status::text FROM orders WHERE id = ?::uuid"), {order}).toString(),
             QStringLiteral("COMPLETED"));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT payment_reference FROM petrol_sales WHERE order_id = ?::uuid"), {order})
                 .toString(), QStringLiteral("POS-778"));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ?::uuid AND method = 'CARD'"
                                         " AND status = 'SUCCEEDED'"), {order}).toInt(), 1);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT status::text FROM petrol_pins WHERE pin = ?"), {pin}).toString(),
             QStringLiteral("USED"));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT status::text FROM petrol_reservations WHERE id = ?::uuid"),
                          {reserved.reservationId.toString(QUuid::WithoutBraces)}).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'petrol'"
                                         " AND entity_id = ?::uuid AND actor_login = ?"), {order, user}).toInt(), 1);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM quota_seats WHERE status = 'SOLD' AND ticket_id IN"
                                         " (SELECT id FROM tickets WHERE order_id = ?::uuid)"), {order}).toInt(), 2);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM ticket_holders h JOIN tickets t ON t.id = h.ticket_id"
                                         " WHERE t.order_id = ?::uuid AND h.oib_hash = pii_hash(?)"), {order, oib}).toInt(), 1);
    QCOMPARE(m_fx->freePetrolSeats(), freeBefore - 2);

    // The tickets print from the database's view
    QList<TicketData> tickets;
    QVERIFY(repo.tickets(done.barcodes, &tickets).ok());
    QCOMPARE(tickets.size(), 2);
    QVERIFY(tickets.at(0).qrPayload.startsWith(QStringLiteral("HNS1.")));

    // The PIN cannot be redeemed twice
    QCOMPARE(repo.lookupPin(pin, m_fx->match()).status, PetrolStatus::Used);
    db.close();
}

void TestPetrolRedemption::refusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    QTest::newRow("unknown") << "unknown" << int(PetrolStatus::Unknown);
    QTest::newRow("used") << "used" << int(PetrolStatus::Used);
    QTest::newRow("expired") << "expired" << int(PetrolStatus::Expired);
    QTest::newRow("active past expires_at") << "past" << int(PetrolStatus::Expired);
    QTest::newRow("cancelled") << "cancelled" << int(PetrolStatus::Cancelled);
    QTest::newRow("another match") << "wrongmatch" << int(PetrolStatus::WrongMatch);
    QTest::newRow("sale closed") << "closed" << int(PetrolStatus::SaleClosed);
    QTest::newRow("kicked off") << "kickedoff" << int(PetrolStatus::SaleClosed);
}

void TestPetrolRedemption::refusals()
{
    QFETCH(QString, kind);
    QFETCH(int, expected);
    const QString user = m_fx->attendant(QStringLiteral("ref") + QString::number(m_pinSerial),
                                         QStringLiteral("REF-") + QString::number(m_pinSerial));
    const QString pin = freshPin();
    QUuid lookupMatch = m_fx->match();
    if (kind == QLatin1String("used"))
        m_fx->addPin(pin, PetrolFixture::holders(1), 3600, QStringLiteral("USED"));
    else if (kind == QLatin1String("expired"))
        m_fx->addPin(pin, PetrolFixture::holders(1), -3600, QStringLiteral("EXPIRED"));
    else if (kind == QLatin1String("past"))
        m_fx->addPin(pin, PetrolFixture::holders(1), -1, QStringLiteral("ACTIVE"));
    else if (kind == QLatin1String("cancelled"))
        m_fx->addPin(pin, PetrolFixture::holders(1), 3600, QStringLiteral("CANCELLED"));
    else if (kind == QLatin1String("wrongmatch"))
        m_fx->addPin(pin, PetrolFixture::holders(1), 3600, QStringLiteral("ACTIVE"),
                     m_fx->addMatch(QStringLiteral("PUBLISHED"), QDateTime::currentDateTimeUtc().addDays(9)));
    else if (kind == QLatin1String("closed"))
        lookupMatch = {}, m_fx->addPin(pin, PetrolFixture::holders(1), 3600, QStringLiteral("ACTIVE"),
                                       m_fx->addMatch(QStringLiteral("CLOSED"), QDateTime::currentDateTimeUtc().addDays(9)));
    else if (kind == QLatin1String("kickedoff"))
        lookupMatch = {}, m_fx->addPin(pin, PetrolFixture::holders(1), 3600, QStringLiteral("ACTIVE"),
                                       m_fx->addMatch(QStringLiteral("PUBLISHED"), QDateTime::currentDateTimeUtc().addSecs(-60)));

    QSqlDatabase db = login(user);
    const PinLookup result = PetrolRepository(db).lookupPin(pin, lookupMatch);
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.error()));
    QCOMPARE(int(result.status), expected);
    // Nothing about the PIN leaks with a refusal
    QVERIFY(result.pinId.isNull());
    QVERIFY(result.holders.isEmpty());
    QVERIFY(!petrolStatusText(result.status).isEmpty());
    // Every failed look-up is recorded, per attendant and station, without the PIN
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM petrol_pin_attempts a JOIN staff_accounts s"
                                         " ON s.user_id = a.staff_id WHERE s.login_role = ? AND a.is_failure"
                                         " AND a.station_id = s.petrol_station_id"), {user}).toInt(), 1);
    db.close();
}

void TestPetrolRedemption::reservationExpiresAfterTwentyMinutes()
{
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(60);
    m_fx->setClock(t0);
    const QString user = m_fx->attendant(QStringLiteral("exp"), QStringLiteral("EXP"));
    const QString pin = freshPin();
    m_fx->addPin(pin, PetrolFixture::holders(3));
    const int freeBefore = m_fx->freePetrolSeats();
    QSqlDatabase db = login(user);
    PetrolRepository repo(db);
    const PinLookup found = repo.lookupPin(pin, m_fx->match());
    QCOMPARE(found.status, PetrolStatus::Ok);
    QCOMPARE(found.serverNow, t0);
    const PetrolReservation reserved = repo.reserveBest(found.pinId, found.matchId, 3);
    QCOMPARE(reserved.status, PetrolStatus::Ok);
    QCOMPARE(reserved.expiresAt, t0.addSecs(20 * 60));
    QCOMPARE(m_fx->freePetrolSeats(), freeBefore - 3);

    // 19 minutes later it still holds
    m_fx->setClock(t0.addSecs(19 * 60));
    QCOMPARE(repo.verifyIdentity(reserved.reservationId, QStringLiteral("PASSPORT")).status, PetrolStatus::Ok);
    // No extension: the deadline did not move
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT expires_at FROM petrol_reservations WHERE id = ?::uuid"),
                          {reserved.reservationId.toString(QUuid::WithoutBraces)}).toDateTime(), t0.addSecs(20 * 60));

    // 20 minutes: gone. The step says so, the seats are back, the PIN is EXPIRED.
    m_fx->setClock(t0.addSecs(20 * 60));
    const PetrolCompletion late = repo.complete(QUuid::createUuid(), reserved.reservationId, PetrolPayment::Cash, {});
    QCOMPARE(late.status, PetrolStatus::Expired);
    QCOMPARE(m_fx->freePetrolSeats(), freeBefore);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT status::text FROM petrol_pins WHERE pin = ?"), {pin}).toString(),
             QStringLiteral("EXPIRED"));
    QCOMPARE(repo.lookupPin(pin, m_fx->match()).status, PetrolStatus::Expired);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM orders o JOIN petrol_sales s ON s.order_id = o.id"
                                         " WHERE s.reservation_id = ?::uuid"),
                          {reserved.reservationId.toString(QUuid::WithoutBraces)}).toInt(), 0);

    // The sweeper does the same for a reservation nobody touches again
    const QString pin2 = freshPin();
    m_fx->addPin(pin2, PetrolFixture::holders(1));
    const PinLookup found2 = repo.lookupPin(pin2, m_fx->match());
    const PetrolReservation r2 = repo.reserveBest(found2.pinId, found2.matchId, 1);
    QCOMPARE(r2.status, PetrolStatus::Ok);
    m_fx->setClock(t0.addSecs(45 * 60));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT petrol_sweep_expired()")).toInt(), 1);
    QCOMPARE(m_fx->freePetrolSeats(), freeBefore);
    db.close();
}

void TestPetrolRedemption::twoAttendantsOnePin()
{
    const QString a = m_fx->attendant(QStringLiteral("twin_a"), QStringLiteral("TWIN-A"));
    const QString b = m_fx->attendant(QStringLiteral("twin_b"), QStringLiteral("TWIN-B"));
    const QString pin = freshPin();
    const QUuid pinId = m_fx->addPin(pin, PetrolFixture::holders(2));
    const int freeBefore = m_fx->freePetrolSeats();

    // Both have looked the PIN up and propose seats; a third session holds the PIN row so both
    // calls are in flight at the same moment, then lets go.
    QSqlDatabase blocker = TestDatabase::connectAs(kDb, QStringLiteral("postgres"), QStringLiteral("blocker"));
    QSqlQuery lock(blocker);
    QVERIFY(blocker.transaction());
    QVERIFY(lock.exec(QStringLiteral("SELECT 1 FROM petrol_pins WHERE id = '%1' FOR UPDATE")
                          .arg(pinId.toString(QUuid::WithoutBraces))));

    std::atomic<int> started = 0;
    PetrolReservation results[2];
    auto redeem = [&](int i, const QString &user) {
        const QString name = QStringLiteral("twin-%1").arg(i);
        {
            QSqlDatabase db = TestDatabase::connectAs(kDb, user, name, pw());
            PetrolRepository repo(db);
            const PinLookup found = repo.lookupPin(pin, m_fx->match());
            ++started;
            results[i] = repo.reserveBest(found.pinId, found.matchId, found.quantity);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    };
    std::thread t1(redeem, 0, a);
    std::thread t2(redeem, 1, b);
    QTRY_COMPARE_WITH_TIMEOUT(started.load(), 2, 10000);
    // Both reserve calls are now waiting on the PIN row lock
    QTRY_VERIFY_WITH_TIMEOUT(m_fx->scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity"
                                                         " WHERE wait_event_type = 'Lock' AND usename IN (?, ?)"), {a, b})
                                 .toInt() == 2, 10000);
    QVERIFY(blocker.commit());
    t1.join();
    t2.join();
    blocker.close();

    const int ok = int(results[0].status == PetrolStatus::Ok) + int(results[1].status == PetrolStatus::Ok);
    const int refused = int(results[0].status == PetrolStatus::InProgress) + int(results[1].status == PetrolStatus::InProgress);
    QCOMPARE(ok, 1);
    QCOMPARE(refused, 1);
    QCOMPARE(m_fx->freePetrolSeats(), freeBefore - 2);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM petrol_reservations WHERE pin_id = ?::uuid"),
                          {pinId.toString(QUuid::WithoutBraces)}).toInt(), 1);
}

void TestPetrolRedemption::attendantLockoutAndLift()
{
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(120);
    m_fx->setClock(t0);
    const QString user = m_fx->attendant(QStringLiteral("guess"), QStringLiteral("GUESS"));
    const QString good = freshPin();
    m_fx->addPin(good, PetrolFixture::holders(1), 3 * 3600);
    QSqlDatabase db = login(user);
    PetrolRepository repo(db);

    // A scripted guesser: wrong PINs until refused
    int failures = 0;
    PinLookup last;
    for (int guess = 90000; guess < 90100; ++guess) {
        last = repo.lookupPin(QString::number(guess), m_fx->match());
        QVERIFY(last.outcome.ok());
        if (last.status == PetrolStatus::LockedOut)
            break;
        QCOMPARE(last.status, PetrolStatus::Unknown);
        ++failures;
    }
    QCOMPARE(failures, 5);
    QCOMPARE(last.lockedUntil, t0.addSecs(15 * 60));
    QVERIFY(petrolStatusText(last.status, last.lockedUntil).contains(
        last.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
    // Even the right PIN is refused while locked out, and that does not extend the lockout
    QCOMPARE(repo.lookupPin(good, m_fx->match()).status, PetrolStatus::LockedOut);

    // 14 minutes on: still locked; 15: free again
    m_fx->setClock(t0.addSecs(14 * 60));
    QCOMPARE(repo.lookupPin(good, m_fx->match()).status, PetrolStatus::LockedOut);
    m_fx->setClock(t0.addSecs(15 * 60 + 1));
    QCOMPARE(repo.lookupPin(good, m_fx->match()).status, PetrolStatus::Ok);

    db.close();

    // Failures older than 10 minutes do not count: 4 now, 4 eleven minutes later → not locked.
    // (Another attendant at another station: the first one's station has 5 failures already.)
    const QString user2 = m_fx->attendant(QStringLiteral("guess2"), QStringLiteral("GUESS2"));
    db = login(user2);
    repo = PetrolRepository(db);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(repo.lookupPin(QString::number(91000 + i), m_fx->match()).status, PetrolStatus::Unknown);
    m_fx->setClock(t0.addSecs(26 * 60 + 2));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(repo.lookupPin(QString::number(91100 + i), m_fx->match()).status, PetrolStatus::Unknown);
    QCOMPARE(repo.lookupPin(good, m_fx->match()).status, PetrolStatus::Ok);
    // The fifth within ten minutes locks
    const PinLookup fifth = repo.lookupPin(QStringLiteral("91200"), m_fx->match());
    QCOMPARE(fifth.status, PetrolStatus::Unknown);
    QVERIFY(fifth.lockedUntil.isValid());
    QCOMPARE(repo.lookupPin(good, m_fx->match()).status, PetrolStatus::LockedOut);

    // An administrator sees it and lifts it
    QSqlDatabase admin = login(m_fx->adminLogin());
    PetrolRepository adminRepo(admin);
    QList<PetrolLockout> lockouts;
    QVERIFY(adminRepo.activeLockouts(&lockouts).ok());
    auto mine = std::find_if(lockouts.cbegin(), lockouts.cend(),
                             [&](const PetrolLockout &l) { return l.staffLogin == user2; });
    QVERIFY(mine != lockouts.cend());
    QCOMPARE(mine->scope, QStringLiteral("ATTENDANT"));
    QCOMPARE(mine->stationCode, QStringLiteral("GUESS2"));
    QCOMPARE(mine->failures, 5);
    bool lifted = false;
    QVERIFY(adminRepo.liftLockout(mine->id, QStringLiteral("checked with the attendant"), &lifted).ok());
    QVERIFY(lifted);
    QVERIFY(adminRepo.liftLockout(mine->id, QString(), &lifted).ok());
    QVERIFY(!lifted); // already lifted
    QCOMPARE(repo.lookupPin(good, m_fx->match()).status, PetrolStatus::Ok);
    // Lifting the attendant's lockout does not reset their station's count: this is its 10th
    // failure within the hour, so now the station is locked.
    const PinLookup tenth = repo.lookupPin(QStringLiteral("91300"), m_fx->match());
    QCOMPARE(tenth.status, PetrolStatus::Unknown);
    QCOMPARE(tenth.lockedUntil, t0.addSecs(26 * 60 + 2 + 60 * 60));
    QCOMPARE(repo.lookupPin(good, m_fx->match()).status, PetrolStatus::LockedOut);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'petrol'"
                                         " AND entity_id = ?::uuid"), {mine->id.toString(QUuid::WithoutBraces)}).toInt(), 1);
    admin.close();
    db.close();
}

void TestPetrolRedemption::stationLimitIgnoresSuccesses()
{
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(180);
    m_fx->setClock(t0);
    const QString a = m_fx->attendant(QStringLiteral("st_a"), QStringLiteral("STATION-X"));
    const QString b = m_fx->attendant(QStringLiteral("st_b"), QStringLiteral("STATION-X"));
    const QString c = m_fx->attendant(QStringLiteral("st_c"), QStringLiteral("STATION-X"));
    const QString other = m_fx->attendant(QStringLiteral("st_o"), QStringLiteral("STATION-Y"));
    const QString good = freshPin();
    m_fx->addPin(good, PetrolFixture::holders(1), 3 * 3600);
    QSqlDatabase da = login(a), db = login(b), dc = login(c), dother = login(other);
    PetrolRepository ra(da), rb(db), rc(dc), rother(dother);

    // 4 failures by a, a success by c, 4 by b, a success by c, 1 more by c: the tenth failure
    // at the station locks all of it, though no attendant reached their own 5.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(ra.lookupPin(QString::number(92000 + i), m_fx->match()).status, PetrolStatus::Unknown);
    QCOMPARE(rc.lookupPin(good, m_fx->match()).status, PetrolStatus::Ok);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(rb.lookupPin(QString::number(92100 + i), m_fx->match()).status, PetrolStatus::Unknown);
    QCOMPARE(rc.lookupPin(good, m_fx->match()).status, PetrolStatus::Ok);
    QCOMPARE(rc.lookupPin(QStringLiteral("92200"), m_fx->match()).status, PetrolStatus::Unknown);
    m_fx->setClock(t0.addSecs(30));
    QCOMPARE(rc.lookupPin(good, m_fx->match()).status, PetrolStatus::Ok); // 9 failures so far
    const PinLookup tenth = rc.lookupPin(QStringLiteral("92201"), m_fx->match());
    QCOMPARE(tenth.status, PetrolStatus::Unknown);
    QCOMPARE(tenth.lockedUntil, t0.addSecs(30 + 60 * 60));

    for (PetrolRepository *r : {&ra, &rb, &rc}) {
        const PinLookup refused = r->lookupPin(good, m_fx->match());
        QCOMPARE(refused.status, PetrolStatus::LockedOut);
        QCOMPARE(refused.lockedUntil, t0.addSecs(30 + 60 * 60));
    }
    // Another station is not affected
    QCOMPARE(rother.lookupPin(good, m_fx->match()).status, PetrolStatus::Ok);

    // Lifting the station lockout
    QSqlDatabase admin = login(m_fx->adminLogin());
    QList<PetrolLockout> lockouts;
    QVERIFY(PetrolRepository(admin).activeLockouts(&lockouts).ok());
    auto station = std::find_if(lockouts.cbegin(), lockouts.cend(), [](const PetrolLockout &l) {
        return l.scope == QLatin1String("STATION") && l.stationCode == QLatin1String("STATION-X");
    });
    QVERIFY(station != lockouts.cend());
    QCOMPARE(station->failures, 10);
    QVERIFY(PetrolRepository(admin).liftLockout(station->id, QStringLiteral("test")).ok());
    QCOMPARE(rb.lookupPin(good, m_fx->match()).status, PetrolStatus::Ok);
    admin.close();
    da.close(), db.close(), dc.close(), dother.close();
}

void TestPetrolRedemption::cancelReleasesSeatsAtOnce()
{
    const QString user = m_fx->attendant(QStringLiteral("cancel"), QStringLiteral("CANCEL"));
    const QString pin = freshPin();
    m_fx->addPin(pin, PetrolFixture::holders(2));
    const int freeBefore = m_fx->freePetrolSeats();
    QSqlDatabase db = login(user);
    PetrolRepository repo(db);
    const PinLookup found = repo.lookupPin(pin, m_fx->match());
    const PetrolReservation reserved = repo.reserveBest(found.pinId, found.matchId, 2);
    QCOMPARE(reserved.status, PetrolStatus::Ok);
    QCOMPARE(m_fx->freePetrolSeats(), freeBefore - 2);
    // The same attendant looking it up again resumes the reservation instead of a second one
    QCOMPARE(repo.reserveBest(found.pinId, found.matchId, 2).status, PetrolStatus::Resumed);

    QCOMPARE(repo.cancel(reserved.reservationId, QStringLiteral("  ")), PetrolStatus::NeedReason);
    QCOMPARE(repo.cancel(reserved.reservationId, QStringLiteral("customer left")), PetrolStatus::Ok);
    QCOMPARE(m_fx->freePetrolSeats(), freeBefore);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT cancellation_reason FROM petrol_reservations WHERE id = ?::uuid"),
                          {reserved.reservationId.toString(QUuid::WithoutBraces)}).toString(),
             QStringLiteral("customer left"));
    QCOMPARE(repo.cancel(reserved.reservationId, QStringLiteral("again")), PetrolStatus::Cancelled);
    QCOMPARE(repo.verifyIdentity(reserved.reservationId, QStringLiteral("ID_CARD")).status, PetrolStatus::Cancelled);
    // The PIN stays valid: the fan may come back
    QCOMPARE(repo.lookupPin(pin, m_fx->match()).status, PetrolStatus::Ok);

    // Another attendant cannot see or cancel somebody else's reservation
    const PetrolReservation again = repo.reserveBest(found.pinId, found.matchId, 2);
    QCOMPARE(again.status, PetrolStatus::Ok);
    const QString other = m_fx->attendant(QStringLiteral("cancel2"), QStringLiteral("CANCEL"));
    QSqlDatabase odb = login(other);
    QCOMPARE(PetrolRepository(odb).cancel(again.reservationId, QStringLiteral("mine now")), PetrolStatus::Unknown);
    QCOMPARE(PetrolRepository(odb).quote(again.reservationId).lines.size(), 0);
    QCOMPARE(repo.cancel(again.reservationId, QStringLiteral("done")), PetrolStatus::Ok);
    odb.close();
    db.close();
}

void TestPetrolRedemption::blacklistedHolderBlocksOnlyTheirTicket()
{
    const QString user = m_fx->attendant(QStringLiteral("black"), QStringLiteral("BLACK"));
    const QString pin = freshPin();
    const QJsonArray holders = PetrolFixture::holders(2, QStringLiteral("Babić"));
    const QString banned = holders.at(1).toObject().value(QStringLiteral("oib")).toString();
    m_fx->scalar(QStringLiteral("INSERT INTO blacklist (oib, first_name, last_name, created_by)"
                                " VALUES (?, 'Ana', 'Babić', (SELECT user_id FROM staff_accounts WHERE login_role = ?))"),
                 {banned, m_fx->adminLogin()});
    m_fx->addPin(pin, holders);
    const int freeBefore = m_fx->freePetrolSeats();
    QSqlDatabase db = login(user);
    PetrolRepository repo(db);
    const PinLookup found = repo.lookupPin(pin, m_fx->match());
    const PetrolReservation reserved = repo.reserveBest(found.pinId, found.matchId, 2);
    const int violationsBefore = m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'violation'")).toInt();
    QCOMPARE(repo.complete(QUuid::createUuid(), reserved.reservationId, PetrolPayment::Cash, {}).status,
             PetrolStatus::NotVerified);
    const IdentityCheck identity = repo.verifyIdentity(reserved.reservationId, QStringLiteral("ID_CARD"));
    QCOMPARE(identity.status, PetrolStatus::Ok);
    QCOMPARE(identity.holders.at(0).check, QStringLiteral("OK"));
    QCOMPARE(identity.holders.at(1).check, QStringLiteral("BLACKLISTED"));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_outbox WHERE audit_type = 'violation'")).toInt(),
             violationsBefore + 1);
    // The blocked holder's seat went back at once; the quote and the sale cover one ticket
    QCOMPARE(m_fx->freePetrolSeats(), freeBefore - 1);
    QCOMPARE(repo.quote(reserved.reservationId).lines.size(), 1);
    const PetrolCompletion done = repo.complete(QUuid::createUuid(), reserved.reservationId, PetrolPayment::Cash, {});
    QCOMPARE(done.status, PetrolStatus::Completed);
    QCOMPARE(done.barcodes.size(), 1);
    QCOMPARE(done.total.cents(), qint64(4770));
    db.close();
}

void TestPetrolRedemption::onePersonOneTicket()
{
    const QString user = m_fx->attendant(QStringLiteral("dup"), QStringLiteral("DUP"));
    QSqlDatabase db = login(user);
    PetrolRepository repo(db);
    // First PIN sells a ticket to Ivan
    const QJsonArray first = PetrolFixture::holders(1, QStringLiteral("Perić"));
    const QString pin1 = freshPin();
    m_fx->addPin(pin1, first);
    PinLookup found = repo.lookupPin(pin1, m_fx->match());
    PetrolReservation r = repo.reserveBest(found.pinId, found.matchId, 1);
    QCOMPARE(repo.verifyIdentity(r.reservationId, QStringLiteral("ID_CARD")).status, PetrolStatus::Ok);
    QCOMPARE(repo.complete(QUuid::createUuid(), r.reservationId, PetrolPayment::Cash, {}).status, PetrolStatus::Completed);

    // A second PIN names Ivan again (and a newcomer, and the newcomer twice)
    QJsonArray second = PetrolFixture::holders(2, QStringLiteral("Perić"));
    second[0] = first.at(0);
    second.append(second.at(1));
    const QString pin2 = freshPin();
    m_fx->addPin(pin2, second);
    found = repo.lookupPin(pin2, m_fx->match());
    r = repo.reserveBest(found.pinId, found.matchId, 3);
    QCOMPARE(r.status, PetrolStatus::Ok);
    const IdentityCheck identity = repo.verifyIdentity(r.reservationId, QStringLiteral("ID_CARD"));
    QCOMPARE(identity.holders.at(0).check, QStringLiteral("HAS_TICKET"));
    QCOMPARE(identity.holders.at(1).check, QStringLiteral("OK"));
    QCOMPARE(identity.holders.at(2).check, QStringLiteral("DUPLICATE"));
    const PetrolCompletion done = repo.complete(QUuid::createUuid(), r.reservationId, PetrolPayment::Cash, {});
    QCOMPARE(done.status, PetrolStatus::Completed);
    QCOMPARE(done.barcodes.size(), 1);
    db.close();
}

void TestPetrolRedemption::nonDigitsAndMalformedPinsAreRefusedQuietly()
{
    const QString user = m_fx->attendant(QStringLiteral("odd"), QStringLiteral("ODD"));
    QSqlDatabase db = login(user);
    PetrolRepository repo(db);
    for (const QString &pin : {QStringLiteral("1234"), QStringLiteral("12a45"), QStringLiteral("'; DROP TABLE x; --")}) {
        const PinLookup result = repo.lookupPin(pin, m_fx->match());
        QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.error()));
        QCOMPARE(result.status, PetrolStatus::Unknown);
    }
    db.close();
}

QTEST_GUILESS_MAIN(TestPetrolRedemption)
#include "tst_petrolredemption.moc"
