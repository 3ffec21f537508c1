#pragma once

#include "cache/cachedmatch.h"
#include "domain/outcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Tribina {

/// The workstation's local cache: one SQLite file (WAL mode) holding, per match, the match row,
/// its price categories and sectors and the seat inventory with the seats' places — the last
/// known state, so the counter draws its map at once on start-up, before the server answers.
///
/// One store = one SQLite connection, used only on the thread that opened it: the GUI reads
/// through its own store, MatchDeltaSync writes through another on the database thread; WAL
/// lets both work at the same time.
class MatchSnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(MatchSnapshotStore)
public:
    /// $XDG_CACHE_HOME/tribina/cache.sqlite (QStandardPaths::GenericCacheLocation).
    static QString defaultPath();

    explicit MatchSnapshotStore(QString path = defaultPath());
    ~MatchSnapshotStore();
    MatchSnapshotStore(const MatchSnapshotStore &) = delete;
    MatchSnapshotStore &operator=(const MatchSnapshotStore &) = delete;

    /// Opens (creating the file, its folder and the tables when needed).
    Outcome open();
    bool isOpen() const;
    QString path() const { return m_path; }

    /// Replaces everything stored about the match.
    Outcome replaceMatch(const MatchSnapshot &snapshot);
    /// Replaces the match row, categories and sectors (small tables re-read in full).
    Outcome replaceMatchTables(const CachedMatch &match, const QList<CachedCategory> &categories,
                               const QList<CachedSector> &sectors);
    /// Applies seat changes, skipping any whose change number is not newer than the stored
    /// one (the overlap window reads changes twice). *applied receives the ones that changed
    /// something; *unknown counts inventory rows the cache does not have (a full reload is due).
    Outcome applySeatChanges(const QUuid &matchId, const QList<SeatDelta> &changes,
                             QList<SeatDelta> *applied, int *unknown = nullptr);
    Outcome setWatermark(const QUuid &matchId, qint64 watermark);

    /// Everything stored about the match, or nothing when it is not in the cache.
    std::optional<MatchSnapshot> load(const QUuid &matchId) const;
    /// The matches in the cache, by kick-off.
    QList<CachedMatch> matches() const;
    qint64 watermark(const QUuid &matchId) const;
    /// Each stored inventory row's change number (what the delta sync de-duplicates against).
    QHash<QUuid, qint64> seatChangeNumbers(const QUuid &matchId) const;

private:
    Outcome createSchema();

    QString m_path;
    QString m_connection;
};

} // namespace Tribina
