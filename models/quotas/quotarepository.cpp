#include "quotas/quotarepository.h"

#include "db/sqlerrors.h"
#include "db/sqltext.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Tribina {

QString uuidArrayLiteral(const QList<QUuid> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const QUuid &id : ids)
        parts.append(id.toString(QUuid::WithoutBraces));
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

namespace {

QList<QUuid> parseUuidArray(QString text)
{
    QList<QUuid> ids;
    text.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(QUuid::fromString(part.trimmed()));
    return ids;
}

// The message of a failed statement without the "ERROR:" noise, DETAIL kept (it names seats).
QString messageOf(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    text.remove(QStringLiteral("ERROR:  "));
    return text.isEmpty() ? describe(error) : text;
}

const QString OverviewColumns = QStringLiteral(
    "id, match_id, recipient_email, recipient_name, coalesce(internal_note, ''), total_quantity,"
    " sector_ids::text, discount_percent, allocation_algorithm::text, expiration_date, status::text,"
    " allocated, reserved, sold, delegated, cancelled, batch_id, can_create_subquotas,"
    " coalesce((SELECT qq.is_petrol_allocation FROM quotas qq WHERE qq.id = quota_overview.id), false)");

QuotaSummary summaryFrom(const QSqlQuery &q)
{
    QuotaSummary s;
    s.id = q.value(0).toUuid();
    s.matchId = q.value(1).toUuid();
    s.recipientEmail = q.value(2).toString();
    s.recipientName = q.value(3).toString();
    s.internalNote = q.value(4).toString();
    s.quantity = q.value(5).toInt();
    s.sectorIds = parseUuidArray(q.value(6).toString());
    s.discountPercent = q.value(7).toDouble();
    fromSqlValue(q.value(8).toString(), &s.algorithm);
    s.expirationDate = q.value(9).toDate();
    s.status = q.value(10).toString();
    s.allocated = q.value(11).toInt();
    s.reserved = q.value(12).toInt();
    s.sold = q.value(13).toInt();
    s.delegated = q.value(14).toInt();
    s.cancelled = q.value(15).toInt();
    s.batchId = q.value(16).toUuid();
    s.canCreateSubquotas = q.value(17).toBool();
    s.petrolAllocation = q.value(18).toBool();
    return s;
}

Outcome fail(const QString &what, const QSqlError &error)
{
    return Outcome::failure(QCoreApplication::translate("Tribina::QuotaRepository", "%1: %2").arg(what, messageOf(error)));
}

} // namespace

QList<QuotaMatch> QuotaRepository::matches(Outcome *outcome)
{
    QList<QuotaMatch> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, home_team || ' – ' || away_team, kick_off_time FROM matches"
                               " WHERE stadium_layout_id IS NOT NULL ORDER BY kick_off_time, home_team"))) {
        if (outcome)
            *outcome = fail(tr("Cannot read the matches"), q.lastError());
        return out;
    }
    while (q.next()) {
        QuotaMatch m;
        m.id = q.value(0).toUuid();
        m.kickOff = q.value(2).toDateTime();
        m.title = QStringLiteral("%1, %2").arg(q.value(1).toString(), m.kickOff.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        out.append(m);
    }
    return out;
}

QList<QuotaSector> QuotaRepository::sectors(const QUuid &matchId, Outcome *outcome)
{
    QList<QuotaSector> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT sec.id, sec.code, sec.name,"
        "       count(i.id) FILTER (WHERE i.status = 'AVAILABLE' OR (i.status = 'RESERVED' AND i.held_until < now())),"
        "       count(i.id)"
        " FROM matches m JOIN sectors sec ON sec.stadium_layout_id = m.stadium_layout_id"
        " LEFT JOIN seats s ON s.sector_id = sec.id"
        " LEFT JOIN match_seat_inventory i ON i.seat_id = s.id AND i.match_id = m.id"
        " WHERE m.id = ? GROUP BY sec.id, sec.code, sec.name, sec.sort_order ORDER BY sec.sort_order, sec.code"));
    q.addBindValue(matchId);
    if (!q.exec()) {
        if (outcome)
            *outcome = fail(tr("Cannot read the sectors"), q.lastError());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toUuid(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toInt()});
    return out;
}

QList<QuotaSummary> QuotaRepository::quotas(const QUuid &matchId, Outcome *outcome)
{
    QList<QuotaSummary> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM quota_overview WHERE match_id = ? ORDER BY created_at, recipient_name").arg(OverviewColumns));
    q.addBindValue(matchId);
    if (!q.exec()) {
        if (outcome)
            *outcome = fail(tr("Cannot read the quotas"), q.lastError());
        return out;
    }
    while (q.next())
        out.append(summaryFrom(q));
    return out;
}

