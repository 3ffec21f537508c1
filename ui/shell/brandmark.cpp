#include "brandmark.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Tribina::BrandMark {

void paint(QPainter *painter, const QRectF &area)
{
    const qreal side = qMin(area.width(), area.height());
    const QRectF tile(area.center().x() - side / 2, area.center().y() - side / 2, side, side);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(QRgb(kNavy)));
    painter->drawRoundedRect(tile, side * 0.22, side * 0.22);

    // Shield: flat top, sides curving into a point.
    const QRectF s = tile.adjusted(side * 0.2, side * 0.16, -side * 0.2, -side * 0.14);
    QPainterPath shield;
    shield.moveTo(s.topLeft());
    shield.lineTo(s.topRight());
    shield.lineTo(s.right(), s.top() + s.height() * 0.5);
    shield.quadTo(s.right(), s.bottom() - s.height() * 0.12, s.center().x(), s.bottom());
    shield.quadTo(s.left(), s.bottom() - s.height() * 0.12, s.left(), s.top() + s.height() * 0.5);
    shield.closeSubpath();

    painter->setBrush(Qt::white);
    painter->drawPath(shield);
    painter->setClipPath(shield);
    constexpr int squares = 5;
    const qreal cell = s.width() / squares;
    painter->setBrush(QColor(QRgb(kRed)));
    for (int row = 0; row * cell < s.height(); ++row)
        for (int col = 0; col < squares; ++col)
            if ((row + col) % 2 == 0) // red in the top-left corner, as on the Croatian arms
                painter->drawRect(QRectF(s.left() + col * cell, s.top() + row * cell, cell, cell));
    painter->setClipping(false);

    QPen rim(Qt::white, qMax<qreal>(1.0, side * 0.025));
    painter->setPen(rim);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(shield);
    painter->restore();
}

QIcon icon()
{
    QIcon result;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRectF(0, 0, size, size));
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace Tribina::BrandMark
