#include "moduleicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Tribina::ModuleIcon {

QColor accent(Module module)
{
    switch (module) {
    case Module::Administration: return QColor(0x3b, 0x4a, 0x6b);
    case Module::BoxOffice: return QColor(0x1f, 0x7a, 0x4d);
    case Module::Petrol: return QColor(0xc2, 0x6a, 0x12);
    case Module::EmergencyPrinting: return QColor(0xc0, 0x1b, 0x2c);
    case Module::Quotas: return QColor(0x6b, 0x3f, 0xa0);
    case Module::Reports: return QColor(0x15, 0x6c, 0xb0);
    }
    return Qt::gray;
}

namespace {

/// The glyph of a module, drawn in white into a unit square (0..1).
void paintGlyph(QPainter *p, Module module)
{
    QPen pen(Qt::white, 0.09, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    switch (module) {
    case Module::Administration: // sliders
        for (int i = 0; i < 3; ++i) {
            const qreal y = 0.3 + i * 0.2;
            p->drawLine(QPointF(0.25, y), QPointF(0.75, y));
            p->setBrush(Qt::white);
            p->drawEllipse(QPointF(i == 1 ? 0.62 : 0.38, y), 0.06, 0.06);
            p->setBrush(Qt::NoBrush);
        }
        break;
    case Module::BoxOffice: { // a ticket with a notch
        QPainterPath ticket;
        ticket.addRoundedRect(QRectF(0.22, 0.32, 0.56, 0.36), 0.05, 0.05);
        p->drawPath(ticket);
        p->setPen(QPen(Qt::white, 0.05, Qt::DashLine));
        p->drawLine(QPointF(0.6, 0.34), QPointF(0.6, 0.66));
        break;
    }
    case Module::Petrol: // a fuel drop
    {
        QPainterPath drop;
        drop.moveTo(0.5, 0.22);
        drop.cubicTo(0.5, 0.22, 0.27, 0.5, 0.3, 0.6);
        drop.cubicTo(0.33, 0.8, 0.67, 0.8, 0.7, 0.6);
        drop.cubicTo(0.73, 0.5, 0.5, 0.22, 0.5, 0.22);
        p->drawPath(drop);
        break;
    }
    case Module::EmergencyPrinting: // a printer
        p->drawRect(QRectF(0.34, 0.22, 0.32, 0.16));
        p->drawRoundedRect(QRectF(0.22, 0.38, 0.56, 0.26), 0.04, 0.04);
        p->drawRect(QRectF(0.34, 0.56, 0.32, 0.2));
        break;
    case Module::Quotas: // a pie with a slice out
        p->drawPie(QRectF(0.24, 0.24, 0.52, 0.52), 90 * 16, 270 * 16);
        p->drawLine(QPointF(0.5, 0.5), QPointF(0.5, 0.24));
        break;
    case Module::Reports: // bars
        p->drawLine(QPointF(0.32, 0.72), QPointF(0.32, 0.52));
        p->drawLine(QPointF(0.5, 0.72), QPointF(0.5, 0.3));
        p->drawLine(QPointF(0.68, 0.72), QPointF(0.68, 0.42));
        break;
    }
}

} // namespace

QIcon icon(Module module)
{
    QIcon result;
    for (int size : {16, 20, 24, 32, 44, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent(module));
        painter.drawEllipse(QRectF(0, 0, size, size));
        painter.scale(size, size);
        paintGlyph(&painter, module);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace Tribina::ModuleIcon