Outcome QuotaRepository::quota(const QUuid &quotaId, QuotaSummary *out)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM quota_overview WHERE id = ?").arg(OverviewColumns));
    q.addBindValue(quotaId);
    if (!q.exec())
        return fail(tr("Cannot read the quota"), q.lastError());
    if (!q.next())
        return Outcome::failure(tr("There is no quota %1.").arg(quotaId.toString(QUuid::WithoutBraces)));
    *out = summaryFrom(q);
    return {};
}

QList<QuotaSeatRow> QuotaRepository::seatsOf(const QUuid &quotaId, Outcome *outcome)
{
    QList<QuotaSeatRow> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT i.id, sec.code, s.row_identifier, s.seat_number, qs.status::text"
        " FROM quota_seats qs JOIN match_seat_inventory i ON i.id = qs.match_seat_inventory_id"
        " JOIN seats s ON s.id = i.seat_id JOIN sectors sec ON sec.id = s.sector_id"
        " WHERE qs.quota_id = ? AND qs.status <> 'CANCELLED'"
        " ORDER BY sec.sort_order, sec.code, s.row_order, s.seat_index"));
    q.addBindValue(quotaId);
    if (!q.exec()) {
        if (outcome)
            *outcome = fail(tr("Cannot read the quota's seats"), q.lastError());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toUuid(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    return out;
}

QList<SubquotaNode> QuotaRepository::subquotaTree(const QUuid &quotaId, Outcome *outcome)
{
    QList<SubquotaNode> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, parent_id, depth, recipient_name, recipient_email, quantity, status,"
                             " expires_at, seats FROM quota_subquota_tree(?)"));
    q.addBindValue(quotaId);
    if (!q.exec()) {
        if (outcome)
            *outcome = fail(tr("Cannot read the sub-quotas"), q.lastError());
        return out;
    }
    while (q.next()) {
        SubquotaNode n;
        n.id = q.value(0).toUuid();
        n.parentId = q.value(1).toUuid();
        n.depth = q.value(2).toInt();
        n.recipientName = q.value(3).toString();
        n.recipientEmail = q.value(4).toString();
        n.quantity = q.value(5).toInt();
        n.status = q.value(6).toString();
        n.expiresAt = q.value(7).toDateTime();
        n.seats = q.value(8).toInt();
        out.append(n);
    }
    return out;
}

Outcome QuotaRepository::create(const QuotaDraft &d, QUuid *quotaId)
{
    QString error;
    QVariant id;
    const QVariantList values{
        d.matchId.toString(QUuid::WithoutBraces), d.recipientEmail, d.recipientName, d.quantity,
        uuidArrayLiteral(d.sectorIds), d.expirationDate.isValid() ? QVariant(d.expirationDate) : QVariant(),
        d.discountPercent, QString(sqlValue(d.algorithm)),
        d.internalNote.isEmpty() ? QVariant() : QVariant(d.internalNote),
        d.canCreateSubquotas, d.transferAllowed, d.deferredPayment, d.autoSendEmail,
        d.batchId.isNull() ? QVariant() : QVariant(d.batchId.toString(QUuid::WithoutBraces))};
    if (!SqlText::exec(m_db,
                       QStringLiteral("SELECT quota_create(?::uuid, ?, ?, ?, ?::uuid[], ?::date, ?::numeric,"
                                      " ?::allocation_algo, ?, ?, ?, ?, ?, ?::uuid)"),
                       values, &error, &id))
        return Outcome::failure(tr("Cannot create the quota: %1").arg(error));
    if (quotaId)
        *quotaId = id.toUuid();
    return {};
}

Outcome QuotaRepository::allocateSeats(const QUuid &quotaId, const QList<QUuid> &inventoryIds)
{
    QString error;
    if (!SqlText::exec(m_db, QStringLiteral("SELECT quota_allocate(?::uuid, ?::uuid[])"),
                       {quotaId.toString(QUuid::WithoutBraces), uuidArrayLiteral(inventoryIds)}, &error))
        return Outcome::failure(tr("Cannot allocate the seats: %1").arg(error));
    return {};
}

Outcome QuotaRepository::adjust(const QUuid &quotaId, const QList<QUuid> &add, const QList<QUuid> &remove)
{
    QString error;
    if (!SqlText::exec(m_db, QStringLiteral("SELECT quota_adjust(?::uuid, ?::uuid[], ?::uuid[])"),
                       {quotaId.toString(QUuid::WithoutBraces), uuidArrayLiteral(add), uuidArrayLiteral(remove)}, &error))
        return Outcome::failure(tr("Cannot change the quota's seats: %1").arg(error));
    return {};
}

