#pragma once

#include "printing/ticketcanvas.h"

#include <QColor>
#include <QRectF>
#include <QString>

namespace Tribina {

struct ReprintMark;

/// Pieces both ticket layouts draw: the federation's chequered shield, labelled boxes, label and
/// value rows and the duplicate stamp. Sizes in points and millimetres, positions in device pixels.
namespace TicketElements {

/// A shield with the red-and-white chequerboard (in ink and paper on a one-colour printer).
void shield(TicketCanvas &canvas, const QRectF &area, const QColor &chequer, const QColor &paper,
            const QColor &rim);

/// A strip of squares of side squareMm in two rows, alternating colours, filling width.
void chequerStrip(TicketCanvas &canvas, QPointF topLeft, qreal width, qreal squareMm, const QColor &a,
                  const QColor &b);

struct BoxStyle
{
    qreal labelPt = 5.5;
    qreal valuePt = 20;
    qreal minValuePt = 9;
    QColor label = Qt::black;
    QColor value = Qt::black;
    QColor fill = Qt::transparent;
    QColor border = Qt::black;
    qreal borderMm = 0.3;
    qreal radiusMm = 1.2;
};
/// The height of a box() in this style.
qreal boxHeight(TicketCanvas &canvas, const BoxStyle &style);
/// A framed box: a small label on top, a large value below it (shrunk to fit, then elided).
void box(TicketCanvas &canvas, const QRectF &rect, const QString &label, const QString &value,
         const BoxStyle &style);

/// A label on the left (labelWidth) and a value beside it (wrapped to maxLines lines).
/// Returns the height used.
qreal labelledRow(TicketCanvas &canvas, QPointF topLeft, qreal labelWidth, qreal width, const QString &label,
                  const QString &value, const QFont &labelFont, const QFont &valueFont, int maxLines = 1,
                  const QColor &labelColour = Qt::black, const QColor &valueColour = Qt::black);

/// The duplicate stamp: a heavy frame with DUPLIKAT · DUPLICATE, the words emergency reprint and
/// the date, agent and print number. Returns its height.
qreal reprintStamp(TicketCanvas &canvas, QPointF topLeft, qreal width, const ReprintMark &mark,
                   const QColor &ink, qreal scale = 1.0);

} // namespace TicketElements
} // namespace Tribina
