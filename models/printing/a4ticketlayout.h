#pragma once

#include "printing/ticketrenderer.h"

namespace Tribina {

class TicketCanvas;

/// The A4 e-ticket (portrait): federation header with the chequered strip; a ticket panel with
/// competition, teams, date, kick-off and venue, gate / sector / row / seat in large type, price,
/// holder and order on the left and the QR code on the right; the Code 128 below the panel; then
/// the instructions in Croatian and English. An emergency reprint gets a red stamp across the
/// panel and a DUPLIKAT watermark behind the details (never behind a code).
class A4TicketLayout
{
public:
    static constexpr qreal kMarginMm = 14;
    /// Module sizes in 203 dpi dots: QR 1 mm, Code 128 0.625 mm (office printers smudge more
    /// than thermal heads; a phone's camera at a gate copes better with larger modules).
    static constexpr int kQrModuleDots = 8;
    static constexpr int kBarModuleDots = 5;

    static TicketRenderer::Painted paint(TicketCanvas &canvas, const TicketData &ticket);
};

} // namespace Tribina
