#pragma once

#include "domain/outcome.h"
#include "quotas/quotatypes.h"

#include <QByteArray>
#include <QCoreApplication>

class QPainter;

namespace Tribina {

/// What a quota's recipient gets: its seat list as CSV and a one-page-per-40-seats PDF summary
/// (drawn with QPainter, so the same code can paint to any device).
class QuotaExport
{
    Q_DECLARE_TR_FUNCTIONS(Tribina::QuotaExport)

public:
    /// sector;row;seat;status, UTF-8 with BOM, CRLF.
    static QByteArray seatListCsv(const QList<QuotaSeatRow> &seats);
    static Outcome writeSeatList(const QString &fileName, const QList<QuotaSeatRow> &seats);
    /// matchTitle: "Hrvatska – Test, 2026-12-01 20:00".
    static Outcome writeSummaryPdf(const QString &fileName, const QuotaSummary &quota, const QString &matchTitle,
                                   const QList<QuotaSeatRow> &seats);
};

} // namespace Tribina
