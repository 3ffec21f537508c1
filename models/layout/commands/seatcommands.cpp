#include "layout/commands/seatcommands.h"

#include "layout/commands/undocommands.h"
#include "layout/layoutdocument.h"

namespace Tribina {

namespace {

QList<int> sectorsOf(const QList<SeatRef> &seats)
{
    QList<int> ids;
    for (const SeatRef &seat : seats) {
        if (!ids.contains(seat.sectorId))
            ids.append(seat.sectorId);
    }
    return ids;
}

QString typeName(SeatType type)
{
    switch (type) {
    case SeatType::Standard:
        return QCoreApplication::translate("SetSeatType", "Standard");
    case SeatType::Technical:
        return QCoreApplication::translate("SetSeatType", "Technical");
    case SeatType::Accessibility:
        return QCoreApplication::translate("SetSeatType", "Accessibility");
    case SeatType::Companion:
        return QCoreApplication::translate("SetSeatType", "Companion");
    }
    return {};
}

} // namespace

// SeatEditCommand

SeatEditCommand::SeatEditCommand(LayoutDocument *document, const QList<SeatRef> &seats, int gesture,
                                 QUndoCommand *parent)
    : SectorSnapshotCommand(document, sectorsOf(seats), QString(), parent), m_gesture(gesture)
{
    for (const SeatRef &seat : seats)
        m_seats[seat.sectorId].append(seat.seat);
}

QList<SeatRef> SeatEditCommand::seats() const
{
    QList<SeatRef> result;
    for (auto it = m_seats.cbegin(); it != m_seats.cend(); ++it) {
        for (const SeatKey &key : it.value())
            result.append({it.key(), key});
    }
    return result;
}

void SeatEditCommand::apply(LayoutSector &sector) const
{
    const QList<SeatKey> keys = m_seats.value(sector.id());
    QList<LayoutRow> rows = sector.rows();
    for (const SeatKey &key : keys) {
        // Seats of rows that no longer exist (a stale selection) are ignored, not an error.
        if (key.rowOrder < 0 || key.rowOrder >= rows.size() || key.seatIndex < 0
            || key.seatIndex >= rows.at(key.rowOrder).seatCount())
            continue;
        editSeat(rows[key.rowOrder], key.seatIndex);
    }
    sector.setRows(rows);
}

bool SeatEditCommand::mergeSeats(const SeatEditCommand &other)
{
    if (!sameGesture(m_gesture, other.m_gesture))
        return false;
    mergeSnapshots(other);
    for (auto it = other.m_seats.cbegin(); it != other.m_seats.cend(); ++it)
        m_seats[it.key()].append(it.value());
    return true;
}

// SetSeatType

SetSeatType::SetSeatType(LayoutDocument *document, const QList<SeatRef> &seats, SeatType type, int gesture,
                         QUndoCommand *parent)
    : SeatEditCommand(document, seats, gesture, parent), m_type(type)
{
    setText(tr("Set type of %n seat(s) to %1", nullptr, int(seats.size())).arg(typeName(type)));
}

int SetSeatType::id() const
{
    return SetSeatTypeCommandId;
}

bool SetSeatType::mergeWith(const QUndoCommand *other)
{
    const auto *set = static_cast<const SetSeatType *>(other);
    if (set->m_type != m_type || !mergeSeats(*set))
        return false;
    setText(tr("Set type of %n seat(s) to %1", nullptr, int(seats().size())).arg(typeName(m_type)));
    return true;
}

void SetSeatType::editSeat(LayoutRow &row, int position) const
{
    row.setSeatType(position, m_type);
}

// RemoveSeats

RemoveSeats::RemoveSeats(LayoutDocument *document, const QList<SeatRef> &seats, int gesture, QUndoCommand *parent)
    : SeatEditCommand(document, seats, gesture, parent)
{
    setText(tr("Remove %n seat(s)", nullptr, int(seats.size())));
}

int RemoveSeats::id() const
{
    return RemoveSeatsCommandId;
}

bool RemoveSeats::mergeWith(const QUndoCommand *other)
{
    if (!mergeSeats(*static_cast<const RemoveSeats *>(other)))
        return false;
    setText(tr("Remove %n seat(s)", nullptr, int(seats().size())));
    return true;
}

void RemoveSeats::editSeat(LayoutRow &row, int position) const
{
    row.setRemoved(position, true);
}

// RestoreSeats

RestoreSeats::RestoreSeats(LayoutDocument *document, const QList<SeatRef> &seats, int gesture,
                           QUndoCommand *parent)
    : SeatEditCommand(document, seats, gesture, parent)
{
    setText(tr("Restore %n seat(s)", nullptr, int(seats.size())));
}

int RestoreSeats::id() const
{
    return RestoreSeatsCommandId;
}

bool RestoreSeats::mergeWith(const QUndoCommand *other)
{
    if (!mergeSeats(*static_cast<const RestoreSeats *>(other)))
        return false;
    setText(tr("Restore %n seat(s)", nullptr, int(seats().size())));
    return true;
}

void RestoreSeats::editSeat(LayoutRow &row, int position) const
{
    row.setRemoved(position, false);
}

} // namespace Tribina
