#pragma once

#include "domain/outcome.h"
#include "emergency/emergencycache.h"
#include "emergency/emergencytypes.h"
#include "printing/ticketdata.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

namespace Tribina {

class DbSession;

/// Emergency printing for the widgets: search, print data, and recording prints, online through
/// the server (migration 0008) and, when the server cannot be reached, from the workstation's
/// cache with an outbox that is delivered — exactly once — when the server is back.
///
/// All futures resolve on the GUI thread (the cache is used there); database work runs on the
/// session's thread. offlineChanged() tells the screen to say plainly that it works offline.
class EmergencyService : public QObject
{
    Q_OBJECT
public:
    explicit EmergencyService(DbSession &session, QString cacheFile = EmergencyCache::defaultFileName(),
                              QObject *parent = nullptr);

    /// Opens the local cache; the module still works online when this fails.
    Outcome openCache();
    EmergencyCache &cache() { return m_cache; }
    bool isOffline() const { return m_offline; }
    DbSession &session() { return m_session; }

    /// Open matches (the cached ones when offline).
    QFuture<QList<EmergencyMatch>> matches();
    /// The match to preselect: today's, else the next one, else the first.
    static QUuid defaultMatch(const QList<EmergencyMatch> &matches, const QDateTime &now = QDateTime::currentDateTime());

    QFuture<EmergencySearchResult> search(const QUuid &match, EmergencySearchKind kind, const QString &term);

    struct PrintData
    {
        std::optional<TicketData> ticket;
        QString error;
        bool offline = false;
    };
    /// What the ticket shows (without reprint marks).
    QFuture<PrintData> printData(const QUuid &ticketId);
    /// The ticket with the marks of an emergency reprint (watermark, print time, agent, print
    /// number, holder with the last 4 OIB digits).
    TicketData withReprintMarks(TicketData data, const EmergencyTicket &ticket, const QDateTime &printedAt) const;

    /// Counts a print that came out of the printer: recorded by the server, or queued in the outbox
    /// when it cannot be reached. Call only after the printer reported success.
    QFuture<EmergencyPrintReceipt> record(EmergencyPrintRequest request);

    /// Refreshes the cache with the tickets of upcoming matches; resolves to the tickets stored
    /// (-1 when offline or failed).
    QFuture<int> refreshCache();
    /// Delivers the outbox; resolves to the number of events the server now holds from it.
    QFuture<int> deliverOutbox();
    /// Checks whether the server answers again (and then delivers the outbox).
    void checkConnection();
    /// How often to try the server while offline (default 15 s).
    void setRetryInterval(int milliseconds) { m_retry.setInterval(milliseconds); }

signals:
    void offlineChanged(bool offline);
    void outboxChanged(int pending);
    void cacheRefreshed(int tickets);

private:
    void setOffline(bool offline);

    DbSession &m_session;
    EmergencyCache m_cache;
    bool m_offline = false;
    bool m_delivering = false;
    QTimer m_retry;
    QTimer m_refresh;
};

} // namespace Tribina
