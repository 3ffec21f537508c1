#include "auditshipper.h"

#include "audit/lokipushrequest.h"
#include "db/sqlerrors.h"
#include "db/sqltext.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace Tribina {

namespace {

constexpr char kPushPath[] = "/loki/api/v1/push";
constexpr char kChannel[] = "tribina_audit";
constexpr int kMaxStoredResponse = 4000;

bool isRetryable(int status)
{
    return status == 0 || status == 408 || status == 429 || status >= 500 || status < 200
        || (status >= 300 && status < 400);
}

/// Retry-After: delay-seconds or an HTTP-date; -1 when absent or unreadable.
int retryAfterMs(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, 24 * 3600) * 1000);
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(qBound<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at), qint64(24) * 3600 * 1000));
}

QString idArray(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return QStringLiteral("{%1}").arg(parts.join(QLatin1Char(',')));
}

} // namespace

AuditShipper::AuditShipper(QSqlDatabase db, Options options)
    : m_db(std::move(db)), m_options(std::move(options)), m_network(std::make_unique<QNetworkAccessManager>())
{
    m_options.batchSize = qMax(1, m_options.batchSize);
    m_options.maxAttempts = qMax(1, m_options.maxAttempts);
}

AuditShipper::~AuditShipper() = default;

QUrl AuditShipper::pushUrl(const QUrl &base)
{
    QUrl url = base;
    QString path = url.path();
    if (path.endsWith(QLatin1String(kPushPath)))
        return url;
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String(kPushPath));
    return url;
}

Outcome AuditShipper::loadBatch(QList<AuditEvent> *events)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = SqlText::withValues(m_db, QStringLiteral(
        "SELECT o.id, o.event_id, o.audit_type::text,"
        " (extract(epoch FROM o.occurred_at) * 1000000)::bigint,"
        " o.actor_login, o.actor_user_id, o.match_id, o.entity_id, o.payload::text"
        " FROM audit_outbox o"
        " WHERE o.shipped_at IS NULL"
        "   AND NOT EXISTS (SELECT 1 FROM audit_outbox_parked p WHERE p.outbox_id = o.id)"
        " ORDER BY o.id"
        " LIMIT ?"
        " FOR UPDATE OF o SKIP LOCKED"), {m_options.batchSize});
    if (!q.exec(sql))
        return Outcome::failure(tr("Cannot read the audit outbox: %1").arg(describe(q.lastError())));
    while (q.next()) {
        AuditEvent e;
        e.outboxId = q.value(0).toLongLong();
        e.eventId = QUuid::fromString(q.value(1).toString());
        e.auditType = q.value(2).toString();
        e.occurredAtMicros = q.value(3).toLongLong();
        e.actorLogin = q.value(4).toString();
        e.actorUserId = QUuid::fromString(q.value(5).toString());
        e.matchId = QUuid::fromString(q.value(6).toString());
        e.entityId = QUuid::fromString(q.value(7).toString());
        e.payloadJson = q.value(8).toString().toUtf8();
        events->append(e);
    }
    return {};
}

AuditShipper::Response AuditShipper::post(const QByteArray &body)
{
    QNetworkRequest request(pushUrl(m_options.loki));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("tribina-admin audit ship"));
    if (!m_options.tenant.isEmpty())
        request.setRawHeader(QByteArrayLiteral("X-Scope-OrgID"), m_options.tenant.toUtf8());
    request.setTransferTimeout(m_options.requestTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QEventLoop loop;
    QNetworkReply *reply = m_network->post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    Response r;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.status = status.isValid() ? status.toInt() : 0;
    r.body = reply->readAll();
    if (r.status == 0)
        r.networkError = reply->errorString();
    r.retryAfterMs = retryAfterMs(reply->rawHeader(QByteArrayLiteral("Retry-After")));
    reply->deleteLater();
    return r;
}

bool AuditShipper::wait(int ms, bool wakeOnNotify)
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer tick; // stop() may come from a signal handler or another thread: look at the flag
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (stopRequested() || (wakeOnNotify && m_notified))
            loop.quit();
    });
    deadline.start(qMax(0, ms));
    tick.start(50);
    if (!stopRequested() && !(wakeOnNotify && m_notified))
        loop.exec();
    return !stopRequested();
}

