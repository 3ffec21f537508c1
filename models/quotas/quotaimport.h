#pragma once

#include "domain/outcome.h"
#include "quotas/quotacsv.h"
#include "quotas/quotaimportresult.h"
#include "quotas/quotatypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <functional>

namespace Tribina {

/// Imports quotas from a QuotaCsv file into one or more matches: every valid row becomes a
/// quota in each chosen match (the quotas of one import share its batch_id), with its seats
/// allocated by the chosen algorithm.
///
/// preview() checks every row against every match without writing: sector codes, free seats
/// (allocating on an in-memory copy of each inventory, row after row, so the rows together must
/// fit), and a live quota of the same recipient. run() previews, then in one transaction records
/// the quota_import_batches row (with the error report of the rejected rows) and creates and
/// allocates the quotas of the valid rows; any database failure rolls all of it back.
class QuotaImport
{
    Q_DECLARE_TR_FUNCTIONS(Tribina::QuotaImport)

public:
    using Progress = QuotaImportProgress;
    using Options = QuotaImportOptions;
    using Result = QuotaImportResult;

    explicit QuotaImport(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Adds the match checks' errors to rows.
    Outcome preview(const QList<QUuid> &matchIds, QList<QuotaCsvRow> *rows, const Progress &progress = {},
                    QuotaAlgorithm algorithm = QuotaAlgorithm::BestSeats);
    Outcome run(const QList<QUuid> &matchIds, const QuotaCsv::File &file, const Options &options, Result *result,
                const Progress &progress = {});

private:
    struct Plan
    {
        int row = 0;
        int match = 0;
        QList<QUuid> sectorIds;
        QList<QUuid> inventoryIds;
    };
    Outcome check(const QList<QUuid> &matchIds, QList<QuotaCsvRow> *rows, QList<Plan> *plans, const Progress &progress,
                  QuotaAlgorithm algorithm);

    QSqlDatabase m_db;
};

} // namespace Tribina
