#pragma once

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Tribina {

class SeatMapView;

/// A small overview of the whole stadium (far level of detail) with the view's visible area
/// drawn on it; clicking or dragging moves the view there.
///
/// The overview is drawn once into an image and redrawn at most four times a second while
/// seats change (a NOTIFY burst must not redraw it a hundred times).
class SeatMapMinimap : public QWidget
{
    Q_OBJECT

public:
    explicit SeatMapMinimap(SeatMapView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {220, 170}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void invalidate();
    void renderOverview();
    QTransform sceneToWidget() const;
    void centreViewAt(QPointF widgetPos);

    QPointer<SeatMapView> m_view;
    QImage m_overview;
    QTimer m_redraw;
    bool m_stale = true;
};

} // namespace Tribina
