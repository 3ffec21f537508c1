#pragma once

#include "editor/abstracttool.h"
#include "layout/layoutenums.h"
#include "layout/layoutseat.h"

#include <QList>
#include <QPoint>
#include <QRectF>

namespace Tribina {

/// Paints seats: a click sets the seat under the cursor, a rubber band every seat inside it.
/// Sets a SeatType (SetSeatType) or, in the remove mode, removes the seats (RemoveSeats); one
/// stroke is one undo step.
class SeatTypeBrushTool : public AbstractTool
{
    Q_OBJECT

public:
    enum class Mode { SetType, Remove };

    SeatTypeBrushTool(LayoutDocument *document, EditorView *view, Mode mode = Mode::SetType,
                      QObject *parent = nullptr);

    QString name() const override;
    Mode mode() const { return m_mode; }
    void setSeatType(SeatType type) { m_type = type; }
    SeatType seatType() const { return m_type; }

    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    void paintOverlay(QPainter *painter, const QRectF &exposed) override;

    /// Every existing seat whose centre lies in rect (layout coordinates).
    QList<SeatRef> seatsIn(const QRectF &layoutRect) const;
    /// The seat whose footprint contains layoutPos, if any.
    QList<SeatRef> seatAt(QPointF layoutPos) const;
    /// Applies the brush to seats as one undo step.
    void apply(const QList<SeatRef> &seats);

private:
    QRectF bandInLayout() const;

    Mode m_mode;
    SeatType m_type = SeatType::Technical;
    bool m_pressed = false;
    bool m_band = false;
    QPoint m_pressPos;
    QPoint m_currentPos;
};

} // namespace Tribina
