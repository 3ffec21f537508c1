#include "admin/matchmappanel.h"
#include "admin/matchsetuppage.h"
#include "matchsetupfixture.h"
#include "db/dbsession.h"
#include "live/matchlivefeed.h"
#include "matchsetup/matchsetuprepository.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmapview.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

using namespace Tribina;
using MatchSetupFixture::exec;

/// The Matches page offscreen, against the database: an administrator drags a rubber band over
/// seats of the map, picks a price category and paints it; the seats carry it in the database
/// and on the map. Also: the lifecycle buttons list the problems.
class TestMatchSetupPage : public QObject
{
    Q_OBJECT

    const QString m_name = QStringLiteral("matchsetup_page");
    QSqlDatabase m_owner;
    QUuid m_match;
    QUuid m_premium;
    DbSession m_session;

private slots:
    void initTestCase()
    {
        m_owner = TestDatabase::fresh(m_name);
        const QString login = TestDatabase::addStaff(m_owner, QStringLiteral("page_admin_%1").arg(QCoreApplication::applicationPid()),
                                                     QStringLiteral("tribina_admin"));
        const MatchSetupFixture::Venue venue = MatchSetupFixture::smallVenue(m_owner, QStringLiteral("Page Arena"), 6, 12);
        m_match = MatchSetupFixture::createMatch(m_owner, venue.stadiumId);
        QVERIFY(MatchSetupRepository(m_owner).generateInventory(m_match).outcome.ok());
        MatchSetupFixture::configureForSale(m_owner, m_match);
        m_premium = exec(m_owner, QStringLiteral("INSERT INTO price_categories (match_id, name, price, color)"
                                                 " VALUES (?::uuid, 'Premium', 80.00, '#cc79a7') RETURNING id"), {m_match}).toUuid();
        m_session.open(TestDatabase::settings(m_name, login), QStringLiteral("secret")).result();
        QVERIFY(m_session.isOpen());
    }

    void paintsACategoryOntoARubberBandSelection()
    {
        MatchSetupPage page(m_session);
        page.resize(1500, 950);
        QSignalSpy loaded(&page, &MatchSetupPage::matchesLoaded);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(loaded.wait(10'000));
        MatchMapPanel *panel = page.mapPanel();
        QSignalSpy mapLoaded(panel->feed(), &MatchLiveFeed::loaded);
        page.selectMatch(m_match);
        page.findChild<QTabWidget *>(QStringLiteral("matchTabs"))->setCurrentWidget(panel);
        QVERIFY(mapLoaded.wait(20'000));
        SeatMapModel *model = panel->model();
        QCOMPARE(model->seatCount(), 6 * 12 + 10);

        // Rubber band over rows 2-4 of sector A, seen close up.
        SeatMapView *view = panel->view();
        const int sectorA = model->sectorIndex(QStringLiteral("A"));
        QVERIFY(sectorA >= 0);
        view->setZoom(25, model->sector(sectorA).bounds.center());
        QRectF band;
        for (int seat = 0; seat < model->seatCount(); ++seat) {
            const MapSeatRef ref = model->locate(seat);
            const QString row = model->rowIdentifier(seat);
            if (ref.sector == sectorA && (row == QLatin1String("2") || row == QLatin1String("3") || row == QLatin1String("4")))
                band = band.united(QRectF(model->seatPosition(seat), QSizeF(0.01, 0.01)));
        }
        QVERIFY(band.isValid());
        const QPoint from = view->mapFromScene(band.topLeft() - QPointF(0.3, 0.3));
        const QPoint to = view->mapFromScene(band.bottomRight() + QPointF(0.3, 0.3));
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view->viewport(), (from + to) / 2);
        QTest::mouseMove(view->viewport(), to);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        const QList<int> selection = model->selection();
        QVERIFY2(selection.size() >= 30, qPrintable(QString::number(selection.size())));
        for (int seat : selection)
            QCOMPARE(model->locate(seat).sector, sectorA);

        auto *combo = panel->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        const int premium = combo->findData(m_premium.toString(QUuid::WithoutBraces));
        QVERIFY(premium > 0);
        combo->setCurrentIndex(premium);
        panel->findChild<QPushButton *>(QStringLiteral("paintSeatsButton"))->click();

        // The database has the category on exactly those seats; the map shows it.
        const QList<QUuid> ids = panel->feed()->inventoryIds(selection);
        QCOMPARE(ids.size(), selection.size());
        QTRY_COMPARE_WITH_TIMEOUT(exec(m_owner, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = ?::uuid"
                                                               " AND price_category_id = ?::uuid"), {m_match, m_premium}).toInt(),
                                  int(selection.size()), 10'000);
        QCOMPARE(exec(m_owner, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE id = ANY (?::uuid[])"
                                              " AND price_category_id = ?::uuid"),
                      {MatchSetupRepository::uuidArray(ids), m_premium}).toInt(), int(selection.size()));
        const int premiumIndex = panel->feed()->map().categoryIndex(m_premium);
        QVERIFY(premiumIndex > 0);
        for (int seat : selection)
            QTRY_COMPARE_WITH_TIMEOUT(model->category(seat), premiumIndex, 10'000);
        // A seat outside the band keeps its sector's category.
        for (int seat = 0; seat < model->seatCount(); ++seat)
            if (!selection.contains(seat) && model->locate(seat).sector == sectorA) {
                QVERIFY(model->category(seat) != premiumIndex);
                break;
            }

        // Screenshots for the note, when asked for.
        if (const QString dir = qEnvironmentVariable("TRIBINA_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(200);
            page.grab().save(dir + QStringLiteral("/matchsetup-painted.png"));
        }

        // The lifecycle: validate lists nothing and moves on; the problem list says so.
        page.findChild<QPushButton *>(QStringLiteral("validateButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(exec(m_owner, QStringLiteral("SELECT stadium_config_status::text FROM matches WHERE id = ?::uuid"),
                                       {m_match}).toString(), QStringLiteral("VALIDATED"), 10'000);
        if (const QString dir = qEnvironmentVariable("TRIBINA_SCREENSHOT_DIR"); !dir.isEmpty()) {
            page.findChild<QTabWidget *>(QStringLiteral("matchTabs"))->setCurrentIndex(4);
            QTest::qWait(500);
            page.grab().save(dir + QStringLiteral("/matchsetup-lifecycle.png"));
        }
    }
};

QTEST_MAIN(TestMatchSetupPage)
#include "tst_matchsetuppage.moc"
