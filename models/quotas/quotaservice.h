#pragma once

#include "cache/cachedmatch.h"
#include "domain/outcome.h"
#include "quotas/matchinventory.h"
#include "quotas/quotacsv.h"
#include "quotas/quotaimportresult.h"
#include "quotas/quotatypes.h"

#include <QFuture>
#include <QHash>
#include <QObject>

#include <memory>

namespace Tribina {

class DbSession;

/// A value from the database thread, or why there is none.
template<typename T>
struct QuotaResult
{
    Outcome outcome;
    T value{};
};

/// Everything the quota manager shows of one match, read in one go.
struct QuotaMatchState
{
    QList<QuotaSummary> quotas;
    std::shared_ptr<MatchInventory> inventory;
    QHash<QUuid, QUuid> owners; ///< inventory id -> quota id (live quota seats)
    /// The match as the counter's cache reads it (sector outlines, row geometry): the map is
    /// built from it exactly as the counter's map is. Null when it could not be read.
    std::shared_ptr<MatchSnapshot> snapshot;
};

/// The quota manager's façade for widgets: every call runs on the DB thread (DbSession::run)
/// and returns a future; the widgets never see SQL. Allocation previews are computed by the
/// caller on the loaded MatchInventory (QuotaAllocator is pure and takes microseconds).
class QuotaService : public QObject
{
    Q_OBJECT

public:
    explicit QuotaService(DbSession &session, QObject *parent = nullptr);

    QFuture<QuotaResult<QList<QuotaMatch>>> matches();
    QFuture<QuotaResult<QuotaMatchState>> loadMatch(const QUuid &matchId);
    /// Creates the quota and commits its seats in one transaction (nothing when either fails);
    /// with draft.petrolAllocation it is marked as the match's petrol allocation in it too.
    QFuture<QuotaResult<QUuid>> createWithSeats(const QuotaDraft &draft, const QList<QUuid> &inventoryIds);
    QFuture<QuotaResult<int>> adjust(const QUuid &quotaId, const QList<QUuid> &add, const QList<QUuid> &remove);
    /// Makes an existing quota its match's petrol station allocation (QuotaRepository::markPetrolAllocation).
    QFuture<QuotaResult<bool>> markPetrolAllocation(const QUuid &quotaId);
    QFuture<QuotaResult<int>> cancel(const QUuid &quotaId, QuotaCancellation type);
    QFuture<QuotaResult<QList<QuotaSeatRow>>> seatsOf(const QUuid &quotaId);
    QFuture<QuotaResult<QList<SubquotaNode>>> subquotaTree(const QUuid &quotaId);
    QFuture<QuotaResult<QList<QuotaCsvRow>>> previewImport(const QList<QUuid> &matchIds, const QuotaCsv::File &file,
                                                           QuotaAlgorithm algorithm);
    /// progress is called on the DB thread; post it to the GUI thread yourself.
    QFuture<QuotaResult<QuotaImportResult>> runImport(const QList<QUuid> &matchIds, const QuotaCsv::File &file,
                                                        const QuotaImportOptions &options,
                                                        const QuotaImportProgress &progress);

private:
    DbSession &m_session;
};

} // namespace Tribina
