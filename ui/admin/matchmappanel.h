#pragma once

#include "matchsetup/matchsetupservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace Tribina {

class ChangeListener;
class DbSession;
class MatchLiveFeed;
class SeatMapModel;
class SeatMapScene;
class SeatMapView;

/// Prices and seats of one match on its seat map: the price categories (name, price, colour),
/// the live map where the administrator selects seats (click, rubber band) or sectors (list),
/// paints a category on seats or sectors, sets a sector's purpose or status, and applies the
/// seat operations (block, unblock, official, technical, maintenance, quarantine, inactive),
/// each with a reason; a bulk operation reports the seats it skipped and why.
class MatchMapPanel : public QWidget
{
    Q_OBJECT
public:
    MatchMapPanel(MatchSetupService &service, DbSession &session, QWidget *parent = nullptr);

    void setChangeListener(ChangeListener *listener);
    /// Shows the match (loading its map when it is another one) with its categories and sectors.
    void setMatch(const SetupMatch &match, const MatchSetupService::Details &details);

    SeatMapView *view() const { return m_view; }
    SeatMapModel *model() const { return m_model; }
    MatchLiveFeed *feed() const { return m_feed; }

    /// Paints the category chosen in the combo box on the selected seats.
    void paintSelectedSeats();
    /// Runs a seat operation on the selection (target: seat_status spelling) with reason.
    void applySeatOperation(const QString &target, const QString &reason);

signals:
    /// Something of the match's configuration changed: the page re-reads it.
    void configurationChanged();
    void statusMessage(const QString &text);

private:
    void buildCategoryEditor(QWidget *box);
    void updatePalette();
    void updateSelectionLabel();
    void showCategoryInEditor();
    void saveCategory(bool asNew);
    void deleteCategory();
    void paintSectors();
    void setSectorValue(bool purpose);
    void askSeatOperation(const QString &target);
    QList<QUuid> selectedSectorIds() const;
    void fail(const QString &message);

    MatchSetupService &m_service;
    SetupMatch m_match;
    MatchSetupService::Details m_details;
    SeatMapModel *m_model;
    SeatMapScene *m_scene;
    SeatMapView *m_view;
    MatchLiveFeed *m_feed;
    QTableWidget *m_categoryTable;
    QLineEdit *m_categoryName;
    QLineEdit *m_categoryPrice;
    QPushButton *m_categoryColour;
    QString m_colour;
    QListWidget *m_sectorList;
    QComboBox *m_categoryCombo;
    QComboBox *m_purposeCombo;
    QComboBox *m_statusCombo;
    QToolButton *m_operations;
    QMenu *m_operationsMenu;
    QLabel *m_selectionLabel;
};

/// "30", "30.5", "1.234,50" → cents; false when it is not an amount.
bool parsePriceCents(const QString &text, qint64 *cents);
QString formatPriceCents(qint64 cents);

} // namespace Tribina
