#include "layout/commands/venuecommands.h"

#include "layout/layoutdocument.h"

namespace Tribina {

SetVenueDetails::SetVenueDetails(LayoutDocument *document, const VenueDetails &venue, QUndoCommand *parent)
    : QUndoCommand(tr("Change stadium properties"), parent)
    , m_document(document)
    , m_before(document->layout().venue())
    , m_after(venue)
{
}

void SetVenueDetails::redo()
{
    m_document->setVenue(m_after);
}

void SetVenueDetails::undo()
{
    m_document->setVenue(m_before);
}

} // namespace Tribina
