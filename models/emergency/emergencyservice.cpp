#include "emergencyservice.h"

#include "db/dbsession.h"
#include "emergency/emergencyrepository.h"

#include <QSqlDatabase>

namespace Tribina {

namespace {
/// A database call's answer, or the news that the server could not be reached.
template<typename T>
struct Attempt
{
    T value{};
    bool ok = false;
    bool lost = false;
    EmergencyRepository::Failure failure;
};

/// Runs call once, and once more on a fresh connection when the old one had broken.
template<typename T, typename Call>
Attempt<T> attempt(QSqlDatabase &db, Call call)
{
    Attempt<T> a;
    for (int round = 0; round < 2; ++round) {
        EmergencyRepository repository(db);
        a.failure = {};
        a.ok = call(repository, &a.value, &a.failure);
        if (a.ok)
            return a;
        if (!a.failure.connectionLost) {
            a.lost = false;
            return a;
        }
        a.lost = !a.failure.reconnected;
        if (a.lost)
            return a;
    }
    return a;
}
} // namespace

EmergencyService::EmergencyService(DbSession &session, QString cacheFile, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cache(std::move(cacheFile))
{
    m_retry.setInterval(15'000);
    // The offline copy follows the server while it answers (sales and cancellations go on).
    m_refresh.setInterval(5 * 60'000);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (!m_offline)
            refreshCache();
    });
    m_refresh.start();
    connect(&m_retry, &QTimer::timeout, this, &EmergencyService::checkConnection);
    connect(&m_session, &DbSession::connectedChanged, this, [this](bool connected) {
        if (connected && m_offline)
            checkConnection();
    });
}

Outcome EmergencyService::openCache()
{
    return m_cache.open();
}

void EmergencyService::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    if (offline)
        m_retry.start();
    else
        m_retry.stop();
    emit offlineChanged(offline);
    if (!offline && m_cache.isOpen()) {
        if (m_cache.pendingCount() > 0)
            deliverOutbox();
        refreshCache();
    }
}

QFuture<QList<EmergencyMatch>> EmergencyService::matches()
{
    return m_session
        .run<Attempt<QList<EmergencyMatch>>>([](QSqlDatabase &db) {
            return attempt<QList<EmergencyMatch>>(db, [](EmergencyRepository &r, QList<EmergencyMatch> *out,
                                                         EmergencyRepository::Failure *f) {
                return r.matches(false, out, f);
            });
        })
        .then(this, [this](const Attempt<QList<EmergencyMatch>> &a) {
            if (a.ok) {
                setOffline(false);
                return a.value;
            }
            if (a.lost)
                setOffline(true);
            return m_cache.isOpen() ? m_cache.matches() : QList<EmergencyMatch>();
        });
}

QUuid EmergencyService::defaultMatch(const QList<EmergencyMatch> &matches, const QDateTime &now)
{
    const QDate today = now.date();
    for (const EmergencyMatch &m : matches)
        if (m.kickOff.toLocalTime().date() == today)
            return m.id;
    for (const EmergencyMatch &m : matches)
        if (m.kickOff >= now)
            return m.id;
    return matches.isEmpty() ? QUuid() : matches.last().id;
}

QFuture<EmergencySearchResult> EmergencyService::search(const QUuid &match, EmergencySearchKind kind,
                                                        const QString &term)
{
    return m_session
        .run<Attempt<QList<EmergencyTicket>>>([match, kind, term](QSqlDatabase &db) {
            return attempt<QList<EmergencyTicket>>(db, [&](EmergencyRepository &r, QList<EmergencyTicket> *out,
                                                           EmergencyRepository::Failure *f) {
                return r.find(match, kind, term, out, f);
            });
        })
        .then(this, [this, match, kind, term](const Attempt<QList<EmergencyTicket>> &a) {
            EmergencySearchResult result;
            if (a.ok) {
                setOffline(false);
                result.tickets = a.value;
                return result;
            }
            if (!a.lost) {
                result.error = a.failure.message;
                return result;
            }
            setOffline(true);
            result.offline = true;
            if (!m_cache.isOpen()) {
                result.error = tr("The server cannot be reached and this workstation has no offline copy.");
                return result;
            }
            result.tickets = m_cache.search(match, kind, term);
            result.cacheTime = m_cache.refreshedAt(match);
            return result;
        });
}

QFuture<EmergencyService::PrintData> EmergencyService::printData(const QUuid &ticketId)
{
    return m_session
        .run<Attempt<TicketData>>([ticketId](QSqlDatabase &db) {
            return attempt<TicketData>(db, [&](EmergencyRepository &r, TicketData *out, EmergencyRepository::Failure *f) {
                return r.printData(ticketId, out, f);
            });
        })
        .then(this, [this, ticketId](const Attempt<TicketData> &a) {
            PrintData result;
            if (a.ok) {
                setOffline(false);
                result.ticket = a.value;
                return result;
            }
            if (!a.lost) {
                result.error = a.failure.message;
                return result;
            }
            setOffline(true);
            result.offline = true;
            if (m_cache.isOpen())
                result.ticket = m_cache.printData(ticketId);
            if (!result.ticket)
                result.error = tr("The server cannot be reached and the ticket is not in the offline copy.");
            return result;
        });
}

TicketData EmergencyService::withReprintMarks(TicketData data, const EmergencyTicket &ticket,
                                              const QDateTime &printedAt) const
{
    const StaffIdentity agent = m_session.identity();
    ReprintMark mark;
    mark.printedAt = printedAt.toLocalTime();
    mark.agent = agent.fullName.isEmpty() || agent.fullName == agent.login
        ? agent.login
        : QStringLiteral("%1 (%2)").arg(agent.fullName, agent.login);
    mark.printNumber = ticket.printCount + 2; // the original was print 1
    mark.holderOibLast4 = ticket.oibLast4;
    data.reprint = mark;
    return data;
}

QFuture<EmergencyPrintReceipt> EmergencyService::record(EmergencyPrintRequest request)
{
    if (request.key.isNull())
        request.key = QUuid::createUuid();
    if (!request.printedAt.isValid())
        request.printedAt = QDateTime::currentDateTimeUtc();
    return m_session
        .run<Attempt<EmergencyPrintReceipt>>([request](QSqlDatabase &db) {
            return attempt<EmergencyPrintReceipt>(db, [&](EmergencyRepository &r, EmergencyPrintReceipt *out,
                                                          EmergencyRepository::Failure *f) {
                return r.record(request, false, out, f);
            });
        })
        .then(this, [this, request](const Attempt<EmergencyPrintReceipt> &a) {
            EmergencyPrintReceipt receipt = a.value;
            if (a.ok) {
                setOffline(false);
                if (m_cache.isOpen())
                    m_cache.notePrintCount(request.ticketId, receipt.printNumber);
                return receipt;
            }
            if (!a.lost) {
                receipt.state = a.failure.sqlState.startsWith(QLatin1String("EP")) ? EmergencyPrintReceipt::State::Refused
                                                                                     : EmergencyPrintReceipt::State::Failed;
                receipt.error = a.failure.message;
                return receipt;
            }
            // The paper is out and the server cannot be told now: queue it, with its key (should
            // the server have committed before the connection broke, delivery finds the key).
            setOffline(true);
            if (!m_cache.isOpen()) {
                receipt.state = EmergencyPrintReceipt::State::Failed;
                receipt.error = tr("The server cannot be reached and the print could not be kept for later.");
                return receipt;
            }
            const std::optional<EmergencyTicket> cached = m_cache.ticket(request.matchId, request.ticketId);
            if (const Outcome queued = m_cache.enqueue(request); !queued) {
                receipt.state = EmergencyPrintReceipt::State::Failed;
                receipt.error = queued.error();
                return receipt;
            }
            receipt.state = EmergencyPrintReceipt::State::Queued;
            receipt.printNumber = cached ? cached->printCount + 1 : 0;
            receipt.printedAt = request.printedAt;
            receipt.agentLogin = m_session.identity().login;
            receipt.agentName = m_session.identity().fullName;
            emit outboxChanged(m_cache.pendingCount());
            return receipt;
        });
}

QFuture<int> EmergencyService::refreshCache()
{
    struct Snapshot
    {
        QList<EmergencyMatch> matches;
        QList<QList<CachedEmergencyTicket>> tickets;
    };
    if (!m_cache.isOpen())
        return QtFuture::makeReadyFuture(-1);
    const QByteArray salt = m_cache.salt();
    return m_session
        .run<Attempt<Snapshot>>([salt](QSqlDatabase &db) {
            return attempt<Snapshot>(db, [&](EmergencyRepository &r, Snapshot *out, EmergencyRepository::Failure *f) {
                out->tickets.clear();
                if (!r.matches(true, &out->matches, f))
                    return false;
                for (const EmergencyMatch &m : std::as_const(out->matches)) {
                    QList<CachedEmergencyTicket> tickets;
                    if (!r.snapshot(m.id, salt, &tickets, f))
                        return false;
                    out->tickets.append(tickets);
                }
                return true;
            });
        })
        .then(this, [this](const Attempt<Snapshot> &a) {
            if (!a.ok) {
                if (a.lost)
                    setOffline(true);
                return -1;
            }
            setOffline(false);
            int stored = 0;
            if (!m_cache.storeMatches(a.value.matches))
                return -1;
            for (qsizetype i = 0; i < a.value.matches.size(); ++i) {
                if (!m_cache.storeSnapshot(a.value.matches.at(i).id, a.value.tickets.at(i)))
                    return -1;
                stored += int(a.value.tickets.at(i).size());
            }
            emit cacheRefreshed(stored);
            return stored;
        });
}

QFuture<int> EmergencyService::deliverOutbox()
{
    if (!m_cache.isOpen() || m_delivering)
        return QtFuture::makeReadyFuture(0);
    const QList<EmergencyPrintRequest> pending = m_cache.pending();
    if (pending.isEmpty())
        return QtFuture::makeReadyFuture(0);
    m_delivering = true;
    using Delivered = QList<std::pair<QUuid, EmergencyPrintReceipt>>;
    return m_session
        .run<Attempt<Delivered>>([pending](QSqlDatabase &db) {
            Attempt<Delivered> all;
            all.ok = true;
            for (const EmergencyPrintRequest &request : pending) {
                const Attempt<EmergencyPrintReceipt> one = attempt<EmergencyPrintReceipt>(
                    db, [&](EmergencyRepository &r, EmergencyPrintReceipt *out, EmergencyRepository::Failure *f) {
                        return r.record(request, true, out, f);
                    });
                if (!one.ok) {
                    // Lost again, or refused (a print whose reason etc. the server rejects stays
                    // queued for an administrator to look at; it is never dropped).
                    all.ok = false;
                    all.lost = one.lost;
                    all.failure = one.failure;
                    if (one.lost)
                        break;
                    continue;
                }
                all.value.append({request.key, one.value});
            }
            return all;
        })
        .then(this, [this](const Attempt<Delivered> &a) {
            m_delivering = false;
            for (const auto &[key, receipt] : a.value)
                (void)m_cache.markDelivered(key, receipt);
            if (a.lost)
                setOffline(true);
            else
                setOffline(false);
            emit outboxChanged(m_cache.pendingCount());
            return int(a.value.size());
        });
}

void EmergencyService::checkConnection()
{
    m_session
        .run<bool>([](QSqlDatabase &db) {
            return db.isValid() && EmergencyRepository::ensureConnected(db);
        })
        .then(this, [this](bool reachable) {
            setOffline(!reachable);
            if (reachable && m_cache.isOpen() && m_cache.pendingCount() > 0)
                deliverOutbox();
        });
}

} // namespace Tribina
