#include "a4ticketlayout.h"

#include "printing/barcodesymbol.h"
#include "printing/ticketcanvas.h"
#include "printing/ticketelements.h"
#include "printing/tickettext.h"

#include <QPainter>

namespace Tribina {

namespace {
using Face = TicketCanvas::Face;

const QColor kNavy(0x0b, 0x2a, 0x5b);
const QColor kRed(0xd0, 0x11, 0x2b);
const QColor kMuted(0x5b, 0x6b, 0x82);
const QColor kTint(0xee, 0xf2, 0xf8);
const QColor kRule(0xc9, 0xd2, 0xe3);

qreal paintHeader(TicketCanvas &c, qreal left, qreal width, qreal y)
{
    const qreal height = c.mmY(24);
    c.fill(QRectF(left, y, width, height), kNavy, 2.5);
    TicketElements::shield(c, QRectF(left + c.mm(5), y + c.mmY(3), c.mm(15), height - c.mmY(6)), kRed, Qt::white,
                           Qt::white);
    const qreal rightWidth = c.mm(48);
    const qreal textLeft = left + c.mm(24);
    const qreal textWidth = width - c.mm(24) - rightWidth - c.mm(4);
    const QFont name = c.fitted(TicketText::federation(), c.font(16, Face::Sans, true), textWidth, 11);
    qreal ty = y + c.mmY(5.5);
    ty += c.text({textLeft, ty}, textWidth, TicketText::federation(), name, Qt::AlignLeft, 1, Qt::white);
    c.text({textLeft, ty + c.mmY(0.5)}, textWidth, TicketText::federationEnglish(), c.font(8.5),
           Qt::AlignLeft, 1, QColor(0xc8, 0xd3, 0xe6));
    const qreal rightLeft = left + width - rightWidth - c.mm(5);
    qreal ry = y + c.mmY(5);
    ry += c.text({rightLeft, ry}, rightWidth, TicketText::eTicket(), c.font(17, Face::Sans, true), Qt::AlignRight, 1,
                 Qt::white);
    c.text({rightLeft, ry + c.mmY(0.5)}, rightWidth, QStringLiteral("E-TICKET"), c.font(8.5), Qt::AlignRight, 1,
           QColor(0xc8, 0xd3, 0xe6));
    TicketElements::chequerStrip(c, {left, y + height + c.mmY(1.5)}, width, 2.0, kRed, QColor(0xf4, 0xf4, 0xf4));
    return height + c.mmY(1.5) + 2 * c.mm(2.0);
}

qreal paintTeams(TicketCanvas &c, qreal left, qreal width, qreal y, const TicketData &t)
{
    const QString oneLine = t.homeTeam + QStringLiteral(" – ") + t.awayTeam;
    const QFont big = c.font(26, Face::Condensed, true);
    const QFont single = c.fitted(oneLine, big, width, 19);
    if (c.textWidth(oneLine, single) <= width)
        return c.text({left, y}, width, oneLine, single, Qt::AlignLeft, 1, kNavy);
    const qreal top = y;
    y += c.text({left, y}, width, t.homeTeam, c.fitted(t.homeTeam, big, width, 15), Qt::AlignLeft, 2, kNavy);
    y += c.text({left, y}, width, QStringLiteral("– ") + t.awayTeam,
                c.fitted(QStringLiteral("– ") + t.awayTeam, big, width, 15), Qt::AlignLeft, 2, kNavy);
    return y - top;
}

// Date, kick-off and venue side by side: small label, value below.
qreal paintWhen(TicketCanvas &c, qreal left, qreal width, qreal y, const TicketData &t)
{
    const QFont label = c.font(6.5, Face::Sans, true);
    const QFont value = c.font(11, Face::Sans, true);
    const qreal gap = c.mm(4);
    const qreal widths[] = {(width - 2 * gap) * 0.33, (width - 2 * gap) * 0.25, (width - 2 * gap) * 0.42};
    const QString labels[] = {TicketText::date(), TicketText::kickOff(), TicketText::venue().toUpper()};
    const QString values[] = {TicketText::matchDate(t.kickOff), TicketText::matchTime(t.kickOff),
                              TicketText::venueLine(t)};
    qreal x = left;
    qreal height = 0;
    for (int i = 0; i < 3; ++i) {
        qreal h = c.text({x, y}, widths[i], labels[i], c.fitted(labels[i], label, widths[i], 5), Qt::AlignLeft, 1,
                         kMuted);
        h += c.text({x, y + h}, widths[i], values[i], c.fitted(values[i], value, widths[i], 9), Qt::AlignLeft, 2);
        height = qMax(height, h);
        x += widths[i] + gap;
    }
    return height;
}

qreal paintPlace(TicketCanvas &c, qreal left, qreal width, qreal y, const TicketData &t)
{
    TicketElements::BoxStyle style;
    style.labelPt = 6.5;
    style.valuePt = 26;
    style.minValuePt = 11;
    style.label = kNavy;
    style.fill = kTint;
    style.border = kRule;
    style.borderMm = 0.3;
    style.radiusMm = 1.8;
    const qreal h = TicketElements::boxHeight(c, style);
    const qreal gap = c.mm(2.5);
    QList<std::pair<QString, QString>> boxes;
    if (!t.gate.isEmpty())
        boxes.append({TicketText::gate(), t.gate});
    boxes.append({TicketText::sector(), t.sectorCode});
    if (t.placement == TicketData::Placement::Seat) {
        boxes.append({TicketText::row(), t.row});
        boxes.append({TicketText::seat(), t.seat});
    }
    // Standing and free seating: the words take the room of row and seat together.
    const int slotCount = int(boxes.size()) + (t.placement == TicketData::Placement::Seat ? 0 : 2);
    const qreal slot = (width - gap * (slotCount - 1)) / slotCount;
    qreal x = left;
    for (const auto &[label, value] : std::as_const(boxes)) {
        TicketElements::box(c, QRectF(x, y, slot, h), label, value, style);
        x += slot + gap;
    }
    if (t.placement != TicketData::Placement::Seat) {
        TicketElements::BoxStyle words = style;
        words.valuePt = 15;
        words.minValuePt = 8;
        TicketElements::box(c, QRectF(x, y, 2 * slot + gap, h), TicketText::place(), TicketText::placement(t.placement),
                            words);
    }
    qreal height = h;
    if (!t.sectorName.isEmpty() && t.sectorName != t.sectorCode)
        height += c.mmY(1.2) + c.text({left, y + h + c.mmY(1.2)}, width, t.sectorName, c.font(9, Face::Sans, true),
                                      Qt::AlignLeft, 2, kNavy);
    return height;
}

qreal paintDetails(TicketCanvas &c, qreal left, qreal width, qreal y, const TicketData &t)
{
    const qreal top = y;
    const QFont label = c.font(7.5);
    const QFont value = c.font(10, Face::Sans, true);
    const qreal labelWidth = c.mm(34);
    const qreal step = c.mmY(1.3);
    if (!t.priceCategory.isEmpty())
        y += TicketElements::labelledRow(c, {left, y}, labelWidth, width, TicketText::category(), t.priceCategory, label,
                                         value, 2, kMuted) + step;
    y += TicketElements::labelledRow(c, {left, y}, labelWidth, width, TicketText::price(),
                                     TicketText::money(t.priceCents, t.currency), label, value, 1, kMuted);
    y += c.text({left + labelWidth, y}, width - labelWidth, TicketText::vatLine(t), c.font(7.5), Qt::AlignLeft, 1,
                kMuted) + step;
    if (t.feeCents > 0)
        y += TicketElements::labelledRow(c, {left, y}, labelWidth, width, TicketText::fee(),
                                         TicketText::money(t.feeCents, t.currency), label, value, 1, kMuted) + step;
    if (!t.holderName.isEmpty())
        y += TicketElements::labelledRow(c, {left, y}, labelWidth, width, TicketText::holder(), t.holderName, label,
                                         value, 2, kMuted) + step;
    y += TicketElements::labelledRow(c, {left, y}, labelWidth, width, TicketText::order(), t.orderNumber, label,
                                     value, 1, kMuted);
    return y - top;
}

// A pale word behind the details, sized to lie wholly inside them (a clipped watermark looks
// like an accident, not a mark).
void paintWatermark(TicketCanvas &c, const QRectF &area)
{
    constexpr qreal kAngle = -10;
    const QString word = QStringLiteral("DUPLIKAT");
    QFont font = c.font(60, Face::Sans, true);
    const auto fits = [&] {
        const QRectF text(0, 0, c.textWidth(word, font), c.lineHeight(font));
        const QRectF turned = QTransform().rotate(kAngle).mapRect(text.translated(-text.center()));
        return turned.width() <= area.width() * 0.9 && turned.height() <= area.height() * 0.9;
    };
    while (font.pointSizeF() > 12 && !fits())
        font.setPointSizeF(font.pointSizeF() - 2);
    QPainter *p = c.painter();
    p->save();
    p->setClipRect(area, Qt::IntersectClip);
    p->translate(area.center());
    p->rotate(kAngle);
    p->setFont(font);
    p->setPen(QColor(0xd0, 0x11, 0x2b, 40));
    p->drawText(QRectF(-area.width(), -area.height(), 2 * area.width(), 2 * area.height()), Qt::AlignCenter, word);
    p->restore();
}

// The instructions in two columns, in the largest type (7.5 pt down to 5.5 pt) that ends above
// bottom; nothing when even that does not fit (the ticket matters more than its small print).
qreal paintInstructions(TicketCanvas &c, qreal left, qreal width, qreal y, qreal bottom)
{
    const qreal gap = c.mm(8);
    const qreal column = (width - gap) / 2;
    const std::pair<QString, QString> columns[] = {
        {QStringLiteral("Važne informacije"), TicketText::instructionsCroatian()},
        {QStringLiteral("Important information"), TicketText::instructionsEnglish()}};
    const auto height = [&](qreal bodyPt) {
        qreal tallest = 0;
        for (const auto &[title, text] : columns) {
            qreal h = c.textHeight(column, title, c.font(bodyPt + 2, Face::Sans, true)) + c.mmY(1);
            for (const QString &item : text.split(QLatin1Char('\n')))
                h += c.textHeight(column, item, c.font(bodyPt), 4) + c.mmY(0.8);
            tallest = qMax(tallest, h);
        }
        return tallest;
    };
    qreal bodyPt = 7.5;
    while (bodyPt > 5.5 && y + height(bodyPt) > bottom)
        bodyPt -= 0.5;
    if (y + height(bodyPt) > bottom)
        return 0;
    qreal x = left;
    for (const auto &[title, text] : columns) {
        qreal h = c.text({x, y}, column, title, c.font(bodyPt + 2, Face::Sans, true), Qt::AlignLeft, 1, kNavy)
            + c.mmY(1);
        for (const QString &item : text.split(QLatin1Char('\n')))
            h += c.text({x, y + h}, column, item, c.font(bodyPt), Qt::AlignLeft, 4, kMuted) + c.mmY(0.8);
        x += column + gap;
    }
    return height(bodyPt);
}
} // namespace

TicketRenderer::Painted A4TicketLayout::paint(TicketCanvas &c, const TicketData &t)
{
    TicketRenderer::Painted painted;
    const qreal left = c.mm(kMarginMm);
    const qreal width = c.mm(210 - 2 * kMarginMm);
    qreal y = c.mmY(kMarginMm);
    y += paintHeader(c, left, width, y) + c.mmY(4);

    // The ticket panel: details on the left, the QR code in a column of its own on the right.
    const qreal panelTop = y;
    const qreal pad = c.mm(6);
    const qreal qrColumn = c.mm(58);
    const qreal infoLeft = left + pad;
    const qreal infoWidth = width - 2 * pad - qrColumn - c.mm(6);
    const qreal qrLeft = left + width - pad - qrColumn;
    y += pad;
    if (t.reprint)
        y += TicketElements::reprintStamp(c, {infoLeft, y}, width - 2 * pad, *t.reprint, kRed, 1.25) + c.mmY(4);
    const qreal infoTop = y;

    const QString competition = t.competition.toUpper();
    y += c.text({infoLeft, y}, infoWidth, competition, c.fitted(competition, c.font(10, Face::Sans, true), infoWidth, 8),
                Qt::AlignLeft, 2, kRed) + c.mmY(1);
    y += paintTeams(c, infoLeft, infoWidth, y, t) + c.mmY(4);
    y += paintWhen(c, infoLeft, infoWidth, y, t) + c.mmY(5);
    y += paintPlace(c, infoLeft, infoWidth, y, t) + c.mmY(5);
    c.hline(infoLeft, infoLeft + infoWidth, y, 0.2, kRule);
    y += c.mmY(3);
    const qreal detailsTop = y;
    y += paintDetails(c, infoLeft, infoWidth, y, t);
    if (t.reprint) // behind nothing but the details: the codes stay clean
        paintWatermark(c, QRectF(infoLeft, detailsTop, infoWidth, y - detailsTop));

    painted.qr = c.code(BarcodeSymbol::qr(t.qrPayload), qrLeft + qrColumn / 2, infoTop, qrColumn, kQrModuleDots);
    qreal qrBottom = painted.qr.bottom() + c.mmY(1);
    qrBottom += c.text({qrLeft, qrBottom}, qrColumn, TicketText::scanHint(), c.font(7), Qt::AlignHCenter, 2, kMuted);
    y = qMax(y, qrBottom) + pad;
    c.frame(QRectF(left, panelTop, width, y - panelTop), 0.35, kRule, 3);

    // The barcode below the panel, across the page.
    y += c.mmY(6);
    painted.barcode = c.code(BarcodeSymbol::code128(t.barcode), left + width / 2, y, width, kBarModuleDots, c.mmY(16));
    y = painted.barcode.bottom() + c.mmY(1);
    y += c.text({left, y}, width, TicketText::groupedBarcode(t.barcode), c.font(12, Face::Mono, true),
                Qt::AlignHCenter) + c.mmY(7);

    const qreal footerY = c.mmY(297 - kMarginMm) - c.lineHeight(c.font(7));
    c.hline(left, left + width, y, 0.3, kMuted, Qt::DashLine);
    y += c.mmY(6);
    y += paintInstructions(c, left, width, y, footerY - c.mmY(4));
    c.hline(left, left + width, footerY - c.mmY(2), 0.2, kRule);
    const QString footer = TicketText::federation() + QStringLiteral(" · ") + TicketText::order() + QStringLiteral(" ")
        + t.orderNumber + QStringLiteral(" · ") + TicketText::groupedBarcode(t.barcode);
    c.text({left, footerY}, width, footer, c.font(7), Qt::AlignHCenter, 1, kMuted);
    painted.height = qMax(y, footerY + c.lineHeight(c.font(7)));
    return painted;
}

} // namespace Tribina
