#include "printing/barcodegenerator.h"
#include "printing/qrpayload.h"
#include "printing/ticketrepository.h"
#include "printing/ticketverifier.h"
#include "testdatabase.h"
#include "ticketseed.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Tribina;

/// Ticket codes against the real server: the database signs (ticket_qr_sign) exactly what the
/// C++ side verifies, keys stay with admins and support, collisions are retried inside the
/// caller's transaction, and the print data comes out as the ticket shows it.
class TestTicketRepository : public QObject
{
    Q_OBJECT

    const QString m_db = QStringLiteral("ticketrepository");
    const QString m_suffix = QString::number(QCoreApplication::applicationPid());
    TicketSeed::Seeded m_seed;

    QString loginOf(const QString &group) const { return QStringLiteral("tr_%1_%2").arg(group, m_suffix); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_db); }
    QSqlDatabase as(const QString &group)
    {
        const QString name = QStringLiteral("tr_as_") + group;
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        return TestDatabase::connectAs(m_db, loginOf(group), name, QStringLiteral("secret"));
    }
    QString storedPayload(const QUuid &ticket)
    {
        QSqlDatabase d = db();
        return TicketSeed::exec(d, QStringLiteral("SELECT qr_code_data FROM tickets WHERE id = ?"), {ticket}).toString();
    }