Outcome QuotaRepository::cancel(const QUuid &quotaId, QuotaCancellation type, int *released)
{
    QString error;
    QVariant count;
    if (!SqlText::exec(m_db, QStringLiteral("SELECT quota_cancel(?::uuid, ?::cancellation_type)"),
                       {quotaId.toString(QUuid::WithoutBraces), QString(sqlValue(type))}, &error, &count))
        return Outcome::failure(tr("Cannot cancel the quota: %1").arg(error));
    if (released)
        *released = count.toInt();
    return {};
}

Outcome QuotaRepository::allocate(const QUuid &quotaId, bool dryRun, Allocation *out)
{
    QuotaSummary quota;
    Outcome outcome = this->quota(quotaId, &quota);
    if (!outcome)
        return outcome;
    MatchInventory inventory;
    outcome = MatchInventory::load(m_db, quota.matchId, &inventory);
    if (!outcome)
        return outcome;
    return allocate(quota, inventory, dryRun, out);
}

Outcome QuotaRepository::allocate(const QuotaSummary &quota, MatchInventory &inventory, bool dryRun, Allocation *out)
{
    *out = Allocation();
    out->quotaId = quota.id;
    if (quota.status == QLatin1String("CANCELLED"))
        return Outcome::failure(tr("The quota for %1 is cancelled.").arg(quota.recipientName));
    const int missing = quota.quantity - (quota.allocated + quota.reserved + quota.sold + quota.delegated);
    if (missing <= 0)
        return Outcome::failure(tr("The quota for %1 has all its %2 seats already.").arg(quota.recipientName).arg(quota.quantity));
    const QList<int> sectors = inventory.sectorIndices(quota.sectorIds);
    const QuotaAllocation chosen = QuotaAllocator(inventory.allocation()).allocate(quota.algorithm, missing, sectors);
    if (!chosen.ok())
        return Outcome::failure(chosen.error);
    out->seats = inventory.describe(chosen.seats);
    out->inventoryIds = inventory.inventoryIds(chosen.seats);
    if (dryRun)
        return {};
    const Outcome committed = allocateSeats(quota.id, out->inventoryIds);
    if (!committed)
        return committed;
    inventory.allocation().take(chosen.seats);
    out->committed = true;
    return {};
}

Outcome QuotaRepository::markPetrolAllocation(const QUuid &quotaId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT q.status::text, q.is_petrol_allocation, q.recipient_name,"
        "       (SELECT o.recipient_name FROM quotas o WHERE o.match_id = q.match_id AND o.id <> q.id"
        "          AND o.is_petrol_allocation AND o.status IN ('PENDING', 'ACTIVE'))"
        " FROM quotas q WHERE q.id = ?"));
    q.addBindValue(quotaId);
    if (!q.exec())
        return fail(tr("Cannot read the quota"), q.lastError());
    if (!q.next())
        return Outcome::failure(tr("The quota does not exist (any more)."));
    if (q.value(1).toBool())
        return {}; // already the allocation
    if (q.value(0).toString() == QLatin1String("CANCELLED"))
        return Outcome::failure(tr("The quota for %1 is cancelled; a cancelled quota cannot be the petrol station allocation.")
                                    .arg(q.value(2).toString()));
    const auto refusal = [](const QString &other) {
        return Outcome::failure(tr("This match already has a petrol station allocation (%1). A match has only one: "
                                   "cancel that quota first.").arg(other));
    };
    if (!q.value(3).isNull())
        return refusal(q.value(3).toString());

    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("SELECT petrol_allocation_mark(?)"));
    mark.addBindValue(quotaId);
    if (!mark.exec()) {
        // 23505: idx_quotas_one_petrol_per_match; another administrator marked one meanwhile.
        if (mark.lastError().nativeErrorCode() == QLatin1String("23505"))
            return refusal(tr("marked meanwhile by another administrator"));
        return fail(tr("Cannot mark the petrol station allocation"), mark.lastError());
    }
    return {};
}

Outcome QuotaRepository::inTransaction(const std::function<Outcome()> &work)
{
    if (!m_db.transaction())
        return fail(tr("BEGIN"), m_db.lastError());
    const Outcome outcome = work();
    if (!outcome) {
        m_db.rollback();
        return outcome;
    }
    if (!m_db.commit()) {
        const Outcome failed = fail(tr("COMMIT"), m_db.lastError());
        m_db.rollback();
        return failed;
    }
    return {};
}

} // namespace Tribina
