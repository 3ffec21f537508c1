#include "editor/abstracttool.h"

#include "editor/editorview.h"
#include "layout/layoutdocument.h"
#include "seatmap/seatmapdata.h"
#include "seatmap/seatmapmodel.h"

namespace Tribina {

AbstractTool::AbstractTool(LayoutDocument *document, EditorView *view, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_view(view)
{
}

bool AbstractTool::mousePress(QMouseEvent *)
{
    return false;
}

bool AbstractTool::mouseMove(QMouseEvent *)
{
    return false;
}

bool AbstractTool::mouseRelease(QMouseEvent *)
{
    return false;
}

bool AbstractTool::keyPress(QKeyEvent *)
{
    return false;
}

void AbstractTool::paintOverlay(QPainter *, const QRectF &)
{
}

QPointF AbstractTool::toLayout(QPointF viewportPos) const
{
    return m_view->viewportToLayout(viewportPos);
}

int AbstractTool::sectorIdAt(QPointF viewportPos) const
{
    return m_view->sectorIdAt(viewportPos);
}

} // namespace Tribina
