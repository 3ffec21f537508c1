#include "quotas/quotamanagerpage.h"

#include "cache/matchdeltasync.h"
#include "cache/matchsnapshotstore.h"
#include "db/changelistener.h"
#include "quotas/quotadialog.h"
#include "quotas/quotaexport.h"
#include "quotas/quotaimportdialog.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmappainter.h"
#include "seatmap/seatmappalette.h"
#include "seatmap/seatmaplegend.h"
#include "seatmap/seatmapscene.h"
#include "seatmap/seatmapview.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace Tribina {

namespace {

enum Column { Recipient, Email, Quantity, Allocated, Reserved, Sold, Delegated, Cancelled, Status, Algorithm, Expires, Petrol,
              ColumnCount };

QString petrolRefusal(const QString &recipient)
{
    return QuotaManagerPage::tr("This match already has a petrol station allocation (%1). A match has only one: "
                                "cancel that quota first.").arg(recipient);
}

QString statusName(const QString &status)
{
    if (status == QLatin1String("PENDING"))
        return QuotaManagerPage::tr("Pending");
    if (status == QLatin1String("ACTIVE"))
        return QuotaManagerPage::tr("Active");
    if (status == QLatin1String("PAST_DEADLINE"))
        return QuotaManagerPage::tr("Past deadline");
    if (status == QLatin1String("CANCELLED"))
        return QuotaManagerPage::tr("Cancelled");
    if (status == QLatin1String("FULLY_CLAIMED"))
        return QuotaManagerPage::tr("Fully claimed");
    return status;
}

} // namespace