Outcome AuditShipper::push(const QList<AuditEvent> &events, Batch *batch)
{
    LokiPushRequest request(m_options.env);
    for (const AuditEvent &e : events)
        request.add(e);
    const QByteArray body = request.body();
    int backoff = qMax(1, m_options.initialBackoffMs);
    for (int attempt = 1;; ++attempt) {
        const Response r = post(body);
        ++batch->requests;
        if (r.status >= 200 && r.status < 300) {
            for (const AuditEvent &e : events)
                batch->shipped << e.outboxId;
            return {};
        }
        if (!isRetryable(r.status)) {
            // Loki refuses the data. Halve until each refused row is alone; the rest goes through.
            if (events.size() > 1) {
                const qsizetype half = events.size() / 2;
                if (Outcome o = push(events.first(half), batch); !o)
                    return o;
                return push(events.sliced(half), batch);
            }
            batch->parked << ParkedRow{events.first().outboxId, r.status, r.body.left(kMaxStoredResponse)};
            return {};
        }
        const QString what = r.status == 0 ? r.networkError : tr("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(300)).trimmed());
        if (attempt >= m_options.maxAttempts)
            return Outcome::failure(tr("Loki did not take the events after %1 attempts (%2)").arg(attempt).arg(what));
        const int delay = qMin(qMax(backoff, r.retryAfterMs), m_options.maxBackoffMs);
        ++batch->retries;
        if (!wait(delay, false))
            return Outcome::failure(tr("Stopped while waiting to retry (%1)").arg(what));
        backoff = int(qMin<qint64>(qint64(backoff) * 2, m_options.maxBackoffMs));
    }
}

Outcome AuditShipper::record(const Batch &batch)
{
    QString error;
    if (!batch.shipped.isEmpty()
        && !SqlText::exec(m_db, QStringLiteral("UPDATE audit_outbox SET shipped_at = now()"
                                               " WHERE id = ANY (?::bigint[]) AND shipped_at IS NULL"),
                          {idArray(batch.shipped)}, &error))
        return Outcome::failure(tr("Cannot mark the events shipped: %1").arg(error));
    for (const ParkedRow &p : batch.parked) {
        if (!SqlText::exec(m_db, QStringLiteral("INSERT INTO audit_outbox_parked (outbox_id, status_code, response)"
                                                " VALUES (?, ?, ?)"),
                           {p.outboxId, p.statusCode, QString::fromUtf8(p.response)}, &error))
            return Outcome::failure(tr("Cannot park event %1: %2").arg(p.outboxId).arg(error));
    }
    return {};
}

Outcome AuditShipper::shipBatch(Batch *batch)
{
    *batch = Batch();
    if (!m_db.transaction())
        return Outcome::failure(tr("Cannot begin a transaction: %1").arg(describe(m_db.lastError())));
    QList<AuditEvent> events;
    if (Outcome o = loadBatch(&events); !o) {
        m_db.rollback();
        return o;
    }
    if (events.isEmpty()) {
        m_db.commit();
        return {};
    }
    const Outcome pushed = push(events, batch);
    // Whatever Loki took (or refused for good) is recorded even when a later part failed.
    if (Outcome o = record(*batch); !o) {
        m_db.rollback();
        *batch = Batch();
        return o;
    }
    if (!m_db.commit()) {
        const QString error = describe(m_db.lastError());
        m_db.rollback();
        *batch = Batch();
        return Outcome::failure(tr("Cannot commit the shipped events: %1").arg(error));
    }
    return pushed;
}

Outcome AuditShipper::shipPending(Totals *totals, const Progress &progress)
{
    while (!stopRequested()) {
        Batch batch;
        const Outcome o = shipBatch(&batch);
        if (!batch.isEmpty()) {
            ++totals->batches;
            totals->shipped += int(batch.shipped.size());
            totals->parked += int(batch.parked.size());
            totals->retries += batch.retries;
            if (progress)
                progress(batch);
        }
        if (!o)
            return o;
        if (batch.isEmpty())
            break;
    }
    return {};
}

Outcome AuditShipper::follow(Totals *totals, const Progress &progress, const std::function<void(const QString &)> &warn)
{
    QSqlDriver *driver = m_db.driver();
    QObject context;
    if (m_options.listen && driver) {
        if (driver->subscribeToNotification(QLatin1String(kChannel))) {
            QObject::connect(driver, &QSqlDriver::notification, &context, [this](const QString &name) {
                if (name == QLatin1String(kChannel))
                    m_notified = true;
            });
        } else if (warn) {
            warn(tr("Cannot listen for new audit events; polling every %1 ms").arg(m_options.pollIntervalMs));
        }
    }
    while (!stopRequested()) {
        m_notified = false;
        if (Outcome o = shipPending(totals, progress); !o) {
            if (!m_db.isOpen())
                return o;
            if (warn)
                warn(o.error());
            if (!wait(m_options.pollIntervalMs, false))
                break;
            continue;
        }
        if (!wait(m_options.pollIntervalMs, true))
            break;
    }
    if (m_options.listen && driver)
        driver->unsubscribeFromNotification(QLatin1String(kChannel));
    return {};
}

} // namespace Tribina
