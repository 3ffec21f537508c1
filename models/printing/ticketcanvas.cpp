#include "ticketcanvas.h"

#include "printing/barcodesymbol.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace Tribina {

TicketCanvas::TicketCanvas(QPainter *painter)
    : m_painter(painter)
    , m_dpiX(painter->device()->logicalDpiX())
    , m_dpiY(painter->device()->logicalDpiY())
{
    // PDF output (QPrinter in PDF mode, QPdfWriter, and on Linux CUPS printing too) keeps exact
    // coordinates; everything else ends up in pixels.
    const QPaintEngine::Type engine = painter->paintEngine()->type();
    m_vector = engine == QPaintEngine::Pdf || engine == QPaintEngine::Picture || engine == QPaintEngine::SVG;
}

QFont TicketCanvas::font(qreal pointSize, Face face, bool bold) const
{
    QFont f;
    switch (face) {
    case Face::Sans:
        f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial")});
        break;
    case Face::Condensed:
        f.setFamilies({QStringLiteral("DejaVu Sans Condensed"), QStringLiteral("Liberation Sans Narrow"),
                       QStringLiteral("DejaVu Sans")});
        break;
    case Face::Mono:
        f.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"), QStringLiteral("Courier")});
        break;
    }
    f.setStyleHint(face == Face::Mono ? QFont::Monospace : QFont::SansSerif, QFont::ForceOutline);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

qreal TicketCanvas::textWidth(const QString &text, const QFont &font) const
{
    return QFontMetricsF(font, m_painter->device()).horizontalAdvance(text);
}

qreal TicketCanvas::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_painter->device()).lineSpacing();
}

QFont TicketCanvas::fitted(const QString &text, QFont font, qreal width, qreal minPointSize) const
{
    while (font.pointSizeF() - 0.5 >= minPointSize && textWidth(text, font) > width)
        font.setPointSizeF(font.pointSizeF() - 0.5);
    return font;
}