QuotaManagerPage::QuotaManagerPage(DbSession &session, QWidget *parent)
    : QWidget(parent)
    , m_service(session)
{
    setObjectName(QStringLiteral("quotaManagerPage"));
    buildUi();
    // A burst of notifications (a 100-seat quota elsewhere) becomes one reload.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &QuotaManagerPage::loadMatch);

    // Live like the counter (CounterPage): LISTEN on the session's own connection plus the 5 s
    // catch-up poll. Any seat change of the match shown (a sale, another administrator's quota)
    // reloads it. Its own cache file, so it never competes with the counter's.
    const QString cache = QFileInfo(MatchSnapshotStore::defaultPath()).dir().filePath(QStringLiteral("quota-manager-cache.sqlite"));
    m_sync = new MatchDeltaSync(session, cache, this);
    m_sync->listenOnSession();
    m_sync->setPollInterval(5'000);
    connect(m_sync, &MatchDeltaSync::seatsChanged, this, [this](const QUuid &matchId, const QList<SeatDelta> &) {
        if (matchId == m_matchId)
            m_reloadTimer->start();
    });
    connect(m_sync, &MatchDeltaSync::tablesChanged, this, [this](const QUuid &matchId) {
        if (matchId == m_matchId)
            m_reloadTimer->start();
    });
}

void QuotaManagerPage::setChangeListener(ChangeListener *listener)
{
    connect(listener, &ChangeListener::matchChanged, this, [this](const QString &matchId) {
        if (QUuid::fromString(matchId) == m_matchId)
            m_reloadTimer->start();
    });
    connect(listener, &ChangeListener::resyncNeeded, m_reloadTimer, qOverload<>(&QTimer::start));
}

void QuotaManagerPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_matchCombo = new QComboBox(this);
    m_matchCombo->setObjectName(QStringLiteral("quotaMatch"));
    m_matchCombo->setMinimumContentsLength(30);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *create = new QPushButton(tr("New quota…"), this);
    create->setObjectName(QStringLiteral("newQuota"));
    auto *import = new QPushButton(tr("Import CSV…"), this);
    m_cancelButton = new QPushButton(tr("Cancel quota…"), this);
    m_petrolButton = new QPushButton(tr("Use for petrol stations…"), this);
    m_petrolButton->setObjectName(QStringLiteral("usePetrol"));
    m_petrolButton->setToolTip(tr("Make the selected quota this match's petrol station allocation: "
                                  "PIN redemptions at petrol stations take their seats from it."));
    m_exportCsv = new QPushButton(tr("Export seats (CSV)…"), this);
    m_exportPdf = new QPushButton(tr("Summary (PDF)…"), this);
    top->addWidget(new QLabel(tr("Match:"), this));
    top->addWidget(m_matchCombo, 1);
    top->addWidget(refresh);
    top->addWidget(create);
    top->addWidget(import);
    top->addWidget(m_cancelButton);
    top->addWidget(m_petrolButton);
    top->addWidget(m_exportCsv);
    top->addWidget(m_exportPdf);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit(left);
    m_filter->setPlaceholderText(tr("Filter by recipient or e-mail"));
    m_filter->setClearButtonEnabled(true);
    m_statusFilter = new QComboBox(left);
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const char *s : {"PENDING", "ACTIVE", "PAST_DEADLINE", "CANCELLED", "FULLY_CLAIMED"})
        m_statusFilter->addItem(statusName(QLatin1String(s)), QLatin1String(s));
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_statusFilter);
    leftLayout->addLayout(filters);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Recipient"), tr("E-mail"), tr("Quantity"), tr("Allocated"), tr("Reserved"),
                                        tr("Sold"), tr("Delegated"), tr("Cancelled"), tr("Status"), tr("Algorithm"),
                                        tr("Expires"), tr("Petrol")});
    m_model->horizontalHeaderItem(Petrol)->setToolTip(tr("The match's petrol station allocation"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::UserRole + 1);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("quotaTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_table, 3);

    m_tree = new QTreeWidget(left);
    m_tree->setObjectName(QStringLiteral("subquotaTree"));
    m_tree->setHeaderLabels({tr("Recipient"), tr("E-mail"), tr("Quantity"), tr("Seats"), tr("Status"), tr("Expires")});
    leftLayout->addWidget(new QLabel(tr("Sub-quotas of the selected quota:"), left));
    leftLayout->addWidget(m_tree, 1);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_mapModel = new SeatMapModel(this);
    m_scene = new SeatMapScene(m_mapModel, this);
    m_view = new SeatMapView(right);
    m_view->setObjectName(QStringLiteral("quotaMap"));
    m_view->setSeatMapScene(m_scene);
    m_view->setSelectionEnabled(false); // clicks go to the proposal, see toggleSeat()
    rightLayout->addWidget(m_view, 1);
    rightLayout->addWidget(new SeatMapLegend(m_scene, right));
    m_hover = new QLabel(right);
    m_hover->setObjectName(QStringLiteral("quotaHover"));
    rightLayout->addWidget(m_hover);
    auto *previewRow = new QHBoxLayout;
    m_previewLabel = new QLabel(right);
    m_previewLabel->setWordWrap(true);
    m_commit = new QPushButton(tr("Allocate these seats"), right);
    m_commit->setObjectName(QStringLiteral("commitPreview"));
    m_discard = new QPushButton(tr("Discard"), right);
    previewRow->addWidget(m_previewLabel, 1);
    previewRow->addWidget(m_commit);
    previewRow->addWidget(m_discard);
    rightLayout->addLayout(previewRow);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("quotaStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    updatePreviewLabel();

    connect(m_matchCombo, &QComboBox::activated, this, [this](int index) {
        selectMatch(m_matchCombo->itemData(index).toUuid());
    });
    connect(refresh, &QPushButton::clicked, this, &QuotaManagerPage::loadMatch);
    connect(create, &QPushButton::clicked, this, &QuotaManagerPage::createQuota);
    connect(import, &QPushButton::clicked, this, &QuotaManagerPage::importCsv);
    connect(m_cancelButton, &QPushButton::clicked, this, &QuotaManagerPage::cancelQuota);
    connect(m_petrolButton, &QPushButton::clicked, this, &QuotaManagerPage::usePetrolAllocation);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportSeats(false); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportSeats(true); });
    connect(m_commit, &QPushButton::clicked, this, &QuotaManagerPage::commitPreview);
    connect(m_discard, &QPushButton::clicked, this, &QuotaManagerPage::discardPreview);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] { fillTable(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSubquotas(); });
    connect(m_view, &SeatMapView::seatClicked, this, [this](int seat) { toggleSeat(seat); });
    connect(m_view, &SeatMapView::hoverChanged, this, [this](int seat, const QString &description) {
        const QString text = seat >= 0 ? describeSeat(seat) : description;
        m_hover->setText(text);
        m_view->viewport()->setToolTip(text);
    });
}

void QuotaManagerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        reload();
    }
}

void QuotaManagerPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString QuotaManagerPage::statusText() const
{
    return m_status->text();
}

