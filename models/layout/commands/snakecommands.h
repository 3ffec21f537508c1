#pragma once

#include "allocation/snakeconfig.h"
#include "layout/commands/sectorsnapshotcommand.h"

#include <QCoreApplication>

#include <optional>

/// Undo commands on a sector's snake configuration (the best-seat ranking).

namespace Tribina {

class LayoutDocument;

/// Sets (or, with std::nullopt, clears) the snake configuration of a sector: best row,
/// traversal, within-row strategy and sub-sector grouping. The heat map follows from
/// LayoutDocument::snakeConfigChanged().
class SetSnakeConfig : public SectorSnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetSnakeConfig)

public:
    SetSnakeConfig(LayoutDocument *document, int sectorId, const std::optional<SnakeConfig> &config,
                   QUndoCommand *parent = nullptr);

protected:
    void apply(LayoutSector &sector) const override;

private:
    std::optional<SnakeConfig> m_config;
};

} // namespace Tribina
