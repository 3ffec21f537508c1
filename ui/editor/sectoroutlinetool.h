#pragma once

#include "editor/abstracttool.h"

#include <QPointF>
#include <QPolygonF>

namespace Tribina {

/// Draws a sector outline. Clicks add the polygon's points (a preview follows the mouse);
/// a double-click or Enter closes it (at least three points), Esc cancels. With one sector
/// selected the polygon replaces its outline (ChangeSectorProperties), otherwise it becomes a
/// new standard sector (AddSector). Either is one undo step.
class SectorOutlineTool : public AbstractTool
{
    Q_OBJECT

public:
    SectorOutlineTool(LayoutDocument *document, EditorView *view, QObject *parent = nullptr);

    QString name() const override { return tr("Draw outline"); }
    void activate() override;
    void deactivate() override;

    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter *painter, const QRectF &exposed) override;

    /// The points placed so far (layout coordinates).
    const QPolygonF &points() const { return m_points; }
    void addPoint(QPointF layoutPos);
    /// Pushes the outline; returns the sector it went to (0: fewer than three points).
    int commit();
    void cancel();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Whether two viewport positions are the same click (a double-click's second press).
    bool isSamePoint(QPointF layoutA, QPointF layoutB) const;

    QPolygonF m_points;
    QPointF m_cursor;
    bool m_hasCursor = false;
};

} // namespace Tribina
