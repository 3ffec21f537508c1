#pragma once

#include "printing/ticketdata.h"

#include <QImage>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>

#include <optional>

class QPainter;

namespace Tribina {

/// The one ticket renderer: paints a ticket with QPainter on any device — a printer, a PDF, a
/// QImage — with the page's top-left corner at the painter's origin.
///
/// Layouts: an 80 mm thermal receipt (72 mm printable, as tall as the ticket needs) and an A4
/// e-ticket. Codes are drawn in whole 203 dpi dots with their quiet zones (TicketCanvas).
class TicketRenderer
{
public:
    enum class Layout { Thermal, A4 };

    /// Where the codes ended up (device pixels, quiet zones included) and how tall the ticket is.
    struct Painted
    {
        QRectF barcode;
        QRectF qr;
        qreal height = 0; ///< bottom of the content, bottom margin included
    };

    explicit TicketRenderer(Layout layout = Layout::Thermal) : m_layout(layout) {}
    Layout layout() const { return m_layout; }

    /// The page in millimetres: 210 × 297 for A4; for thermal 80 mm wide and as tall as this
    /// ticket needs (whole millimetres: long names make it taller).
    QSizeF pageSizeMm(const TicketData &ticket) const;
    QPageSize pageSize(const TicketData &ticket) const;

    Painted paint(QPainter *painter, const TicketData &ticket) const;

    /// The ticket on a white image of its page size at dpi.
    QImage image(const TicketData &ticket, int dpi = 203, Painted *painted = nullptr) const;

    /// "thermal" / "a4" (settings and the command line).
    static QString layoutName(Layout layout);
    static std::optional<Layout> layoutFromName(const QString &name);

private:
    Layout m_layout;
};

} // namespace Tribina
