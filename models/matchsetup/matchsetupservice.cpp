#include "matchsetup/matchsetupservice.h"

#include "db/dbsession.h"
#include "matchsetup/matchsetuprepository.h"

#include <QSqlDatabase>

namespace Tribina {

QFuture<MatchSetupService::Overview> MatchSetupService::overview()
{
    return m_session.run<Overview>([](QSqlDatabase &db) {
        MatchSetupRepository repo(db);
        Overview r;
        r.outcome = repo.listVenues(&r.venues);
        if (r.outcome)
            r.outcome = repo.listMatches(&r.matches);
        return r;
    });
}

QFuture<MatchSetupService::Details> MatchSetupService::details(const QUuid &match)
{
    return m_session.run<Details>([match](QSqlDatabase &db) {
        MatchSetupRepository repo(db);
        Details r;
        r.outcome = repo.loadCategories(match, &r.categories);
        if (r.outcome)
            r.outcome = repo.loadSectors(match, &r.sectors);
        if (r.outcome)
            r.outcome = repo.loadPhases(match, &r.phases);
        if (r.outcome)
            r.outcome = repo.loadFees(match, &r.fees);
        if (r.outcome)
            r.outcome = repo.loadOwnFees(match, &r.ownFees);
        return r;
    });
}

QFuture<MatchSetupService::Saved> MatchSetupService::saveMatch(const SetupMatch &match)
{
    return m_session.run<Saved>([m = match](QSqlDatabase &db) mutable {
        Saved r;
        r.outcome = MatchSetupRepository(db).saveMatch(&m);
        r.id = m.id;
        return r;
    });
}

QFuture<MatchSetupService::Saved> MatchSetupService::saveOwnFees(const QUuid &match, const SetupFees &fees)
{
    return m_session.run<Saved>([match, f = fees](QSqlDatabase &db) mutable {
        Saved r;
        r.outcome = MatchSetupRepository(db).saveOwnFees(match, &f);
        r.id = f.id;
        return r;
    });
}

QFuture<Outcome> MatchSetupService::useDefaultFees(const QUuid &match)
{
    return m_session.run<Outcome>([match](QSqlDatabase &db) { return MatchSetupRepository(db).useDefaultFees(match); });
}

QFuture<MatchSetupService::Saved> MatchSetupService::saveCategory(const QUuid &match, const SetupPriceCategory &category)
{
    return m_session.run<Saved>([match, c = category](QSqlDatabase &db) mutable {
        Saved r;
        r.outcome = MatchSetupRepository(db).saveCategory(match, &c);
        r.id = c.id;
        return r;
    });
}

QFuture<Outcome> MatchSetupService::deleteCategory(const QUuid &category)
{
    return m_session.run<Outcome>([category](QSqlDatabase &db) { return MatchSetupRepository(db).deleteCategory(category); });
}

QFuture<Outcome> MatchSetupService::configureSectors(const QUuid &match, const QList<QUuid> &sectorIds,
                                                     const SetupSectorChange &change)
{
    return m_session.run<Outcome>([=](QSqlDatabase &db) {
        return MatchSetupRepository(db).configureSectors(match, sectorIds, change);
    });
}

QFuture<Outcome> MatchSetupService::setSeatCategory(const QUuid &match, const QList<QUuid> &inventoryIds,
                                                    const QUuid &category)
{
    return m_session.run<Outcome>([=](QSqlDatabase &db) {
        return MatchSetupRepository(db).setSeatCategory(match, inventoryIds, category);
    });
}

QFuture<MatchSetupService::Saved> MatchSetupService::savePhase(const QUuid &match, const SetupPhase &phase)
{
    return m_session.run<Saved>([match, p = phase](QSqlDatabase &db) mutable {
        Saved r;
        r.outcome = MatchSetupRepository(db).savePhase(match, &p);
        r.id = p.id;
        return r;
    });
}

QFuture<Outcome> MatchSetupService::deletePhase(const QUuid &phase)
{
    return m_session.run<Outcome>([phase](QSqlDatabase &db) { return MatchSetupRepository(db).deletePhase(phase); });
}

QFuture<GenerateResult> MatchSetupService::generateInventory(const QUuid &match,
                                                             std::shared_ptr<GenerationControl> control)
{
    return m_session.run<GenerateResult>([match, control](QSqlDatabase &db) {
        return MatchSetupRepository(db).generateInventory(match, [control](int done, int total) {
            control->done = done;
            control->total = total;
            return !control->cancel.load();
        });
    });
}

QFuture<MatchSetupService::Problems> MatchSetupService::problems(const QUuid &match)
{
    return m_session.run<Problems>([match](QSqlDatabase &db) {
        Problems r;
        r.outcome = MatchSetupRepository(db).problems(match, &r.problems);
        return r;
    });
}

QFuture<LifecycleResult> MatchSetupService::setConfigStatus(const QUuid &match, const QString &target)
{
    return m_session.run<LifecycleResult>([=](QSqlDatabase &db) {
        return MatchSetupRepository(db).setConfigStatus(match, target);
    });
}

QFuture<Outcome> MatchSetupService::publish(const QUuid &match)
{
    return m_session.run<Outcome>([match](QSqlDatabase &db) { return MatchSetupRepository(db).publish(match); });
}

QFuture<CancelResult> MatchSetupService::cancelMatch(const QUuid &match, const QString &reason)
{
    return m_session.run<CancelResult>([=](QSqlDatabase &db) {
        return MatchSetupRepository(db).cancelMatch(match, reason);
    });
}

QFuture<SeatOperationResult> MatchSetupService::applySeats(const QUuid &match, const QList<QUuid> &inventoryIds,
                                                           const QString &target, const QString &reason)
{
    return m_session.run<SeatOperationResult>([=](QSqlDatabase &db) {
        return MatchSetupRepository(db).applySeats(match, inventoryIds, target, reason);
    });
}

} // namespace Tribina
