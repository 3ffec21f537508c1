#include "passwordstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QTimer>

#include <memory>

namespace Tribina {

namespace {

/// One keychain job's promise; whichever comes first, the job's answer or the timeout, settles it.
struct PendingJob
{
    QPromise<KeychainResult> promise;
    bool settled = false;

    void settle(const KeychainResult &result)
    {
        if (settled)
            return;
        settled = true;
        promise.addResult(result);
        promise.finish();
    }
};

/// libsecret reports a missing session bus as a generic error ("Cannot autolaunch D-Bus ...",
/// "Could not connect: ..."), so look at the environment too: no bus address and no bus socket
/// in the runtime directory means there is nobody to talk to.
bool sessionBusLikelyMissing()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return runtimeDir.isEmpty() || !QFileInfo::exists(QDir(runtimeDir).filePath(QStringLiteral("bus")));
}

bool mentionsMissingService(const QString &text)
{
    static const char *const needles[] = {"d-bus", "dbus", "org.freedesktop.secrets",
                                          "autolaunch", "secret service", "no keyring daemon",
                                          "not provided by any .service"};
    for (const char *needle : needles)
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    return false;
}

KeychainResult resultOf(const QKeychain::Job &job)
{
    KeychainResult result;
    result.detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = KeychainResult::Status::Ok;
        if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(&job))
            result.password = read->textData();
        result.detail.clear();
        break;
    case QKeychain::EntryNotFound:
        result.status = KeychainResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = KeychainResult::Status::NoKeychain;
        break;
    case QKeychain::OtherError:
        result.status = (sessionBusLikelyMissing() || mentionsMissingService(result.detail))
            ? KeychainResult::Status::NoKeychain
            : KeychainResult::Status::Failed;
        break;
    default:
        result.status = KeychainResult::Status::Failed;
        break;
    }
    return result;
}

/// Starts job and returns a future of its result. The job is not parented: QtKeychain's libsecret
/// callbacks refer to it until they run, so it must outlive us and delete itself (autoDelete).
QFuture<KeychainResult> start(QKeychain::Job *job, std::chrono::milliseconds timeout)
{
    auto pending = std::make_shared<PendingJob>();
    pending->promise.start();
    QFuture<KeychainResult> future = pending->promise.future();

    job->setAutoDelete(true);
    // Never the QSettings plain-text store of QtKeychain: a password in a file is what we avoid.
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [pending](QKeychain::Job *done) { pending->settle(resultOf(*done)); });
    // The timer is not tied to the job, so it fires even if the job's backend never calls back.
    QTimer::singleShot(timeout, QCoreApplication::instance(), [pending] {
        KeychainResult result;
        result.status = KeychainResult::Status::NoKeychain;
        result.detail = QStringLiteral("The keychain did not answer in time");
        pending->settle(result);
    });
    job->start();
    return future;
}

} // namespace

PasswordStore::PasswordStore(QString service)
    : m_service(std::move(service))
{}

QFuture<KeychainResult> PasswordStore::readPassword(const QString &key) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    return start(job, m_timeout);
}

QFuture<KeychainResult> PasswordStore::writePassword(const QString &key, const QString &password) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(password);
    return start(job, m_timeout);
}

QFuture<KeychainResult> PasswordStore::deletePassword(const QString &key) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    return start(job, m_timeout);
}

} // namespace Tribina
