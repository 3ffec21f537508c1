#include "layout/commands/sectorcommands.h"

#include "layout/commands/undocommands.h"
#include "layout/layoutdocument.h"

#include <algorithm>

namespace Tribina {

namespace {

QList<int> sorted(QList<int> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

// AddSector

AddSector::AddSector(LayoutDocument *document, const LayoutSector &sector, int index, QUndoCommand *parent)
    : AddSector(document, sector, index, tr("Add sector %1").arg(sector.code()), parent)
{
}

AddSector::AddSector(LayoutDocument *document, const LayoutSector &sector, int index, const QString &text,
                     QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_sector(sector), m_index(index)
{
    // The sector is new: whatever id it had belongs to some other sector (or document).
    m_sector.setId(0);
}

void AddSector::redo()
{
    const int id = m_document->insertSector(m_index, m_sector);
    m_sector.setId(id);
}

void AddSector::undo()
{
    m_document->takeSector(m_sector.id());
}

// RemoveSector

RemoveSector::RemoveSector(LayoutDocument *document, const QList<int> &sectorIds, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document)
{
    for (const int id : sorted(sectorIds)) {
        const int index = document->indexOf(id);
        if (index >= 0)
            m_removed.append({index, *document->sector(id)});
    }
    std::sort(m_removed.begin(), m_removed.end(),
              [](const Removed &a, const Removed &b) { return a.index < b.index; });
    if (m_removed.size() == 1)
        setText(tr("Remove sector %1").arg(m_removed.constFirst().sector.code()));
    else
        setText(tr("Remove %n sector(s)", nullptr, int(m_removed.size())));
    if (m_removed.isEmpty())
        setObsolete(true);
}

void RemoveSector::redo()
{
    // Back to front, so the indices of the ones still to remove do not shift.
    for (qsizetype i = m_removed.size() - 1; i >= 0; --i)
        m_document->takeSector(m_removed.at(i).sector.id());
}

void RemoveSector::undo()
{
    for (const Removed &removed : std::as_const(m_removed))
        m_document->insertSector(removed.index, removed.sector);
}

// MoveSector

MoveSector::MoveSector(LayoutDocument *document, const QList<int> &sectorIds, QPointF delta, int gesture,
                       QUndoCommand *parent)
    : SectorSnapshotCommand(document, sectorIds, tr("Move %n sector(s)", nullptr, int(sorted(sectorIds).size())),
                            parent),
      m_sectorIds(sorted(sectorIds)), m_delta(delta), m_gesture(gesture)
{
}

int MoveSector::id() const
{
    return MoveSectorCommandId;
}

bool MoveSector::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveSector *>(other);
    if (!sameGesture(m_gesture, move->m_gesture) || m_sectorIds != move->m_sectorIds)
        return false;
    mergeSnapshots(*move);
    m_delta += move->m_delta;
    return true;
}

void MoveSector::apply(LayoutSector &sector) const
{
    sector.translate(m_delta);
}

// RotateSector

RotateSector::RotateSector(LayoutDocument *document, const QList<int> &sectorIds, QPointF pivot,
                           double angleDeg, int gesture, QUndoCommand *parent)
    : SectorSnapshotCommand(document, sectorIds,
                            tr("Rotate %n sector(s)", nullptr, int(sorted(sectorIds).size())), parent),
      m_sectorIds(sorted(sectorIds)), m_pivot(pivot), m_angle(angleDeg), m_gesture(gesture)
{
}

int RotateSector::id() const
{
    return RotateSectorCommandId;
}

bool RotateSector::mergeWith(const QUndoCommand *other)
{
    const auto *rotate = static_cast<const RotateSector *>(other);
    if (!sameGesture(m_gesture, rotate->m_gesture) || m_sectorIds != rotate->m_sectorIds
        || m_pivot != rotate->m_pivot)
        return false;
    mergeSnapshots(*rotate);
    m_angle += rotate->m_angle;
    return true;
}

void RotateSector::apply(LayoutSector &sector) const
{
    sector.rotate(m_angle, m_pivot);
}

// ChangeSectorProperties

SectorProperties SectorProperties::of(const LayoutSector &sector)
{
    return {sector.name(), sector.code(), sector.type(), sector.manualCapacity(), sector.outline(),
            sector.labelPosition()};
}

void SectorProperties::applyTo(LayoutSector &sector) const
{
    sector.setName(name);
    sector.setCode(code);
    sector.setType(type);
    sector.setManualCapacity(manualCapacity);
    sector.setOutline(outline);
    sector.setLabelPosition(labelPosition);
}

ChangeSectorProperties::ChangeSectorProperties(LayoutDocument *document, int sectorId,
                                               const SectorProperties &properties, int gesture,
                                               QUndoCommand *parent)
    : SectorSnapshotCommand(document, {sectorId}, QString(), parent),
      m_sectorId(sectorId), m_properties(properties), m_gesture(gesture)
{
    // Name the one thing that changed when there is one, as undo history entries should.
    const LayoutSector *sector = document->sector(sectorId);
    const SectorProperties old = sector ? SectorProperties::of(*sector) : SectorProperties();
    const QString code = sector ? sector->code() : QString();
    if (old.outline != properties.outline && old.name == properties.name && old.code == properties.code)
        setText(tr("Change outline of sector %1").arg(code));
    else if (old.code != properties.code && old.name == properties.name)
        setText(tr("Rename sector code %1 to %2").arg(code, properties.code));
    else if (old.name != properties.name && old.code == properties.code)
        setText(tr("Rename sector %1").arg(code));
    else
        setText(tr("Change sector %1").arg(code));
}

int ChangeSectorProperties::id() const
{
    return ChangeSectorPropertiesCommandId;
}

bool ChangeSectorProperties::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangeSectorProperties *>(other);
    if (!sameGesture(m_gesture, change->m_gesture) || m_sectorId != change->m_sectorId)
        return false;
    mergeSnapshots(*change);
    m_properties = change->m_properties;
    return true;
}

void ChangeSectorProperties::apply(LayoutSector &sector) const
{
    m_properties.applyTo(sector);
}

// DuplicateSector

DuplicateSector::DuplicateSector(LayoutDocument *document, int sourceId, QPointF offset, const QString &code,
                                 const QString &name, QUndoCommand *parent)
    : AddSector(document, copyOf(document, sourceId, offset, code, name), document->indexOf(sourceId) + 1,
                QString(), parent)
{
    const LayoutSector *source = document->sector(sourceId);
    if (!source) {
        setObsolete(true);
        return;
    }
    setText(tr("Duplicate sector %1").arg(source->code()));
}

LayoutSector DuplicateSector::copyOf(LayoutDocument *document, int sourceId, QPointF offset,
                                     const QString &code, const QString &name)
{
    const LayoutSector *source = document->sector(sourceId);
    if (!source)
        return {};
    LayoutSector copy = *source;
    copy.translate(offset);
    copy.setCode(code.isEmpty() ? document->uniqueSectorCode(source->code()) : code);
    copy.setName(name.isEmpty() ? tr("%1 (copy)").arg(source->name()) : name);
    return copy;
}

// MirrorSector

MirrorSector::MirrorSector(LayoutDocument *document, int sourceId, MirrorAxis axis, const QString &code,
                           const QString &name, QUndoCommand *parent)
    : AddSector(document, mirrorOf(document, sourceId, axis, code, name), document->indexOf(sourceId) + 1,
                QString(), parent)
{
    const LayoutSector *source = document->sector(sourceId);
    if (!source) {
        setObsolete(true);
        return;
    }
    setText(tr("Mirror sector %1").arg(source->code()));
}

LayoutSector MirrorSector::mirrorOf(LayoutDocument *document, int sourceId, MirrorAxis axis,
                                    const QString &code, const QString &name)
{
    const LayoutSector *source = document->sector(sourceId);
    if (!source)
        return {};
    LayoutSector mirror = source->mirrored(axis);
    mirror.setCode(code.isEmpty() ? document->uniqueSectorCode(source->code()) : code);
    mirror.setName(name.isEmpty() ? tr("%1 (mirrored)").arg(source->name()) : name);
    return mirror;
}

} // namespace Tribina
