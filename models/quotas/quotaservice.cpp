#include "quotas/quotaservice.h"

#include "cache/matchserverreader.h"
#include "db/dbsession.h"
#include "quotas/quotaimport.h"
#include "quotas/quotarepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Tribina {

QuotaService::QuotaService(DbSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

QFuture<QuotaResult<QList<QuotaMatch>>> QuotaService::matches()
{
    return m_session.run<QuotaResult<QList<QuotaMatch>>>([](QSqlDatabase &db) {
        QuotaResult<QList<QuotaMatch>> r;
        r.value = QuotaRepository(db).matches(&r.outcome);
        return r;
    });
}

QFuture<QuotaResult<QuotaMatchState>> QuotaService::loadMatch(const QUuid &matchId)
{
    return m_session.run<QuotaResult<QuotaMatchState>>([matchId](QSqlDatabase &db) {
        QuotaResult<QuotaMatchState> r;
        QuotaRepository repo(db);
        r.value.quotas = repo.quotas(matchId, &r.outcome);
        if (!r.outcome)
            return r;
        r.value.inventory = std::make_shared<MatchInventory>();
        r.outcome = MatchInventory::load(db, matchId, r.value.inventory.get());
        if (!r.outcome)
            return r;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT qs.match_seat_inventory_id, qs.quota_id FROM quota_seats qs"
                                 " JOIN quotas qu ON qu.id = qs.quota_id"
                                 " WHERE qu.match_id = ? AND qs.status <> 'CANCELLED'"));
        q.addBindValue(matchId);
        if (!q.exec()) {
            r.outcome = Outcome::failure(q.lastError().text());
            return r;
        }
        while (q.next())
            r.value.owners.insert(q.value(0).toUuid(), q.value(1).toUuid());
        // The map's geometry, read the way the counter reads it. Without it the map falls back
        // to the seats alone (sectors drawn as their seats' bounding boxes).
        auto snapshot = std::make_shared<MatchSnapshot>();
        MatchServerReader::Mark mark;
        if (MatchServerReader(db).loadFull(matchId, snapshot.get(), &mark).ok())
            r.value.snapshot = std::move(snapshot);
        else
            qWarning("quotas: the match's map geometry could not be read");
        return r;
    });
}

QFuture<QuotaResult<QUuid>> QuotaService::createWithSeats(const QuotaDraft &draft, const QList<QUuid> &inventoryIds)
{
    return m_session.run<QuotaResult<QUuid>>([draft, inventoryIds](QSqlDatabase &db) {
        QuotaResult<QUuid> r;
        QuotaRepository repo(db);
        r.outcome = repo.inTransaction([&]() -> Outcome {
            const Outcome created = repo.create(draft, &r.value);
            if (!created)
                return created;
            const Outcome allocated = repo.allocateSeats(r.value, inventoryIds);
            if (!allocated || !draft.petrolAllocation)
                return allocated;
            return repo.markPetrolAllocation(r.value);
        });
        if (!r.outcome)
            r.value = QUuid();
        return r;
    });
}

QFuture<QuotaResult<int>> QuotaService::adjust(const QUuid &quotaId, const QList<QUuid> &add, const QList<QUuid> &remove)
{
    return m_session.run<QuotaResult<int>>([=](QSqlDatabase &db) {
        QuotaResult<int> r;
        r.outcome = QuotaRepository(db).adjust(quotaId, add, remove);
        r.value = int(add.size() - remove.size());
        return r;
    });
}

QFuture<QuotaResult<bool>> QuotaService::markPetrolAllocation(const QUuid &quotaId)
{
    return m_session.run<QuotaResult<bool>>([=](QSqlDatabase &db) {
        QuotaResult<bool> r;
        QuotaRepository repo(db);
        r.outcome = repo.inTransaction([&] { return repo.markPetrolAllocation(quotaId); });
        r.value = r.outcome.ok();
        return r;
    });
}

QFuture<QuotaResult<int>> QuotaService::cancel(const QUuid &quotaId, QuotaCancellation type)
{
    return m_session.run<QuotaResult<int>>([=](QSqlDatabase &db) {
        QuotaResult<int> r;
        r.outcome = QuotaRepository(db).cancel(quotaId, type, &r.value);
        return r;
    });
}

QFuture<QuotaResult<QList<QuotaSeatRow>>> QuotaService::seatsOf(const QUuid &quotaId)
{
    return m_session.run<QuotaResult<QList<QuotaSeatRow>>>([=](QSqlDatabase &db) {
        QuotaResult<QList<QuotaSeatRow>> r;
        r.value = QuotaRepository(db).seatsOf(quotaId, &r.outcome);
        return r;
    });
}

QFuture<QuotaResult<QList<SubquotaNode>>> QuotaService::subquotaTree(const QUuid &quotaId)
{
    return m_session.run<QuotaResult<QList<SubquotaNode>>>([=](QSqlDatabase &db) {
        QuotaResult<QList<SubquotaNode>> r;
        r.value = QuotaRepository(db).subquotaTree(quotaId, &r.outcome);
        return r;
    });
}

QFuture<QuotaResult<QList<QuotaCsvRow>>> QuotaService::previewImport(const QList<QUuid> &matchIds,
                                                                     const QuotaCsv::File &file, QuotaAlgorithm algorithm)
{
    return m_session.run<QuotaResult<QList<QuotaCsvRow>>>([=](QSqlDatabase &db) {
        QuotaResult<QList<QuotaCsvRow>> r;
        r.value = file.rows;
        r.outcome = file.ok() ? QuotaImport(db).preview(matchIds, &r.value, {}, algorithm) : Outcome::failure(file.error);
        return r;
    });
}

QFuture<QuotaResult<QuotaImportResult>> QuotaService::runImport(const QList<QUuid> &matchIds, const QuotaCsv::File &file,
                                                                  const QuotaImportOptions &options,
                                                                  const QuotaImportProgress &progress)
{
    return m_session.run<QuotaResult<QuotaImportResult>>([=](QSqlDatabase &db) {
        QuotaResult<QuotaImportResult> r;
        r.outcome = QuotaImport(db).run(matchIds, file, options, &r.value, progress);
        return r;
    });
}

} // namespace Tribina
