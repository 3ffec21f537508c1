#pragma once

#include "layout/commands/sectorsnapshotcommand.h"
#include "layout/layoutenums.h"
#include "layout/layoutseat.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

/// Undo commands on single seats, possibly of several sectors at once (a rubber band may
/// cross sectors): the seat-type brush, removing seats and restoring them. Each is mergeable
/// within a gesture, so one brush stroke — press, drag over seats, release — is one undo step.

namespace Tribina {

class LayoutDocument;
class LayoutRow;

/// What the seat commands share: the seats, grouped by sector, and merging by gesture.
class SeatEditCommand : public SectorSnapshotCommand
{
public:
    /// Every seat the command was given (merged commands: all of them).
    QList<SeatRef> seats() const;

protected:
    SeatEditCommand(LayoutDocument *document, const QList<SeatRef> &seats, int gesture,
                    QUndoCommand *parent);

    /// Changes the place position of row.
    virtual void editSeat(LayoutRow &row, int position) const = 0;
    void apply(LayoutSector &sector) const override;
    /// For mergeWith() of a subclass that has checked other's type and parameters.
    bool mergeSeats(const SeatEditCommand &other);

private:
    QHash<int, QList<SeatKey>> m_seats; ///< by sector id
    int m_gesture;
};

/// Sets the type of seats (STANDARD, TECHNICAL, ACCESSIBILITY, COMPANION).
class SetSeatType : public SeatEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetSeatType)

public:
    SetSeatType(LayoutDocument *document, const QList<SeatRef> &seats, SeatType type, int gesture = 0,
                QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void editSeat(LayoutRow &row, int position) const override;

private:
    SeatType m_type;
};

/// Takes seats out of their rows; the places stay (numbers and positions of the others do not
/// change) and keep their types for RestoreSeats.
class RemoveSeats : public SeatEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveSeats)

public:
    RemoveSeats(LayoutDocument *document, const QList<SeatRef> &seats, int gesture = 0,
                QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void editSeat(LayoutRow &row, int position) const override;
};

/// Puts removed seats back.
class RestoreSeats : public SeatEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreSeats)

public:
    RestoreSeats(LayoutDocument *document, const QList<SeatRef> &seats, int gesture = 0,
                 QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void editSeat(LayoutRow &row, int position) const override;
};

} // namespace Tribina
