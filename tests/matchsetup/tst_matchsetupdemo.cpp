#include "admin/feespanel.h"
#include "admin/matchmappanel.h"
#include "admin/matchsetuppage.h"
#include "db/changelistener.h"
#include "db/dbsession.h"
#include "demo/demologins.h"
#include "demo/demoseeder.h"
#include "demo/demostadiums.h"
#include "live/matchlivefeed.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmapview.h"
#include "testdatabase.h"

#include <QApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <functional>

using namespace Tribina;

namespace {

const QString kDb = QStringLiteral("matchsetup_demo");

QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v.typeId() == QMetaType::QUuid ? QVariant(v.toUuid().toString(QUuid::WithoutBraces)) : v);
    if (!q.exec() || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0);
}

/// Answers the next modal dialog as soon as it opens (exec() blocks the test otherwise).
QTimer *whenModalOpens(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer = std::move(answer)] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || qobject_cast<QMessageBox *>(modal))
            return;
        timer->stop();
        timer->deleteLater();
        answer(modal);
    });
    timer->start();
    return timer;
}

} // namespace

/// Issue 5's "done when", offscreen on the demo data: an administrator configures a new match
/// at Stadion Maksimir end to end on the Matches page — details, two price categories painted on
/// sectors and seats, a sales phase, the match's own fees, the seat inventory, validated, locked,
/// published — then blocks a row with a reason, and a second workstation (another login, its
/// own connection, NOTIFY listener and live map) sees the row blocked without a refresh.
class TestMatchSetupDemo : public QObject
{
    Q_OBJECT

    QSqlDatabase m_db;
    DbSession m_admin;
    DbSession m_counter; ///< the other workstation
    QStringList m_warnings; ///< message boxes that opened: each one is a failure
    QTimer *m_boxWatch = nullptr;