void QuotaManagerPage::reload()
{
    m_service.matches().then(this, [this](const QuotaResult<QList<QuotaMatch>> &r) {
        if (!r.outcome) {
            setStatus(r.outcome.error());
            return;
        }
        m_matches = r.value;
        m_matchCombo->clear();
        for (const QuotaMatch &m : m_matches)
            m_matchCombo->addItem(m.title, m.id);
        if (m_matches.isEmpty()) {
            setStatus(tr("There are no matches with a stadium layout yet."));
            return;
        }
        bool keep = false;
        for (const QuotaMatch &m : m_matches)
            keep = keep || m.id == m_matchId;
        selectMatch(keep ? m_matchId : m_matches.first().id);
    });
}

void QuotaManagerPage::selectMatch(const QUuid &matchId)
{
    m_matchId = matchId;
    const int index = m_matchCombo->findData(matchId);
    if (index >= 0)
        m_matchCombo->setCurrentIndex(index);
    discardPreview();
    loadMatch();
}

void QuotaManagerPage::loadMatch()
{
    if (m_matchId.isNull())
        return;
    setStatus(tr("Loading…"));
    const QUuid match = m_matchId;
    if (m_followed != match) {
        if (!m_followed.isNull())
            m_sync->unfollow(m_followed);
        m_sync->follow(match);
        m_followed = match;
    }
    m_service.loadMatch(match).then(this, [this, match](const QuotaResult<QuotaMatchState> &r) {
        if (match != m_matchId)
            return; // another match was chosen meanwhile
        if (!r.outcome) {
            setStatus(r.outcome.error());
            return;
        }
        m_state = r.value;
        showState();
        setStatus(tr("%n quota(s).", nullptr, int(m_state.quotas.size())));
        emit matchLoaded();
    });
}

void QuotaManagerPage::showState()
{
    QList<QUuid> ids;
    QStringList names;
    for (const QuotaSummary &q : std::as_const(m_state.quotas)) {
        if (q.status == QLatin1String("CANCELLED"))
            continue;
        ids.append(q.id);
        names.append(q.recipientName);
    }
    m_map = QuotaMap::build(*m_state.inventory, m_state.owners, ids, names, m_state.snapshot.get());
    SeatMapPalette palette = m_scene->palette();
    palette.setCategories(m_map.categories);
    m_scene->setPalette(palette);
    m_mapModel->reset(m_map.data);
    if (m_fittedMatch != m_matchId) {
        // Only for a newly shown match: a live reload keeps the administrator's zoom. The whole
        // stadium at the far level of detail shows sectors, not seats, so the quotas' colours
        // would not show: open at the seat level, centred on the pitch, when the fit is smaller.
        m_fittedMatch = m_matchId;
        m_view->fitToView();
        if (m_view->pixelsPerMetre() < SeatMapPainter::MiddleScale)
            m_view->setZoom(SeatMapPainter::MiddleScale * 1.05, QPointF(0, 0));
    }
    fillTable();
    if (m_draft) {
        // Keep the proposal's seats that are still free.
        QList<int> keep;
        for (int seat : std::as_const(m_previewSeats)) {
            const int id = seat < int(m_map.inventorySeatOfMapSeat.size()) ? m_map.inventorySeatOfMapSeat[size_t(seat)] : -1;
            if (id >= 0 && m_state.inventory->allocation().isFree(id))
                keep.append(seat);
        }
        m_previewSeats = QSet<int>(keep.cbegin(), keep.cend());
        m_mapModel->select(keep);
    }
    updatePreviewLabel();
}

void QuotaManagerPage::fillTable()
{
    m_model->setRowCount(0);
    const QString wanted = m_statusFilter->currentData().toString();
    const QLocale locale;
    for (const QuotaSummary &q : std::as_const(m_state.quotas)) {
        if (!wanted.isEmpty() && q.status != wanted)
            continue;
        QList<QStandardItem *> row;
        auto add = [&](const QString &text, const QVariant &sortKey) {
            auto *item = new QStandardItem(text);
            item->setData(sortKey, Qt::UserRole + 1);
            item->setData(q.id, Qt::UserRole);
            row.append(item);
        };
        add(q.recipientName, q.recipientName.toLower());
        add(q.recipientEmail, q.recipientEmail);
        add(QString::number(q.quantity), q.quantity);
        add(QString::number(q.allocated), q.allocated);
        add(QString::number(q.reserved), q.reserved);
        add(QString::number(q.sold), q.sold);
        add(QString::number(q.delegated), q.delegated);
        add(QString::number(q.cancelled), q.cancelled);
        add(statusName(q.status), q.status);
        add(QString(sqlValue(q.algorithm)), QString(sqlValue(q.algorithm)));
        add(locale.toString(q.expirationDate, QLocale::ShortFormat), q.expirationDate);
        // A cancelled quota no longer is the allocation (the one-per-match index ignores it).
        const bool petrol = q.petrolAllocation && q.status != QLatin1String("CANCELLED");
        add(petrol ? tr("Petrol stations") : QString(), petrol ? 1 : 0);
        if (petrol)
            row.at(Petrol)->setToolTip(tr("Petrol station allocation: PIN redemptions at petrol stations "
                                          "take their seats from this quota."));
        const int colour = m_map.quotas.indexOf(q.id);
        if (colour >= 0)
            row.first()->setData(QuotaMap::quotaColour(colour), Qt::DecorationRole);
        if (q.status == QLatin1String("PAST_DEADLINE"))
            row.at(Status)->setForeground(QColor(0xB0, 0x30, 0x00));
        m_model->appendRow(row);
    }
}

