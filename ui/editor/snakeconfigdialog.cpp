#include "editor/snakeconfigdialog.h"

#include "layout/layoutsector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace Tribina {

SnakeConfigDialog::SnakeConfigDialog(const LayoutSector &sector, QWidget *parent)
    : QDialog(parent)
    , m_original(sector.snakeConfig())
    , m_enabled(new QCheckBox(tr("Sell this sector in snake order"), this))
    , m_bestRow(new QSpinBox(this))
    , m_traversal(new QComboBox(this))
    , m_strategy(new QComboBox(this))
{
    setWindowTitle(tr("Snake order: %1").arg(sector.code()));
    m_bestRow->setRange(1, qMax(1, int(sector.rows().size())));
    m_traversal->addItem(tr("Best row, then the rows behind it"),
                         int(TraversalDirection::TopToBottom));
    m_traversal->addItem(tr("Best row, then the rows in front of it"),
                         int(TraversalDirection::BottomToTop));
    m_strategy->addItem(tr("From the middle outwards"), int(RowStrategy::CenterOutward));
    m_strategy->addItem(tr("Left to right"), int(RowStrategy::LeftToRight));
    m_strategy->addItem(tr("Right to left"), int(RowStrategy::RightToLeft));

    const SnakeConfig current = m_original.value_or(SnakeConfig{});
    m_enabled->setChecked(m_original.has_value());
    m_bestRow->setValue(current.bestRow + 1);
    m_traversal->setCurrentIndex(m_traversal->findData(int(current.traversal)));
    m_strategy->setCurrentIndex(m_strategy->findData(int(current.strategy)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto enable = [this](bool on) {
        m_bestRow->setEnabled(on);
        m_traversal->setEnabled(on);
        m_strategy->setEnabled(on);
    };
    connect(m_enabled, &QCheckBox::toggled, this, enable);
    enable(m_enabled->isChecked());

    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("Best row"), m_bestRow);
    form->addRow(tr("Then"), m_traversal);
    form->addRow(tr("Within a row"), m_strategy);
    form->addRow(buttons);
}

std::optional<SnakeConfig> SnakeConfigDialog::config() const
{
    if (!m_enabled->isChecked())
        return std::nullopt;
    SnakeConfig config = m_original.value_or(SnakeConfig{});
    config.bestRow = m_bestRow->value() - 1;
    config.traversal = TraversalDirection(m_traversal->currentData().toInt());
    config.strategy = RowStrategy(m_strategy->currentData().toInt());
    return config;
}

} // namespace Tribina
