#include "shell/connectionindicator.h"
#include "shell/languageswitcher.h"
#include "shell/mainwindow.h"
#include "shell/modulepage.h"

#include "db/dbsession.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace Tribina;

/// The main window shows exactly the modules a user's roles allow, speaks both languages at run
/// time and says who is logged in. A session that was never opened is enough to display it.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void modulesFollowRoles_data();
    void modulesFollowRoles();
    void navigationSwitchesPages();
    void languageSwitchesAtRunTime();
    void statusBarShowsUserServerAndConnection();
    void logoutAsksTheOwner();

private:
    static StaffIdentity identity(StaffRoles roles);
    static QStringList navigationIds(const MainWindow &window);

    DbSession m_session;
    LanguageSwitcher m_language;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to ~/.qttest, not the user's
    QSettings().clear();
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

void TestMainWindow::init()
{
    QSettings().clear(); // no remembered page or geometry from the previous case
}

StaffIdentity TestMainWindow::identity(StaffRoles roles)
{
    StaffIdentity id;
    id.login = QStringLiteral("ana.kovac");
    id.fullName = QStringLiteral("Ana Kovač");
    id.roles = roles;
    return id;
}

QStringList TestMainWindow::navigationIds(const MainWindow &window)
{
    auto *list = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    if (!list)
        return {QStringLiteral("<no navigation list>")};
    QStringList ids;
    for (int row = 0; row < list->count(); ++row)
        if (!list->item(row)->isHidden())
            ids << list->item(row)->data(Qt::UserRole).toString();
    return ids;
}

void TestMainWindow::modulesFollowRoles_data()
{
    QTest::addColumn<int>("roles");
    QTest::addColumn<QStringList>("expected");
    const auto ids = [](const char *list) {
        return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("admin") << int(StaffRole::Admin)
                           << ids("administration boxoffice petrol emergencyprinting quotas reports");
    QTest::newRow("box office") << int(StaffRole::BoxOffice) << ids("boxoffice emergencyprinting");
    QTest::newRow("petrol") << int(StaffRole::Petrol) << ids("petrol");
    QTest::newRow("support") << int(StaffRole::Support) << ids("emergencyprinting");
    QTest::newRow("reporting") << int(StaffRole::Reporting) << ids("reports");
    QTest::newRow("petrol + reporting") << int(StaffRole::Petrol | StaffRole::Reporting)
                                        << ids("petrol reports");
    QTest::newRow("box office + support") << int(StaffRole::BoxOffice | StaffRole::Support)
                                          << ids("boxoffice emergencyprinting");
    QTest::newRow("admin + petrol") << int(StaffRole::Admin | StaffRole::Petrol)
                                    << ids("administration boxoffice petrol emergencyprinting quotas reports");
}

void TestMainWindow::modulesFollowRoles()
{
    QFETCH(int, roles);
    QFETCH(QStringList, expected);

    MainWindow window(m_session, identity(StaffRoles::fromInt(roles)), m_language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(navigationIds(window), expected);
    auto *list = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(list->isVisible());

    for (Module module : allModules()) {
        const QString id = moduleId(module);
        auto *page = window.findChild<ModulePage *>(id);
        if (expected.contains(id)) {
            QVERIFY2(page, qPrintable(id));
            QCOMPARE(page->module(), module);
            auto *title = page->findChild<QLabel *>(QStringLiteral("pageTitle"));
            QVERIFY(title);
            QCOMPARE(title->text(), moduleTitle(module));
        } else {
            QVERIFY2(!window.findChild<QWidget *>(id), qPrintable(id + QLatin1String(" must not exist")));
        }
    }
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(stack->count(), expected.size());
    QCOMPARE(stack->currentWidget()->objectName(), expected.first());
}

void TestMainWindow::navigationSwitchesPages()
{
    MainWindow window(m_session, identity(StaffRole::Admin), m_language);
    auto *list = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    for (int row = list->count() - 1; row >= 0; --row) {
        list->setCurrentRow(row);
        QCOMPARE(stack->currentWidget()->objectName(), list->item(row)->data(Qt::UserRole).toString());
    }
    window.showModule(Module::Reports);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("reports"));
}

void TestMainWindow::languageSwitchesAtRunTime()
{
    MainWindow window(m_session, identity(StaffRole::Admin), m_language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *title = window.findChild<ModulePage *>(QStringLiteral("administration"))
                      ->findChild<QLabel *>(QStringLiteral("pageTitle"));
    auto *indicator = window.findChild<ConnectionIndicator *>();
    QCOMPARE(list->item(0)->text(), QStringLiteral("Administration"));
    QCOMPARE(indicator->text(), QStringLiteral("Disconnected"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));

    QAction *croatian = window.action(QStringLiteral("actionLanguage_hr"));
    QVERIFY(croatian);
    croatian->trigger();
    QCOMPARE(m_language.language(), QStringLiteral("hr"));
    QTRY_COMPARE(list->item(0)->text(), QStringLiteral("Administracija"));
    QCOMPARE(title->text(), QStringLiteral("Administracija"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Blagajna"));
    QCOMPARE(indicator->text(), QStringLiteral("Nije povezano"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datoteka"));
    QCOMPARE(window.action(QStringLiteral("actionLogout"))->text(), QStringLiteral("&Odjava"));
    QVERIFY(croatian->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("hr"));

    window.action(QStringLiteral("actionLanguage_en"))->trigger();
    QTRY_COMPARE(list->item(0)->text(), QStringLiteral("Administration"));
    QCOMPARE(title->text(), QStringLiteral("Administration"));
    QCOMPARE(indicator->text(), QStringLiteral("Disconnected"));
    QVERIFY(!croatian->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
}

void TestMainWindow::statusBarShowsUserServerAndConnection()
{
    MainWindow window(m_session, identity(StaffRole::BoxOffice | StaffRole::Support), m_language);
    auto *user = window.findChild<QLabel *>(QStringLiteral("statusUser"));
    auto *server = window.findChild<QLabel *>(QStringLiteral("statusServer"));
    auto *indicator = window.findChild<ConnectionIndicator *>();
    QVERIFY(user && server && indicator);
    QVERIFY2(user->text().contains(QStringLiteral("ana.kovac")), qPrintable(user->text()));
    QVERIFY(user->text().contains(QStringLiteral("Ana Kovač")));
    QVERIFY(user->text().contains(QStringLiteral("Box office, Support")));
    QVERIFY(server->text().contains(m_session.settings().displayName()));

    QVERIFY(!indicator->isConnected());
    emit m_session.connectedChanged(true);
    QTRY_VERIFY(indicator->isConnected());
    QCOMPARE(indicator->text(), QStringLiteral("Connected"));
    emit m_session.connectedChanged(false);
    QTRY_COMPARE(indicator->text(), QStringLiteral("Disconnected"));
}

void TestMainWindow::logoutAsksTheOwner()
{
    MainWindow window(m_session, identity(StaffRole::Petrol), m_language);
    QSignalSpy logout(&window, &MainWindow::logoutRequested);
    window.action(QStringLiteral("actionLogout"))->trigger();
    QCOMPARE(logout.count(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
