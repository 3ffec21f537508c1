#include "itemseatscenes.h"

#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmappalette.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Tribina {

NaiveSeatItem::NaiveSeatItem(const QColor &fill, const QString &number, QSizeF size)
    : m_fill(fill), m_number(number), m_rect(-size.width() / 2, -size.height() / 2, size.width(), size.height())
{
}

void NaiveSeatItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // What a first implementation does: antialiased shape, outline and text, every time.
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_fill.darker(140), 0));
    painter->setBrush(m_fill);
    painter->drawRoundedRect(m_rect, m_rect.width() * 0.15, m_rect.width() * 0.15);
    QFont font = painter->font();
    font.setPointSizeF(m_rect.height() * 0.45);
    painter->setFont(font);
    painter->setPen(Qt::black);
    painter->drawText(m_rect, Qt::AlignCenter, m_number);
}

void LodSeatItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Qt's 40000 Chips: decide from the level of detail what is worth drawing.
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 8) {
        painter->fillRect(m_rect, m_fill);
        return;
    }
    painter->setPen(QPen(m_fill.darker(140), 0));
    painter->setBrush(m_fill);
    if (lod < 26) {
        painter->drawRect(m_rect);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->drawRoundedRect(m_rect, m_rect.width() * 0.15, m_rect.width() * 0.15);
    QFont font = painter->font();
    font.setPointSizeF(m_rect.height() * 0.45);
    painter->setFont(font);
    painter->setPen(Qt::black);
    painter->drawText(m_rect, Qt::AlignCenter, m_number);
}

void buildItemSeatScene(QGraphicsScene *scene, const SeatMapModel &model, const SeatMapPalette &palette,
                        bool lod)
{
    scene->setBackgroundBrush(palette.background());
    for (int s = 0; s < model.sectorCount(); ++s) {
        const SeatMapSector &sector = model.sector(s);
        const QSizeF size(sector.seatWidth * 0.86, sector.seatDepth * 0.64);
        for (int i = 0; i < sector.seatCount(); ++i) {
            const QColor fill = palette.style(palette.styleIndex(sector.status[i], sector.category[i], sector.flags[i])).fill;
            const QString number = model.data().labels.at(sector.label[i]);
            QGraphicsItem *item = lod ? new LodSeatItem(fill, number, size) : new NaiveSeatItem(fill, number, size);
            item->setPos(sector.position(i));
            item->setRotation(sector.angle[i]);
            scene->addItem(item);
        }
    }
    scene->setSceneRect(model.data().bounds);
}

} // namespace Tribina
