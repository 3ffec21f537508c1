#pragma once

#include "layout/layoutsector.h"

#include <QList>
#include <QUndoCommand>

namespace Tribina {

class LayoutDocument;

/// The base of every command that changes sectors in place (moves, properties, rows, seats,
/// snake): it keeps each sector's state before and after the change and swaps them on undo
/// and redo. Keeping states instead of inverse operations makes undo exact — a sector turned
/// by 37° and back is bit for bit what it was — and lets any two such commands merge by
/// taking over the later one's "after". The copies are cheap: a sector's rows are implicitly
/// shared, and only the rows a command touches are copied.
///
/// Subclasses say what the change is (apply()), called once per sector on the first redo();
/// later redos replay the stored result. A command that changes nothing makes itself obsolete,
/// so QUndoStack drops it instead of keeping an empty undo step.
class SectorSnapshotCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;

    /// The sectors this command changes.
    QList<int> sectorIds() const;

protected:
    SectorSnapshotCommand(LayoutDocument *document, const QList<int> &sectorIds,
                          const QString &text, QUndoCommand *parent);

    /// Applies the change to sector (a copy of its state before the command).
    virtual void apply(LayoutSector &sector) const = 0;

    /// For mergeWith(): takes over the changes of other, which was pushed (and redone) right
    /// after this command. Becomes obsolete if the two cancel out.
    void mergeSnapshots(const SectorSnapshotCommand &other);

    LayoutDocument *document() const { return m_document; }
    /// Gesture ids merge when equal and not 0 (see LayoutDocument::newGesture()).
    static bool sameGesture(int a, int b) { return a != 0 && a == b; }

private:
    struct Snapshot
    {
        int sectorId = 0;
        LayoutSector before;
        LayoutSector after;
    };

    void dropUnchanged();

    LayoutDocument *m_document;
    QList<Snapshot> m_snapshots;
    bool m_applied = false;
};

} // namespace Tribina
