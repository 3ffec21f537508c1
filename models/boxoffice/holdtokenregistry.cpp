#include "boxoffice/holdtokenregistry.h"

#include <QDateTime>
#include <QDir>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>

namespace Tribina {

namespace {

const QString Group = QStringLiteral("counter/holdTokens");
constexpr int GuardTimeoutMs = 5'000;
constexpr qint64 ForgetOthersAfterSecs = 24 * 3600;

QString text(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

HoldTokenRegistry::HoldTokenRegistry()
    : HoldTokenRegistry(Options{})
{
}

HoldTokenRegistry::HoldTokenRegistry(Options options)
    : m_options(std::move(options))
{
    if (m_options.directory.isEmpty())
        m_options.directory = defaultDirectory();
    QDir().mkpath(m_options.directory);
}

HoldTokenRegistry::~HoldTokenRegistry()
{
    if (!m_token.isNull())
        changeEntries([this](QSettings &s) { s.remove(text(m_token)); });
    m_taken.clear(); // unlocking removes their files: the next start finds them again
    m_lock.reset();
}

QString HoldTokenRegistry::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/holdtokens");
}

QString HoldTokenRegistry::lockFilePath(const QUuid &token) const
{
    return QDir(m_options.directory).filePath(text(token) + QStringLiteral(".lock"));
}

std::unique_ptr<QLockFile> HoldTokenRegistry::takeLock(const QUuid &token) const
{
    auto lock = std::make_unique<QLockFile>(lockFilePath(token));
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (!lock->tryLock(0))
        return {}; // a live counter holds it (or the file is unreadable: leave it be)
    return lock;
}

std::unique_ptr<QSettings> HoldTokenRegistry::openSettings() const
{
    auto settings = m_options.settingsFile.isEmpty()
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(m_options.settingsFile, QSettings::IniFormat);
    settings->sync(); // what other counters wrote meanwhile
    return settings;
}

template<typename Change>
bool HoldTokenRegistry::changeEntries(Change change) const
{
    QLockFile guard(QDir(m_options.directory).filePath(QStringLiteral("registry.lock")));
    if (!guard.tryLock(GuardTimeoutMs))
        return false;
    const std::unique_ptr<QSettings> settings = openSettings();
    settings->beginGroup(Group);
    change(*settings);
    settings->endGroup();
    settings->sync();
    return settings->status() == QSettings::NoError;
}

bool HoldTokenRegistry::claim(const QUuid &token, const QUuid &owner)
{
    m_lock.reset();
    m_token = {};
    m_lock = takeLock(token);
    if (!m_lock)
        return false;
    m_token = token;
    // The lock first, then the entry: a listed token without a live lock is always an orphan.
    return changeEntries([&](QSettings &s) {
        s.setValue(text(token), QStringList{text(owner), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    });
}

QList<QUuid> HoldTokenRegistry::takeOrphans(const QUuid &owner)
{
    QList<QUuid> orphans;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    changeEntries([&](QSettings &s) {
        for (const QString &key : s.childKeys()) {
            const QUuid token(key);
            const QStringList entry = s.value(key).toStringList();
            if (token.isNull()) {
                s.remove(key);
                continue;
            }
            if (token == m_token || m_taken.count(token))
                continue;
            if (QUuid(entry.value(0)) != owner) {
                // Another clerk's: only they can release it (seats_release checks the user).
                const QDateTime claimed = QDateTime::fromString(entry.value(1), Qt::ISODate);
                if (claimed.isValid() && claimed.secsTo(now) > ForgetOthersAfterSecs && takeLock(token))
                    s.remove(key); // the lock goes with the temporary
                continue;
            }
            if (auto lock = takeLock(token)) {
                m_taken.emplace(token, std::move(lock));
                orphans.append(token);
            }
        }
    });
    return orphans;
}

void HoldTokenRegistry::forget(const QUuid &token)
{
    if (token == m_token)
        return;
    changeEntries([&](QSettings &s) { s.remove(text(token)); });
    m_taken.erase(token);
}

QList<QUuid> HoldTokenRegistry::listed() const
{
    QList<QUuid> tokens;
    const std::unique_ptr<QSettings> settings = openSettings();
    settings->beginGroup(Group);
    for (const QString &key : settings->childKeys())
        tokens.append(QUuid(key));
    return tokens;
}

} // namespace Tribina
