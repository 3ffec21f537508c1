#pragma once

#include "live/livematchmap.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QTimer;

namespace Tribina {

class ChangeListener;
class DbSession;
class SeatMapModel;

/// Keeps a SeatMapModel in step with one match on the server, the way every workstation's map
/// stays live: ChangeListener hears NOTIFY tribina_changes with the match id after a commit,
/// the feed fetches the inventory rows of that match after its safe watermark (ChangeWatermark:
/// numbers are drawn at write time but become visible at commit, so a long transaction can commit
/// numbers far below ones already seen), skips rows it already has by change number, re-reads the
/// small tables (categories, sector categories) in full, and applies statuses and categories to
/// the model in one ChangeBatch. A row of a seat it has not loaded (inventory generated after the
/// load) and a reconnect of the listener (notifications lost meanwhile) reload everything.
class MatchLiveFeed : public QObject
{
    Q_OBJECT
public:
    MatchLiveFeed(DbSession &session, SeatMapModel *model, QObject *parent = nullptr);

    /// Listens to listener's notifications (not owned; may be null: reload() by hand then).
    void setListener(ChangeListener *listener);
    /// Without a listener (or as a safety net), asks for changes every ms milliseconds; 0: never.
    void setPollInterval(int ms);
    /// Loads the match in full (the model is reset when it arrives).
    void setMatch(const QUuid &match);
    QUuid match() const { return m_map.matchId; }
    const LiveMatchMap &map() const { return m_map; }
    /// Inventory id of a global seat index (null when the seat has none yet).
    QUuid inventoryId(int seat) const;
    QList<QUuid> inventoryIds(const QList<int> &seats) const;

public slots:
    void reload();
    /// Fetches what changed (normally called by the listener's matchChanged()).
    void refresh(const QString &matchId);

signals:
    /// A full load finished; the model was reset.
    void loaded();
    /// Price categories as palette entries changed (index 0 is "no category").
    void categoriesChanged();
    /// A delta was applied: seats whose row changed.
    void applied(int seats);
    void failed(const QString &message);

private:
    void apply(const LiveMatchDelta &delta);
    /// Rows of the delta that no seat of the map has and no reload was done for yet.
    QSet<QUuid> unknownRows(const LiveMatchDelta &delta) const;

    DbSession &m_session;
    QPointer<SeatMapModel> m_model;
    QPointer<ChangeListener> m_listener;
    QTimer *m_poll = nullptr;
    LiveMatchMap m_map;
    bool m_fetching = false;
    bool m_again = false;
    quint64 m_generation = 0; ///< a load for another match makes older replies stale
    /// Inventory rows a full reload was started for: still unknown after it, they have no seat on
    /// this map (so they never cause a reload again).
    QSet<QUuid> m_reloadedFor;
};

} // namespace Tribina
