#include "layout/layoutservice.h"

#include "db/dbsession.h"
#include "layout/layoutrepository.h"

#include <QSqlDatabase>

namespace Tribina {

LayoutService::LayoutService(DbSession &session)
    : m_session(session)
{
}

QFuture<LayoutService::StadiumList> LayoutService::listStadiums()
{
    return m_session.run<StadiumList>([](QSqlDatabase &db) {
        LayoutRepository repo(db);
        QList<LayoutRepository::StadiumSummary> summaries;
        StadiumList result;
        result.outcome = repo.listStadiums(&summaries);
        for (const LayoutRepository::StadiumSummary &s : std::as_const(summaries))
            result.stadiums.append({s.id, s.name, s.city, s.activeVersion, s.draftVersion, s.versions});
        return result;
    });
}

QFuture<LayoutService::Loaded> LayoutService::loadLayout(const QUuid &stadiumId, int version)
{
    return m_session.run<Loaded>([stadiumId, version](QSqlDatabase &db) {
        LayoutRepository repo(db);
        Loaded result;
        result.outcome = repo.loadLayout(stadiumId, &result.layout, version, &result.version);
        return result;
    });
}

QFuture<LayoutService::Saved> LayoutService::saveDraft(const QUuid &stadiumId,
                                                       const StadiumLayout &layout)
{
    return m_session.run<Saved>([stadiumId, layout](QSqlDatabase &db) {
        LayoutRepository repo(db);
        LayoutRepository::Saved saved;
        Saved result;
        result.outcome = repo.saveDraft(stadiumId, layout, &saved);
        result.stadiumId = saved.stadiumId;
        result.version = saved.version;
        result.newStadium = saved.newStadium;
        return result;
    });
}

QFuture<LayoutService::Activated> LayoutService::activate(const QUuid &stadiumId, int version)
{
    return m_session.run<Activated>([stadiumId, version](QSqlDatabase &db) {
        LayoutRepository repo(db);
        LayoutRepository::Activation activation;
        Activated result;
        result.outcome = repo.activate(stadiumId, version, &activation);
        result.version = activation.version;
        result.capacity = activation.capacity;
        result.warnings = activation.warnings;
        return result;
    });
}

} // namespace Tribina
