#pragma once

#include "boxoffice/saletypes.h"
#include "cache/cachedmatch.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUuid>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace Tribina {

class CounterService;
class DbSession;
class HolderForm;
class HoldTokenRegistry;
class LiveSeatMap;
class MatchBestAvailable;
class MatchDeltaSync;
class MatchWheelchairPlaces;
class MatchSnapshotStore;
class QuantityPanel;
class SeatMapLegend;
class SeatMapModel;
class SeatMapScene;
class SeatMapView;

/// The box-office counter (role tribina_box_office, and admins): pick a match, choose seats on
/// the live map (click, rubber band, or Best N by the snake), hold them for this workstation
/// while the clerk enters one holder per ticket, see the price breakdown, take the payment and
/// sell; tickets and a receipt print (PDF when there is no printer). Refunds and the shift (open
/// with a float, running totals, close with counted cash and a report) are here too.
///
/// Wheelchair places come with the companion seat beside them: Best N in wheelchair mode (the
/// "Wheelchair places" box, Alt+W, or Shift+F3) holds N such pairs, and a wheelchair place
/// clicked on the map brings its free companion seat along (MatchWheelchairPlaces).
///
/// Keyboard first (shortcuts in the tooltips): F2 open shift, F3 Best N, F4 focus the quantity,
/// F6 refund, F9 sell, F10 close shift, Esc cancel (releases the holds). A USB scanner works
/// without focusing a field (enableScanner()): an OIB goes to the next holder without one, a
/// ticket barcode opens the refund.
///
/// The map comes from the workstation cache at once and follows the server live
/// (MatchDeltaSync); when the session is disconnected a banner says so, selling is disabled and
/// nothing typed is lost.
class CounterPage : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        QString cachePath;       ///< empty: MatchSnapshotStore::defaultPath()
        bool restoreHolds = true; ///< release a crashed session's holds (token kept in settings)
    };
    CounterPage(DbSession &session, QWidget *parent = nullptr);
    CounterPage(DbSession &session, const Options &options, QWidget *parent = nullptr);
    ~CounterPage() override;

    /// Reacts to a keyboard-wedge scanner anywhere in the application.
    void enableScanner();

    CounterService *service() const { return m_service; }
    MatchDeltaSync *deltaSync() const { return m_sync; }
    LiveSeatMap *liveMap() const { return m_live; }
    SeatMapModel *seatModel() const { return m_model.get(); }
    SeatMapView *seatView() const { return m_view; }
    /// Free-seating and standing sectors: places held by quantity (hidden when there are none).
    QuantityPanel *quantityPanel() const { return m_quantityPanel; }

    /// The match shown when the page opens: the one this workstation's clerk chose last, if on sale.
    QUuid matchToShowFirst() const;
    /// The clerk's choice (remembered for the next start).
    void selectMatch(const QUuid &matchId);
    QUuid currentMatch() const { return m_matchId; }
    QUuid shiftId() const { return m_shiftId; }
    /// Seats (global indices) held for this clerk now.
    QList<int> heldSeats() const { return m_held; }
    QList<HolderForm *> holderForms() const { return m_forms; }
    /// The message line's text (errors and confirmations).
    QString message() const;
    /// Files written by the last sale (tickets PDF, receipt PDF) when there was no printer.
    QStringList lastOutputFiles() const { return m_lastFiles; }

    void bestAvailable();
    /// Best N in wheelchair mode: the quantity counts wheelchair places, each held with the free
    /// companion seat beside it (the "Wheelchair places" box ticked does the same for F3).
    void bestWheelchairPlaces();
    void openShift();
    void closeShift();
    void sell();
    void cancel();
    void refund(const QString &ticketOrOrder = {});

