#include "shell/logindialog.h"

#include "db/dbsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Tribina;

/// The login dialog never blocks while it connects: fields are disabled, a busy bar runs, Cancel
/// abandons the attempt, and a failure is explained inline with the fields kept.
/// (Wrong password and an unmigrated database are covered against a real server in tests/db.)
class TestLoginDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void unreachableServerIsExplainedInline();
    void cancelAbandonsAHangingAttempt();
    void missingLoginIsExplained();
    void missingKeychainIsExplained();
    void settingsComeBackFromFields();

private:
    template<typename T>
    T *child(const LoginDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static ConnectionSettings serverAt(quint16 port);

    QTemporaryDir m_runtimeDir;
};

void TestLoginDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // No session bus and an empty runtime directory: the keychain is reliably absent here
    // (tests/security covers a real one), and the developer's own keychain stays untouched.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    QVERIFY(m_runtimeDir.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));
}

void TestLoginDialog::init()
{
    QSettings().clear();
}

ConnectionSettings TestLoginDialog::serverAt(quint16 port)
{
    ConnectionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.database = QStringLiteral("tribina");
    s.user = QStringLiteral("nobody");
    s.sslMode = QStringLiteral("disable");
    return s;
}

void TestLoginDialog::unreachableServerIsExplainedInline()
{
    DbSession session;
    LoginDialog dialog(session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setConnectionSettings(serverAt(1)); // nothing listens on port 1: refused at once
    child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("wrong"));
    auto *host = child<QLineEdit>(dialog, "hostEdit");
    auto *error = child<QLabel>(dialog, "errorLabel");
    auto *busy = child<QProgressBar>(dialog, "busyIndicator");
    QSignalSpy connecting(&dialog, &LoginDialog::connectingChanged);
    QSignalSpy failed(&dialog, &LoginDialog::attemptFailed);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);

    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);

    // The click returned before the server answered: the dialog is busy, not frozen.
    QVERIFY(dialog.isConnecting());
    QCOMPARE(connecting.count(), 1);
    QVERIFY(!host->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog, "passwordEdit")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "connectButton")->isEnabled());
    QVERIFY(busy->isVisible());
    QVERIFY(child<QPushButton>(dialog, "cancelButton")->isVisible());
    QVERIFY(!error->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isConnecting(), 20000);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(loggedIn.count(), 0);
    QCOMPARE(dialog.loginResult().status, LoginResult::Status::Unreachable);
    LoginResult expected;
    expected.status = LoginResult::Status::Unreachable;
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), expected.message());
    QVERIFY(!busy->isVisible());
    QVERIFY(host->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "connectButton")->isEnabled());
    QCOMPARE(dialog.focusWidget(), host);
    // The fields are kept for the next try.
    QCOMPARE(dialog.connectionSettings(), serverAt(1));
    QCOMPARE(child<QLineEdit>(dialog, "passwordEdit")->text(), QStringLiteral("wrong"));
    QVERIFY(dialog.isVisible()); // no modal box, the dialog stays
}

void TestLoginDialog::cancelAbandonsAHangingAttempt()
{
    // A server that accepts the connection and then says nothing: libpq waits for its answer.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> accepted;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            accepted << socket;
    });

    DbSession session;
    QSignalSpy attemptDone(&session, &DbSession::connectedChanged);
    LoginDialog dialog(session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setConnectionSettings(serverAt(silent.serverPort()));
    child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("secret"));

    int ticks = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
    heartbeat.start(10);

    dialog.connectToServer();
    QTRY_VERIFY(!accepted.isEmpty());
    // The event loop keeps running while the database thread waits for the server.
    const int ticksBefore = ticks;
    QTRY_VERIFY(ticks >= ticksBefore + 5);
    QVERIFY(dialog.isConnecting());
    QVERIFY(!child<QLineEdit>(dialog, "hostEdit")->isEnabled());

    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QVERIFY(!dialog.isConnecting());
    QVERIFY(child<QLineEdit>(dialog, "hostEdit")->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "connectButton")->isEnabled());
    QVERIFY(!child<QProgressBar>(dialog, "busyIndicator")->isVisible());
    auto *error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The connection attempt was cancelled."));

    // Let the abandoned attempt end (the server hangs up) and check its result goes nowhere.
    QCOMPARE(attemptDone.count(), 0);
    qDeleteAll(accepted);
    // The session reports from its own thread, maybe before we would start waiting: count, not wait().
    QTRY_COMPARE_WITH_TIMEOUT(attemptDone.count(), 1, 15000);
    QCOMPARE(attemptDone.first().first().toBool(), false);
    QCoreApplication::processEvents();
    QVERIFY(!dialog.isConnecting());
    QCOMPARE(error->text(), QStringLiteral("The connection attempt was cancelled."));
    QVERIFY(dialog.isVisible());
}

void TestLoginDialog::missingLoginIsExplained()
{
    DbSession session;
    LoginDialog dialog(session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ConnectionSettings settings = serverAt(1);
    settings.user.clear();
    dialog.setConnectionSettings(settings);

    dialog.connectToServer();
    QVERIFY(!dialog.isConnecting()); // nothing to ask the server yet
    auto *error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Enter your login."));
    QCOMPARE(dialog.focusWidget(), child<QLineEdit>(dialog, "loginEdit"));
}

void TestLoginDialog::missingKeychainIsExplained()
{
    DbSession session;
    LoginDialog dialog(session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setConnectionSettings(serverAt(1)); // a login to look a password up for

    auto *note = child<QLabel>(dialog, "keychainNote");
    auto *remember = child<QCheckBox>(dialog, "rememberCheck");
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 20000);
    QCOMPARE(note->text(),
             QStringLiteral("No system keychain is available; the password will not be remembered."));
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
}

void TestLoginDialog::settingsComeBackFromFields()
{
    DbSession session;
    LoginDialog dialog(session);
    ConnectionSettings s;
    s.host = QStringLiteral("db.hns.example");
    s.port = 6543;
    s.database = QStringLiteral("ulaznice");
    s.user = QStringLiteral("blagajna1");
    s.sslMode = QStringLiteral("verify-full");
    dialog.setConnectionSettings(s);
    QCOMPARE(dialog.connectionSettings(), s);
    QCOMPARE(child<QComboBox>(dialog, "sslModeCombo")->currentData().toString(), QStringLiteral("verify-full"));
    QCOMPARE(child<QSpinBox>(dialog, "portSpin")->value(), 6543);

    // A socket directory has no TLS: the choice is switched off rather than silently ignored.
    child<QLineEdit>(dialog, "hostEdit")->setText(QStringLiteral("/run/postgresql"));
    QVERIFY(!child<QComboBox>(dialog, "sslModeCombo")->isEnabled());
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
