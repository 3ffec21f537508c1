#include "quotas/quotaimport.h"

#include "db/sqltext.h"
#include "quotas/matchinventory.h"
#include "quotas/quotarepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Tribina {

Outcome QuotaImport::preview(const QList<QUuid> &matchIds, QList<QuotaCsvRow> *rows, const Progress &progress,
                             QuotaAlgorithm algorithm)
{
    QList<Plan> plans;
    return check(matchIds, rows, &plans, progress, algorithm);
}

Outcome QuotaImport::check(const QList<QUuid> &matchIds, QList<QuotaCsvRow> *rows, QList<Plan> *plans,
                           const Progress &progress, QuotaAlgorithm algorithm)
{
    if (matchIds.isEmpty())
        return Outcome::failure(tr("Choose at least one match to import into."));
    struct MatchState
    {
        MatchInventory inventory;
        QSet<QString> recipients; ///< e-mails with a live quota in the match
        QString title;
    };
    std::vector<MatchState> matches(size_t(matchIds.size()));
    QSqlQuery q(m_db);
    for (int m = 0; m < matchIds.size(); ++m) {
        const Outcome loaded = MatchInventory::load(m_db, matchIds.at(m), &matches[size_t(m)].inventory);
        if (!loaded)
            return loaded;
        q.prepare(QStringLiteral("SELECT lower(recipient_email) FROM quotas WHERE match_id = ? AND status <> 'CANCELLED'"));
        q.addBindValue(matchIds.at(m));
        if (!q.exec())
            return Outcome::failure(q.lastError().text());
        while (q.next())
            matches[size_t(m)].recipients.insert(q.value(0).toString());
        q.prepare(QStringLiteral("SELECT home_team || ' – ' || away_team FROM matches WHERE id = ?"));
        q.addBindValue(matchIds.at(m));
        if (q.exec() && q.next())
            matches[size_t(m)].title = q.value(0).toString();
    }

    const int total = int(rows->size());
    for (int r = 0; r < total; ++r) {
        QuotaCsvRow &row = (*rows)[r];
        if (progress && (r % 200 == 0 || r + 1 == total))
            progress(r + 1, total);
        if (!row.ok())
            continue;
        QList<Plan> rowPlans;
        QList<QList<int>> chosenSeats;
        for (int m = 0; m < matchIds.size(); ++m) {
            MatchState &match = matches[size_t(m)];
            const QString where = matchIds.size() > 1 ? tr(" (%1)").arg(match.title) : QString();
            if (match.recipients.contains(row.email)) {
                row.errors.append(tr("%1 already has a quota for this match%2.").arg(row.email, where));
                continue;
            }
            Plan plan;
            plan.row = r;
            plan.match = m;
            QList<int> sectors;
            if (row.sectorCodes.isEmpty()) {
                for (int s = 0; s < match.inventory.sectors().size(); ++s) {
                    sectors.append(s);
                    plan.sectorIds.append(match.inventory.sectors().at(s).id);
                }
            } else {
                QStringList unknown;
                for (const QString &code : row.sectorCodes) {
                    const int s = match.inventory.sectorIndexOfCode(code);
                    if (s < 0) {
                        unknown.append(code);
                    } else if (!sectors.contains(s)) {
                        sectors.append(s);
                        plan.sectorIds.append(match.inventory.sectors().at(s).id);
                    }
                }
                if (!unknown.isEmpty()) {
                    row.errors.append(tr("Unknown sector code(s) %1%2.").arg(unknown.join(QStringLiteral(", ")), where));
                    continue;
                }
            }
            const QuotaAllocation allocation = QuotaAllocator(match.inventory.allocation())
                                                   .allocate(algorithm, row.quantity, sectors);
            if (!allocation.ok()) {
                row.errors.append(tr("%1 seats asked for, only %2 free in the sectors%3.")
                                      .arg(row.quantity).arg(allocation.freeSeats).arg(where));
                continue;
            }
            plan.inventoryIds = match.inventory.inventoryIds(allocation.seats);
            rowPlans.append(plan);
            chosenSeats.append(allocation.seats);
        }
        if (!row.ok())
            continue;
        // The row fits every match: its seats are gone for the rows after it.
        for (int i = 0; i < rowPlans.size(); ++i) {
            MatchState &match = matches[size_t(rowPlans.at(i).match)];
            match.inventory.allocation().take(chosenSeats.at(i));
            match.recipients.insert(row.email);
        }
        *plans += rowPlans;
    }
    return {};
}

