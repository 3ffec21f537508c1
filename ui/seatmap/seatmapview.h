#pragma once

#include "seatmap/seatmappainter.h"
#include "seatmap/seatstatus.h"

#include <QGraphicsView>
#include <QList>
#include <QPointer>

class QRubberBand;

namespace Tribina {

class SeatMapModel;
class SeatMapScene;

/// The seat map on screen: navigation (wheel zoom around the cursor, pinch, +/-/0 keys, arrow
/// keys, panning with the middle button or space + drag), hover information, selection by
/// click and rubber band. Software rendering only.
///
/// Mouse, with selection enabled:
/// - click on a seat: select just it; Ctrl+click toggles it; Shift+click adds it;
///   a click outside every seat clears the selection; at the far level a click zooms to the
///   sector under the pointer instead;
/// - drag: rubber band; seats whose centre lies inside replace the selection (Shift or Ctrl:
///   add, Alt: remove).
/// Only seats in a selectable status take part (setSelectableStatuses()).
class SeatMapView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double MaxPixelsPerMetre = 160.0;
    static constexpr double WheelStep = 1.2; ///< zoom factor per wheel notch

    explicit SeatMapView(QWidget *parent = nullptr);

    void setSeatMapScene(SeatMapScene *scene);
    SeatMapScene *seatMapScene() const; // out of line: QPointer needs the complete type
    SeatMapModel *model() const;

    double pixelsPerMetre() const;
    SeatMapPainter::Detail detail() const;
    /// Scales by factor keeping the scene point under viewportPos where it is.
    void zoomBy(double factor, QPointF viewportPos);
    void zoomBy(double factor);
    /// Sets an absolute scale (clamped), centred on the scene point given.
    void setZoom(double pixelsPerMetre, QPointF sceneCentre);
    /// Fits the whole map; the view keeps fitting on resize until the user zooms or pans.
    void fitToView();
    void zoomToSector(int sector);
    /// The scene rectangle currently visible.
    QRectF visibleSceneRect() const;

    void setSelectionEnabled(bool enabled) { m_selectionEnabled = enabled; }
    bool isSelectionEnabled() const { return m_selectionEnabled; }
    void setSelectableStatuses(const QList<SeatStatus> &statuses);
    bool isSelectable(int seat) const;

    int hoveredSeat() const { return m_hoverSeat; }
    /// The hover text for a viewport position: seat, else sector, else empty.
    QString describeAt(QPoint viewportPos) const;

signals:
    /// Seat (global index) under the pointer or -1, and the text describing what is there.
    void hoverChanged(int seat, const QString &description);
    void seatClicked(int seat);
    /// The selection after a click or rubber band, ascending global seat indices.
    void selectionChanged(const QList<int> &seats);
    void zoomChanged(double pixelsPerMetre);
    /// The visible scene rectangle moved or was resized (for a minimap).
    void visibleRectChanged(const QRectF &sceneRect);

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class Drag {
        None,
        Pending,    ///< left button down, not yet moved far enough to be a drag
        RubberBand,
        Pan,
    };

    double fitScale() const;
    void applyScale(double pixelsPerMetre);
    void panBy(QPointF viewportDelta);
    void updateHover(QPoint viewportPos);
    void finishRubberBand(QPoint viewportPos, Qt::KeyboardModifiers modifiers);
    void clickAt(QPoint viewportPos, Qt::KeyboardModifiers modifiers);
    QList<int> selectableOnly(const QList<int> &seats) const;
    void emitSelection();

    QPointer<SeatMapScene> m_scene;
    QRubberBand *m_rubberBand = nullptr;
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_spaceHeld = false;
    bool m_autoFit = true;
    bool m_selectionEnabled = true;
    quint16 m_selectableMask = 0;
    int m_hoverSeat = -1;
    int m_hoverSector = -1;
    double m_lastReportedScale = 0;
};

} // namespace Tribina
