#include "security/passwordstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>

using namespace Tribina;

namespace {

const char *statusName(KeychainResult::Status status)
{
    switch (status) {
    case KeychainResult::Status::Ok: return "Ok";
    case KeychainResult::Status::NotFound: return "NotFound";
    case KeychainResult::Status::NoKeychain: return "NoKeychain";
    case KeychainResult::Status::Failed: return "Failed";
    }
    return "?";
}

/// Waits for a keychain future while the event loop runs (QtKeychain answers through it).
KeychainResult await(QFuture<KeychainResult> future)
{
    QFutureWatcher<KeychainResult> watcher;
    watcher.setFuture(future);
    if (!future.isFinished()) {
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<KeychainResult>::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return future.resultCount() > 0 ? future.result() : KeychainResult{};
}

/// Child process mode (--probe): one read in whatever environment the parent gave us.
/// The store's own timeout is set far beyond the parent's patience, so only a real detection of
/// the missing keychain, not the timeout, can make the parent's test pass.
int probe()
{
    PasswordStore store;
    store.setTimeout(std::chrono::seconds(120));
    const KeychainResult result = await(store.readPassword(QStringLiteral("probe@nowhere:5432/none")));
    std::printf("%s\n", statusName(result.status));
    std::fprintf(stderr, "%s\n", qPrintable(result.detail));
    return 0;
}

} // namespace

/// Runs inside a private D-Bus session with an unlocked gnome-keyring (tests/CMakeLists KEYCHAIN).
class TestPasswordStore : public QObject
{
    Q_OBJECT
private slots:
    void keyIsTheConnectionsDisplayName();
    void writeReadDeleteRoundTrip();
    void overwriteKeepsTheLatest();
    void noSessionBusMeansNoKeychain();
    void noKeychainHasAMessageForPeople();
};

void TestPasswordStore::keyIsTheConnectionsDisplayName()
{
    ConnectionSettings s;
    s.user = QStringLiteral("ana");
    s.host = QStringLiteral("db.hns.example");
    s.port = 6432;
    s.database = QStringLiteral("tribina");
    QCOMPARE(PasswordStore::keyFor(s), QStringLiteral("ana@db.hns.example:6432/tribina"));
    QCOMPARE(PasswordStore().service(), QStringLiteral("Tribina"));
}

void TestPasswordStore::writeReadDeleteRoundTrip()
{
    PasswordStore store;
    const QString key = QStringLiteral("tst-%1@127.0.0.1:5432/tribina")
                            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString password = QStringLiteral("Šifra-čćđž 42!");

    const KeychainResult written = await(store.writePassword(key, password));
    QVERIFY2(written.ok(), qPrintable(QLatin1String(statusName(written.status)) + u' ' + written.detail));

    const KeychainResult read = await(store.readPassword(key));
    QVERIFY2(read.ok(), qPrintable(read.detail));
    QCOMPARE(read.password, password);

    const KeychainResult deleted = await(store.deletePassword(key));
    QVERIFY2(deleted.ok(), qPrintable(deleted.detail));

    const KeychainResult gone = await(store.readPassword(key));
    QCOMPARE(statusName(gone.status), statusName(KeychainResult::Status::NotFound));
    QVERIFY(gone.password.isEmpty());
    QVERIFY(gone.message().isEmpty()); // "nothing remembered" is not news for people
}

void TestPasswordStore::overwriteKeepsTheLatest()
{
    PasswordStore store;
    const QString key = QStringLiteral("tst-overwrite-%1").arg(QUuid::createUuid().toString());
    QVERIFY(await(store.writePassword(key, QStringLiteral("first"))).ok());
    QVERIFY(await(store.writePassword(key, QStringLiteral("second"))).ok());
    QCOMPARE(await(store.readPassword(key)).password, QStringLiteral("second"));
    QVERIFY(await(store.deletePassword(key)).ok());
    // Deleting what is not there is not an error: "forget my password" always succeeds.
    QVERIFY(await(store.deletePassword(key)).ok());
}

void TestPasswordStore::noSessionBusMeansNoKeychain()
{
    QTemporaryDir emptyRuntimeDir;
    QVERIFY(emptyRuntimeDir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));          // no X11 autolaunch of a bus either
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), emptyRuntimeDir.path()); // no $XDG_RUNTIME_DIR/bus

    QProcess child;
    child.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--probe")});
    QVERIFY(child.waitForStarted());
    const bool finished = child.waitForFinished(30'000);
    if (!finished)
        child.kill();
    QVERIFY2(finished, "the keychain read hung without a D-Bus session");
    QCOMPARE(child.exitCode(), 0);
    const QString status = QString::fromLatin1(child.readAllStandardOutput()).trimmed();
    QVERIFY2(status == QLatin1String("NoKeychain"),
             qPrintable(status + QLatin1String(" / ") + QString::fromLocal8Bit(child.readAllStandardError())));
    QVERIFY(clock.elapsed() < 30'000);
}

void TestPasswordStore::noKeychainHasAMessageForPeople()
{
    KeychainResult result;
    result.status = KeychainResult::Status::NoKeychain;
    QCOMPARE(result.message(),
             QStringLiteral("No system keychain is available; the password will not be remembered."));
    result.status = KeychainResult::Status::Failed;
    result.detail = QStringLiteral("locked");
    QVERIFY(result.message().contains(QStringLiteral("locked")));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--probe")))
        return probe();
    TestPasswordStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_passwordstore.moc"
