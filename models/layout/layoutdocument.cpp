#include "layout/layoutdocument.h"

#include "layout/layoutjson.h"
#include "layout/layoutvalidator.h"

#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace Tribina {

LayoutDocument::LayoutDocument(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &LayoutDocument::cleanChanged);
}

LayoutDocument::LayoutDocument(const StadiumLayout &layout, QObject *parent) : LayoutDocument(parent)
{
    m_layout = layout;
    assignIds();
}

// Declared so that the undo stack's commands, which refer to this document, are deleted while
// it is still whole (the stack is a child and would otherwise go in ~QObject).
LayoutDocument::~LayoutDocument()
{
    m_undoStack->clear();
}

void LayoutDocument::setLayout(const StadiumLayout &layout)
{
    // Commands refer to sectors by id: history cannot survive a layout whose ids may differ.
    m_undoStack->clear();
    m_layout = layout;
    assignIds();
    const bool hadSelection = !m_selectedSectors.isEmpty() || !m_selectedSeats.isEmpty();
    m_selectedSectors.clear();
    m_selectedSeats.clear();
    ++m_revision;
    emit layoutReset();
    if (hadSelection)
        emit selectionChanged();
}

void LayoutDocument::assignIds()
{
    // Ids the layout already carries are kept when they are unique (a layout taken over from
    // another document keeps its selection-worthy ids); every other sector gets a new one.
    QSet<int> used;
    for (const LayoutSector &sector : m_layout.sectors())
        m_nextId = std::max(m_nextId, sector.id() + 1);
    for (int i = 0; i < m_layout.sectors().size(); ++i) {
        const LayoutSector &sector = m_layout.sectors().at(i);
        if (sector.id() > 0 && !used.contains(sector.id())) {
            used.insert(sector.id());
            continue;
        }
        LayoutSector renamed = sector;
        renamed.setId(m_nextId++);
        used.insert(renamed.id());
        m_layout.replaceSector(i, renamed);
    }
}

void LayoutDocument::push(QUndoCommand *command)
{
    m_undoStack->push(command);
}

bool LayoutDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void LayoutDocument::markSaved()
{
    m_undoStack->setClean();
}

int LayoutDocument::indexOf(int sectorId) const
{
    if (sectorId <= 0)
        return -1;
    const QList<LayoutSector> &sectors = m_layout.sectors();
    for (int i = 0; i < sectors.size(); ++i) {
        if (sectors.at(i).id() == sectorId)
            return i;
    }
    return -1;
}

const LayoutSector *LayoutDocument::sector(int sectorId) const
{
    const int index = indexOf(sectorId);
    return index < 0 ? nullptr : &m_layout.sectors().at(index);
}

int LayoutDocument::sectorIdAt(int index) const
{
    return index >= 0 && index < sectorCount() ? m_layout.sectors().at(index).id() : 0;
}

int LayoutDocument::sectorIdByCode(const QString &code) const
{
    const LayoutSector *found = m_layout.sector(code);
    return found ? found->id() : 0;
}

QString LayoutDocument::uniqueSectorCode(const QString &base) const
{
    if (!m_layout.sector(base))
        return base;
    for (int n = 2;; ++n) {
        const QString code = base + QLatin1Char('-') + QString::number(n);
        if (!m_layout.sector(code))
            return code;
    }
}

void LayoutDocument::setSelection(const QList<int> &sectorIds, const QList<SeatRef> &seats)
{
    // Kept in the order given, without duplicates or things that do not exist.
    QList<int> sectors;
    for (const int id : sectorIds) {
        if (!sectors.contains(id) && indexOf(id) >= 0)
            sectors.append(id);
    }
    QList<SeatRef> validSeats;
    QSet<SeatRef> seen;
    for (const SeatRef &ref : seats) {
        const LayoutSector *owner = sector(ref.sectorId);
        if (!owner || seen.contains(ref))
            continue;
        const QList<LayoutRow> &rows = owner->rows();
        if (ref.seat.rowOrder < 0 || ref.seat.rowOrder >= rows.size() || ref.seat.seatIndex < 0
            || ref.seat.seatIndex >= rows.at(ref.seat.rowOrder).seatCount())
            continue;
        seen.insert(ref);
        validSeats.append(ref);
    }
    if (sectors == m_selectedSectors && validSeats == m_selectedSeats)
        return;
    m_selectedSectors = sectors;
    m_selectedSeats = validSeats;
    emit selectionChanged();
}

