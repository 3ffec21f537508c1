#pragma once

#include "quotas/quotacsv.h"
#include "quotas/quotatypes.h"

#include <QDate>
#include <QUuid>

#include <functional>

namespace Tribina {

/// How QuotaImport creates the quotas of a file (kept apart from QuotaImport, which needs
/// QtSql, so widgets can fill it in).
struct QuotaImportOptions
{
    QString fileName;
    QuotaAlgorithm algorithm = QuotaAlgorithm::BestSeats;
    QDate expirationDate; ///< invalid: each match's kick-off date
    bool canCreateSubquotas = false;
    bool autoSendEmail = true;
};

/// What an import did.
struct QuotaImportResult
{
    QList<QuotaCsvRow> rows; ///< with the match checks' errors added
    QUuid batchId;
    int imported = 0;        ///< rows imported
    int failed = 0;          ///< rows rejected
    int quotasCreated = 0;
    int seatsAllocated = 0;
};

/// Rows done of total; called on the thread that runs the import.
using QuotaImportProgress = std::function<void(int done, int total)>;

} // namespace Tribina
