#pragma once

#include "boxoffice/quantitysectors.h"

#include <QGroupBox>
#include <QList>
#include <QUuid>

class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Tribina {

/// The counter's quantity sale for free-seating and standing sectors: the sectors with their
/// price category, price and free places, a quantity and "Hold". Keyboard first: Enter in the
/// table or the quantity holds; Up/Down in the table pick the sector. The page does the holding
/// (holdRequested) and refreshes the list as the live map changes (setSectors).
class QuantityPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit QuantityPanel(QWidget *parent = nullptr);

    /// Replaces the list, keeping the chosen sector when it is still there.
    void setSectors(const QList<QuantitySector> &sectors);
    const QList<QuantitySector> &sectors() const { return m_sectors; }
    bool isEmpty() const { return m_sectors.isEmpty(); }

    /// Chooses the sector (a click on it on the map); false if it is not listed.
    bool selectSector(const QUuid &sectorId);
    QUuid currentSector() const;
    int quantity() const;
    void setQuantity(int quantity);
    /// Puts the keyboard focus on the quantity, its text selected.
    void focusQuantity();
    void setHoldEnabled(bool enabled);

    QTableWidget *table() const { return m_table; }
    QSpinBox *quantityBox() const { return m_quantity; }
    QPushButton *holdButton() const { return m_hold; }

signals:
    /// The clerk asked to hold quantity places of the sector.
    void holdRequested(const QUuid &sectorId, int quantity);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void requestHold();
    void retranslate();

    QList<QuantitySector> m_sectors;
    QTableWidget *m_table;
    QSpinBox *m_quantity;
    QPushButton *m_hold;
};

} // namespace Tribina
