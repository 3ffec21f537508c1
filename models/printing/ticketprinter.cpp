#include "ticketprinter.h"

#include "printing/barcodesymbol.h"

#include <QFile>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace Tribina {

namespace {
bool setPage(QPagedPaintDevice *device, const QPageSize &size)
{
    QPageLayout layout(size, QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return device->setPageLayout(layout);
}
} // namespace

Outcome TicketPrinter::validate(const TicketData &ticket)
{
    if (ticket.barcode.isEmpty() || BarcodeSymbol::code128(ticket.barcode).isNull())
        return Outcome::failure(tr("Ticket %1 has no barcode that can be printed.").arg(ticket.orderNumber));
    if (ticket.qrPayload.isEmpty() || BarcodeSymbol::qr(ticket.qrPayload).isNull())
        return Outcome::failure(tr("Ticket %1 has no QR code that can be printed.").arg(ticket.barcode));
    return {};
}

Outcome TicketPrinter::print(QPagedPaintDevice *device, const QList<TicketData> &tickets,
                             QList<TicketRenderer::Painted> *painted) const
{
    if (tickets.isEmpty())
        return Outcome::failure(tr("There is no ticket to print."));
    for (const TicketData &ticket : tickets)
        if (const Outcome valid = validate(ticket); !valid)
            return valid;
    // The page must be set before painting starts (first page) or before newPage() (the rest).
    if (!setPage(device, m_renderer.pageSize(tickets.first())))
        return Outcome::failure(tr("The printer does not accept the ticket's page size."));
    QPainter painter;
    if (!painter.begin(device))
        return Outcome::failure(tr("Cannot start printing (is the printer or the file available?)."));
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        if (i > 0) {
            if (m_renderer.layout() == TicketRenderer::Layout::Thermal)
                setPage(device, m_renderer.pageSize(tickets.at(i))); // each receipt as long as it needs
            if (!device->newPage()) {
                painter.end();
                return Outcome::failure(tr("The printer refused page %1.").arg(i + 1));
            }
        }
        const TicketRenderer::Painted result = m_renderer.paint(&painter, tickets.at(i));
        if (painted)
            painted->append(result);
    }
    if (!painter.end())
        return Outcome::failure(tr("Printing failed while finishing the document."));
    return {};
}

Outcome TicketPrinter::writePdf(const QString &fileName, const QList<TicketData> &tickets) const
{
    {
        // QPdfWriter reports an unwritable file only as a failed QPainter::begin(); say why.
        QFile probe(fileName);
        if (!probe.open(QIODevice::WriteOnly))
            return Outcome::failure(tr("Cannot write %1: %2").arg(fileName, probe.errorString()));
    }
    QPdfWriter writer(fileName);
    writer.setResolution(1200);
    writer.setCreator(QStringLiteral("Tribina"));
    writer.setTitle(tr("HNS tickets"));
    return print(&writer, tickets);
}

} // namespace Tribina