private slots:
    void initTestCase()
    {
        QSqlDatabase d = TestDatabase::fresh(m_db);
        for (const char *group : {"admin", "box_office", "petrol", "support", "reporting"})
            TestDatabase::addStaff(d, loginOf(QLatin1String(group)), QStringLiteral("tribina_") + QLatin1String(group));
        m_seed = TicketSeed::seed(d);
    }

    void serverSignsWhatTheClientVerifies()
    {
        TicketRepository repository(db());
        TicketRepository::IssuedCodes codes;
        const Outcome issued = repository.issueCodes(m_seed.seatedTicket, &codes);
        QVERIFY2(issued, qPrintable(issued.error()));
        QVERIFY(BarcodeGenerator::isValid(codes.barcode));
        QCOMPARE(codes.attempts, 1);
        QCOMPARE(storedPayload(m_seed.seatedTicket), codes.qrPayload);

        QByteArray key;
        QVERIFY(repository.matchKey(m_seed.match, &key));
        QCOMPARE(key.size(), 32);
        // Two implementations of one format, byte for byte: SQL's payload is C++'s.
        QCOMPARE(codes.qrPayload,
                 QrPayload::sign(key, codes.barcode, m_seed.match, QStringLiteral("ZAPAD-Č-12-27")).toString());
        QVERIFY(codes.qrPayload.contains(QLatin1String(".ZAPAD-%C4%8C-12-27.")));
        const TicketVerifier::Result verdict = TicketVerifier::verify(codes.qrPayload, key, m_seed.match);
        QCOMPARE(verdict.status, TicketVerifier::Status::Ok);
        // The other match's key does not verify it, and its gate calls it another match's.
        QByteArray otherKey;
        QVERIFY(repository.matchKey(m_seed.otherMatch, &otherKey));
        QVERIFY(otherKey != key);
        QCOMPARE(TicketVerifier::verify(codes.qrPayload, otherKey, m_seed.otherMatch).status,
                 TicketVerifier::Status::WrongMatch);
        QCOMPARE(TicketVerifier::verify(codes.qrPayload, otherKey).status, TicketVerifier::Status::BadSignature);
    }

    void standingLabelIsTheSector()
    {
        TicketRepository repository(db());
        TicketRepository::IssuedCodes codes;
        QVERIFY(repository.issueCodes(m_seed.standingTicket, &codes));
        QCOMPARE(QrPayload::parse(codes.qrPayload)->seatLabel, QStringLiteral("SJEVER"));
        TicketData ticket;
        QVERIFY(repository.load(codes.barcode, &ticket));
        QCOMPARE(ticket.placement, TicketData::Placement::Standing);
    }

    void loadsWhatTheTicketShows()
    {
        TicketRepository repository(db());
        TicketRepository::IssuedCodes codes;
        QVERIFY(repository.issueCodes(m_seed.seatedTicket, &codes));
        TicketData t;
        QString status;
        const Outcome loaded = repository.load(codes.barcode, &t, &status);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(status, QStringLiteral("SOLD"));
        QCOMPARE(t.ticketId, m_seed.seatedTicket);
        QCOMPARE(t.matchId, m_seed.match);
        QCOMPARE(t.barcode, codes.barcode);
        QCOMPARE(t.qrPayload, codes.qrPayload);
        QCOMPARE(t.homeTeam, QStringLiteral("GNK Dinamo Zagreb"));
        QCOMPARE(t.awayTeam, QStringLiteral("HNK Šibenik"));
        QCOMPARE(t.competition, QStringLiteral("SuperSport HNL · 14. kolo"));
        QCOMPARE(t.kickOff, QDateTime(QDate(2025, 11, 15), QTime(20, 45))); // 19:45 UTC is 20:45 in Zagreb
        QCOMPARE(t.venueName, QStringLiteral("Stadion Maksimir"));
        QCOMPARE(t.venueCity, QStringLiteral("Zagreb"));
        QCOMPARE(t.sectorCode, QStringLiteral("ZAPAD-Č"));
        QCOMPARE(t.sectorName, QStringLiteral("Zapadna tribina – čelni dio"));
        QCOMPARE(t.placement, TicketData::Placement::Seat);
        QCOMPARE(t.row, QStringLiteral("12"));
        QCOMPARE(t.seat, QStringLiteral("27"));
        QCOMPARE(t.priceCategory, QStringLiteral("Kategorija 1"));
        QCOMPARE(t.priceCents, qint64(4500));
        QCOMPARE(t.feeCents, qint64(270));
        QCOMPARE(t.vatRateHundredths, 500);
        QCOMPARE(t.vatCents, qint64(214)); // round_half_up(45.00 × 5 / 105) = 2.14
        QCOMPARE(t.currency, QStringLiteral("EUR"));
        QCOMPARE(t.orderNumber, QStringLiteral("HNS-2025-004217"));
        QCOMPARE(t.holderName, QStringLiteral("Đurđica Čačić-Šimunović Žužić"));
        QVERIFY(!repository.load(QStringLiteral("12345678901230"), &t));
    }

    void collisionIsRetriedInsideTheCallersTransaction()
    {
        // The first barcode a seeded generator draws is given to another ticket beforehand.
        QRandomGenerator first(7), second(7);
        const QString taken = BarcodeGenerator(&first).next();
        QSqlDatabase d = db();
        TicketSeed::exec(d, QStringLiteral("UPDATE tickets SET barcode = ? WHERE id = ?"), {taken, m_seed.spareTicket});

        BarcodeGenerator generator(&second);
        TicketRepository repository(d);
        QVERIFY(d.transaction());
        TicketRepository::IssuedCodes codes;
        const Outcome issued = repository.issueCodes(m_seed.spareTicket2, &codes, &generator,
                                                     TicketRepository::Transaction::Caller);
        QVERIFY2(issued, qPrintable(issued.error()));
        QCOMPARE(codes.attempts, 2);
        QVERIFY(codes.barcode != taken);
        // The failed attempt did not poison the transaction: it goes on and commits.
        QCOMPARE(TicketSeed::exec(d, QStringLiteral("SELECT barcode FROM tickets WHERE id = ?"), {m_seed.spareTicket2})
                     .toString(),
                 codes.barcode);
        QVERIFY(d.commit());
        QCOMPARE(storedPayload(m_seed.spareTicket2), codes.qrPayload);
    }

    void keysAreCreatedOnceAndKeptFromCounters()
    {
        QSqlDatabase admin = as(QStringLiteral("admin"));
        QSqlQuery q(admin);
        q.prepare(QStringLiteral("SELECT match_signing_key(?), match_signing_key(?)"));
        q.addBindValue(m_seed.match);
        q.addBindValue(m_seed.match);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toByteArray(), q.value(1).toByteArray());

        const QString key = QStringLiteral("SELECT match_signing_key('%1')").arg(m_seed.match.toString(QUuid::WithoutBraces));
        const QString table = QStringLiteral("SELECT * FROM match_signing_keys");
        const QString sign = QStringLiteral("SELECT ticket_qr_sign('%1')").arg(m_seed.seatedTicket.toString(QUuid::WithoutBraces));
        const QString denied = QStringLiteral("42501");
        for (const char *group : {"admin", "box_office", "petrol", "support", "reporting"}) {
            const QString g = QLatin1String(group);
            QSqlDatabase conn = as(g);
            const bool mayReadKeys = g == QLatin1String("admin") || g == QLatin1String("support");
            const bool maySign = g != QLatin1String("reporting");
            QCOMPARE(TestDatabase::sqlState(conn, key), mayReadKeys ? QString() : denied);
            QCOMPARE(TestDatabase::sqlState(conn, table), denied); // nobody reads the table itself
            QCOMPARE(TestDatabase::sqlState(conn, sign), maySign ? QString() : denied);
            QCOMPARE(TestDatabase::sqlState(conn, QStringLiteral("SELECT ticket_barcode_is_valid('12345678901230')")),
                     QString());
            QCOMPARE(TestDatabase::sqlState(conn, QStringLiteral("SELECT count(*) FROM ticket_print_data")), QString());
        }
        QSqlDatabase d = db();
        QCOMPARE(TestDatabase::sqlState(d, QStringLiteral("SELECT match_signing_key(gen_random_uuid())")),
                 QStringLiteral("P0002"));
    }

    void signsOnlySoldTicketsWithTribinaBarcodes()
    {
        QSqlDatabase d = db();
        const QString sign = QStringLiteral("SELECT ticket_qr_sign('%1')");
        TicketSeed::exec(d, QStringLiteral("UPDATE tickets SET barcode = 'EXT-4711' WHERE id = ?"), {m_seed.spareTicket});
        QCOMPARE(TestDatabase::sqlState(d, sign.arg(m_seed.spareTicket.toString(QUuid::WithoutBraces))),
                 QStringLiteral("22023"));
        TicketSeed::exec(d, QStringLiteral("UPDATE tickets SET status = 'CANCELLED' WHERE id = ?"), {m_seed.spareTicket});
        QCOMPARE(TestDatabase::sqlState(d, sign.arg(m_seed.spareTicket.toString(QUuid::WithoutBraces))),
                 QStringLiteral("55000"));
        QCOMPARE(TestDatabase::sqlState(d, sign.arg(QUuid::createUuid().toString(QUuid::WithoutBraces))),
                 QStringLiteral("P0002"));
        // The SQL check digit agrees with the C++ one.
        QRandomGenerator random(99);
        BarcodeGenerator generator(&random);
        for (int i = 0; i < 50; ++i) {
            const QString code = generator.next();
            QString wrong = code;
            wrong[13] = QChar(u'0' + (code.at(13).unicode() - u'0' + 1) % 10);
            QCOMPARE(TicketSeed::exec(d, QStringLiteral("SELECT ticket_barcode_is_valid(?)"), {code}).toBool(), true);
            QCOMPARE(TicketSeed::exec(d, QStringLiteral("SELECT ticket_barcode_is_valid(?)"), {wrong}).toBool(), false);
        }
    }
};

QTEST_GUILESS_MAIN(TestTicketRepository)
#include "tst_ticketrepository.moc"
