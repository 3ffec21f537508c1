// Hold tokens of counters on one workstation: two running counters never take each other's
// token; a counter that died (killed, or ended without cleaning up) leaves a token the next
// start recovers. "Other counters" are registries in this process and copies of this test
// binary started as child processes (a real second process that is alive, then killed).
#include "boxoffice/holdtokenregistry.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>
#include <cstdlib>

using namespace Tribina;

namespace {

const char *const ChildVariable = "TRIBINA_HOLDTOKEN_CHILD";

/// A counter in a child process: claims token for owner, then either dies at once without
/// cleaning up ("crash") or says "claimed" and lives until it is killed ("live").
int runChild(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char('|'));
    if (parts.size() != 5)
        return 2;
    auto *registry = new HoldTokenRegistry(HoldTokenRegistry::Options{parts.at(0), parts.at(1)});
    if (!registry->claim(QUuid(parts.at(2)), QUuid(parts.at(3))))
        return 3;
    if (parts.at(4) == QLatin1String("crash"))
        std::_Exit(9); // no destructors: the lock file and the entry stay behind
    std::fputs("claimed\n", stdout);
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

} // namespace

class TestHoldTokenRegistry : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void twoCountersKeepTheirTokens();
    void crashedCounterIsRecoveredOnce();
    void liveCounterInAnotherProcessIsLeftAlone();
    void unreleasedOrphanIsFoundAgain();
    void otherClerksTokensAreNotTaken();

private:
    HoldTokenRegistry::Options options() const
    {
        return {m_dir->filePath(QStringLiteral("locks")), m_dir->filePath(QStringLiteral("settings.ini"))};
    }
    QProcess *startChild(const QUuid &token, const QUuid &owner, const QString &mode);

    std::unique_ptr<QTemporaryDir> m_dir;
    const QUuid m_clerk = QUuid::createUuid();
};

void TestHoldTokenRegistry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QProcess *TestHoldTokenRegistry::startChild(const QUuid &token, const QUuid &owner, const QString &mode)
{
    auto *child = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildVariable),
               QStringList{options().directory, options().settingsFile, token.toString(), owner.toString(), mode}
                   .join(QLatin1Char('|')));
    child->setProcessEnvironment(env);
    child->start(QCoreApplication::applicationFilePath(), {});
    return child;
}

void TestHoldTokenRegistry::twoCountersKeepTheirTokens()
{
    const QUuid first = QUuid::createUuid(), second = QUuid::createUuid();
    auto a = std::make_unique<HoldTokenRegistry>(options());
    QVERIFY(a->claim(first, m_clerk));
    HoldTokenRegistry b(options());
    QVERIFY(b.claim(second, m_clerk));
    QVERIFY(QFile::exists(a->lockFilePath(first)));
    const QList<QUuid> both = a->listed();
    QCOMPARE(QSet<QUuid>(both.cbegin(), both.cend()), (QSet<QUuid>{first, second}));

    // Same clerk, same workstation: neither start-up takes the other's live token.
    QVERIFY(b.takeOrphans(m_clerk).isEmpty());
    QVERIFY(a->takeOrphans(m_clerk).isEmpty());
    HoldTokenRegistry third(options());
    QVERIFY(third.takeOrphans(m_clerk).isEmpty());
    // A token cannot be claimed twice.
    QVERIFY(!third.claim(first, m_clerk));

    // A counter that closes cleanly drops its entry and lock; the other stays.
    a.reset();
    QCOMPARE(b.listed(), QList<QUuid>{second});
    QVERIFY(!QFile::exists(b.lockFilePath(first)));
    QVERIFY(QFile::exists(b.lockFilePath(second)));
}

