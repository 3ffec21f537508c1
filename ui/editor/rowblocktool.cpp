#include "editor/rowblocktool.h"

#include "editor/editorview.h"
#include "editor/rowblockdialog.h"
#include "layout/commands/rowcommands.h"
#include "layout/commands/sectorcommands.h"
#include "layout/layoutdocument.h"
#include "layout/seatgenerator.h"
#include "seatmap/seatmapdata.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QtMath>

namespace Tribina {

RowBlockTool::RowBlockTool(LayoutDocument *document, EditorView *view, QObject *parent)
    : AbstractTool(document, view, parent)
{
}

RowBlockTool::~RowBlockTool()
{
    delete m_dialog;
}

void RowBlockTool::activate()
{
    if (!m_dialog) {
        m_dialog = new RowBlockDialog(view()->window());
        m_dialog->setParameters(m_parameters);
        connect(m_dialog, &RowBlockDialog::parametersChanged, this, &RowBlockTool::setParameters);
        connect(m_dialog, &RowBlockDialog::commitRequested, this, [this] { commit(); });
    }
    m_dialog->show();
}

void RowBlockTool::deactivate()
{
    if (m_dialog)
        m_dialog->hide();
    m_hasAnchor = false;
    emit overlayChanged();
}

bool RowBlockTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    setAnchor(toLayout(event->position()));
    return true;
}

bool RowBlockTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        commit();
        return true;
    }
    if (event->key() == Qt::Key_Escape) {
        m_hasAnchor = false;
        emit overlayChanged();
        return true;
    }
    return false;
}

void RowBlockTool::setAnchor(QPointF layoutPos)
{
    m_anchor = layoutPos;
    m_hasAnchor = true;
    emit overlayChanged();
}

void RowBlockTool::setParameters(const Parameters &parameters)
{
    m_parameters = parameters;
    emit overlayChanged();
}

RowBlock RowBlockTool::block() const
{
    const Parameters &p = m_parameters;
    RowPath path;
    if (p.curved) {
        path = RowPath::arc(m_anchor, p.radius, p.startAngleDeg, p.sweepDeg);
    } else {
        const double length = p.seatsPerRow * p.seatPitch;
        const double a = qDegreesToRadians(p.directionDeg);
        path = RowPath::straight(m_anchor, m_anchor + QPointF(std::cos(a), std::sin(a)) * length);
    }
    RowBlock block(path, p.rows);
    block.setSeatPitch(p.seatPitch);
    block.setRowDepth(p.rowDepth);
    block.setFixedSeats(p.seatsPerRow);
    return block;
}

void RowBlockTool::paintOverlay(QPainter *painter, const QRectF &)
{
    if (!m_hasAnchor)
        return;
    const QTransform toScene = SeatMapData::layoutToScene();
    const QList<LayoutRow> rows = block().rows();
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x43, 0xa0, 0x47, 200));
    const double r = m_parameters.seatPitch * 0.4;
    for (int i = 0; i < rows.size(); ++i) {
        const QList<LayoutSeat> seats = SeatGenerator::seats(rows.at(i), i);
        for (const LayoutSeat &seat : seats)
            painter->drawEllipse(toScene.map(seat.position), r, r);
    }
    QPen pen(QColor(0x43, 0xa0, 0x47), 2);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(toScene.map(m_anchor), 0.6, 0.6);
    painter->restore();
}

int RowBlockTool::commit()
{
    if (!m_hasAnchor)
        return 0;
    const RowBlock rowBlock = block();
    const QList<int> &selection = document()->selectedSectors();
    int sectorId = 0;
    if (selection.size() == 1) {
        sectorId = selection.constFirst();
        document()->push(new AddRowBlock(document(), sectorId, rowBlock));
    } else {
        LayoutSector sector(tr("New sector"), document()->uniqueSectorCode(QStringLiteral("N")));
        sector.addBlock(rowBlock);
        sector.fitOutlineToRows();
        sector.setLabelPosition(LayoutSector::centroid(sector.outline()));
        auto *command = new AddSector(document(), sector);
        document()->push(command);
        sectorId = command->sectorId();
        document()->setSelection({sectorId}, {});
    }
    m_hasAnchor = false;
    emit overlayChanged();
    return sectorId;
}

} // namespace Tribina
