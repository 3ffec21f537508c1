#include "db/changelistener.h"
#include "testdatabase.h"
#include "testvenue.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Tribina;

/// The live-update path: a committed change reaches another workstation's listener as one
/// notification carrying the match id; an uncommitted one does not; a dropped listener comes back.
class TestChangeListener : public QObject
{
    Q_OBJECT

    const QString m_db = QStringLiteral("changelistener");
    const QString m_login = QStringLiteral("listener_") + QString::number(QCoreApplication::applicationPid());
    QString m_matchId;

private slots:
    void initTestCase()
    {
        QSqlDatabase db = TestDatabase::fresh(m_db);
        TestDatabase::addStaff(db, m_login, QStringLiteral("tribina_box_office"));
        const TestVenue venue = TestVenue::create(db, QStringLiteral("Listener Arena"), 1, 2);
        QCOMPARE(venue.seatCount, 2);
        m_matchId = venue.matchId.toString(QUuid::WithoutBraces);
    }

    void committedChangeIsAnnouncedOnce()
    {
        ChangeListener listener;
        QSignalSpy listening(&listener, &ChangeListener::listeningChanged);
        QSignalSpy changed(&listener, &ChangeListener::matchChanged);
        listener.start(TestDatabase::settings(m_db, m_login), QStringLiteral("secret"));
        QVERIFY(listening.wait(10'000));
        QCOMPARE(listening.last().first().toBool(), true);

        // Another workstation blocks both seats in one transaction: one notification.
        QSqlDatabase clerk = TestDatabase::connectAs(m_db, m_login, QStringLiteral("clerk"), QStringLiteral("secret"));
        QSqlQuery q(clerk);
        QVERIFY(clerk.transaction());
        QVERIFY2(q.exec(QStringLiteral("UPDATE match_seat_inventory SET status = 'BLOCKED'")), qPrintable(q.lastError().text()));
        QTest::qWait(300); // nothing may arrive before the commit
        QCOMPARE(changed.size(), 0);
        QVERIFY(clerk.commit());
        // The notification may arrive on the listener's thread before we start waiting.
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 10'000);
        QCOMPARE(changed.first().first().toString(), m_matchId);
        QTest::qWait(300);
        QCOMPARE(changed.size(), 1);

        // A rolled-back change is never announced.
        QVERIFY(clerk.transaction());
        QVERIFY(q.exec(QStringLiteral("UPDATE match_seat_inventory SET status = 'AVAILABLE'")));
        QVERIFY(clerk.rollback());
        QTest::qWait(500);
        QCOMPARE(changed.size(), 1);
    }

    void droppedConnectionComesBackAndAsksForResync()
    {
        ChangeListener listener;
        QSignalSpy listening(&listener, &ChangeListener::listeningChanged);
        QSignalSpy resync(&listener, &ChangeListener::resyncNeeded);
        listener.start(TestDatabase::settings(m_db, m_login), QStringLiteral("secret"));
        QVERIFY(listening.wait(10'000));

        QSqlDatabase owner = QSqlDatabase::database(m_db);
        QSqlQuery q(owner);
        QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                      " WHERE usename = '%1' AND query ILIKE '%%LISTEN%%' OR (usename = '%1' AND state = 'idle')")
                           .arg(m_login)));
        QTRY_VERIFY_WITH_TIMEOUT(resync.size() == 1, 20'000);
        QCOMPARE(listening.last().first().toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestChangeListener)
#include "tst_changelistener.moc"
