#pragma once

#include "db/connectionsettings.h"

#include <QObject>
#include <QThread>

namespace Tribina {

class ChangeListenerWorker;

/// Hears the database announce changes: triggers stamp every changed row with a change number and
/// NOTIFY 'tribina_changes' with the match id after commit (migration 0002). The listener keeps
/// its own connection on its own thread (LISTEN needs a connection that does nothing else and an
/// event loop), reconnects when the connection drops, and then asks for a full resynchronisation,
/// since notifications sent while it was away are lost.
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kChannel = "tribina_changes";

    explicit ChangeListener(QObject *parent = nullptr);
    ~ChangeListener() override;

    /// Connects and listens; returns at once. listeningChanged(true) follows when it is in place.
    void start(const ConnectionSettings &settings, const QString &password);
    void stop();

signals:
    /// A committed change touched this match (the payload of the notification).
    void matchChanged(const QString &matchId);
    /// The listener was disconnected and is back: whatever happened meanwhile was not announced.
    void resyncNeeded();
    void listeningChanged(bool listening);

private:
    QThread m_thread;
    ChangeListenerWorker *m_worker = nullptr;
};

} // namespace Tribina
