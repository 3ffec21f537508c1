#pragma once

#include "allocation/snakeconfig.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Tribina {

class LayoutSector;

/// How the best-seat ("snake") allocator orders one sector's seats: whether the sector has an
/// order at all, its best row, the direction from there and the order within a row. Sub-sector
/// blocks configured elsewhere (JSON) are kept as they are.
class SnakeConfigDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SnakeConfigDialog(const LayoutSector &sector, QWidget *parent = nullptr);

    std::optional<SnakeConfig> config() const;

private:
    std::optional<SnakeConfig> m_original;
    QCheckBox *m_enabled;
    QSpinBox *m_bestRow;
    QComboBox *m_traversal;
    QComboBox *m_strategy;
};

} // namespace Tribina
