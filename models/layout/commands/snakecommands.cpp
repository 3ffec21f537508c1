#include "layout/commands/snakecommands.h"

#include "layout/layoutdocument.h"

namespace Tribina {

SetSnakeConfig::SetSnakeConfig(LayoutDocument *document, int sectorId, const std::optional<SnakeConfig> &config,
                               QUndoCommand *parent)
    : SectorSnapshotCommand(document, {sectorId}, QString(), parent), m_config(config)
{
    const LayoutSector *sector = document->sector(sectorId);
    const QString code = sector ? sector->code() : QString();
    setText(config ? tr("Set snake of sector %1").arg(code) : tr("Clear snake of sector %1").arg(code));
}

void SetSnakeConfig::apply(LayoutSector &sector) const
{
    sector.setSnakeConfig(m_config);
}

} // namespace Tribina
