#pragma once

#include "domain/outcome.h"
#include "printing/ticketdata.h"
#include "printing/ticketrenderer.h"

#include <QCoreApplication>
#include <QList>

class QPagedPaintDevice;

namespace Tribina {

/// Puts tickets on paper or into a PDF, one ticket per page, through TicketRenderer.
///
/// print() takes any QPagedPaintDevice: a QPrinter (a system printer through CUPS, the print
/// preview's printer, or QPrinter's own PDF output) or a QPdfWriter. It sets the page itself —
/// A4, or 80 mm × the ticket's height for thermal — in full-page mode, so the renderer's origin
/// is the paper's corner and codes fall on the printer's dot grid. models/ does not link Qt Print
/// Support: the UI creates the QPrinter (from TicketPrintSettings) and hands it over.
class TicketPrinter
{
    Q_DECLARE_TR_FUNCTIONS(TicketPrinter)
public:
    explicit TicketPrinter(TicketRenderer::Layout layout) : m_renderer(layout) {}

    /// Checks that every ticket has a barcode and a QR payload that can be encoded; printing a
    /// ticket without its codes would hand a fan paper that no gate accepts.
    static Outcome validate(const TicketData &ticket);

    /// painted (optional) receives where each ticket's codes ended up, in device pixels.
    Outcome print(QPagedPaintDevice *device, const QList<TicketData> &tickets,
                  QList<TicketRenderer::Painted> *painted = nullptr) const;
    /// A PDF file through QPdfWriter (tribina-admin ticket print, e-mail attachments).
    Outcome writePdf(const QString &fileName, const QList<TicketData> &tickets) const;

private:
    TicketRenderer m_renderer;
};

} // namespace Tribina
