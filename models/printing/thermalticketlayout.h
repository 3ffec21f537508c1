#pragma once

#include "printing/ticketrenderer.h"

namespace Tribina {

class TicketCanvas;

/// The 80 mm thermal receipt: one column, 72 mm printable (a 203 dpi head has 576 dots), black
/// only, top to bottom: federation band, [duplicate stamp], competition, teams, date and
/// kick-off, venue, [gate], sector / row / seat in large type, price, holder and order, QR code,
/// Code 128 with its digits, terms. The page is as tall as the content.
class ThermalTicketLayout
{
public:
    static constexpr qreal kPageWidthMm = 80;
    static constexpr qreal kPrintableWidthMm = 72;
    /// Module sizes in printer dots (0.125 mm each): QR 0.75 mm, Code 128 0.5 mm.
    static constexpr int kQrModuleDots = 6;
    static constexpr int kBarModuleDots = 4;

    static TicketRenderer::Painted paint(TicketCanvas &canvas, const TicketData &ticket);
};

} // namespace Tribina
