#pragma once

#include "layout/commands/sectorsnapshotcommand.h"
#include "layout/layoutsector.h"
#include "layout/rowpath.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QString>
#include <QUndoCommand>

/// Undo commands on whole sectors: add, remove, move, rotate, edit properties, duplicate and
/// mirror. Commands take a LayoutDocument and sector ids; pushing one executes it.

namespace Tribina {

class LayoutDocument;

/// Adds a sector (an outline drawn with the polygon tool, a pasted one). The document gives it
/// an id on the first redo, and the command keeps that id for every later redo, so commands
/// further up the stack that refer to the sector stay valid.
class AddSector : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddSector)

public:
    /// index: where in the sector list (-1: at the end).
    AddSector(LayoutDocument *document, const LayoutSector &sector, int index = -1,
              QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// The new sector's id; 0 before the first redo.
    int sectorId() const { return m_sector.id(); }

protected:
    AddSector(LayoutDocument *document, const LayoutSector &sector, int index, const QString &text,
              QUndoCommand *parent);

private:
    LayoutDocument *m_document;
    LayoutSector m_sector;
    int m_index;
};

/// Removes sectors. The command owns the removed sectors (as values) until it is undone or
/// deleted; undo puts each back at its old index with its old id.
class RemoveSector : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveSector)

public:
    RemoveSector(LayoutDocument *document, const QList<int> &sectorIds, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct Removed
    {
        int index;
        LayoutSector sector;
    };

    LayoutDocument *m_document;
    QList<Removed> m_removed; ///< by index, ascending
};

/// Moves sectors by delta (metres). Mergeable: the steps of one drag (same gesture, same
/// sectors) become one undo step whose delta is their sum.
class MoveSector : public SectorSnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveSector)

public:
    MoveSector(LayoutDocument *document, const QList<int> &sectorIds, QPointF delta, int gesture = 0,
               QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    QPointF delta() const { return m_delta; }

protected:
    void apply(LayoutSector &sector) const override;

private:
    QList<int> m_sectorIds; ///< sorted, to compare selections
    QPointF m_delta;
    int m_gesture;
};

/// Turns sectors by angleDeg (counter-clockwise) around pivot. Mergeable like MoveSector when
/// the pivot stays the same (a rotate handle turns around the selection's centre).
class RotateSector : public SectorSnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(RotateSector)

public:
    RotateSector(LayoutDocument *document, const QList<int> &sectorIds, QPointF pivot, double angleDeg,
                 int gesture = 0, QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    double angle() const { return m_angle; }

protected:
    void apply(LayoutSector &sector) const override;

private:
    QList<int> m_sectorIds; ///< sorted, to compare selections
    QPointF m_pivot;
    double m_angle;
    int m_gesture;
};

/// What the property panel edits of a sector, as one value: read it with of(), change
/// fields, push ChangeSectorProperties.
struct SectorProperties
{
    QString name;
    QString code;
    SectorType type = SectorType::Standard;
    int manualCapacity = 0;
    QPolygonF outline;
    QPointF labelPosition;

    static SectorProperties of(const LayoutSector &sector);
    void applyTo(LayoutSector &sector) const;

    friend bool operator==(const SectorProperties &, const SectorProperties &) = default;
};

/// Sets a sector's name, code, type, manual capacity, outline and label position. Mergeable
/// within a gesture (dragging an outline vertex); a panel's field edit passes gesture 0.
class ChangeSectorProperties : public SectorSnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSectorProperties)

public:
    ChangeSectorProperties(LayoutDocument *document, int sectorId, const SectorProperties &properties,
                           int gesture = 0, QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void apply(LayoutSector &sector) const override;

private:
    int m_sectorId;
    SectorProperties m_properties;
    int m_gesture;
};

/// Adds a copy of a sector moved by offset, right after it in the sector list. The copy gets
/// code (default: LayoutDocument::uniqueSectorCode() of the source's) and name (default: the
/// source's, marked as a copy).
class DuplicateSector : public AddSector
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateSector)

public:
    DuplicateSector(LayoutDocument *document, int sourceId, QPointF offset, const QString &code = {},
                    const QString &name = {}, QUndoCommand *parent = nullptr);

private:
    static LayoutSector copyOf(LayoutDocument *document, int sourceId, QPointF offset,
                               const QString &code, const QString &name);
};

/// Adds the mirror image of a sector across one of the pitch's axes — the matching sector of
/// the opposite stand (see LayoutSector::mirrored()) — right after it. The copy gets code and
/// name like DuplicateSector's ("W1" → "W1-2" unless given, e.g. "E1").
class MirrorSector : public AddSector
{
    Q_DECLARE_TR_FUNCTIONS(MirrorSector)

public:
    MirrorSector(LayoutDocument *document, int sourceId, MirrorAxis axis, const QString &code = {},
                 const QString &name = {}, QUndoCommand *parent = nullptr);

private:
    static LayoutSector mirrorOf(LayoutDocument *document, int sourceId, MirrorAxis axis,
                                 const QString &code, const QString &name);
};

} // namespace Tribina
