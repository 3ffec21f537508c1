#pragma once

#include "audit/auditevent.h"
#include "domain/outcome.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Tribina {

/// Ships the audit outbox to Grafana Loki (`tribina-admin audit ship`).
///
/// A batch is one transaction: the oldest unshipped, unparked audit_outbox rows are locked in id
/// order with FOR UPDATE SKIP LOCKED (a second shipper takes the next rows instead of the same
/// ones), pushed in one request (LokiPushRequest), and on 2xx (Loki answers 204) stamped
/// shipped_at in the same transaction. 429, 5xx, 408 and network errors are retried with
/// exponential backoff, at most maxAttempts times, waiting at least what Retry-After asks (capped
/// at maxBackoffMs). Any other 4xx means Loki refuses the data itself: the batch is halved until
/// the refused rows are alone, and those are parked (audit_outbox_parked) with Loki's answer and
/// skipped from then on. The outbox stays append-only.
///
/// Delivery is at least once: a batch Loki accepted whose commit then fails is sent again, and
/// Loki drops an entry identical to one it has (same stream, timestamp and line; the line holds
/// the event id). Runs on the thread that owns db; waits spin a local event loop.
class AuditShipper
{
    Q_DECLARE_TR_FUNCTIONS(AuditShipper)
public:
    struct Options
    {
        QUrl loki;                       ///< Loki's base URL; the push path is appended
        QString env = QStringLiteral("production"); ///< the env label
        QString tenant;                  ///< X-Scope-OrgID for a multi-tenant Loki (empty: none)
        int batchSize = 500;
        int maxAttempts = 6;             ///< per request, for retryable failures
        int initialBackoffMs = 1000;     ///< doubled after each retry
        int maxBackoffMs = 60000;        ///< cap of a wait, Retry-After included
        int requestTimeoutMs = 30000;
        int pollIntervalMs = 5000;       ///< follow(): look again at least this often
        bool listen = true;              ///< follow(): also wake on NOTIFY tribina_audit
    };

    struct ParkedRow
    {
        qint64 outboxId = 0;
        int statusCode = 0;
        QByteArray response;
    };
    struct Batch
    {
        QList<qint64> shipped; ///< outbox ids stamped shipped_at, in id order
        QList<ParkedRow> parked;
        int requests = 0;      ///< HTTP requests made, retries and halvings included
        int retries = 0;
        bool isEmpty() const { return shipped.isEmpty() && parked.isEmpty(); }
    };
    struct Totals
    {
        int shipped = 0;
        int parked = 0;
        int batches = 0;
        int retries = 0;
    };
    using Progress = std::function<void(const Batch &)>;

    AuditShipper(QSqlDatabase db, Options options);
    ~AuditShipper();

    /// <base>/loki/api/v1/push (a base that ends in the push path already is kept).
    static QUrl pushUrl(const QUrl &base);

    /// Ships one batch. An empty batch means there was nothing (unlocked) to ship. On failure
    /// what was shipped or parked before it is still committed and in *batch.
    Outcome shipBatch(Batch *batch);
    /// Ships batches until none is left or one fails; progress sees each non-empty batch.
    Outcome shipPending(Totals *totals, const Progress &progress = {});
    /// Ships, then waits for a notification or the poll interval, until stop(). A failed batch
    /// (Loki or the database unreachable) is reported to warn and tried again after the poll
    /// interval; a closed connection ends it with that failure.
    Outcome follow(Totals *totals, const Progress &progress = {},
                   const std::function<void(const QString &)> &warn = {});

    /// Asks a running shipper to return after its current request: thread-safe and
    /// async-signal-safe (a lock-free flag). Rows of an unfinished batch stay unshipped.
    void stop() { m_stop.store(true); }
    bool stopRequested() const { return m_stop.load(); }

private:
    struct Response
    {
        int status = 0;          ///< 0: no HTTP answer (network error, timeout)
        QByteArray body;
        QString networkError;
        int retryAfterMs = -1;
    };
    Outcome loadBatch(QList<AuditEvent> *events);
    Outcome push(const QList<AuditEvent> &events, Batch *batch);
    Response post(const QByteArray &body);
    Outcome record(const Batch &batch);
    /// Waits ms (or until stop(), or a notification when wakeOnNotify); false when stopped.
    bool wait(int ms, bool wakeOnNotify);

    QSqlDatabase m_db;
    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::atomic<bool> m_stop{false};
    bool m_notified = false;
};

} // namespace Tribina
