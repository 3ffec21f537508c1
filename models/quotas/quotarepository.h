#pragma once

#include "domain/outcome.h"
#include "quotas/matchinventory.h"
#include "quotas/quotatypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Tribina {

/// The quota manager's SQL, on the caller's connection (the DB thread's, or the CLI's): reads
/// quota_overview and the inventory, writes only through the 0010 functions (quota_create,
/// quota_allocate, quota_adjust, quota_cancel), so every write is checked and audited there.
class QuotaRepository
{
    Q_DECLARE_TR_FUNCTIONS(Tribina::QuotaRepository)

public:
    /// Seats proposed (preview) or committed by an automatic allocation.
    struct Allocation
    {
        QUuid quotaId;
        QList<QuotaSeatRow> seats;
        QList<QUuid> inventoryIds;
        bool committed = false;
    };

    explicit QuotaRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<QuotaMatch> matches(Outcome *outcome = nullptr);
    /// A match's sectors with their free seats.
    QList<QuotaSector> sectors(const QUuid &matchId, Outcome *outcome = nullptr);
    QList<QuotaSummary> quotas(const QUuid &matchId, Outcome *outcome = nullptr);
    Outcome quota(const QUuid &quotaId, QuotaSummary *out);
    /// The quota's live seats (not cancelled), sector, row and seat order.
    QList<QuotaSeatRow> seatsOf(const QUuid &quotaId, Outcome *outcome = nullptr);
    QList<SubquotaNode> subquotaTree(const QUuid &quotaId, Outcome *outcome = nullptr);

    Outcome create(const QuotaDraft &draft, QUuid *quotaId);
    /// Commits chosen seats (all or nothing; the error names seats taken meanwhile).
    Outcome allocateSeats(const QUuid &quotaId, const QList<QUuid> &inventoryIds);
    Outcome adjust(const QUuid &quotaId, const QList<QUuid> &add, const QList<QUuid> &remove);
    Outcome cancel(const QUuid &quotaId, QuotaCancellation type, int *released = nullptr);
    /// Makes the quota its match's petrol station allocation (0011 petrol_allocation_mark, audited
    /// there). Refused, with a message naming the other quota, while the match has another active
    /// one (PENDING/ACTIVE; the unique index stops a race), and for a cancelled quota. Marking the
    /// allocation again succeeds and changes nothing. Call it inside inTransaction() to make it
    /// part of the quota's creation.
    Outcome markPetrolAllocation(const QUuid &quotaId);

    /// Chooses the quota's missing seats with its algorithm and, unless dryRun, commits them.
    Outcome allocate(const QUuid &quotaId, bool dryRun, Allocation *out);
    /// The same on an inventory the caller keeps (many quotas in a row: one load).
    Outcome allocate(const QuotaSummary &quota, MatchInventory &inventory, bool dryRun, Allocation *out);

    /// Runs work in a transaction (BEGIN/COMMIT, ROLLBACK when it fails).
    Outcome inTransaction(const std::function<Outcome()> &work);

    QSqlDatabase &database() { return m_db; }

private:
    QSqlDatabase m_db;
};

/// '{a,b}' for a uuid[] parameter.
QString uuidArrayLiteral(const QList<QUuid> &ids);

} // namespace Tribina
