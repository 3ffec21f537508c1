#include "shell/applicationflow.h"
#include "shell/appsettings.h"
#include "shell/connectionindicator.h"
#include "shell/languageswitcher.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"

#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tribina;

/// The app's life against a real server: the login dialog leads to the main window, Log out leads
/// back to the login with the session closed, and quitting ends the app with exit code 0.
class TestApplicationFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loginLogoutAndQuit();
    void closingTheMainWindowEndsTheApp();

private:
    template<typename T>
    static T *shown()
    {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *match = qobject_cast<T *>(widget); match && match->isVisible())
                return match;
        return nullptr;
    }
    void logIn();

    QTemporaryDir m_runtimeDir;
    LanguageSwitcher m_language;
    QString m_login;
    ConnectionSettings m_settings;
};

void TestApplicationFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // Keep the developer's keychain out of it; the dialog then cannot remember passwords.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY(m_runtimeDir.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));

    QSqlDatabase db = TestDatabase::fresh(QStringLiteral("tst_applicationflow"));
    m_login = TestDatabase::addStaff(db, QStringLiteral("flow_clerk"),
                                     QStringLiteral("tribina_box_office"), QStringLiteral("secret"));
    m_settings = TestDatabase::settings(QStringLiteral("tst_applicationflow"), m_login);
}

void TestApplicationFlow::logIn()
{
    LoginDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = shown<LoginDialog>()));
    QCOMPARE(dialog->connectionSettings(), m_settings);
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("secret"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shown<MainWindow>(), 20000);
    QTRY_VERIFY(!shown<LoginDialog>());
}

void TestApplicationFlow::loginLogoutAndQuit()
{
    ApplicationFlow flow(m_language);
    QSignalSpy finished(&flow, &ApplicationFlow::finished);
    LaunchOptions options;
    options.connection = m_settings;
    flow.start(options);

    logIn();
    MainWindow *window = shown<MainWindow>();
    QCOMPARE(window->modules(), (QList<Module>{Module::BoxOffice, Module::EmergencyPrinting}));
    auto *indicator = window->findChild<ConnectionIndicator *>();
    QTRY_VERIFY(indicator->isConnected());
    // A successful login remembers the server (never the password) for next time.
    QCOMPARE(AppSettings().lastConnection(), m_settings);

    QPointer<MainWindow> closed = window;
    window->action(QStringLiteral("actionLogout"))->trigger();
    QTRY_VERIFY(shown<LoginDialog>());
    QTRY_VERIFY(!closed);
    QCOMPARE(finished.count(), 0); // logging out is not quitting

    logIn(); // the same flow lets the next person in
    QVERIFY(shown<MainWindow>());
    shown<MainWindow>()->action(QStringLiteral("actionLogout"))->trigger();
    LoginDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = shown<LoginDialog>()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("quitButton")), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), 0);
}

void TestApplicationFlow::closingTheMainWindowEndsTheApp()
{
    ApplicationFlow flow(m_language);
    QSignalSpy finished(&flow, &ApplicationFlow::finished);
    LaunchOptions options;
    options.connection = m_settings;
    flow.start(options);
    logIn();
    shown<MainWindow>()->close();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), 0);
}

QTEST_MAIN(TestApplicationFlow)
#include "tst_applicationflow.moc"
