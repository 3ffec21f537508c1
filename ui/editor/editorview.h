#pragma once

#include "editor/abstracttool.h"
#include "seatmap/seatmapscene.h" // SeatMapView::seatMapScene() needs the complete type
#include "seatmap/seatmapview.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QPointF>

namespace Tribina {

class LayoutDocument;

/// The seat-map view of the stadium editor: passes mouse and key events to the active tool
/// first (SeatMapView keeps wheel zoom and panning), and draws on top of the seat map what the
/// editor adds — the selected sectors' outlines, the snake ranking heat map and the tool's
/// overlay. Converts between viewport and layout coordinates (metres).
class EditorView : public SeatMapView
{
    Q_OBJECT

public:
    explicit EditorView(LayoutDocument *document, QWidget *parent = nullptr);

    LayoutDocument *document() const { return m_document; }
    void setTool(AbstractTool *tool);
    AbstractTool *tool() const { return m_tool; }

    QPointF viewportToLayout(QPointF viewportPos) const;
    QPointF layoutToViewport(QPointF layoutPos) const;
    /// The document id of the (topmost) sector under a viewport position, 0 if none.
    int sectorIdAt(QPointF viewportPos) const;
    int sectorIdAtLayout(QPointF layoutPos) const;
    void centreOnLayout(QPointF layoutPos);

    /// Colours every seat of sectors with a snake configuration by its rank (green: sold
    /// first) and prints the rank when zoomed in.
    void setShowRanking(bool show);
    bool showRanking() const { return m_showRanking; }

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void drawSelection(QPainter *painter);
    void drawRanking(QPainter *painter, const QRectF &rect);

    struct RankedSeat
    {
        QPointF scenePos;
        int rank = 0;
        float fraction = 0; ///< rank / (seats - 1): 0 is sold first
    };
    /// Ranks of every sector with a snake configuration; rebuilt after a change.
    const QList<RankedSeat> &rankedSeats();

    LayoutDocument *m_document;
    QPointer<AbstractTool> m_tool;
    bool m_showRanking = false;
    bool m_rankingValid = false;
    QList<RankedSeat> m_rankedSeats;
};

} // namespace Tribina
