#include "layout/commands/sectorsnapshotcommand.h"

#include "layout/layoutdocument.h"

#include <algorithm>

namespace Tribina {

SectorSnapshotCommand::SectorSnapshotCommand(LayoutDocument *document, const QList<int> &sectorIds,
                                             const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document)
{
    for (const int id : sectorIds) {
        const LayoutSector *sector = document->sector(id);
        const bool known = std::any_of(m_snapshots.cbegin(), m_snapshots.cend(),
                                       [id](const Snapshot &s) { return s.sectorId == id; });
        if (sector && !known)
            m_snapshots.append({id, *sector, *sector});
    }
}

QList<int> SectorSnapshotCommand::sectorIds() const
{
    QList<int> ids;
    for (const Snapshot &snapshot : m_snapshots)
        ids.append(snapshot.sectorId);
    return ids;
}

void SectorSnapshotCommand::redo()
{
    if (!m_applied) {
        m_applied = true;
        for (Snapshot &snapshot : m_snapshots) {
            snapshot.after = snapshot.before;
            apply(snapshot.after);
            snapshot.after.setId(snapshot.sectorId);
        }
        dropUnchanged();
        if (isObsolete())
            return;
    }
    for (const Snapshot &snapshot : std::as_const(m_snapshots))
        m_document->replaceSector(snapshot.sectorId, snapshot.after);
}

void SectorSnapshotCommand::undo()
{
    for (qsizetype i = m_snapshots.size() - 1; i >= 0; --i)
        m_document->replaceSector(m_snapshots.at(i).sectorId, m_snapshots.at(i).before);
}

void SectorSnapshotCommand::mergeSnapshots(const SectorSnapshotCommand &other)
{
    for (const Snapshot &theirs : other.m_snapshots) {
        auto ours = std::find_if(m_snapshots.begin(), m_snapshots.end(),
                                 [&](const Snapshot &s) { return s.sectorId == theirs.sectorId; });
        // Their "before" of a sector we changed is our "after": ours stays the older one.
        if (ours != m_snapshots.end())
            ours->after = theirs.after;
        else
            m_snapshots.append(theirs);
    }
    dropUnchanged();
}

void SectorSnapshotCommand::dropUnchanged()
{
    m_snapshots.removeIf([](const Snapshot &s) { return s.after == s.before; });
    if (m_snapshots.isEmpty())
        setObsolete(true);
}

} // namespace Tribina