QUuid QuotaManagerPage::selectedQuota() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(Qt::UserRole).toUuid() : QUuid();
}

void QuotaManagerPage::showSubquotas()
{
    m_tree->clear();
    const QUuid quota = selectedQuota();
    if (quota.isNull())
        return;
    if (!m_draft) {
        // Show the quota's seats as the selection.
        QList<int> seats;
        const int index = m_map.quotas.indexOf(quota);
        for (int s = 0; s < int(m_map.quotaOfMapSeat.size()); ++s) {
            if (index >= 0 && m_map.quotaOfMapSeat[size_t(s)] == index)
                seats.append(s);
        }
        m_mapModel->select(seats);
    }
    m_service.subquotaTree(quota).then(this, [this, quota](const QuotaResult<QList<SubquotaNode>> &r) {
        if (!r.outcome || quota != selectedQuota())
            return;
        QTreeWidgetItem *root = nullptr;
        const QLocale locale;
        for (const SubquotaNode &n : r.value) {
            const QStringList cells{n.recipientName, n.recipientEmail, QString::number(n.quantity), QString::number(n.seats),
                                    statusName(n.status), locale.toString(n.expiresAt.date(), QLocale::ShortFormat)};
            if (n.depth == 0) {
                root = new QTreeWidgetItem(m_tree, cells);
            } else {
                new QTreeWidgetItem(root ? root : m_tree->invisibleRootItem(), cells);
            }
        }
        m_tree->expandAll();
    });
}

QString QuotaManagerPage::describeSeat(int mapSeat) const
{
    if (mapSeat < 0 || mapSeat >= m_mapModel->seatCount())
        return {};
    QString text = m_mapModel->describeSeat(mapSeat);
    const int quota = mapSeat < int(m_map.quotaOfMapSeat.size()) ? m_map.quotaOfMapSeat[size_t(mapSeat)] : -1;
    if (quota >= 0)
        text = tr("%1 — quota: %2").arg(text, m_map.quotaNames.value(quota));
    else if (m_previewSeats.contains(mapSeat) && m_draft)
        text = tr("%1 — proposed for %2").arg(text, m_draft->recipientName);
    return text;
}

void QuotaManagerPage::createQuota()
{
    if (!m_state.inventory) {
        setStatus(tr("Choose a match first."));
        return;
    }
    QDate expiration;
    for (const QuotaMatch &m : std::as_const(m_matches)) {
        if (m.id == m_matchId)
            expiration = m.kickOff.date();
    }
    QList<QuotaSector> sectors = m_state.inventory->sectors();
    QuotaDialog dialog(m_matchId, sectors, expiration, this);
    if (m_draft)
        dialog.setDraft(*m_draft);
    dialog.setExistingPetrolAllocation(petrolAllocationRecipient());
    if (dialog.exec() == QDialog::Accepted)
        propose(dialog.draft());
}

bool QuotaManagerPage::propose(const QuotaDraft &draft)
{
    if (!m_state.inventory)
        return false;
    if (const QString petrol = petrolAllocationRecipient(); draft.petrolAllocation && !petrol.isEmpty()) {
        setStatus(petrolRefusal(petrol)); // the database refuses it too (one per match)
        return false;
    }
    const QList<int> sectors = m_state.inventory->sectorIndices(draft.sectorIds);
    const QuotaAllocation chosen = QuotaAllocator(m_state.inventory->allocation()).allocate(draft.algorithm, draft.quantity, sectors);
    if (!chosen.ok()) {
        setStatus(chosen.error);
        return false;
    }
    m_draft = draft;
    m_allowedSectors = QSet<int>(sectors.cbegin(), sectors.cend());
    m_previewSeats.clear();
    QList<int> mapSeats;
    for (int id : chosen.seats) {
        const int seat = m_map.mapSeatOfInventorySeat[size_t(id)];
        if (seat >= 0) {
            m_previewSeats.insert(seat);
            mapSeats.append(seat);
        }
    }
    m_mapModel->select(mapSeats);
    setStatus(tr("Proposed %n seat(s) for %1: click seats to take them out or add free ones in the allowed sectors, then allocate.",
                 nullptr, int(mapSeats.size())).arg(draft.recipientName));
    updatePreviewLabel();
    return true;
}

