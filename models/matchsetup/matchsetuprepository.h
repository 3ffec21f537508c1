#pragma once

#include "matchsetup/matchsetuptypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QSqlQuery;

namespace Tribina {

/// The match set-up's way to the database (migration 0006): matches, price categories, the
/// per-match sector configuration, sales phases, fees, inventory generation, the configuration
/// lifecycle and seat operations. Rules live in the SQL functions; this class binds values and
/// turns their refusals into translated messages.
///
/// Blocking calls on the caller's connection: run it on the database thread (DbSession::run),
/// from tribina-admin or from tests, never on the GUI thread.
class MatchSetupRepository
{
    Q_DECLARE_TR_FUNCTIONS(MatchSetupRepository)
public:
    using SectorChange = SetupSectorChange;

    /// Called between batches of sectors: (sectors done, sectors in all); false cancels.
    using Progress = std::function<bool(int, int)>;

    explicit MatchSetupRepository(QSqlDatabase &db) : m_db(db) {}

    Outcome listVenues(QList<SetupVenue> *venues);
    Outcome listMatches(QList<SetupMatch> *matches);
    /// Inserts (null id; the id is filled in) or updates the match's descriptive fields.
    Outcome saveMatch(SetupMatch *match);

    Outcome loadCategories(const QUuid &match, QList<SetupPriceCategory> *categories);
    Outcome saveCategory(const QUuid &match, SetupPriceCategory *category);
    Outcome deleteCategory(const QUuid &category);

    Outcome loadSectors(const QUuid &match, QList<SetupSector> *sectors);
    /// Applies change to the given stadium sectors of the match (creating their match_sectors
    /// rows when missing). Only while the configuration is DRAFT.
    Outcome configureSectors(const QUuid &match, const QList<QUuid> &sectorIds, const SectorChange &change);
    /// Paints a category on single seats (null: back to the sector's). Returns the count changed.
    Outcome setSeatCategory(const QUuid &match, const QList<QUuid> &inventoryIds, const QUuid &category,
                            int *changed = nullptr);

    Outcome loadPhases(const QUuid &match, QList<SetupPhase> *phases);
    /// Overlapping phases are refused with a message saying so (SQLSTATE 23P01).
    Outcome savePhase(const QUuid &match, SetupPhase *phase);
    Outcome deletePhase(const QUuid &phase);

    /// The fee configuration prices are computed with (as SQL match_fee_rates() and
    /// loadFeeRates() choose it): the match's own row in force on the kick-off date (Europe/Zagreb),
    /// else the default row (match_id NULL); found false when neither is in force.
    Outcome loadFees(const QUuid &match, SetupFees *fees);
    /// The match's own row (the one in force first, else the latest); found false: it has none.
    Outcome loadOwnFees(const QUuid &match, SetupFees *fees);
    /// Stores the match's own fee configuration (fees->id null: a new row; filled in). Each
    /// percentage 0–100 % in hundredths, the period must contain the match day. Only while the
    /// configuration is DRAFT. Audited (match_change).
    Outcome saveOwnFees(const QUuid &match, SetupFees *fees);
    /// Removes the match's own rows: the default configuration applies again. Only while DRAFT.
    Outcome useDefaultFees(const QUuid &match);

    /// Generates the inventory in one transaction, a batch of sectors per call of the SQL
    /// function so progress can report and cancel (cancel: rolled back, nothing written).
    GenerateResult generateInventory(const QUuid &match, const Progress &progress = {});

    Outcome problems(const QUuid &match, QList<ConfigProblem> *problems);
    /// "DRAFT", "VALIDATED" or "LOCKED".
    LifecycleResult setConfigStatus(const QUuid &match, const QString &target);
    Outcome publish(const QUuid &match);
    CancelResult cancelMatch(const QUuid &match, const QString &reason);
    /// target: AVAILABLE, BLOCKED, OFFICIAL, TECHNICAL, MAINTENANCE, QUARANTINED, INACTIVE.
    SeatOperationResult applySeats(const QUuid &match, const QList<QUuid> &inventoryIds,
                                   const QString &target, const QString &reason);

    /// '{…}' literal of a uuid[] for binding.
    static QString uuidArray(const QList<QUuid> &ids);

private:
    Outcome failure(const QSqlQuery &query, const QString &what) const;
    bool configIsDraft(const QUuid &match, Outcome *outcome);

    QSqlDatabase &m_db;
};

} // namespace Tribina
