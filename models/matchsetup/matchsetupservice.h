#pragma once

#include "matchsetup/matchsetuptypes.h"

#include <QFuture>

#include <atomic>
#include <memory>

namespace Tribina {

class DbSession;

/// The match set-up for widgets: every call runs MatchSetupRepository on the session's database
/// thread and returns a QFuture at once (ARCHITECTURE.md, "Threads").
class MatchSetupService
{
public:
    struct Overview
    {
        Outcome outcome;
        QList<SetupVenue> venues;
        QList<SetupMatch> matches;
    };
    /// Everything the editor shows of one match.
    struct Details
    {
        Outcome outcome;
        QList<SetupPriceCategory> categories;
        QList<SetupSector> sectors;
        QList<SetupPhase> phases;
        SetupFees fees;    ///< in force: what prices are computed with
        SetupFees ownFees; ///< the match's own row; found false: the default applies
    };
    struct Saved
    {
        Outcome outcome;
        QUuid id;
    };
    struct Problems
    {
        Outcome outcome;
        QList<ConfigProblem> problems;
    };
    /// Shared with the database thread while an inventory is generated: progress to show and a
    /// cancel request (checked between batches; a cancel rolls everything back).
    struct GenerationControl
    {
        std::atomic<int> done{0};
        std::atomic<int> total{0};
        std::atomic<bool> cancel{false};
    };

    explicit MatchSetupService(DbSession &session) : m_session(session) {}

    QFuture<Overview> overview();
    QFuture<Details> details(const QUuid &match);
    QFuture<Saved> saveMatch(const SetupMatch &match);
    QFuture<Saved> saveCategory(const QUuid &match, const SetupPriceCategory &category);
    QFuture<Outcome> deleteCategory(const QUuid &category);
    QFuture<Outcome> configureSectors(const QUuid &match, const QList<QUuid> &sectorIds,
                                      const SetupSectorChange &change);
    QFuture<Outcome> setSeatCategory(const QUuid &match, const QList<QUuid> &inventoryIds, const QUuid &category);
    QFuture<Saved> savePhase(const QUuid &match, const SetupPhase &phase);
    QFuture<Outcome> deletePhase(const QUuid &phase);
    QFuture<Saved> saveOwnFees(const QUuid &match, const SetupFees &fees);
    QFuture<Outcome> useDefaultFees(const QUuid &match);
    QFuture<GenerateResult> generateInventory(const QUuid &match, std::shared_ptr<GenerationControl> control);
    QFuture<Problems> problems(const QUuid &match);
    QFuture<LifecycleResult> setConfigStatus(const QUuid &match, const QString &target);
    QFuture<Outcome> publish(const QUuid &match);
    QFuture<CancelResult> cancelMatch(const QUuid &match, const QString &reason);
    QFuture<SeatOperationResult> applySeats(const QUuid &match, const QList<QUuid> &inventoryIds,
                                            const QString &target, const QString &reason);

private:
    DbSession &m_session;
};

} // namespace Tribina
