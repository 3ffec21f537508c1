#pragma once

#include <QList>
#include <QString>
#include <QUuid>

#include <map>
#include <memory>

class QLockFile;
class QSettings;

namespace Tribina {

/// The hold tokens of the counters running on this workstation, so that a counter can release
/// the holds a crashed one left behind without touching those of another counter still running
/// (two windows of the app for the same clerk, say).
///
/// Each running counter claims its token: a lock file (QLockFile, one per token) that it keeps
/// locked while it lives, and an entry in the settings naming the token and its staff user. At
/// start-up takeOrphans() returns the tokens whose lock can be taken: the process that held it
/// died (its lock is stale) or never made one. A live counter's lock cannot be taken, so its
/// token is never returned. Locks are judged by the owning process only (stale lock time 0):
/// a counter left open for days keeps its holds.
///
/// The entries are changed under a short lock of their own, so two counters starting together
/// do not lose each other's entry.
class HoldTokenRegistry
{
public:
    struct Options
    {
        QString directory;    ///< lock files; empty: defaultDirectory()
        QString settingsFile; ///< INI file of the entries; empty: the application's QSettings
    };

    HoldTokenRegistry();
    explicit HoldTokenRegistry(Options options);
    /// Drops this counter's entry and lock (its holds were released or expire by themselves);
    /// tokens taken but not forgotten stay listed for the next start.
    ~HoldTokenRegistry();
    HoldTokenRegistry(const HoldTokenRegistry &) = delete;
    HoldTokenRegistry &operator=(const HoldTokenRegistry &) = delete;

    /// Registers token as this counter's, for the staff user owner. False when its lock file
    /// cannot be made (the counter still works; a crash then leaves its holds to expire).
    bool claim(const QUuid &token, const QUuid &owner);
    QUuid claimed() const { return m_token; }

    /// Tokens of owner whose counter is gone. This registry holds their locks until forget()
    /// (or its end), so two counters starting together do not both recover one. Entries of
    /// other staff users older than a day are dropped: their holds expired long ago.
    QList<QUuid> takeOrphans(const QUuid &owner);
    /// The token's holds are released: its entry and lock file go.
    void forget(const QUuid &token);

    /// Tokens listed in the settings, any owner.
    QList<QUuid> listed() const;
    QString lockFilePath(const QUuid &token) const;

    static QString defaultDirectory();

private:
    /// The token's lock, when no live counter holds it.
    std::unique_ptr<QLockFile> takeLock(const QUuid &token) const;
    std::unique_ptr<QSettings> openSettings() const;
    /// Runs change on the freshly read entries under the registry's own short lock.
    template<typename Change>
    bool changeEntries(Change change) const;

    Options m_options;
    QUuid m_token;
    std::unique_ptr<QLockFile> m_lock;
    std::map<QUuid, std::unique_ptr<QLockFile>> m_taken; ///< orphans being recovered
};

} // namespace Tribina
