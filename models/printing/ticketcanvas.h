#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace Tribina {

class BarcodeSymbol;

/// The drawing primitives of the ticket layouts, in device pixels of the painter's device, with
/// millimetre conversion, wrapped and elided text, and barcodes in whole printer dots.
///
/// Whole dots: a ticket is designed for a 203 dpi thermal head (8 dots/mm). Every barcode module
/// is a whole number of those dots, and every code starts on that dot grid, measured from the page
/// corner. On a raster device (QImage, a 203 dpi printer) that means whole device pixels; on a
/// vector device (PDF: QPrinter, QPdfWriter) positions are exact multiples of 1/203 inch, so a
/// PDF rasterised at 203 dpi (or any multiple) has crisp modules of equal width.
/// The painter must have no transformation but a translation from the page corner.
class TicketCanvas
{
public:
    static constexpr int kDotsPerInch = 203;
    enum class Face { Sans, Condensed, Mono };

    explicit TicketCanvas(QPainter *painter);

    QPainter *painter() const { return m_painter; }
    qreal mm(qreal millimetres) const { return millimetres * m_dpiX / 25.4; }
    qreal mmY(qreal millimetres) const { return millimetres * m_dpiY / 25.4; }
    qreal toMm(qreal pixelsY) const { return pixelsY * 25.4 / m_dpiY; }

    /// Fonts in points, unhinted so that text measures the same at every resolution (the thermal
    /// page height is computed before the device is known).
    QFont font(qreal pointSize, Face face = Face::Sans, bool bold = false) const;
    /// font, made smaller in half points (not below minPointSize) until text fits width on one line.
    QFont fitted(const QString &text, QFont font, qreal width, qreal minPointSize) const;
    qreal textWidth(const QString &text, const QFont &font) const;
    qreal lineHeight(const QFont &font) const;

    /// Lays text out from topLeft within width: wrapped at word boundaries (anywhere within a word
    /// too long for a line), at most maxLines lines, the last one elided with "…". Paints it and
    /// returns the height used. Text never leaves [x, x + width].
    qreal text(QPointF topLeft, qreal width, const QString &text, const QFont &font,
               Qt::Alignment align = Qt::AlignLeft, int maxLines = 1, const QColor &colour = Qt::black);
    /// The height text() would use, without painting.
    qreal textHeight(qreal width, const QString &text, const QFont &font, int maxLines = 1) const;

    void fill(const QRectF &rect, const QColor &colour, qreal radiusMm = 0);
    void frame(const QRectF &rect, qreal penMm, const QColor &colour, qreal radiusMm = 0,
               Qt::PenStyle style = Qt::SolidLine);
    void hline(qreal x1, qreal x2, qreal y, qreal penMm, const QColor &colour,
               Qt::PenStyle style = Qt::SolidLine);

    /// Paints symbol with modules of moduleDots printer dots each (fewer, down to one, when it
    /// would not fit maxWidth with its quiet zones), horizontally centred on centreX, its quiet
    /// zone starting at top. barHeight is the bar length of a Code 128 (QR is square). Returns the
    /// rectangle it occupies, quiet zones included; nothing else may be painted there. A null
    /// symbol paints nothing and returns an empty rectangle at top.
    QRectF code(const BarcodeSymbol &symbol, qreal centreX, qreal top, qreal maxWidth, int moduleDots,
                qreal barHeight = 0);

    /// Device pixels of a module of dots printer dots: dots × dpi / 203 on a vector device,
    /// rounded to whole pixels (at least one) on a raster device.
    qreal moduleSize(int dots) const;

private:
    QStringList layoutLines(qreal width, const QString &text, const QFont &font, int maxLines) const;
    qreal snap(qreal logical, qreal offset) const;

    QPainter *m_painter;
    qreal m_dpiX;
    qreal m_dpiY;
    bool m_vector;
};

} // namespace Tribina