void TestHoldTokenRegistry::crashedCounterIsRecoveredOnce()
{
    const QUuid crashed = QUuid::createUuid();
    QProcess *child = startChild(crashed, m_clerk, QStringLiteral("crash"));
    QVERIFY(child->waitForFinished(10'000));
    QCOMPARE(child->exitCode(), 9);
    HoldTokenRegistry next(options());
    QVERIFY(QFile::exists(next.lockFilePath(crashed))); // the stale lock is still there
    QCOMPARE(next.listed(), QList<QUuid>{crashed});

    QVERIFY(next.claim(QUuid::createUuid(), m_clerk));
    QCOMPARE(next.takeOrphans(m_clerk), QList<QUuid>{crashed});
    // Another counter starting meanwhile does not recover it a second time.
    HoldTokenRegistry other(options());
    QVERIFY(other.takeOrphans(m_clerk).isEmpty());

    next.forget(crashed); // its holds are released
    QVERIFY(!next.listed().contains(crashed));
    QVERIFY(!QFile::exists(next.lockFilePath(crashed)));
    QVERIFY(other.takeOrphans(m_clerk).isEmpty());
}

void TestHoldTokenRegistry::liveCounterInAnotherProcessIsLeftAlone()
{
    const QUuid live = QUuid::createUuid();
    QProcess *child = startChild(live, m_clerk, QStringLiteral("live"));
    QVERIFY(child->waitForStarted(10'000));
    QVERIFY2(child->waitForReadyRead(10'000), child->readAllStandardError().constData());
    QVERIFY(child->readAllStandardOutput().contains("claimed"));

    HoldTokenRegistry mine(options());
    QVERIFY(mine.claim(QUuid::createUuid(), m_clerk));
    QVERIFY(mine.listed().contains(live));
    QVERIFY(mine.takeOrphans(m_clerk).isEmpty()); // the other process lives: hands off

    // kill -9: the process dies holding its lock; the next look recovers the token.
    child->kill();
    QVERIFY(child->waitForFinished(10'000));
    QCOMPARE(mine.takeOrphans(m_clerk), QList<QUuid>{live});
    mine.forget(live);
    QCOMPARE(mine.listed(), QList<QUuid>{mine.claimed()});
}

void TestHoldTokenRegistry::unreleasedOrphanIsFoundAgain()
{
    const QUuid crashed = QUuid::createUuid();
    QProcess *child = startChild(crashed, m_clerk, QStringLiteral("crash"));
    QVERIFY(child->waitForFinished(10'000));
    {
        // Offline at start-up: the release fails, so the token is not forgotten.
        HoldTokenRegistry offline(options());
        QCOMPARE(offline.takeOrphans(m_clerk), QList<QUuid>{crashed});
    }
    HoldTokenRegistry later(options());
    QCOMPARE(later.takeOrphans(m_clerk), QList<QUuid>{crashed});
}

void TestHoldTokenRegistry::otherClerksTokensAreNotTaken()
{
    const QUuid colleague = QUuid::createUuid();
    const QUuid recent = QUuid::createUuid(), old = QUuid::createUuid();
    QVERIFY(startChild(recent, colleague, QStringLiteral("crash"))->waitForFinished(10'000));
    QVERIFY(startChild(old, colleague, QStringLiteral("crash"))->waitForFinished(10'000));
    {
        // The second one was claimed two days ago.
        QSettings settings(options().settingsFile, QSettings::IniFormat);
        const QString key = QStringLiteral("counter/holdTokens/") + old.toString(QUuid::WithoutBraces);
        QStringList entry = settings.value(key).toStringList();
        QCOMPARE(entry.size(), 2);
        entry[1] = QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate);
        settings.setValue(key, entry);
    }
    HoldTokenRegistry mine(options());
    QVERIFY(mine.takeOrphans(m_clerk).isEmpty()); // only the colleague can release them
    QCOMPARE(mine.listed(), QList<QUuid>{recent}); // the old entry is pruned
    QCOMPARE(mine.takeOrphans(colleague), QList<QUuid>{recent});
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(ChildVariable))
        return runChild(qEnvironmentVariable(ChildVariable));
    QCoreApplication app(argc, argv);
    TestHoldTokenRegistry test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_holdtokenregistry.moc"
