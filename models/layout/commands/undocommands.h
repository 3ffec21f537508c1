#pragma once

/// Ids of the layout editor's mergeable undo commands (QUndoCommand::id()), in one enum so no
/// two command classes can share one by accident. QUndoStack only asks mergeWith() when two
/// consecutive commands have the same id; the commands themselves then merge only within one
/// gesture (LayoutDocument::newGesture()), so a drag is one undo step and the next drag is
/// another. Commands that never merge keep QUndoCommand's default id -1.

namespace Tribina {

enum UndoCommandId : int {
    MoveSectorCommandId = 1,
    RotateSectorCommandId,
    ChangeSectorPropertiesCommandId,
    SetSeatTypeCommandId,
    RemoveSeatsCommandId,
    RestoreSeatsCommandId,
};

} // namespace Tribina