QList<int> QuotaManagerPage::previewSeats() const
{
    QList<int> seats(m_previewSeats.cbegin(), m_previewSeats.cend());
    std::sort(seats.begin(), seats.end());
    return seats;
}

bool QuotaManagerPage::toggleSeat(int mapSeat)
{
    if (!m_draft || mapSeat < 0 || mapSeat >= int(m_map.inventorySeatOfMapSeat.size()))
        return false;
    if (m_previewSeats.remove(mapSeat)) {
        m_mapModel->select({mapSeat}, SeatMapModel::SelectionMode::Remove);
        updatePreviewLabel();
        return true;
    }
    const int id = m_map.inventorySeatOfMapSeat[size_t(mapSeat)];
    const MatchInventory &inventory = *m_state.inventory;
    if (id < 0 || !(inventory.allocation().isFree(id) || inventory.seats()[size_t(id)].clickable)) {
        setStatus(tr("That seat is not free."));
        return false;
    }
    if (!m_allowedSectors.contains(inventory.seats()[size_t(id)].sector)) {
        setStatus(tr("That seat is not in one of the quota's sectors."));
        return false;
    }
    if (m_previewSeats.size() >= m_draft->quantity) {
        setStatus(tr("The quota has %n seat(s) already; take one out first.", nullptr, m_draft->quantity));
        return false;
    }
    m_previewSeats.insert(mapSeat);
    m_mapModel->select({mapSeat}, SeatMapModel::SelectionMode::Add);
    updatePreviewLabel();
    return true;
}

void QuotaManagerPage::updatePreviewLabel()
{
    const bool active = m_draft.has_value();
    m_commit->setEnabled(active && !m_previewSeats.isEmpty());
    m_discard->setEnabled(active);
    m_previewLabel->setText(active ? tr("Proposal for %1: %2 of %3 seats.")
                                         .arg(m_draft->recipientName).arg(m_previewSeats.size()).arg(m_draft->quantity)
                                   : tr("Create a quota to see its proposed seats here."));
}

void QuotaManagerPage::discardPreview()
{
    m_draft.reset();
    m_previewSeats.clear();
    m_allowedSectors.clear();
    if (m_mapModel)
        m_mapModel->clearSelection();
    if (m_commit)
        updatePreviewLabel();
}

void QuotaManagerPage::commitPreview()
{
    if (!m_draft || m_previewSeats.isEmpty())
        return;
    QList<int> ids;
    for (int seat : previewSeats())
        ids.append(m_map.inventorySeatOfMapSeat[size_t(seat)]);
    const QList<QUuid> inventoryIds = m_state.inventory->inventoryIds(ids);
    // A quota may start with fewer seats than its quantity when the administrator took some
    // out; it is created for its full quantity and can be topped up later.
    m_commit->setEnabled(false);
    const QuotaDraft draft = *m_draft;
    m_service.createWithSeats(draft, inventoryIds).then(this, [this, draft](const QuotaResult<QUuid> &r) {
        if (!r.outcome) {
            setStatus(r.outcome.error());
            updatePreviewLabel();
            emit committed(false, r.outcome.error());
            loadMatch(); // the seats taken meanwhile show as taken; the proposal keeps the rest
            return;
        }
        const QString message = draft.petrolAllocation
            ? tr("Quota for %1 created with %n seat(s) as the petrol station allocation.", nullptr, int(m_previewSeats.size()))
                  .arg(draft.recipientName)
            : tr("Quota for %1 created with %n seat(s).", nullptr, int(m_previewSeats.size())).arg(draft.recipientName);
        discardPreview();
        setStatus(message);
        emit committed(true, message);
        loadMatch();
    });
}

