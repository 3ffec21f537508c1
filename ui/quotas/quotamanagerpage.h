#pragma once

#include "quotas/quotamap.h"
#include "quotas/quotaservice.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QTimer;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTreeWidget;

namespace Tribina {

class ChangeListener;
class DbSession;
class MatchDeltaSync;
class QuotaImportDialog;
class SeatMapModel;
class SeatMapScene;
class SeatMapView;

/// The Quotas module: a match's quotas in a table (counts, status, filter, sort), their seats on
/// the seat map in each quota's colour (hover names the quota), the sub-quota tree of the quota
/// selected, and the actions: create (dialog, then a preview of the proposed seats that the
/// administrator may adjust by clicking seats in and out within the allowed sectors before
/// committing), cancel (either type), CSV import, seat list and PDF summary export.
class QuotaManagerPage : public QWidget
{
    Q_OBJECT

public:
    explicit QuotaManagerPage(DbSession &session, QWidget *parent = nullptr);

    /// Loads the match list (and the first match).
    void reload();
    void selectMatch(const QUuid &matchId);
    QUuid currentMatch() const { return m_matchId; }

    /// Proposes seats for a new quota on the map; false (with the reason shown) when it cannot.
    bool propose(const QuotaDraft &draft);
    bool hasPreview() const { return m_draft.has_value(); }
    /// Map seats (global indices) of the proposal.
    QList<int> previewSeats() const;
    /// Clicks a map seat in or out of the proposal; false when it may not be (taken, not allowed).
    bool toggleSeat(int mapSeat);
    void commitPreview();
    void discardPreview();

    const QList<QuotaSummary> &quotas() const { return m_state.quotas; }
    /// Makes the quota the match's petrol station allocation (no confirmation; the "Use for petrol
    /// stations" button asks first); the answer comes with petrolMarked().
    void markPetrolAllocation(const QUuid &quotaId);
    /// The recipient of the match's petrol station allocation; empty when it has none.
    QString petrolAllocationRecipient() const;
    SeatMapModel *mapModel() const { return m_mapModel; }
    const QuotaMap &quotaMap() const { return m_map; }
    /// The hover text of a map seat (what the label under the map shows).
    QString describeSeat(int mapSeat) const;
    QString statusText() const;
    /// Cancels a quota (what the Cancel button does once its question is answered).
    void cancel(const QUuid &quotaId, QuotaCancellation type);
    /// The CSV import wizard for the current match, wired to reload the page after an import
    /// (what the Import button opens). The caller owns it.
    QuotaImportDialog *createImportDialog();

    /// The page follows its match by itself as the counter does (LISTEN on the session's
    /// connection and a 5 s catch-up poll, through MatchDeltaSync). A listener with a connection
    /// of its own may be added: re-reads the match when the database announces a change to it (a counter's sale, another
    /// administrator's quota); a proposal in progress keeps its seats that are still free.
    void setChangeListener(ChangeListener *listener);

signals:
    void matchLoaded();
    void committed(bool ok, const QString &message);
    void cancelled(bool ok, const QString &message);
    void petrolMarked(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void loadMatch();
    void showState();
    void fillTable();
    void updatePreviewLabel();
    void showSubquotas();
    QUuid selectedQuota() const;
    void createQuota();
    void cancelQuota();
    void usePetrolAllocation();
    void importCsv();
    void exportSeats(bool pdf);
    void setStatus(const QString &text);

    QuotaService m_service;
    QList<QuotaMatch> m_matches;
    QUuid m_matchId;
    QuotaMatchState m_state;
    QuotaMap m_map;
    std::optional<QuotaDraft> m_draft;
    QSet<int> m_previewSeats; ///< map seats
    QSet<int> m_allowedSectors; ///< inventory sector indices of the draft

    QComboBox *m_matchCombo = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QTreeWidget *m_tree = nullptr;
    SeatMapModel *m_mapModel = nullptr;
    SeatMapScene *m_scene = nullptr;
    SeatMapView *m_view = nullptr;
    QLabel *m_hover = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_previewLabel = nullptr;
    QPushButton *m_commit = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_petrolButton = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportPdf = nullptr;
    bool m_shownOnce = false;
    QUuid m_fittedMatch; ///< the match the view was last fitted to
    QTimer *m_reloadTimer = nullptr;
    MatchDeltaSync *m_sync = nullptr; ///< live updates, as the counter gets them
    QUuid m_followed;
};

} // namespace Tribina