signals:
    /// A sale completed (after printing).
    void sold(const Tribina::SaleReceipt &receipt);
    /// Holds changed (seats held for this clerk, possibly none).
    void holdsChanged();
    void messageChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Shows the match without remembering it as the clerk's choice.
    void openMatch(const QUuid &matchId);
    /// At start-up: matchToShowFirst(), once from the cache's list and again (while nothing is
    /// held) when the server's list arrives.
    void showFirstMatch();
    void buildUi();
    void createActions();
    void loadMatches();
    void mapReloaded();
    void updateAvailability();
    void updateEnabled();
    void setConnected(bool connected);
    void showMessage(const QString &text, bool error = false);
    void choose(const QList<int> &seats, bool together = true);
    void holdAnswered(const CounterResult<HoldResult> &result, const QList<int> &wanted, bool together);
    void rebuildForms();
    void requestPrices();
    void showPrices();
    void updateCountdown();
    void releaseHolds();
    void paymentAccepted(class PaymentDialog *dialog);
    void saleAnswered(const CounterResult<SaleReceipt> &result);
    void printSale(const SaleReceipt &receipt);
    void refreshShift();
    void scanned(const QString &code);
    QString seatText(int seat) const;
    QString seatTextOfInventory(const QUuid &inventoryId) const;
    void saveDrafts();
    // Quantity sale (free seating, standing; migration 0014).
    bool isQuantitySeat(int seat) const;
    void refreshQuantityPanel();
    /// A click or rubber band on a quantity sector picks it in the panel instead; true if so.
    bool chooseQuantitySector(const QList<int> &seats);
    void holdQuantity(const QUuid &sectorId, int quantity);
    /// A clerk's own choice with the free companion seat beside each wheelchair place in it.
    QList<int> withCompanions(const QList<int> &seats);
    /// Where wheelchair places with a free companion seat are left, beyond the clerk's choice.
    QString freePairsText(int category, int sector);

    DbSession &m_session;
    Options m_options;
    CounterService *m_service;
    std::unique_ptr<MatchSnapshotStore> m_store;
    MatchDeltaSync *m_sync;
    std::unique_ptr<SeatMapModel> m_model;
    LiveSeatMap *m_live;
    std::unique_ptr<MatchBestAvailable> m_best;
    std::unique_ptr<MatchWheelchairPlaces> m_wheelchair;
    std::unique_ptr<HoldTokenRegistry> m_tokens; ///< this counter's hold token among the workstation's
    SeatMapScene *m_scene = nullptr;
    SeatMapView *m_view = nullptr;
    SeatMapLegend *m_legend = nullptr;

    QLabel *m_banner = nullptr;
    QComboBox *m_matchPicker = nullptr;
    QLabel *m_shiftLabel = nullptr;
    QLabel *m_availability = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_sector = nullptr;
    QSpinBox *m_quantity = nullptr;
    QGroupBox *m_bestBox = nullptr;
    QWidget *m_bestForm = nullptr; ///< the Best N fields, folded while seats are held
    QuantityPanel *m_quantityPanel = nullptr;
    QCheckBox *m_wheelchairMode = nullptr;
    QLabel *m_holdLabel = nullptr;
    QVBoxLayout *m_formsLayout = nullptr;
    QTableWidget *m_prices = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_sellButton = nullptr;
    QAction *m_bestAction = nullptr;
    QAction *m_sellAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_openShiftAction = nullptr;
    QAction *m_closeShiftAction = nullptr;
    QAction *m_refundAction = nullptr;
    QAction *m_quantityAction = nullptr;
    QTimer *m_countdown = nullptr;

    QUuid m_matchId;
    bool m_firstMatchAutomatic = false; ///< shown by showFirstMatch(), not chosen by the clerk
    QUuid m_shiftId;
    bool m_connected = false;
    bool m_busy = false;
    bool m_settingSelection = false; ///< the page changes the map's selection itself
    QList<int> m_held;
    QList<QUuid> m_heldInventory;
    QDateTime m_holdUntil;
    QList<HolderForm *> m_forms;
    QHash<QUuid, TicketHolder> m_drafts; ///< typed holders by inventory id: nothing typed is lost
    QList<PriceLine> m_priceLines;
    QUuid m_saleKey; ///< the sale being attempted: retries reuse it
    QStringList m_lastFiles;
    QString m_pendingError; ///< an error to show again after the re-hold it caused
};

} // namespace Tribina
