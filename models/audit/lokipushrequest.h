#pragma once

#include "audit/auditevent.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Tribina {

/// The JSON body of one request to Loki's push API (POST /loki/api/v1/push,
/// Content-Type: application/json):
///
///     {"streams":[{"stream":{"app":"tribina","audit_type":"sale","env":"production"},
///                  "values":[["1763900000123456000","{\"event_id\":…}"], …]}, …]}
///
/// Labels are few and static (app, env, audit_type) so Loki's index stays small; everything else
/// (event id, outbox id, actor, match, entity, payload) goes into the log line, itself one JSON
/// object. Timestamps are nanoseconds since the epoch written as decimal strings, as the API
/// requires. Events are grouped into one stream per audit type, in the order the types first
/// appear; within a stream the values keep the order they were added in (outbox id order).
class LokiPushRequest
{
public:
    explicit LokiPushRequest(QString env) : m_env(std::move(env)) {}

    void add(const AuditEvent &event) { m_events << event; }
    bool isEmpty() const { return m_events.isEmpty(); }
    const QList<AuditEvent> &events() const { return m_events; }

    /// The request body, compact JSON in UTF-8.
    QByteArray body() const;

    /// microseconds → the nanosecond timestamp string ("1763900000123456000").
    static QString nanosecondTimestamp(qint64 micros);
    /// The log line of one event: compact JSON with its fields and payload.
    static QByteArray line(const AuditEvent &event);

    static constexpr const char *kApp = "tribina";

private:
    QString m_env;
    QList<AuditEvent> m_events;
};

} // namespace Tribina
