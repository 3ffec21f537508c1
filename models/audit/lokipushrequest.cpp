#include "lokipushrequest.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tribina {

namespace {

QJsonValue uuidOrNull(const QUuid &id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces));
}

} // namespace

QString LokiPushRequest::nanosecondTimestamp(qint64 micros)
{
    // Text arithmetic would do too; 2^63 ns is the year 2262, far enough.
    return QString::number(micros * 1000);
}

QByteArray LokiPushRequest::line(const AuditEvent &event)
{
    QJsonObject o;
    o.insert(QStringLiteral("event_id"), uuidOrNull(event.eventId));
    o.insert(QStringLiteral("outbox_id"), QString::number(event.outboxId)); // bigint: text keeps it exact
    o.insert(QStringLiteral("audit_type"), event.auditType);
    o.insert(QStringLiteral("occurred_at"),
             QDateTime::fromMSecsSinceEpoch(event.occurredAtMicros / 1000, Qt::UTC)
                     .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
                 + QStringLiteral("%1Z").arg(event.occurredAtMicros % 1000, 3, 10, QLatin1Char('0')));
    o.insert(QStringLiteral("actor_login"), event.actorLogin);
    o.insert(QStringLiteral("actor_user_id"), uuidOrNull(event.actorUserId));
    o.insert(QStringLiteral("match_id"), uuidOrNull(event.matchId));
    o.insert(QStringLiteral("entity_id"), uuidOrNull(event.entityId));
    const QJsonDocument payload = QJsonDocument::fromJson(event.payloadJson);
    // jsonb is always valid JSON; keep anything else as text rather than lose it.
    if (payload.isObject())
        o.insert(QStringLiteral("payload"), payload.object());
    else if (payload.isArray())
        o.insert(QStringLiteral("payload"), payload.array());
    else
        o.insert(QStringLiteral("payload"), QString::fromUtf8(event.payloadJson));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray LokiPushRequest::body() const
{
    QStringList order; // audit types in order of first appearance
    QHash<QString, QJsonArray> values;
    for (const AuditEvent &e : m_events) {
        if (!values.contains(e.auditType))
            order << e.auditType;
        values[e.auditType].append(QJsonArray{nanosecondTimestamp(e.occurredAtMicros), QString::fromUtf8(line(e))});
    }
    QJsonArray streams;
    for (const QString &type : order) {
        const QJsonObject labels{{QStringLiteral("app"), QLatin1String(kApp)},
                                 {QStringLiteral("env"), m_env},
                                 {QStringLiteral("audit_type"), type}};
        streams.append(QJsonObject{{QStringLiteral("stream"), labels}, {QStringLiteral("values"), values.value(type)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("streams"), streams}}).toJson(QJsonDocument::Compact);
}

} // namespace Tribina