void LayoutDocument::selectFinding(const LayoutFinding &finding)
{
    // Findings of a bare layout carry no ids; the index then finds the sector.
    int id = finding.sectorId;
    if (indexOf(id) < 0)
        id = sectorIdAt(finding.sectorIndex);
    const LayoutSector *owner = sector(id);
    if (!owner) {
        clearSelection();
        return;
    }
    QList<SeatRef> seats;
    for (const SeatKey &key : finding.seats)
        seats.append(SeatRef{id, key});
    if (seats.isEmpty() && finding.hasRow() && finding.rowOrder < owner->rows().size()) {
        const LayoutRow &row = owner->rows().at(finding.rowOrder);
        for (int p = 0; p < row.seatCount(); ++p) {
            if (!row.isRemoved(p))
                seats.append(SeatRef{id, {finding.rowOrder, p}});
        }
    }
    setSelection({id}, seats);
}

QList<LayoutFinding> LayoutDocument::validate() const
{
    return LayoutValidator::validate(m_layout);
}

Outcome LayoutDocument::saveDraft(const QString &fileName) const
{
    return LayoutJson::writeFile(fileName, m_layout);
}

Outcome LayoutDocument::loadDraft(const QString &fileName)
{
    StadiumLayout draft;
    Outcome outcome = LayoutJson::readFile(fileName, &draft);
    if (!outcome)
        return outcome;
    setLayout(draft);
    // A recovered draft is exactly what has not been saved yet.
    m_undoStack->resetClean();
    return outcome;
}

int LayoutDocument::insertSector(int index, const LayoutSector &sector)
{
    LayoutSector inserted = sector;
    if (inserted.id() <= 0 || indexOf(inserted.id()) >= 0)
        inserted.setId(m_nextId++);
    else
        m_nextId = std::max(m_nextId, inserted.id() + 1);
    if (index < 0 || index > sectorCount())
        index = sectorCount();
    m_layout.insertSector(index, inserted);
    emit sectorAdded(inserted.id(), index);
    changed();
    return inserted.id();
}

LayoutSector LayoutDocument::takeSector(int sectorId)
{
    const int index = indexOf(sectorId);
    if (index < 0)
        return {};
    emit sectorAboutToBeRemoved(sectorId, index);
    LayoutSector taken = m_layout.takeSector(index);
    emit sectorRemoved(sectorId, index);
    pruneSelection();
    changed();
    return taken;
}

void LayoutDocument::replaceSector(int sectorId, const LayoutSector &sector)
{
    const int index = indexOf(sectorId);
    if (index < 0)
        return;
    const LayoutSector old = m_layout.sectors().at(index);
    LayoutSector replacement = sector;
    replacement.setId(sectorId);
    if (replacement == old)
        return;
    m_layout.replaceSector(index, replacement);

    const bool rows = replacement.rows() != old.rows();
    const bool snake = replacement.snakeConfig() != old.snakeConfig();
    // Everything else: compare the two with rows and snake made equal.
    LayoutSector rest = replacement;
    rest.setRows(old.rows());
    rest.setSnakeConfig(old.snakeConfig());
    if (rest != old)
        emit sectorChanged(sectorId);
    if (rows) {
        emit seatsChanged(sectorId);
        pruneSelection();
    }
    if (snake)
        emit snakeConfigChanged(sectorId);
    changed();
}

void LayoutDocument::setVenue(const VenueDetails &venue)
{
    if (m_layout.venue() == venue)
        return;
    m_layout.setVenue(venue);
    emit venueChanged();
    changed();
}

void LayoutDocument::changed()
{
    ++m_revision;
    emit contentsChanged();
}

void LayoutDocument::pruneSelection()
{
    setSelection(m_selectedSectors, m_selectedSeats);
}

} // namespace Tribina
