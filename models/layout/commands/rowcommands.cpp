#include "layout/commands/rowcommands.h"

#include "layout/layoutdocument.h"
#include "layout/rowlabel.h"

#include <algorithm>

namespace Tribina {

namespace {

QString codeOf(LayoutDocument *document, int sectorId)
{
    const LayoutSector *sector = document->sector(sectorId);
    return sector ? sector->code() : QString();
}

} // namespace

// AddRowBlock

AddRowBlock::AddRowBlock(LayoutDocument *document, int sectorId, const RowBlock &block, int insertAt,
                         QUndoCommand *parent)
    : SectorSnapshotCommand(document, {sectorId},
                            tr("Add %n row(s) to sector %1", nullptr, block.rowCount())
                                .arg(codeOf(document, sectorId)),
                            parent),
      m_block(block), m_insertAt(insertAt)
{
}

void AddRowBlock::apply(LayoutSector &sector) const
{
    sector.insertRows(m_insertAt, m_block.rows());
    if (sector.outline().isEmpty())
        sector.fitOutlineToRows();
}

// RemoveRows

RemoveRows::RemoveRows(LayoutDocument *document, int sectorId, const QList<int> &rowOrders, QUndoCommand *parent)
    : SectorSnapshotCommand(document, {sectorId},
                            tr("Remove %n row(s) from sector %1", nullptr, int(rowOrders.size()))
                                .arg(codeOf(document, sectorId)),
                            parent),
      m_rowOrders(rowOrders)
{
}

void RemoveRows::apply(LayoutSector &sector) const
{
    sector.removeRows(m_rowOrders);
}

// RenumberRows

RenumberRows::RenumberRows(LayoutDocument *document, int sectorId, const QList<int> &rowOrders,
                           const RowRenumbering &renumbering, QUndoCommand *parent)
    : SectorSnapshotCommand(document, {sectorId},
                            tr("Renumber rows of sector %1").arg(codeOf(document, sectorId)), parent),
      m_rowOrders(rowOrders), m_renumbering(renumbering)
{
    std::sort(m_rowOrders.begin(), m_rowOrders.end());
    m_rowOrders.erase(std::unique(m_rowOrders.begin(), m_rowOrders.end()), m_rowOrders.end());
}

void RenumberRows::apply(LayoutSector &sector) const
{
    QList<int> rowOrders;
    for (int r = 0; r < sector.rows().size(); ++r) {
        if (m_rowOrders.isEmpty() || m_rowOrders.contains(r))
            rowOrders.append(r);
    }
    RowLabel::Style style = RowLabel::Style::Numeric;
    const int first = RowLabel::ordinal(m_renumbering.firstIdentifier, &style);
    for (int i = 0; i < rowOrders.size(); ++i) {
        const int r = rowOrders.at(i);
        LayoutRow row = sector.rows().at(r);
        if (first > 0) {
            const int step = m_renumbering.frontToBack ? i : int(rowOrders.size()) - 1 - i;
            row.setIdentifier(RowLabel::label(style, first + step));
        }
        if (m_renumbering.seats)
            row.setNumbering(*m_renumbering.seats);
        sector.setRow(r, row);
    }
}

} // namespace Tribina
