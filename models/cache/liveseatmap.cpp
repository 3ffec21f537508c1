#include "liveseatmap.h"

#include "cache/matchdeltasync.h"
#include "cache/matchsnapshotstore.h"
#include "seatmap/seatmapmodel.h"

#include <QTimer>

namespace Tribina {

LiveSeatMap::LiveSeatMap(MatchSnapshotStore *store, MatchDeltaSync *sync, SeatMapModel *model, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sync(sync)
    , m_model(model)
    , m_expiry(new QTimer(this))
{
    m_expiry->setInterval(1'000);
    connect(m_expiry, &QTimer::timeout, this, &LiveSeatMap::expireHolds);
    connect(m_sync, &MatchDeltaSync::seatsChanged, this, &LiveSeatMap::apply);
    auto reloadIfMine = [this](const QUuid &matchId) {
        if (matchId == m_matchId)
            reload();
    };
    connect(m_sync, &MatchDeltaSync::snapshotReplaced, this, reloadIfMine);
    connect(m_sync, &MatchDeltaSync::tablesChanged, this, reloadIfMine);
}

void LiveSeatMap::showMatch(const QUuid &matchId)
{
    if (!m_matchId.isNull() && m_matchId != matchId)
        m_sync->unfollow(m_matchId);
    m_matchId = matchId;
    reload();
    m_sync->follow(matchId);
}

void LiveSeatMap::reload()
{
    const std::optional<MatchSnapshot> snapshot = m_store->load(m_matchId);
    m_snapshot = snapshot.value_or(MatchSnapshot());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_map = MatchSeatMap::build(m_snapshot, now);
    m_holds.clear();
    for (int seat = 0; seat < int(m_map.snapshotSeat.size()); ++seat) {
        const CachedSeat &s = m_snapshot.seats.at(m_map.snapshotSeat[size_t(seat)]);
        if (m_map.effectiveStatus(s.status, s.heldUntil, now) == SeatStatus::Reserved && s.heldUntil.isValid())
            m_holds.insert(seat, s.heldUntil);
    }
    m_model->reset(m_map.data);
    {
        SeatMapModel::ChangeBatch batch(m_model);
        for (int seat = 0; seat < int(m_map.snapshotSeat.size()); ++seat) {
            const CachedSeat &s = m_snapshot.seats.at(m_map.snapshotSeat[size_t(seat)]);
            if (!m_me.isNull() && s.heldBy == m_me && m_model->status(seat) == SeatStatus::Reserved)
                m_model->setHeldByMe(seat, true);
        }
    }
    m_applied = 0;
    if (m_holds.isEmpty())
        m_expiry->stop();
    else
        m_expiry->start();
    emit reloaded();
}

void LiveSeatMap::apply(const QUuid &matchId, const QList<SeatDelta> &changes)
{
    if (matchId != m_matchId)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<int> changed;
    {
        SeatMapModel::ChangeBatch batch(m_model);
        for (const SeatDelta &d : changes) {
            const int seat = seatOf(d.inventoryId);
            if (seat < 0)
                continue;
            const SeatStatus status = MatchSeatMap::effectiveStatus(d.status, d.heldUntil, now);
            bool any = m_model->setStatus(seat, status);
            const bool mine = status == SeatStatus::Reserved && !m_me.isNull() && d.heldBy == m_me;
            any |= m_model->setHeldByMe(seat, mine);
            if (const CachedSeat *s = cachedSeat(seat))
                any |= m_model->setCategory(seat, MatchSeatMap::categoryIndex(m_snapshot, s->sectorId, d.categoryId));
            if (status == SeatStatus::Reserved && d.heldUntil.isValid())
                m_holds.insert(seat, d.heldUntil);
            else
                m_holds.remove(seat);
            if (any)
                changed.append(seat);
            ++m_applied;
        }
    }
    if (!m_holds.isEmpty() && !m_expiry->isActive())
        m_expiry->start();
    if (!changed.isEmpty())
        emit seatsUpdated(changed);
}

void LiveSeatMap::expireHolds()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<int> expired;
    for (auto it = m_holds.begin(); it != m_holds.end();) {
        if (it.value() <= now) {
            expired.append(it.key());
            it = m_holds.erase(it);
        } else {
            ++it;
        }
    }
    if (!expired.isEmpty()) {
        SeatMapModel::ChangeBatch batch(m_model);
        for (int seat : std::as_const(expired)) {
            m_model->setStatus(seat, SeatStatus::Available);
            m_model->setHeldByMe(seat, false);
        }
    }
    if (m_holds.isEmpty())
        m_expiry->stop();
    if (!expired.isEmpty())
        emit seatsUpdated(expired);
}

const CachedSeat *LiveSeatMap::cachedSeat(int seat) const
{
    if (seat < 0 || size_t(seat) >= m_map.snapshotSeat.size())
        return nullptr;
    return &m_snapshot.seats.at(m_map.snapshotSeat[size_t(seat)]);
}

int LiveSeatMap::categoryOf(int seat) const
{
    return seat >= 0 && seat < m_model->seatCount() ? m_model->category(seat) : 0;
}

QList<int> LiveSeatMap::availableByCategory() const
{
    QList<int> counts(qMax(1, int(m_snapshot.categories.size())), 0);
    for (int seat = 0; seat < m_model->seatCount(); ++seat)
        if (m_model->status(seat) == SeatStatus::Available)
            ++counts[qBound(0, m_model->category(seat), int(counts.size()) - 1)];
    return counts;
}

} // namespace Tribina
