#include "ticketelements.h"

#include "printing/ticketdata.h"
#include "printing/tickettext.h"

#include <QPainter>
#include <QPainterPath>

namespace Tribina::TicketElements {

void shield(TicketCanvas &canvas, const QRectF &area, const QColor &chequer, const QColor &paper, const QColor &rim)
{
    // Flat top, sides curving into a point: the outline of the Croatian coat of arms.
    const qreal w = qMin(area.width(), area.height() * 0.8);
    const QRectF s(area.center().x() - w / 2, area.top(), w, area.height());
    QPainterPath path;
    path.moveTo(s.topLeft());
    path.lineTo(s.topRight());
    path.lineTo(s.right(), s.top() + s.height() * 0.55);
    path.quadTo(s.right(), s.bottom() - s.height() * 0.1, s.center().x(), s.bottom());
    path.quadTo(s.left(), s.bottom() - s.height() * 0.1, s.left(), s.top() + s.height() * 0.55);
    path.closeSubpath();

    QPainter *p = canvas.painter();
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(paper);
    p->drawPath(path);
    p->setClipPath(path, Qt::IntersectClip);
    constexpr int columns = 5;
    const qreal cell = s.width() / columns;
    p->setBrush(chequer);
    for (int row = 0; row * cell < s.height(); ++row)
        for (int col = 0; col < columns; ++col)
            if ((row + col) % 2 == 0) // the top-left square is red, as on the arms
                p->drawRect(QRectF(s.left() + col * cell, s.top() + row * cell, cell, cell));
    p->setClipping(false);
    p->setPen(QPen(rim, qMax<qreal>(1, canvas.mm(0.35))));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    p->restore();
}

void chequerStrip(TicketCanvas &canvas, QPointF topLeft, qreal width, qreal squareMm, const QColor &a, const QColor &b)
{
    const qreal side = canvas.mm(squareMm);
    const int columns = qMax(1, int(width / side));
    const qreal cell = width / columns; // stretch slightly so the strip ends flush
    for (int row = 0; row < 2; ++row)
        for (int col = 0; col < columns; ++col)
            canvas.fill(QRectF(topLeft.x() + col * cell, topLeft.y() + row * side, cell, side),
                        (row + col) % 2 == 0 ? a : b);
}

qreal boxHeight(TicketCanvas &canvas, const BoxStyle &style)
{
    return canvas.mmY(1.0) + canvas.lineHeight(canvas.font(style.labelPt)) + canvas.mmY(0.3)
        + canvas.lineHeight(canvas.font(style.valuePt, TicketCanvas::Face::Condensed, true)) + canvas.mmY(0.6);
}

void box(TicketCanvas &canvas, const QRectF &rect, const QString &label, const QString &value, const BoxStyle &style)
{
    if (style.fill.alpha() > 0)
        canvas.fill(rect, style.fill, style.radiusMm);
    if (style.borderMm > 0)
        canvas.frame(rect, style.borderMm, style.border, style.radiusMm);
    const qreal pad = canvas.mm(1.0);
    const qreal inner = rect.width() - 2 * pad;
    const QFont labelFont = canvas.fitted(label, canvas.font(style.labelPt), inner, 4);
    qreal y = rect.top() + canvas.mmY(1.0);
    y += canvas.text({rect.left() + pad, y}, inner, label, labelFont, Qt::AlignHCenter, 1, style.label);
    y += canvas.mmY(0.3);
    const QFont base = canvas.font(style.valuePt, TicketCanvas::Face::Condensed, true);
    const QFont valueFont = canvas.fitted(value, base, inner, style.minValuePt);
    // Centred in the room below the label, whatever size it had to shrink to.
    const qreal room = rect.bottom() - canvas.mmY(0.6) - y;
    const qreal offset = qMax<qreal>(0, (room - canvas.lineHeight(valueFont)) / 2);
    canvas.text({rect.left() + pad, y + offset}, inner, value, valueFont, Qt::AlignHCenter, 1, style.value);
}

qreal labelledRow(TicketCanvas &canvas, QPointF topLeft, qreal labelWidth, qreal width, const QString &label,
                  const QString &value, const QFont &labelFont, const QFont &valueFont, int maxLines,
                  const QColor &labelColour, const QColor &valueColour)
{
    // The label is smaller than the value: lower it so both share a baseline-ish top line.
    const qreal labelDrop = qMax<qreal>(0, canvas.lineHeight(valueFont) - canvas.lineHeight(labelFont)) * 0.6;
    const qreal labelHeight = canvas.text({topLeft.x(), topLeft.y() + labelDrop}, labelWidth, label, labelFont,
                                          Qt::AlignLeft, 2, labelColour);
    const qreal valueHeight = canvas.text({topLeft.x() + labelWidth, topLeft.y()}, width - labelWidth, value,
                                          valueFont, Qt::AlignLeft, maxLines, valueColour);
    return qMax(labelHeight + labelDrop, valueHeight);
}

qreal reprintStamp(TicketCanvas &canvas, QPointF topLeft, qreal width, const ReprintMark &mark, const QColor &ink,
                   qreal scale)
{
    const qreal pad = canvas.mm(1.6 * scale);
    const qreal inner = width - 2 * pad;
    qreal y = topLeft.y() + canvas.mmY(1.4 * scale);
    const QFont big = canvas.fitted(TicketText::duplicate(), canvas.font(13 * scale, TicketCanvas::Face::Sans, true),
                                    inner, 8);
    y += canvas.text({topLeft.x() + pad, y}, inner, TicketText::duplicate(), big, Qt::AlignHCenter, 1, ink);
    const QFont small = canvas.font(6.5 * scale, TicketCanvas::Face::Sans, true);
    y += canvas.text({topLeft.x() + pad, y}, inner, TicketText::emergencyReprint(), small, Qt::AlignHCenter, 1, ink);
    y += canvas.text({topLeft.x() + pad, y}, inner, TicketText::reprintDetails(mark),
                     canvas.font(6.5 * scale), Qt::AlignHCenter, 3, ink);
    y += canvas.mmY(1.4 * scale);
    const qreal height = y - topLeft.y();
    canvas.frame(QRectF(topLeft.x(), topLeft.y(), width, height), 0.8 * scale, ink, 1.0 * scale);
    return height;
}

} // namespace Tribina::TicketElements