Outcome QuotaImport::run(const QList<QUuid> &matchIds, const QuotaCsv::File &file, const Options &options,
                         Result *result, const Progress &progress)
{
    *result = Result();
    if (!file.ok())
        return Outcome::failure(file.error);
    result->rows = file.rows;
    QList<Plan> plans;
    // Checking is half the work, committing the other half.
    const int total = int(file.rows.size());
    Outcome outcome = check(matchIds, &result->rows, &plans,
                            [&](int done, int) { if (progress) progress(done / 2, total); }, options.algorithm);
    if (!outcome)
        return outcome;

    QJsonArray report;
    for (const QuotaCsvRow &row : std::as_const(result->rows)) {
        if (row.ok()) {
            ++result->imported;
        } else {
            ++result->failed;
            report.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("email"), row.email},
                                      {QStringLiteral("name"), row.name},
                                      {QStringLiteral("errors"), QJsonArray::fromStringList(row.errors)}});
        }
    }

    QuotaRepository repository(m_db);
    outcome = repository.inTransaction([&]() -> Outcome {
        QString error;
        QVariant batch;
        // One batch row for the file; with several matches it is filed under the first one and
        // the quotas of every match carry its id.
        if (!SqlText::exec(m_db,
                           QStringLiteral("INSERT INTO quota_import_batches (match_id, file_name, total_rows, successful_rows,"
                                          " failed_rows, error_report_json, imported_by)"
                                          " VALUES (?::uuid, ?, ?, ?, ?, ?::jsonb, current_staff_user_id()) RETURNING id"),
                           {matchIds.first().toString(QUuid::WithoutBraces), options.fileName.left(255), total,
                            result->imported, result->failed,
                            QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact))},
                           &error, &batch))
            return Outcome::failure(tr("Cannot record the import: %1").arg(error));
        result->batchId = batch.toUuid();
        QList<QDate> kickOffs;
        for (const QUuid &m : matchIds) {
            QVariant day;
            SqlText::exec(m_db, QStringLiteral("SELECT kick_off_time::date FROM matches WHERE id = ?::uuid"),
                          {m.toString(QUuid::WithoutBraces)}, &error, &day);
            kickOffs.append(day.toDate());
        }
        for (int i = 0; i < plans.size(); ++i) {
            const Plan &plan = plans.at(i);
            const QuotaCsvRow &row = result->rows.at(plan.row);
            QuotaDraft draft;
            draft.matchId = matchIds.at(plan.match);
            draft.recipientEmail = row.email;
            draft.recipientName = row.name;
            draft.quantity = row.quantity;
            draft.sectorIds = plan.sectorIds;
            draft.discountPercent = row.discountPercent;
            draft.algorithm = options.algorithm;
            draft.expirationDate = options.expirationDate.isValid() ? options.expirationDate : kickOffs.at(plan.match);
            draft.canCreateSubquotas = options.canCreateSubquotas;
            draft.autoSendEmail = options.autoSendEmail;
            draft.batchId = result->batchId;
            QUuid quotaId;
            Outcome step = repository.create(draft, &quotaId);
            if (!step)
                return Outcome::failure(tr("Line %1: %2").arg(row.line).arg(step.error()));
            step = repository.allocateSeats(quotaId, plan.inventoryIds);
            if (!step)
                return Outcome::failure(tr("Line %1: %2").arg(row.line).arg(step.error()));
            ++result->quotasCreated;
            result->seatsAllocated += int(plan.inventoryIds.size());
            if (progress && (i % 20 == 0 || i + 1 == plans.size()))
                progress(total / 2 + int((qint64(i + 1) * (total - total / 2)) / plans.size()), total);
        }
        return {};
    });
    if (!outcome)
        result->batchId = QUuid();
    else if (progress)
        progress(total, total);
    return outcome;
}

} // namespace Tribina