    template<typename T> T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }

    /// Switches to a tab and lets it lay out, so clicks land where its widgets are drawn.
    static void showTab(QTabWidget *tabs, QWidget *page)
    {
        tabs->setCurrentWidget(page);
        QApplication::processEvents();
        QTest::qWait(50);
    }

    QString configStatus(const QUuid &match)
    {
        return scalar(m_db, QStringLiteral("SELECT stadium_config_status::text || '/' || status::text FROM matches WHERE id = ?::uuid"),
                      {match}).toString();
    }

    /// Clicks the seats on the map like an administrator: the first plainly, the others with
    /// Shift (added to the selection), seen close up.
    static void clickSeats(SeatMapView *view, SeatMapModel *model, const QList<int> &seats)
    {
        QRectF bounds;
        for (int seat : seats)
            bounds = bounds.united(model->seatRect(seat));
        const QSize viewport = view->viewport()->size();
        const double zoom = qMin(60.0, 0.8 * qMin(viewport.width() / bounds.width(), viewport.height() / bounds.height()));
        view->setZoom(zoom, bounds.center());
        QApplication::processEvents();
        bool first = true;
        for (int seat : seats) {
            const QPoint at = view->mapFromScene(model->seatPosition(seat));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, first ? Qt::NoModifier : Qt::ShiftModifier, at);
            first = false;
        }
    }

    /// A row of the sector whose seats are all available, at least min of them.
    static QList<int> availableRow(const SeatMapModel *model, int sector, int skipRows, int min = 8)
    {
        QMap<QString, QList<int>> rows;
        QStringList order;
        for (int seat = 0; seat < model->seatCount(); ++seat) {
            if (model->locate(seat).sector != sector)
                continue;
            const QString row = model->rowIdentifier(seat);
            if (!rows.contains(row))
                order.append(row);
            rows[row].append(seat);
        }
        for (const QString &row : std::as_const(order)) {
            const QList<int> &seats = rows[row];
            const bool free = std::all_of(seats.cbegin(), seats.cend(),
                                          [model](int s) { return model->status(s) == SeatStatus::Available; });
            if (free && seats.size() >= min && skipRows-- <= 0)
                return seats;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::fresh(kDb);
        QVERIFY(m_db.isOpen());
        const Outcome seeded = DemoSeeder(m_db).seed();
        QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
        const LoginResult admin = m_admin.open(TestDatabase::settings(kDb, QStringLiteral("admin")),
                                               QStringLiteral("demo-admin")).result();
        QVERIFY2(admin.status == LoginResult::Status::Ok, qPrintable(admin.message()));
        const LoginResult counter = m_counter.open(TestDatabase::settings(kDb, QStringLiteral("blagajna")),
                                                   QStringLiteral("demo-blagajna")).result();
        QVERIFY2(counter.status == LoginResult::Status::Ok, qPrintable(counter.message()));

        // Any warning box would block the test: note its text, close it, fail at the end.
        m_boxWatch = new QTimer(this);
        m_boxWatch->setInterval(20);
        connect(m_boxWatch, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_warnings.append(box->text());
                box->reject();
            }
        });
        m_boxWatch->start();
    }

    void configuresANewMatchEndToEnd()
    {
        const int matchesBefore = scalar(m_db, QStringLiteral("SELECT count(*) FROM matches")).toInt();
        const QString maksimir = DemoStadiums::homeStadiumName();
        const int maksimirSeats = scalar(m_db, QStringLiteral(
            "SELECT count(*) FROM seats s JOIN sectors c ON c.id = s.sector_id JOIN stadiums st ON st.id = c.stadium_id"
            " JOIN stadium_layouts l ON l.id = c.stadium_layout_id AND l.status = 'ACTIVE' WHERE st.name = ?"), {maksimir}).toInt();
        QVERIFY(maksimirSeats > 30'000);

        MatchSetupPage page(m_admin);
        page.resize(1600, 1000);
        QSignalSpy loaded(&page, &MatchSetupPage::matchesLoaded);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(loaded.wait(20'000));
        auto *tabs = child<QTabWidget>(&page, "matchTabs");

        // 1. The match: New match, the away team and competition typed, the demo stadium chosen.
        QTest::mouseClick(child<QPushButton>(&page, "newMatchButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(&page, "awayTeam"), QStringLiteral("Slovenija"));
        QTest::keyClicks(child<QLineEdit>(&page, "competition"), QStringLiteral("Prijateljska utakmica"));
        const QDateTime kickOff = QDateTime(QDate::currentDate().addDays(40), QTime(20, 45));
        child<QDateTimeEdit>(&page, "kickOff")->setDateTime(kickOff);
        auto *venue = child<QComboBox>(&page, "venue");
        int maksimirIndex = -1;
        for (int i = 0; i < venue->count(); ++i)
            if (venue->itemText(i).startsWith(maksimir))
                maksimirIndex = i;
        QVERIFY(maksimirIndex >= 0);
        venue->setCurrentIndex(maksimirIndex);
        QSignalSpy shown(&page, &MatchSetupPage::matchShown);
        QTest::mouseClick(child<QPushButton>(&page, "saveMatchButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.currentMatch().isNull() && !shown.isEmpty(), 20'000);
        const QUuid match = page.currentMatch();
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM matches")).toInt(), matchesBefore + 1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT m.home_team || ' – ' || m.away_team || ' @ ' || s.name FROM matches m"
                                             " JOIN stadiums s ON s.id = m.venue_id WHERE m.id = ?::uuid"), {match}).toString(),
                 QStringLiteral("Hrvatska – Slovenija @ ") + maksimir);

        // 2. Two price categories; the second one's colour through the colour dialog.
        MatchMapPanel *panel = page.mapPanel();
        showTab(tabs, panel);
        auto *categoryTable = child<QTableWidget>(panel, "categoryTable");
        auto *name = child<QLineEdit>(panel, "categoryName");
        auto *price = child<QLineEdit>(panel, "categoryPrice");
        QTest::keyClicks(name, QStringLiteral("Istok i zapad"));
        QTest::keyClicks(price, QStringLiteral("45"));
        QTest::mouseClick(child<QPushButton>(panel, "addCategoryButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(categoryTable->rowCount(), 1, 20'000);
        name->clear();
        price->clear();
        QTest::keyClicks(name, QStringLiteral("Sjever i jug"));
        QTest::keyClicks(price, QStringLiteral("25,50"));
        whenModalOpens([](QWidget *modal) {
            auto *dialog = qobject_cast<QColorDialog *>(modal);
            QVERIFY(dialog);
            dialog->setCurrentColor(QColor(QStringLiteral("#0072b2")));
            dialog->accept();
        });
        QTest::mouseClick(child<QPushButton>(panel, "categoryColour"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(panel, "addCategoryButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(categoryTable->rowCount(), 2, 20'000);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT string_agg(name || '=' || (price * 100)::bigint || coalesce(color, ''), ', '"
                                             " ORDER BY price DESC) FROM price_categories WHERE match_id = ?::uuid"), {match}).toString(),
                 QStringLiteral("Istok i zapad=4500%1, Sjever i jug=2550#0072b2")
                     .arg(scalar(m_db, QStringLiteral("SELECT color FROM price_categories WHERE match_id = ?::uuid AND price = 45"),
                                 {match}).toString()));
        const QUuid catA = scalar(m_db, QStringLiteral("SELECT id FROM price_categories WHERE match_id = ?::uuid AND price = 45"), {match}).toUuid();
        const QUuid catB = scalar(m_db, QStringLiteral("SELECT id FROM price_categories WHERE match_id = ?::uuid AND price = 25.50"), {match}).toUuid();

        // 3. Painted on sectors: every sector gets the first category, then half of them the second.
        auto *sectors = child<QListWidget>(panel, "sectorList");
        auto *combo = child<QComboBox>(panel, "categoryCombo");
        const int sectorCount = sectors->count();
        QVERIFY(sectorCount >= 16);
        sectors->selectAll();
        combo->setCurrentIndex(combo->findData(catA.toString(QUuid::WithoutBraces)));
        QTest::mouseClick(child<QPushButton>(panel, "paintSectorsButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_sectors WHERE match_id = ?::uuid"
                                                              " AND price_category_id = ?::uuid"), {match, catA}).toInt(),
                                  sectorCount, 20'000);
        sectors->clearSelection();
        for (int i = 0; i < sectorCount; i += 2)
            sectors->item(i)->setSelected(true);
        combo->setCurrentIndex(combo->findData(catB.toString(QUuid::WithoutBraces)));
        QTest::mouseClick(child<QPushButton>(panel, "paintSectorsButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_sectors WHERE match_id = ?::uuid"
                                                              " AND price_category_id = ?::uuid"), {match, catB}).toInt(),
                                  (sectorCount + 1) / 2, 20'000);
        sectors->clearSelection();

        // 4. A sales phase, ending before kick-off.
        QWidget *phases = tabs->widget(2);
        showTab(tabs, phases);
        QTest::keyClicks(child<QLineEdit>(phases, "phaseName"), QStringLiteral("Slobodna prodaja"));
        child<QDateTimeEdit>(phases, "phaseStart")->setDateTime(QDateTime::currentDateTime().addSecs(-60));
        child<QDateTimeEdit>(phases, "phaseEnd")->setDateTime(kickOff.addSecs(-2 * 3600));
        QTest::mouseClick(child<QPushButton>(phases, "addPhaseButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QTableWidget>(phases, "phaseTable")->rowCount(), 1, 20'000);

        // 5. The match's own fees: 7.5 % instead of the default 6 %; prices follow it.
        FeesPanel *fees = page.feesPanel();
        showTab(tabs, fees);
        QVERIFY(child<QLabel>(fees, "feesInForce")->text().contains(QLatin1String("6")));
        auto *useOwn = child<QRadioButton>(fees, "feesUseOwn");
        QTRY_VERIFY_WITH_TIMEOUT(useOwn->isEnabled(), 20'000);
        QTest::mouseClick(useOwn, Qt::LeftButton, {}, QPoint(8, useOwn->height() / 2)); // on its indicator
        QVERIFY2(useOwn->isChecked(), qPrintable(m_warnings.join(QLatin1Char('\n')) + QStringLiteral(" | modal: ")
                                                 + (QApplication::activeModalWidget() ? QString::fromLatin1(QApplication::activeModalWidget()->metaObject()->className()) : QString())
                                                 + QStringLiteral(" geometry %1x%2 visible %3").arg(useOwn->width()).arg(useOwn->height()).arg(useOwn->isVisible())));
        auto *feePercent = child<QLineEdit>(fees, "feePercent");
        QVERIFY(feePercent->isEnabled());
        feePercent->selectAll();
        QTest::keyClicks(feePercent, QStringLiteral("7,5"));
        QTest::mouseClick(child<QPushButton>(fees, "saveFeesButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(m_db, QStringLiteral("SELECT count(*) FROM fee_configurations WHERE match_id = ?::uuid"
                                                              " AND fee_percent = 7.50"), {match}).toInt(), 1, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(fees, "feesInForce")->text().contains(QLatin1String("7")), 20'000);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT fee_amount::text || '/' || total_amount::text FROM match_price_breakdown(?::uuid, 45.00)"),
                        {match}).toString(), QStringLiteral("3.38/48.38"));

        // 6. The seat inventory from the stadium, one click.
        QWidget *lifecycle = tabs->widget(4);
        showTab(tabs, lifecycle);
        auto *generate = child<QPushButton>(lifecycle, "generateButton");
        QTRY_VERIFY_WITH_TIMEOUT(generate->isEnabled(), 20'000);
        QTest::mouseClick(generate, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = ?::uuid"),
                                         {match}).toInt(), maksimirSeats, 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(!generate->isEnabled(), 20'000);

        // 7. Single seats painted: a row of a sector with the first category gets the second.
        showTab(tabs, panel);
        SeatMapModel *model = panel->model();
        SeatMapView *view = panel->view();
        QTRY_VERIFY_WITH_TIMEOUT(model->seatCount() == maksimirSeats
                                     && !panel->feed()->inventoryId(model->seatCount() - 1).isNull(), 30'000);
        int plainSector = -1;
        for (int s = 0; s < model->sectorCount() && plainSector < 0; ++s)
            if (panel->feed()->map().sectorCategories.value(s) == catA && !availableRow(model, s, 2).isEmpty())
                plainSector = s;
        QVERIFY(plainSector >= 0);
        const QList<int> paintedRow = availableRow(model, plainSector, 2);
        clickSeats(view, model, paintedRow);
        QCOMPARE(model->selection(), paintedRow);
        combo->setCurrentIndex(combo->findData(catB.toString(QUuid::WithoutBraces)));
        QTest::mouseClick(child<QPushButton>(panel, "paintSeatsButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = ?::uuid"
                                                              " AND price_category_id = ?::uuid"), {match, catB}).toInt(),
                                  int(paintedRow.size()), 20'000);
        const int catBIndex = panel->feed()->map().categoryIndex(catB);
        QTRY_COMPARE_WITH_TIMEOUT(model->category(paintedRow.first()), catBIndex, 20'000);
        model->clearSelection();

        // 8. Validated, locked, published: the problem list stays empty on the way.
        showTab(tabs, lifecycle);
        auto *problems = child<QListWidget>(lifecycle, "problemList");
        const auto problemText = [problems] {
            QStringList lines;
            for (int i = 0; i < problems->count(); ++i)
                lines.append(problems->item(i)->text());
            return lines.join(QLatin1Char('\n'));
        };
        auto *validate = child<QPushButton>(lifecycle, "validateButton");
        QTRY_VERIFY_WITH_TIMEOUT(validate->isEnabled(), 20'000);
        QTest::mouseClick(validate, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(configStatus(match) == QLatin1String("VALIDATED/DRAFT"), qPrintable(problemText()), 20'000);
        auto *lock = child<QPushButton>(lifecycle, "lockButton");
        QTRY_VERIFY_WITH_TIMEOUT(lock->isEnabled(), 20'000);
        QTest::mouseClick(lock, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(configStatus(match) == QLatin1String("LOCKED/DRAFT"), qPrintable(problemText()), 20'000);
        auto *publish = child<QPushButton>(lifecycle, "publishButton");
        QTRY_VERIFY_WITH_TIMEOUT(publish->isEnabled(), 20'000);
        QTest::mouseClick(publish, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(configStatus(match), QStringLiteral("LOCKED/PUBLISHED"), 20'000);
        // The fees cannot change under a locked configuration.
        QTRY_VERIFY_WITH_TIMEOUT(!child<QPushButton>(fees, "saveFeesButton")->isEnabled(), 20'000);

        // 9. The other workstation (the box office login) opens the match's live map.
        ChangeListener listener;
        QSignalSpy listening(&listener, &ChangeListener::listeningChanged);
        listener.start(TestDatabase::settings(kDb, QStringLiteral("blagajna")), QStringLiteral("demo-blagajna"));
        QVERIFY(listening.wait(20'000));
        SeatMapModel otherMap;
        MatchLiveFeed otherFeed(m_counter, &otherMap);
        otherFeed.setListener(&listener);
        otherFeed.setPollInterval(0); // only NOTIFY brings changes: no polling to hide a missing one
        QSignalSpy otherLoaded(&otherFeed, &MatchLiveFeed::loaded);
        otherFeed.setMatch(match);
        QVERIFY(otherLoaded.wait(30'000));
        QCOMPARE(otherMap.seatCount(), maksimirSeats);

        // 10. The administrator blocks a row with a reason: clicks on the map, Block, the reason.
        showTab(tabs, panel);
        const QList<int> blockedRow = availableRow(model, plainSector, 5);
        QVERIFY(!blockedRow.isEmpty());
        clickSeats(view, model, blockedRow);
        QCOMPARE(model->selection(), blockedRow);
        const QString reason = QStringLiteral("Oštećena sjedala nakon koncerta");
        whenModalOpens([reason](QWidget *modal) {
            auto *dialog = qobject_cast<QInputDialog *>(modal);
            QVERIFY(dialog);
            dialog->setTextValue(reason);
            dialog->accept();
        });
        QAction *block = child<QToolButton>(panel, "seatOperationsButton")->menu()->findChild<QAction *>(QStringLiteral("seatOp_BLOCKED"));
        QVERIFY(block);
        block->trigger();
        const QList<QUuid> blockedIds = panel->feed()->inventoryIds(blockedRow);
        QCOMPARE(blockedIds.size(), blockedRow.size());
        QStringList idTexts;
        for (const QUuid &id : blockedIds)
            idTexts.append(id.toString(QUuid::WithoutBraces));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE status = 'BLOCKED'"
                                                              " AND id = ANY (string_to_array(?, ',')::uuid[])"),
                                         {idTexts.join(QLatin1Char(','))}).toInt(), int(blockedRow.size()), 20'000);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = ?::uuid AND status = 'BLOCKED'"),
                        {match}).toInt(), int(blockedRow.size()));
        QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_outbox WHERE match_id = ?::uuid AND audit_type = 'seat_change'"
                                            " AND payload::text LIKE '%' || ? || '%'"), {match, reason}).toInt() >= 1);

        // ... and the other workstation sees the row blocked, live; the row next to it is not.
        for (const QUuid &id : blockedIds)
            QTRY_COMPARE_WITH_TIMEOUT(otherMap.status(otherFeed.map().seatOfInventory.value(id, -1)), SeatStatus::Blocked, 10'000);
        const QList<int> neighbours = availableRow(model, plainSector, 0);
        QVERIFY(!neighbours.isEmpty());
        QCOMPARE(otherMap.status(otherFeed.map().seatOfInventory.value(panel->feed()->inventoryId(neighbours.first()), -1)),
                 SeatStatus::Available);
        // The painted row sells at the second category over there too.
        const int otherPainted = otherFeed.map().seatOfInventory.value(panel->feed()->inventoryId(paintedRow.first()), -1);
        QCOMPARE(otherMap.category(otherPainted), otherFeed.map().categoryIndex(catB));
        // The administrator's own map shows it as well.
        QTRY_COMPARE_WITH_TIMEOUT(model->status(blockedRow.first()), SeatStatus::Blocked, 10'000);

        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));

        // The screenshot for the note: the map of the published match with the blocked row.
        if (const QString dir = qEnvironmentVariable("TRIBINA_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            model->clearSelection(); // the blocked row shows its hatching, not the selection
            const QRectF sector = model->sector(plainSector).bounds.adjusted(-4, -4, 4, 4);
            const QSize viewport = view->viewport()->size();
            view->setZoom(qMin(viewport.width() / sector.width(), viewport.height() / sector.height()), sector.center());
            QTest::qWait(300);
            QVERIFY(page.grab().save(dir + QStringLiteral("/match-setup-demo.png")));
        }
    }

    void cleanupTestCase()
    {
        m_admin.close();
        m_counter.close();
    }
};

QTEST_MAIN(TestMatchSetupDemo)
#include "tst_matchsetupdemo.moc"
