#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace Tribina {

/// One audit_outbox row as the shipper sends it. occurredAtMicros is the row's occurred_at as
/// microseconds since the Unix epoch (PostgreSQL's resolution), read exactly, never as a double.
struct AuditEvent
{
    qint64 outboxId = 0;
    QUuid eventId;
    QString auditType;       ///< the audit_type enum label: "sale", "emergency_print", ...
    qint64 occurredAtMicros = 0;
    QString actorLogin;
    QUuid actorUserId;       ///< null when the actor was not a staff member
    QUuid matchId;           ///< null when the event concerns no match
    QUuid entityId;
    QByteArray payloadJson;  ///< the jsonb payload as PostgreSQL prints it
};

} // namespace Tribina