QStringList TicketCanvas::layoutLines(qreal width, const QString &text, const QFont &font, int maxLines) const
{
    QStringList lines;
    if (text.isEmpty() || maxLines < 1)
        return lines;
    const QString simplified = text.simplified();
    QTextLayout layout(simplified, font, m_painter->device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1 && line.textStart() + line.textLength() < simplified.size()) {
            // The last line allowed and text is left over: elide the rest onto this line.
            const QFontMetricsF metrics(font, m_painter->device());
            lines << metrics.elidedText(simplified.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        lines << simplified.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

qreal TicketCanvas::textHeight(qreal width, const QString &text, const QFont &font, int maxLines) const
{
    return lineHeight(font) * layoutLines(width, text, font, maxLines).size();
}

qreal TicketCanvas::text(QPointF topLeft, qreal width, const QString &text, const QFont &font,
                         Qt::Alignment align, int maxLines, const QColor &colour)
{
    const QStringList lines = layoutLines(width, text, font, maxLines);
    if (lines.isEmpty())
        return 0;
    const qreal step = lineHeight(font);
    m_painter->save();
    m_painter->setFont(font);
    m_painter->setPen(colour);
    // Clipped to the column: even a glyph that overhangs its advance stays off a neighbour.
    m_painter->setClipRect(QRectF(topLeft.x(), topLeft.y(), width, step * lines.size()), Qt::IntersectClip);
    qreal y = topLeft.y();
    for (const QString &line : lines) {
        m_painter->drawText(QRectF(topLeft.x(), y, width, step),
                            (align & Qt::AlignHorizontal_Mask) | Qt::AlignTop | Qt::TextSingleLine, line);
        y += step;
    }
    m_painter->restore();
    return step * lines.size();
}

void TicketCanvas::fill(const QRectF &rect, const QColor &colour, qreal radiusMm)
{
    m_painter->save();
    m_painter->setRenderHint(QPainter::Antialiasing, radiusMm > 0);
    m_painter->setPen(Qt::NoPen);
    m_painter->setBrush(colour);
    if (radiusMm > 0)
        m_painter->drawRoundedRect(rect, mm(radiusMm), mm(radiusMm));
    else
        m_painter->drawRect(rect);
    m_painter->restore();
}

void TicketCanvas::frame(const QRectF &rect, qreal penMm, const QColor &colour, qreal radiusMm, Qt::PenStyle style)
{
    m_painter->save();
    m_painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, mm(penMm), style);
    pen.setJoinStyle(Qt::MiterJoin);
    m_painter->setPen(pen);
    m_painter->setBrush(Qt::NoBrush);
    // The pen is centred on the outline: inset by half its width so the frame stays inside rect.
    const qreal inset = mm(penMm) / 2;
    const QRectF r = rect.adjusted(inset, inset, -inset, -inset);
    if (radiusMm > 0)
        m_painter->drawRoundedRect(r, mm(radiusMm), mm(radiusMm));
    else
        m_painter->drawRect(r);
    m_painter->restore();
}

void TicketCanvas::hline(qreal x1, qreal x2, qreal y, qreal penMm, const QColor &colour, Qt::PenStyle style)
{
    m_painter->save();
    QPen pen(colour, mm(penMm), style);
    pen.setCapStyle(Qt::FlatCap);
    m_painter->setPen(pen);
    m_painter->drawLine(QPointF(x1, y), QPointF(x2, y));
    m_painter->restore();
}

qreal TicketCanvas::moduleSize(int dots) const
{
    const qreal exact = dots * m_dpiX / kDotsPerInch;
    return m_vector ? exact : qMax<qreal>(1, std::round(exact));
}

qreal TicketCanvas::snap(qreal logical, qreal offset) const
{
    const qreal unit = m_vector ? m_dpiX / kDotsPerInch : 1.0;
    return std::round((logical + offset) / unit) * unit - offset;
}

QRectF TicketCanvas::code(const BarcodeSymbol &symbol, qreal centreX, qreal top, qreal maxWidth, int moduleDots,
                          qreal barHeight)
{
    if (symbol.isNull())
        return QRectF(centreX, top, 0, 0);
    const int quiet = symbol.quietZone();
    const int totalModules = symbol.width() + 2 * quiet;
    int dots = qMax(1, moduleDots);
    while (dots > 1 && moduleSize(dots) * totalModules > maxWidth)
        --dots;
    const qreal module = moduleSize(dots);
    const QTransform device = m_painter->deviceTransform();
    const qreal left = snap(centreX - module * totalModules / 2, device.dx());
    const qreal y0 = snap(top, device.dy());
    const bool qr = symbol.kind() == BarcodeSymbol::Kind::Qr;
    // QR: quiet zone on all four sides. Code 128 needs it only left and right.
    const qreal symbolTop = qr ? y0 + module * quiet : y0;
    const qreal rowHeight = qr ? module : std::round(barHeight / module) * module;
    const QRectF area(left, y0, module * totalModules, qr ? module * totalModules : rowHeight);

    m_painter->save();
    m_painter->setRenderHint(QPainter::Antialiasing, false);
    m_painter->setPen(Qt::NoPen);
    m_painter->fillRect(area, Qt::white); // the quiet zone is light whatever lies beneath
    for (int y = 0; y < symbol.height(); ++y) {
        for (int x = 0; x < symbol.width();) {
            if (!symbol.isDark(x, y)) {
                ++x;
                continue;
            }
            int run = 1; // one rectangle per run of dark modules: no hairline seams between them
            while (x + run < symbol.width() && symbol.isDark(x + run, y))
                ++run;
            m_painter->fillRect(QRectF(left + module * (quiet + x), symbolTop + rowHeight * y, module * run, rowHeight),
                                Qt::black);
            x += run;
        }
    }
    m_painter->restore();
    return area;
}

} // namespace Tribina
