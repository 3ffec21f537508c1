#pragma once

#include "layout/commands/sectorsnapshotcommand.h"
#include "layout/rowblock.h"
#include "layout/seatnumbering.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// Undo commands on the rows of one sector: add a block of rows, remove rows, renumber them.

namespace Tribina {

class LayoutDocument;

/// Adds the rows of a RowBlock (rows × seats, spacing, curvature, aisles, numbering) to a
/// sector — what the row block tool previews with RowBlock::rows() and pushes on release.
/// The rows go before row insertAt (-1: behind the last row). A sector without an outline gets
/// one fitted to its rows, so a block drawn on empty ground is a usable sector at once.
class AddRowBlock : public SectorSnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRowBlock)

public:
    AddRowBlock(LayoutDocument *document, int sectorId, const RowBlock &block, int insertAt = -1,
                QUndoCommand *parent = nullptr);

protected:
    void apply(LayoutSector &sector) const override;

private:
    RowBlock m_block;
    int m_insertAt;
};

/// Removes rows (by row_order) from a sector; the snake configuration follows the remaining
/// rows (LayoutSector::removeRows()).
class RemoveRows : public SectorSnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveRows)

public:
    RemoveRows(LayoutDocument *document, int sectorId, const QList<int> &rowOrders,
               QUndoCommand *parent = nullptr);

protected:
    void apply(LayoutSector &sector) const override;

private:
    QList<int> m_rowOrders;
};

/// How RenumberRows relabels rows and renumbers their seats.
struct RowRenumbering
{
    /// Identifier of the first row ("1", "A", "AA"); the others follow in the same style
    /// (RowLabel). Empty, or not a number or capital letters: identifiers stay as they are.
    QString firstIdentifier;
    /// True: the first identifier goes to the front row of the set and counts up towards the
    /// back; false: the back row gets it (stands labelled from the top).
    bool frontToBack = true;
    /// The seat numbering every row of the set gets (first number, direction, step); none:
    /// the seats keep their numbers.
    std::optional<SeatNumbering> seats;
};

/// Relabels a set of rows of a sector and/or renumbers their seats. Labels count through the
/// set in row order, so renumbering the rows of one block leaves the others alone.
class RenumberRows : public SectorSnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenumberRows)

public:
    /// rowOrders empty: every row of the sector.
    RenumberRows(LayoutDocument *document, int sectorId, const QList<int> &rowOrders,
                 const RowRenumbering &renumbering, QUndoCommand *parent = nullptr);

protected:
    void apply(LayoutSector &sector) const override;

private:
    QList<int> m_rowOrders;
    RowRenumbering m_renumbering;
};

} // namespace Tribina
