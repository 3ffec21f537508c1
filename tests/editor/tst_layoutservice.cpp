// LayoutService against the real PostgreSQL: the editor's save, list, load and activate, each on
// the session's database thread.
#include "db/dbsession.h"
#include "db/loginresult.h"
#include "demo/demostadiums.h"
#include "layout/layoutservice.h"
#include "testdatabase.h"

#include <QTest>

using namespace Tribina;

class TestLayoutService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveListLoadActivate();
    void cleanupTestCase();

private:
    DbSession m_session;
};

void TestLayoutService::initTestCase()
{
    QSqlDatabase db = TestDatabase::fresh(QStringLiteral("layout_service"));
    QVERIFY(db.isOpen());
    const QString login = TestDatabase::addStaff(db, QStringLiteral("layout_service_admin"),
                                                 QStringLiteral("tribina_admin"));
    const LoginResult result =
        m_session.open(TestDatabase::settings(QStringLiteral("layout_service"), login),
                       QStringLiteral("secret"))
            .result();
    QVERIFY(m_session.isOpen());
    Q_UNUSED(result);
}

void TestLayoutService::saveListLoadActivate()
{
    LayoutService service(m_session);
    const StadiumLayout layout = DemoStadiums::awayStadium();

    const LayoutService::Saved saved = service.saveDraft({}, layout).result();
    QVERIFY2(saved.outcome.ok(), qPrintable(saved.outcome.error()));
    QVERIFY(saved.newStadium);
    QVERIFY(!saved.stadiumId.isNull());
    QCOMPARE(saved.version, 1);

    const LayoutService::StadiumList list = service.listStadiums().result();
    QVERIFY2(list.outcome.ok(), qPrintable(list.outcome.error()));
    qsizetype found = -1;
    for (qsizetype i = 0; i < list.stadiums.size(); ++i) {
        if (list.stadiums.at(i).id == saved.stadiumId)
            found = i;
    }
    QVERIFY(found >= 0);
    QCOMPARE(list.stadiums.at(found).name, layout.name());
    QCOMPARE(list.stadiums.at(found).draftVersion, 1);

    const LayoutService::Loaded loaded =
        service.loadLayout(saved.stadiumId, LayoutService::LatestVersion).result();
    QVERIFY2(loaded.outcome.ok(), qPrintable(loaded.outcome.error()));
    QCOMPARE(loaded.version, 1);
    QCOMPARE(loaded.layout.sectors().size(), layout.sectors().size());

    const LayoutService::Activated activated = service.activate(saved.stadiumId, 1).result();
    QVERIFY2(activated.outcome.ok(), qPrintable(activated.outcome.error()));
    QCOMPARE(activated.version, 1);
    QVERIFY(activated.capacity > 0);

    const LayoutService::Loaded active =
        service.loadLayout(saved.stadiumId, LayoutService::ActiveVersion).result();
    QVERIFY2(active.outcome.ok(), qPrintable(active.outcome.error()));
    QCOMPARE(active.version, 1);
}

void TestLayoutService::cleanupTestCase()
{
    m_session.close();
}

QTEST_MAIN(TestLayoutService)
#include "tst_layoutservice.moc"
