#include "thermalticketlayout.h"

#include "printing/barcodesymbol.h"
#include "printing/ticketcanvas.h"
#include "printing/ticketelements.h"
#include "printing/tickettext.h"

namespace Tribina {

namespace {
using Face = TicketCanvas::Face;

// Header band: shield and the federation's name, white on black.
qreal paintBand(TicketCanvas &c, qreal left, qreal width, qreal y)
{
    const qreal height = c.mmY(12);
    c.fill(QRectF(left, y, width, height), Qt::black);
    TicketElements::shield(c, QRectF(left + c.mm(2.2), y + c.mmY(1.6), c.mm(7.2), height - c.mmY(3.2)), Qt::black,
                           Qt::white, Qt::white);
    const qreal textLeft = left + c.mm(11.5);
    const qreal textWidth = width - c.mm(13);
    const QFont name = c.fitted(TicketText::federation(), c.font(10, Face::Condensed, true), textWidth, 7);
    qreal ty = y + c.mmY(2.3);
    ty += c.text({textLeft, ty}, textWidth, TicketText::federation(), name, Qt::AlignLeft, 1, Qt::white);
    const QFont english = c.fitted(TicketText::federationEnglish(), c.font(6), textWidth, 4.5);
    c.text({textLeft, ty}, textWidth, TicketText::federationEnglish(), english, Qt::AlignLeft, 1, Qt::white);
    return height;
}

// Teams stacked, each as large as fits (two lines at most), with a dash between.
qreal paintTeams(TicketCanvas &c, qreal left, qreal width, qreal y, const TicketData &t)
{
    const qreal top = y;
    const QFont home = c.fitted(t.homeTeam, c.font(17, Face::Condensed, true), width, 11);
    y += c.text({left, y}, width, t.homeTeam, home, Qt::AlignHCenter, 2);
    y += c.text({left, y}, width, QStringLiteral("—"), c.font(11, Face::Sans, true), Qt::AlignHCenter);
    const QFont away = c.fitted(t.awayTeam, c.font(17, Face::Condensed, true), width, 11);
    y += c.text({left, y}, width, t.awayTeam, away, Qt::AlignHCenter, 2);
    return y - top;
}

// Gate (when known), then sector / row / seat as large framed boxes.
qreal paintPlace(TicketCanvas &c, qreal left, qreal width, qreal y, const TicketData &t)
{
    const qreal top = y;
    const qreal gap = c.mm(1.5);
    if (!t.gate.isEmpty()) {
        const QFont font = c.font(11, Face::Sans, true);
        const qreal h = c.lineHeight(font) + c.mmY(1.6);
        c.fill(QRectF(left, y, width, h), Qt::black, 1.0);
        c.text({left + c.mm(1), y + c.mmY(0.8)}, width - c.mm(2), TicketText::gate() + QStringLiteral("  ") + t.gate,
               font, Qt::AlignHCenter, 1, Qt::white);
        y += h + c.mmY(1.5);
    }
    TicketElements::BoxStyle style;
    const qreal h = TicketElements::boxHeight(c, style);
    if (t.placement == TicketData::Placement::Seat) {
        // The sector code is often longer than row and seat numbers: give it the wider box.
        const qreal narrow = (width - 2 * gap) * 0.3;
        const qreal wide = width - 2 * gap - 2 * narrow;
        TicketElements::box(c, QRectF(left, y, wide, h), TicketText::sector(), t.sectorCode, style);
        TicketElements::box(c, QRectF(left + wide + gap, y, narrow, h), TicketText::row(), t.row, style);
        TicketElements::box(c, QRectF(left + wide + narrow + 2 * gap, y, narrow, h), TicketText::seat(), t.seat,
                            style);
    } else {
        // "SLOBODNO SJEDENJE / FREE SEATING" does not fit half the width of an 80 mm ticket even
        // at the smallest size: the words get the wide box, the sector code the narrow one.
        const qreal narrow = (width - gap) * 0.3;
        const qreal wide = width - gap - narrow;
        TicketElements::box(c, QRectF(left, y, narrow, h), TicketText::sector(), t.sectorCode, style);
        TicketElements::BoxStyle words = style;
        words.valuePt = 11;
        words.minValuePt = 6;
        TicketElements::box(c, QRectF(left + narrow + gap, y, wide, h), TicketText::place(),
                            TicketText::placement(t.placement), words);
    }
    y += h;
    if (!t.sectorName.isEmpty() && t.sectorName != t.sectorCode) {
        y += c.mmY(1);
        y += c.text({left, y}, width, t.sectorName, c.font(8, Face::Sans, true), Qt::AlignHCenter, 2);
    }
    return y - top;
}

qreal paintDetails(TicketCanvas &c, qreal left, qreal width, qreal y, const TicketData &t)
{
    const qreal top = y;
    const QFont label = c.font(6.2);
    const QFont value = c.font(8.5, Face::Sans, true);
    const QFont small = c.font(6.2);
    const qreal labelWidth = c.mm(26);
    const qreal step = c.mmY(0.9);
    if (!t.priceCategory.isEmpty())
        y += TicketElements::labelledRow(c, {left, y}, labelWidth, width, TicketText::category(), t.priceCategory, label,
                                         value, 2) + step;
    y += TicketElements::labelledRow(c, {left, y}, labelWidth, width, TicketText::price(),
                                     TicketText::money(t.priceCents, t.currency), label, value);
    y += c.text({left + labelWidth, y}, width - labelWidth, TicketText::vatLine(t), small, Qt::AlignLeft, 2) + step;
    if (t.feeCents > 0)
        y += TicketElements::labelledRow(c, {left, y}, labelWidth, width, TicketText::fee(),
                                         TicketText::money(t.feeCents, t.currency), label, value) + step;
    if (!t.holderName.isEmpty())
        y += TicketElements::labelledRow(c, {left, y}, labelWidth, width, TicketText::holder(), t.holderName, label,
                                         value, 2) + step;
    y += TicketElements::labelledRow(c, {left, y}, labelWidth, width, TicketText::order(), t.orderNumber, label,
                                     value);
    return y - top;
}
} // namespace

TicketRenderer::Painted ThermalTicketLayout::paint(TicketCanvas &c, const TicketData &t)
{
    TicketRenderer::Painted painted;
    const qreal left = c.mm((kPageWidthMm - kPrintableWidthMm) / 2);
    const qreal width = c.mm(kPrintableWidthMm);
    const qreal centre = left + width / 2;
    qreal y = c.mmY(3);

    y += paintBand(c, left, width, y) + c.mmY(2.5);
    if (t.reprint)
        y += TicketElements::reprintStamp(c, {left, y}, width, *t.reprint, Qt::black) + c.mmY(2.5);

    const QFont caps = c.font(7, Face::Sans, true);
    y += c.text({left, y}, width, TicketText::ticket(), c.font(6), Qt::AlignHCenter);
    const QString competition = t.competition.toUpper();
    y += c.text({left, y}, width, competition, c.fitted(competition, caps, width, 6), Qt::AlignHCenter, 2)
        + c.mmY(1.5);
    y += paintTeams(c, left, width, y, t) + c.mmY(2);

    TicketElements::BoxStyle when;
    when.valuePt = 10.5;
    when.minValuePt = 7;
    const qreal whenHeight = TicketElements::boxHeight(c, when);
    const qreal gap = c.mm(1.5);
    const qreal dateWidth = (width - gap) * 0.64;
    TicketElements::box(c, QRectF(left, y, dateWidth, whenHeight), TicketText::date(), TicketText::matchDate(t.kickOff),
                        when);
    TicketElements::box(c, QRectF(left + dateWidth + gap, y, width - dateWidth - gap, whenHeight),
                        TicketText::kickOff(), TicketText::matchTime(t.kickOff), when);
    y += whenHeight + c.mmY(1.2);
    y += c.text({left, y}, width, TicketText::venueLine(t), c.font(8), Qt::AlignHCenter, 2) + c.mmY(2.5);

    y += paintPlace(c, left, width, y, t) + c.mmY(2.5);
    c.hline(left, left + width, y, 0.25, Qt::black, Qt::DashLine);
    y += c.mmY(2);
    y += paintDetails(c, left, width, y, t) + c.mmY(2);
    c.hline(left, left + width, y, 0.25, Qt::black, Qt::DashLine);
    y += c.mmY(1.5);

    if (t.reprint) {
        const QFont font = c.font(7, Face::Sans, true);
        const qreal h = c.lineHeight(font) + c.mmY(1);
        c.fill(QRectF(left, y, width, h), Qt::black);
        c.text({left, y + c.mmY(0.5)}, width,
               TicketText::duplicate() + QStringLiteral(" · %1").arg(t.reprint->printNumber), font, Qt::AlignHCenter,
               1, Qt::white);
        y += h + c.mmY(1);
    }
    painted.qr = c.code(BarcodeSymbol::qr(t.qrPayload), centre, y, width, kQrModuleDots);
    y = painted.qr.bottom() + c.mmY(1);
    painted.barcode = c.code(BarcodeSymbol::code128(t.barcode), centre, y, width, kBarModuleDots, c.mmY(13));
    y = painted.barcode.bottom() + c.mmY(0.8);
    y += c.text({left, y}, width, TicketText::groupedBarcode(t.barcode), c.font(10, Face::Mono, true),
                Qt::AlignHCenter) + c.mmY(2.5);

    y += c.text({left, y}, width, TicketText::conditions(), c.font(5.5), Qt::AlignHCenter, 6);
    painted.height = y + c.mmY(6); // room to tear the paper off below the text
    return painted;
}

} // namespace Tribina