void QuotaManagerPage::cancelQuota()
{
    const QUuid quota = selectedQuota();
    if (quota.isNull()) {
        setStatus(tr("Select a quota in the table first."));
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Cancel quota"),
                    tr("Which seats go back on sale? Sold tickets are never touched."), QMessageBox::NoButton, this);
    QPushButton *all = box.addButton(tr("All unused (allocated and reserved)"), QMessageBox::AcceptRole);
    QPushButton *unfulfilled = box.addButton(tr("Unfulfilled only (allocated; reservations stay)"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    QuotaCancellation type;
    if (box.clickedButton() == all)
        type = QuotaCancellation::AllUnused;
    else if (box.clickedButton() == unfulfilled)
        type = QuotaCancellation::UnfulfilledOnly;
    else
        return;
    cancel(quota, type);
}

void QuotaManagerPage::cancel(const QUuid &quota, QuotaCancellation type)
{
    m_service.cancel(quota, type).then(this, [this](const QuotaResult<int> &r) {
        const QString message = r.outcome ? tr("Quota cancelled; %n seat(s) are on sale again.", nullptr, r.value) : r.outcome.error();
        setStatus(message);
        emit cancelled(r.outcome.ok(), message);
        loadMatch();
    });
}

QuotaImportDialog *QuotaManagerPage::createImportDialog()
{
    auto *dialog = new QuotaImportDialog(m_service, m_matches, m_matchId, this);
    connect(dialog, &QuotaImportDialog::imported, this, [this] { loadMatch(); });
    return dialog;
}

QString QuotaManagerPage::petrolAllocationRecipient() const
{
    // As the database's one-per-match index: a cancelled quota no longer counts.
    for (const QuotaSummary &q : std::as_const(m_state.quotas)) {
        if (q.petrolAllocation && q.status != QLatin1String("CANCELLED"))
            return q.recipientName;
    }
    return {};
}

void QuotaManagerPage::usePetrolAllocation()
{
    const QUuid quota = selectedQuota();
    if (quota.isNull()) {
        setStatus(tr("Select a quota in the table first."));
        return;
    }
    QString recipient;
    for (const QuotaSummary &q : std::as_const(m_state.quotas)) {
        if (q.id == quota)
            recipient = q.recipientName;
    }
    const auto answer = QMessageBox::question(
        this, tr("Petrol station allocation"),
        tr("Use the quota for %1 as this match's petrol station allocation? PIN redemptions at petrol stations "
           "will take its free seats. A match has only one; to stop using it, cancel the quota.").arg(recipient));
    if (answer == QMessageBox::Yes)
        markPetrolAllocation(quota);
}

void QuotaManagerPage::markPetrolAllocation(const QUuid &quotaId)
{
    m_service.markPetrolAllocation(quotaId).then(this, [this, quotaId](const QuotaResult<bool> &r) {
        QString recipient;
        for (const QuotaSummary &q : std::as_const(m_state.quotas)) {
            if (q.id == quotaId)
                recipient = q.recipientName;
        }
        const QString message = r.outcome ? tr("The quota for %1 is now the petrol station allocation.").arg(recipient)
                                          : r.outcome.error();
        setStatus(message);
        emit petrolMarked(r.outcome.ok(), message);
        loadMatch();
    });
}

void QuotaManagerPage::importCsv()
{
    std::unique_ptr<QuotaImportDialog> dialog(createImportDialog());
    dialog->exec();
}

void QuotaManagerPage::exportSeats(bool pdf)
{
    const QUuid quota = selectedQuota();
    if (quota.isNull()) {
        setStatus(tr("Select a quota in the table first."));
        return;
    }
    QuotaSummary summary;
    for (const QuotaSummary &q : std::as_const(m_state.quotas)) {
        if (q.id == quota)
            summary = q;
    }
    const QString suggested = QStringLiteral("%1.%2").arg(summary.recipientName.simplified().replace(u' ', u'-'),
                                                          pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString fileName = QFileDialog::getSaveFileName(this, pdf ? tr("Quota summary") : tr("Quota seat list"), suggested,
                                                          pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    const QString title = m_matchCombo->currentText();
    m_service.seatsOf(quota).then(this, [this, fileName, pdf, summary, title](const QuotaResult<QList<QuotaSeatRow>> &r) {
        Outcome outcome = r.outcome;
        if (outcome)
            outcome = pdf ? QuotaExport::writeSummaryPdf(fileName, summary, title, r.value)
                          : QuotaExport::writeSeatList(fileName, r.value);
        setStatus(outcome ? tr("Saved %1.").arg(fileName) : outcome.error());
    });
}

} // namespace Tribina
