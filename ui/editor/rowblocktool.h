#pragma once

#include "editor/abstracttool.h"
#include "layout/rowblock.h"

#include <QPointer>
#include <QPointF>

namespace Tribina {

class RowBlockDialog;

/// Adds a block of rows. A click places the block — the start of a straight front row, or the
/// centre of a curved one — the dialog sets rows × seats, pitch, depth and the shape, the
/// overlay previews the seats, and Enter (or "Add rows") pushes AddRowBlock into the selected
/// sector, or into a new sector when none is selected.
class RowBlockTool : public AbstractTool
{
    Q_OBJECT

public:
    struct Parameters
    {
        int rows = 10;
        int seatsPerRow = 20;
        double seatPitch = 0.5;
        double rowDepth = 0.8;
        bool curved = false;
        double directionDeg = 0; ///< straight: the front row's direction
        double radius = 40;      ///< curved
        double startAngleDeg = 0;
        double sweepDeg = 30;
    };

    RowBlockTool(LayoutDocument *document, EditorView *view, QObject *parent = nullptr);
    ~RowBlockTool() override;

    QString name() const override { return tr("Row block"); }
    void activate() override;
    void deactivate() override;

    bool mousePress(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter *painter, const QRectF &exposed) override;

    void setAnchor(QPointF layoutPos);
    bool hasAnchor() const { return m_hasAnchor; }
    void setParameters(const Parameters &parameters);
    const Parameters &parameters() const { return m_parameters; }
    RowBlock block() const;
    /// Pushes the previewed block; returns the sector it went into (0 if nothing was added).
    int commit();

private:
    Parameters m_parameters;
    QPointF m_anchor;
    bool m_hasAnchor = false;
    QPointer<RowBlockDialog> m_dialog;
};

} // namespace Tribina
