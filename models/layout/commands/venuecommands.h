#pragma once

#include "layout/stadiumlayout.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Tribina {

class LayoutDocument;

/// Changes the stadium's name, city, country, address and type as one undo step.
class SetVenueDetails : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetVenueDetails)

public:
    SetVenueDetails(LayoutDocument *document, const VenueDetails &venue, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    LayoutDocument *m_document;
    VenueDetails m_before;
    VenueDetails m_after;
};

} // namespace Tribina
