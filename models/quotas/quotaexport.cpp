#include "quotas/quotaexport.h"

#include "quotas/csvreader.h"

#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Tribina {

QByteArray QuotaExport::seatListCsv(const QList<QuotaSeatRow> &seats)
{
    QList<QStringList> records{{tr("sector"), tr("row"), tr("seat"), tr("status")}};
    for (const QuotaSeatRow &seat : seats)
        records.append({seat.sectorCode, seat.rowIdentifier, seat.seatNumber, seat.status});
    return CsvReader::write(records, QLatin1Char(';'));
}

Outcome QuotaExport::writeSeatList(const QString &fileName, const QList<QuotaSeatRow> &seats)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome::failure(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    file.write(seatListCsv(seats));
    if (!file.commit())
        return Outcome::failure(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    return {};
}

Outcome QuotaExport::writeSummaryPdf(const QString &fileName, const QuotaSummary &quota, const QString &matchTitle,
                                     const QList<QuotaSeatRow> &seats)
{
    QPdfWriter writer(fileName);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(tr("Quota for %1").arg(quota.recipientName));
    writer.setCreator(QStringLiteral("Tribina"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Outcome::failure(tr("Cannot write %1.").arg(fileName));

    const int dpi = writer.resolution();
    auto mm = [dpi](double v) { return int(v * dpi / 25.4); };
    const int left = mm(20);
    QFont title(QStringLiteral("Sans"), 18, QFont::Bold);
    QFont body(QStringLiteral("Sans"), 10);
    QFont bold(QStringLiteral("Sans"), 10, QFont::Bold);
    const int line = mm(6);
    const QLocale locale;
    const int perPage = 40;
    const int pages = std::max<int>(1, int((seats.size() + perPage - 1) / perPage));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        int y = mm(25);
        painter.setFont(title);
        painter.drawText(left, y, tr("Ticket quota: %1").arg(quota.recipientName));
        y += mm(10);
        painter.setFont(body);
        const QStringList facts{
            tr("Match: %1").arg(matchTitle),
            tr("Recipient: %1 <%2>").arg(quota.recipientName, quota.recipientEmail),
            tr("Seats: %1 (allocated %2, reserved %3, sold %4)").arg(quota.quantity).arg(quota.allocated).arg(quota.reserved).arg(quota.sold),
            tr("Discount: %1 %").arg(locale.toString(quota.discountPercent, 'f', quota.discountPercent == int(quota.discountPercent) ? 0 : 2)),
            tr("Claim by: %1").arg(locale.toString(quota.expirationDate, QLocale::LongFormat)),
        };
        for (const QString &fact : facts) {
            painter.drawText(left, y, fact);
            y += line;
        }
        y += line;
        painter.setFont(bold);
        const int cols[] = {left, left + mm(40), left + mm(70), left + mm(100)};
        painter.drawText(cols[0], y, tr("Sector"));
        painter.drawText(cols[1], y, tr("Row"));
        painter.drawText(cols[2], y, tr("Seat"));
        painter.drawText(cols[3], y, tr("Status"));
        y += mm(2);
        painter.drawLine(left, y, left + mm(170), y);
        y += line;
        painter.setFont(body);
        for (int i = page * perPage; i < std::min<int>(int(seats.size()), (page + 1) * perPage); ++i) {
            const QuotaSeatRow &seat = seats.at(i);
            painter.drawText(cols[0], y, seat.sectorCode);
            painter.drawText(cols[1], y, seat.rowIdentifier);
            painter.drawText(cols[2], y, seat.seatNumber);
            painter.drawText(cols[3], y, seat.status);
            y += mm(5);
        }
        painter.drawText(left, mm(285), tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    painter.end();
    if (!QFile::exists(fileName))
        return Outcome::failure(tr("Cannot write %1.").arg(fileName));
    return {};
}

} // namespace Tribina
