#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QStaticText>

class QGraphicsScene;

namespace Tribina {

class SeatMapModel;
class SeatMapPalette;

/// The two designs the seat map is measured against, built from the same model so every
/// scene shows the same seats in the same colours.
///
/// NaiveSeatItem: the easy version, one QGraphicsItem per seat that always paints its turned
/// shape, outline and number.
/// LodSeatItem: the same with level-of-detail painting in the manner of Qt's "40000 Chips"
/// example: a plain fillRect when small, a shape when mid-sized, the number only when large.
class NaiveSeatItem : public QGraphicsItem
{
public:
    NaiveSeatItem(const QColor &fill, const QString &number, QSizeF size);
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QColor m_fill;
    QString m_number;
    QRectF m_rect;
};

class LodSeatItem : public NaiveSeatItem
{
public:
    using NaiveSeatItem::NaiveSeatItem;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};

/// Fills scene with one item per seat of model (positioned and turned like the seat).
/// lod selects LodSeatItem over NaiveSeatItem.
void buildItemSeatScene(QGraphicsScene *scene, const SeatMapModel &model, const SeatMapPalette &palette,
                        bool lod);

} // namespace Tribina
