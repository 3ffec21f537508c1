#include "ticketoutput.h"

#include "printing/ticketprinter.h"
#include "printing/ticketprintsettings.h"

#include <QDir>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>

namespace Tribina {

namespace {
QString g_outputDir;

QString pdfPath(const QString &name)
{
    const QString dir = TicketOutput::outputDir();
    QDir().mkpath(dir);
    return QDir(dir).filePath(name + QStringLiteral(".pdf"));
}
} // namespace

QString TicketOutput::outputDir()
{
    if (!g_outputDir.isEmpty())
        return g_outputDir;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/Tribina");
}

void TicketOutput::setOutputDir(const QString &dir)
{
    g_outputDir = dir;
}

bool TicketOutput::hasPrinter()
{
    return g_outputDir.isEmpty() && !QPrinterInfo::availablePrinters().isEmpty();
}

Outcome TicketOutput::printTickets(const QList<TicketData> &tickets, const QString &name, QString *file)
{
    const TicketPrintSettings settings;
    const TicketPrinter printer(settings.layout());
    if (hasPrinter()) {
        QPrinter device(QPrinterInfo::printerInfo(settings.printerName()).isNull()
                            ? QPrinterInfo::defaultPrinter()
                            : QPrinterInfo::printerInfo(settings.printerName()),
                        QPrinter::HighResolution);
        device.setDocName(name);
        file->clear();
        return printer.print(&device, tickets);
    }
    *file = pdfPath(name);
    return printer.writePdf(*file, tickets);
}

Outcome TicketOutput::printLines(const QString &title, const QStringList &lines, const QString &name, QString *file)
{
    std::unique_ptr<QPagedPaintDevice> device;
    if (hasPrinter()) {
        auto printer = std::make_unique<QPrinter>(QPrinterInfo::defaultPrinter(), QPrinter::HighResolution);
        printer->setDocName(name);
        device = std::move(printer);
        file->clear();
    } else {
        *file = pdfPath(name);
        auto pdf = std::make_unique<QPdfWriter>(*file);
        pdf->setTitle(title);
        pdf->setResolution(300);
        device = std::move(pdf);
    }
    device->setPageSize(QPageSize(QPageSize::A4));
    QPainter painter;
    if (!painter.begin(device.get()))
        return Outcome::failure(tr("The document could not be printed."));
    const QRect page = painter.viewport();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(14);
    font.setBold(true);
    painter.setFont(font);
    const int margin = page.width() / 12;
    int y = margin;
    const int lineHeight = painter.fontMetrics().height();
    painter.drawText(margin, y, title);
    y += lineHeight * 2;
    font.setPointSize(10);
    font.setBold(false);
    painter.setFont(font);
    const int small = painter.fontMetrics().height();
    for (const QString &line : lines) {
        painter.drawText(margin, y, line);
        y += small + small / 3;
    }
    painter.end();
    return {};
}

Outcome TicketOutput::printReceipt(const CachedMatch &match, const SaleReceipt &receipt, const QString &clerk,
                                   QString *file)
{
    const QLocale locale;
    QStringList lines;
    lines << tr("%1, %2").arg(match.title(), match.competition)
          << tr("Kick-off: %1").arg(locale.toString(match.kickOff.toLocalTime(), QLocale::ShortFormat))
          << tr("Order: %1").arg(receipt.orderNumber) << tr("Clerk: %1").arg(clerk) << QString();
    for (const PriceLine &t : receipt.tickets) {
        lines << tr("%1 — %2").arg(t.seatLabel, t.holderName)
              << tr("    ticket %1 (VAT %2), fee %3 (VAT %4), total %5")
                     .arg(t.price.ticketAmount.format(locale), t.price.ticketVatAmount.format(locale),
                          t.price.feeAmount.format(locale), t.price.feeVatAmount.format(locale),
                          t.price.total().format(locale));
    }
    lines << QString()
          << tr("Tickets: %1 (VAT %2)").arg(receipt.total.ticketAmount.format(locale),
                                            receipt.total.ticketVatAmount.format(locale))
          << tr("Service fees: %1 (VAT %2)").arg(receipt.total.feeAmount.format(locale),
                                                 receipt.total.feeVatAmount.format(locale))
          << tr("Total: %1").arg(receipt.total.total().format(locale));
    if (receipt.method == PaymentMethod::Cash)
        lines << tr("Cash given: %1, change: %2").arg(receipt.cashGiven.format(locale), receipt.change.format(locale));
    else
        lines << tr("Paid by card");
    return printLines(tr("Receipt"), lines, QStringLiteral("receipt-%1").arg(receipt.orderNumber), file);
}

Outcome TicketOutput::printShiftReport(const ShiftTotals &t, const QString &clerk, QString *file)
{
    const QLocale locale;
    QStringList lines;
    lines << tr("Clerk: %1").arg(clerk)
          << tr("Opened: %1").arg(locale.toString(t.openedAt.toLocalTime(), QLocale::ShortFormat))
          << tr("Closed: %1").arg(t.closedAt.isValid() ? locale.toString(t.closedAt.toLocalTime(), QLocale::ShortFormat)
                                                       : tr("still open"))
          << QString() << tr("Float: %1").arg(t.floatAmount.format(locale))
          << tr("Cash sales: %1").arg(t.cashSales.format(locale))
          << tr("Card sales: %1").arg(t.cardSales.format(locale))
          << tr("Cash refunds: %1").arg(t.cashRefunds.format(locale))
          << tr("Card refunds: %1").arg(t.cardRefunds.format(locale))
          << tr("Sales: %1, refunds: %2").arg(t.saleCount).arg(t.refundCount) << QString()
          << tr("Expected cash: %1").arg(t.expectedCash.format(locale));
    if (t.countedCash)
        lines << tr("Counted cash: %1").arg(t.countedCash->format(locale))
              << tr("Discrepancy: %1").arg(t.discrepancy().format(locale));
    return printLines(tr("Shift report"), lines,
                      QStringLiteral("shift-%1").arg(t.shiftId.toString(QUuid::WithoutBraces).left(8)), file);
}

} // namespace Tribina
