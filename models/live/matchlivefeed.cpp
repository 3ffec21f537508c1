#include "live/matchlivefeed.h"

#include "db/changelistener.h"
#include "db/dbsession.h"
#include "seatmap/seatmapmodel.h"

#include <QFutureWatcher>
#include <QSqlDatabase>
#include <QTimer>

namespace Tribina {

namespace {

/// Calls done on the receiver's thread when future finishes (nothing if the receiver is gone).
template<typename T, typename F>
void whenDone(QObject *receiver, QFuture<T> future, F done)
{
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, receiver, [watcher, done] {
        watcher->deleteLater();
        try {
            done(watcher->result());
        } catch (...) {
        }
    });
    watcher->setFuture(future);
}

struct Loaded
{
    Outcome outcome;
    LiveMatchMap map;
};

struct Fetched
{
    Outcome outcome;
    LiveMatchDelta delta;
};

} // namespace

MatchLiveFeed::MatchLiveFeed(DbSession &session, SeatMapModel *model, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
{
}

void MatchLiveFeed::setListener(ChangeListener *listener)
{
    if (m_listener)
        disconnect(m_listener, nullptr, this, nullptr);
    m_listener = listener;
    if (listener) {
        connect(listener, &ChangeListener::matchChanged, this, &MatchLiveFeed::refresh);
        connect(listener, &ChangeListener::resyncNeeded, this, &MatchLiveFeed::reload);
    }
}

void MatchLiveFeed::setPollInterval(int ms)
{
    if (!m_poll) {
        m_poll = new QTimer(this);
        connect(m_poll, &QTimer::timeout, this, [this] {
            if (!m_listener)
                refresh(m_map.matchId.toString(QUuid::WithoutBraces));
        });
    }
    if (ms > 0)
        m_poll->start(ms);
    else
        m_poll->stop();
}

void MatchLiveFeed::setMatch(const QUuid &match)
{
    m_map = LiveMatchMap();
    m_map.matchId = match;
    m_reloadedFor.clear();
    reload();
}

void MatchLiveFeed::reload()
{
    const QUuid match = m_map.matchId;
    if (match.isNull())
        return;
    const quint64 generation = ++m_generation;
    m_fetching = true;
    m_again = false;
    whenDone(this, m_session.run<Loaded>([match](QSqlDatabase &db) {
        Loaded r;
        r.outcome = LiveMatchMapReader(db).load(match, &r.map);
        return r;
    }), [this, generation](const Loaded &r) {
        if (generation != m_generation)
            return;
        m_fetching = false;
        if (!r.outcome) {
            emit failed(r.outcome.error());
            return;
        }
        m_map = r.map;
        m_reloadedFor.removeIf([this](const QUuid &id) { return m_map.seatOfInventory.contains(id); });
        if (m_model)
            m_model->reset(m_map.data);
        emit categoriesChanged();
        emit loaded();
        if (m_again)
            refresh(m_map.matchId.toString(QUuid::WithoutBraces));
    });
}

void MatchLiveFeed::refresh(const QString &matchId)
{
    if (m_map.matchId.isNull() || QUuid::fromString(matchId) != m_map.matchId)
        return;
    if (m_fetching) {
        m_again = true; // one more fetch once this one is in
        return;
    }
    m_fetching = true;
    m_again = false;
    const quint64 generation = m_generation;
    const QUuid match = m_map.matchId;
    const qint64 after = m_map.watermark.fetchAfter();
    whenDone(this, m_session.run<Fetched>([match, after](QSqlDatabase &db) {
        Fetched r;
        r.outcome = LiveMatchMapReader(db).fetchDelta(match, after, &r.delta);
        return r;
    }), [this, generation](const Fetched &r) {
        if (generation != m_generation)
            return;
        m_fetching = false;
        if (!r.outcome)
            emit failed(r.outcome.error());
        else
            apply(r.delta);
        if (m_again)
            refresh(m_map.matchId.toString(QUuid::WithoutBraces));
    });
}

QSet<QUuid> MatchLiveFeed::unknownRows(const LiveMatchDelta &delta) const
{
    QSet<QUuid> unknown;
    for (const LiveMatchDelta::Seat &row : delta.seats)
        if (!m_map.seatOfInventory.contains(row.inventoryId) && !m_reloadedFor.contains(row.inventoryId))
            unknown.insert(row.inventoryId);
    return unknown;
}

void MatchLiveFeed::apply(const LiveMatchDelta &delta)
{
    // Inventory generated (or a seat's row created) after the load: the map has no seat tied to
    // it yet, and only a full load reads seats with their rows.
    if (const QSet<QUuid> unknown = unknownRows(delta); !unknown.isEmpty()) {
        m_reloadedFor.unite(unknown);
        reload();
        return;
    }
    bool categoriesDiffer = delta.categories.size() != m_map.categories.size();
    for (qsizetype i = 0; !categoriesDiffer && i < delta.categories.size(); ++i) {
        const SetupPriceCategory &a = delta.categories[i];
        const SetupPriceCategory &b = m_map.categories[i];
        categoriesDiffer = a.id != b.id || a.name != b.name || a.colour != b.colour || a.priceCents != b.priceCents;
    }
    m_map.categories = delta.categories;
    QList<int> sectorsToRecolour;
    for (qsizetype s = 0; s < m_map.sectorIds.size(); ++s) {
        const QUuid category = delta.sectorCategories.value(m_map.sectorIds[s]);
        if (category != m_map.sectorCategories[s] || categoriesDiffer) {
            m_map.sectorCategories[s] = category;
            sectorsToRecolour.append(int(s));
        }
    }
    for (const LiveMatchDelta::Seat &row : delta.seats)
        m_map.watermark.seen(row.changeNo);
    m_map.watermark.advance(delta.mark);
    // Rows below the safe watermark come again until it moves: apply each change once.
    QList<const LiveMatchDelta::Seat *> fresh;
    for (const LiveMatchDelta::Seat &row : delta.seats) {
        const int seat = m_map.seatOfInventory.value(row.inventoryId, -1);
        if (seat >= 0 && row.changeNo > m_map.changeNumbers[size_t(seat)]) {
            m_map.changeNumbers[size_t(seat)] = row.changeNo;
            m_map.seatCategories[size_t(seat)] = row.category;
            fresh.append(&row);
        }
    }
    if (!m_model)
        return;
    if (categoriesDiffer)
        emit categoriesChanged();
    int changed = 0;
    {
        SeatMapModel::ChangeBatch batch(m_model);
        for (const LiveMatchDelta::Seat *row : std::as_const(fresh)) {
            const int seat = m_map.seatOfInventory.value(row->inventoryId);
            bool any = m_model->setStatus(seat, row->status);
            any |= m_model->setCategory(seat, m_map.effectiveCategory(seat));
            changed += any ? 1 : 0;
        }
        for (int s : std::as_const(sectorsToRecolour)) {
            const SeatMapSector &sector = m_model->sector(s);
            for (int local = 0; local < sector.seatCount(); ++local) {
                const int seat = m_map.data.globalIndex(s, local);
                m_model->setCategory(seat, m_map.effectiveCategory(seat));
            }
        }
    }
    emit applied(changed);
}

QUuid MatchLiveFeed::inventoryId(int seat) const
{
    return seat >= 0 && size_t(seat) < m_map.inventoryIds.size() ? m_map.inventoryIds[size_t(seat)] : QUuid();
}

QList<QUuid> MatchLiveFeed::inventoryIds(const QList<int> &seats) const
{
    QList<QUuid> ids;
    ids.reserve(seats.size());
    for (int seat : seats)
        if (const QUuid id = inventoryId(seat); !id.isNull())
            ids.append(id);
    return ids;
}

} // namespace Tribina
