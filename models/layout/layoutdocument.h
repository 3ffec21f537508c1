#pragma once

#include "domain/outcome.h"
#include "layout/layoutfinding.h"
#include "layout/layoutseat.h"
#include "layout/stadiumlayout.h"

#include <QList>
#include <QObject>
#include <QString>

class QUndoCommand;
class QUndoStack;

namespace Tribina {

/// The stadium layout being edited: the one StadiumLayout, its undo stack and the selection.
/// The editor's scene, property panels and findings list read from it and update themselves
/// from its signals; tools change it only by pushing undo commands (models/layout/commands/),
/// so every edit can be undone and a whole drag is one mergeable command.
///
/// Sectors are addressed by id (LayoutSector::id()), which the document assigns and which
/// stays the same across moves, renames, undo and redo; indices change when sectors are
/// added or removed. The selection is not part of the undo history (as in most editors), but
/// it never refers to a sector or seat that no longer exists.
class LayoutDocument : public QObject
{
    Q_OBJECT

public:
    explicit LayoutDocument(QObject *parent = nullptr);
    explicit LayoutDocument(const StadiumLayout &layout, QObject *parent = nullptr);
    ~LayoutDocument() override;

    const StadiumLayout &layout() const { return m_layout; }
    /// Starts editing another layout: sectors without a unique id get one, the undo history
    /// and the selection are cleared and the document is clean. Emits layoutReset().
    void setLayout(const StadiumLayout &layout);

    QUndoStack *undoStack() const { return m_undoStack; }
    /// Executes command and puts it on the undo stack (which owns it from then on).
    void push(QUndoCommand *command);
    /// True when there are changes since the layout was loaded or last saved.
    bool isModified() const;
    /// Call after the layout was saved: the current state becomes the clean one.
    void markSaved();
    /// Grows with every change (and every undo or redo): autosave compares it with the
    /// revision of its last draft instead of writing drafts nobody needs.
    quint64 revision() const { return m_revision; }

    int sectorCount() const { return int(m_layout.sectors().size()); }
    /// Index of the sector in layout().sectors(), -1 if there is no such sector.
    int indexOf(int sectorId) const;
    /// The sector with sectorId, or nullptr. Invalidated by the next change.
    const LayoutSector *sector(int sectorId) const;
    int sectorIdAt(int index) const;
    /// The id of the first sector with code, 0 if none.
    int sectorIdByCode(const QString &code) const;
    /// base if no sector has that code yet, otherwise base-2, base-3, ...: the code a
    /// duplicated or mirrored sector gets unless the user names it.
    QString uniqueSectorCode(const QString &base) const;

    /// A fresh gesture id for one drag (or one brush stroke): the mergeable commands a tool
    /// pushes with the same gesture become one undo step; the next drag gets a new id and
    /// therefore a step of its own. 0 means "never merge".
    int newGesture() { return ++m_lastGesture; }

    const QList<int> &selectedSectors() const { return m_selectedSectors; }
    const QList<SeatRef> &selectedSeats() const { return m_selectedSeats; }
    void setSelection(const QList<int> &sectorIds, const QList<SeatRef> &seats);
    void setSelectedSectors(const QList<int> &sectorIds) { setSelection(sectorIds, m_selectedSeats); }
    void setSelectedSeats(const QList<SeatRef> &seats) { setSelection(m_selectedSectors, seats); }
    void clearSelection() { setSelection({}, {}); }
    /// Selects what a finding is about: its sector and its seats (a row's seats when the
    /// finding names a row but no seats). The view centres on finding.position.
    void selectFinding(const LayoutFinding &finding);

    /// LayoutValidator's findings for the current layout, with this document's sector ids.
    QList<LayoutFinding> validate() const;

    /// Drafts: the layout as a LayoutJson document, written atomically, so that a crash or a
    /// closed window never loses more than the changes since the last draft. A loaded draft
    /// replaces the layout (as setLayout()) and counts as unsaved.
    Outcome saveDraft(const QString &fileName) const;
    Outcome loadDraft(const QString &fileName);

    /// \name Raw edits, for undo commands only
    /// Everything else pushes a command. Each emits the matching fine-grained signal.
    /// \{
    /// Inserts sector before index (appends for index < 0 or past the end) and returns its id:
    /// the sector's own if it has one not in use (a command redoing an insertion), else a new
    /// one.
    int insertSector(int index, const LayoutSector &sector);
    /// Removes the sector and returns it (id included); a default sector if there is none.
    LayoutSector takeSector(int sectorId);
    /// Replaces the sector with sectorId by sector (whose id is forced to sectorId) and emits
    /// sectorChanged(), seatsChanged() and snakeConfigChanged() for what really differs.
    void replaceSector(int sectorId, const LayoutSector &sector);
    /// Replaces the venue's name, city, country, address, type; emits venueChanged().
    void setVenue(const VenueDetails &venue);
    /// \}

signals:
    /// The whole layout was replaced (setLayout(), loadDraft()): rebuild everything.
    void layoutReset();
    void sectorAdded(int sectorId, int index);
    /// Before and after a removal; after it the id is no longer valid.
    void sectorAboutToBeRemoved(int sectorId, int index);
    void sectorRemoved(int sectorId, int index);
    /// Name, code, type, capacity, outline, label or the sector's place (a move also changes
    /// seatsChanged()).
    void sectorChanged(int sectorId);
    /// The rows or seats changed: positions, numbers, types, removed seats.
    void seatsChanged(int sectorId);
    /// The snake configuration changed (the heat map is recomputed on seatsChanged() too).
    void snakeConfigChanged(int sectorId);
    void selectionChanged();
    /// The stadium's name, city, country, address or type changed.
    void venueChanged();
    /// Forwarded from the undo stack: false when there are unsaved changes.
    void cleanChanged(bool clean);
    /// After any change to the layout, once per change.
    void contentsChanged();

private:
    void assignIds();
    void changed();
    /// Drops selected seats and sectors that no longer exist; emits selectionChanged() if any.
    void pruneSelection();

    StadiumLayout m_layout;
    QUndoStack *m_undoStack;
    QList<int> m_selectedSectors;
    QList<SeatRef> m_selectedSeats;
    int m_nextId = 1;
    int m_lastGesture = 0;
    quint64 m_revision = 0;
};

} // namespace Tribina
