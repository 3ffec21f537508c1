#include "quantitypanel.h"

#include "domain/money.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tribina {

QuantityPanel::QuantityPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_table(new QTableWidget(0, 4, this))
    , m_quantity(new QSpinBox(this))
    , m_hold(new QPushButton(this))
{
    setObjectName(QStringLiteral("quantityPanel"));
    m_table->setObjectName(QStringLiteral("quantitySectors"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_quantity->setObjectName(QStringLiteral("quantityPlaces"));
    m_quantity->setRange(1, 20);
    m_quantity->setValue(1);
    m_hold->setObjectName(QStringLiteral("quantityHold"));
    m_hold->setAutoDefault(false);
    connect(m_hold, &QPushButton::clicked, this, &QuantityPanel::requestHold);
    m_table->installEventFilter(this);
    m_quantity->installEventFilter(this);

    auto *quantityLabel = new QLabel(this);
    quantityLabel->setObjectName(QStringLiteral("quantityLabel"));
    quantityLabel->setBuddy(m_quantity);
    auto *row = new QHBoxLayout;
    row->addWidget(quantityLabel);
    row->addWidget(m_quantity);
    row->addStretch(1);
    row->addWidget(m_hold);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(row);
    retranslate();
}

void QuantityPanel::retranslate()
{
    setTitle(tr("Free seating: places per sector"));
    m_table->setHorizontalHeaderLabels({tr("Sector"), tr("Category"), tr("Price"), tr("Available")});
    if (auto *label = findChild<QLabel *>(QStringLiteral("quantityLabel")))
        label->setText(tr("&Places:"));
    m_hold->setText(tr("Hold (Enter)"));
    m_hold->setToolTip(tr("Hold this many places of the chosen sector for you; the server picks free places."));
    setSectors(m_sectors);
}

void QuantityPanel::setSectors(const QList<QuantitySector> &sectors)
{
    const QUuid current = currentSector();
    m_sectors = sectors;
    const QLocale locale;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(sectors.size()));
    for (int row = 0; row < sectors.size(); ++row) {
        const QuantitySector &s = sectors.at(row);
        const QStringList cells = {
            tr("%1 (%2)").arg(s.code, s.name),
            s.standing ? tr("%1, standing").arg(s.category) : s.category,
            Money(s.priceCents).format(locale),
            s.available > 0 ? locale.toString(s.available) : tr("sold out"),
        };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 0)
                item->setData(Qt::UserRole, s.sectorId);
            m_table->setItem(row, c, item);
        }
    }
    if (!selectSector(current) && !sectors.isEmpty())
        m_table->selectRow(0);
    // As tall as its rows (a few sectors), scrolling beyond six.
    const int rows = qBound(1, int(sectors.size()), 6);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
}

bool QuantityPanel::selectSector(const QUuid &sectorId)
{
    if (sectorId.isNull())
        return false;
    for (int row = 0; row < m_sectors.size(); ++row) {
        if (m_sectors.at(row).sectorId == sectorId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QUuid QuantityPanel::currentSector() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_sectors.size() ? m_sectors.at(row).sectorId : QUuid();
}

int QuantityPanel::quantity() const
{
    return m_quantity->value();
}

void QuantityPanel::setQuantity(int quantity)
{
    m_quantity->setValue(quantity);
}

void QuantityPanel::focusQuantity()
{
    m_quantity->setFocus(Qt::ShortcutFocusReason);
    m_quantity->selectAll();
}

void QuantityPanel::setHoldEnabled(bool enabled)
{
    m_hold->setEnabled(enabled);
}

void QuantityPanel::requestHold()
{
    const QUuid sector = currentSector();
    if (sector.isNull() || !m_hold->isEnabled())
        return;
    m_quantity->interpretText(); // a typed number counts before focus leaves the box
    emit holdRequested(sector, m_quantity->value());
}

bool QuantityPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            requestHold();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void QuantityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace Tribina
