#include "counterpage.h"

#include "boxoffice/counterservice.h"
#include "boxoffice/holdtokenregistry.h"
#include "boxoffice/matchwheelchairplaces.h"
#include "boxoffice/holderform.h"
#include "boxoffice/paymentdialog.h"
#include "boxoffice/quantitypanel.h"
#include "boxoffice/quantitysectors.h"
#include "boxoffice/refunddialog.h"
#include "boxoffice/shiftdialogs.h"
#include "boxoffice/ticketoutput.h"
#include "cache/liveseatmap.h"
#include "cache/matchbestavailable.h"
#include "cache/matchdeltasync.h"
#include "cache/matchsnapshotstore.h"
#include "db/dbsession.h"
#include "domain/oib.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmapscene.h"
#include "seatmap/seatmaplegend.h"
#include "seatmap/seatmapview.h"
#include "scanning/keyboardwedgedetector.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QSysInfo>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Tribina {

namespace {
const QString HoldTokenKey = QStringLiteral("counter/holdToken");
const QString LastMatchKey = QStringLiteral("counter/lastMatch");
}

CounterPage::CounterPage(DbSession &session, QWidget *parent)
    : CounterPage(session, Options{}, parent)
{
}

CounterPage::CounterPage(DbSession &session, const Options &options, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_options(options)
    , m_service(new CounterService(session, this))
    , m_store(std::make_unique<MatchSnapshotStore>(options.cachePath.isEmpty() ? MatchSnapshotStore::defaultPath()
                                                                               : options.cachePath))
    , m_sync(new MatchDeltaSync(session, m_store->path(), this))
    , m_model(std::make_unique<SeatMapModel>())
    , m_live(new LiveSeatMap(m_store.get(), m_sync, m_model.get(), this))
    , m_best(std::make_unique<MatchBestAvailable>())
{
    setObjectName(QStringLiteral("counterPage"));
    (void)m_store->open(); // without a cache the counter still works, only not offline
    m_sync->listenOnSession();
    m_sync->setPollInterval(5'000);
    m_live->setCurrentUser(session.identity().userId);

    m_wheelchair = std::make_unique<MatchWheelchairPlaces>();
    if (m_options.restoreHolds) {
        // The holds of this clerk's crashed counters go at once (they would expire anyway); those
        // of a counter still running on this workstation stay its own (HoldTokenRegistry).
        const QUuid me = session.identity().userId;
        m_tokens = std::make_unique<HoldTokenRegistry>();
        m_tokens->claim(m_service->holdToken(), me);
        for (const QUuid &token : m_tokens->takeOrphans(me))
            m_service->releaseToken(token).then(this, [this, token](const CounterResult<int> &r) {
                if (r.ok())
                    m_tokens->forget(token);
            });
        QSettings settings; // the one token of earlier versions, once
        if (const QUuid previous(settings.value(HoldTokenKey).toString()); !previous.isNull())
            m_service->releaseToken(previous);
        settings.remove(HoldTokenKey);
    }

    buildUi();
    createActions();

    connect(m_live, &LiveSeatMap::reloaded, this, &CounterPage::mapReloaded);
    connect(m_live, &LiveSeatMap::seatsUpdated, this, &CounterPage::updateAvailability);
    connect(&m_session, &DbSession::connectedChanged, this, &CounterPage::setConnected);
    connect(m_sync, &MatchDeltaSync::syncFailed, this, [this](const QUuid &match, const QString &) {
        if (match == m_matchId && !m_session.isOpen())
            setConnected(false);
    });
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1'000);
    connect(m_countdown, &QTimer::timeout, this, &CounterPage::updateCountdown);

    setConnected(m_session.isOpen());
    loadMatches();
    refreshShift();
}

CounterPage::~CounterPage()
{
    // Leaving the counter releases what it held (the database thread runs this before closing).
    if (!m_held.isEmpty())
        m_service->release();
    // The map's widgets and the live glue use the model and the store, which are members: they
    // go first.
    delete m_legend;
    delete m_view;
    delete m_scene;
    delete m_live;
}

void CounterPage::buildUi()
{
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #b00020; color: white; padding: 6px; font-weight: bold;"));
    m_banner->hide();

    m_matchPicker = new QComboBox(this);
    m_matchPicker->setObjectName(QStringLiteral("matchPicker"));
    m_matchPicker->setMinimumContentsLength(30);
    m_shiftLabel = new QLabel(this);
    m_shiftLabel->setObjectName(QStringLiteral("shiftLabel"));
    auto *top = new QHBoxLayout;
    auto *matchLabel = new QLabel(tr("&Match:"), this);
    matchLabel->setBuddy(m_matchPicker);
    top->addWidget(matchLabel);
    top->addWidget(m_matchPicker, 1);
    top->addSpacing(12);
    top->addWidget(m_shiftLabel);

    // The map with its legend and the availability per category.
    m_scene = new SeatMapScene(m_model.get(), this);
    m_view = new SeatMapView(this);
    m_view->setObjectName(QStringLiteral("counterMap"));
    m_view->setSeatMapScene(m_scene);
    m_view->setSelectableStatuses({SeatStatus::Available});
    m_legend = new SeatMapLegend(m_scene, this);
    m_availability = new QLabel(this);
    m_availability->setObjectName(QStringLiteral("availability"));
    m_availability->setWordWrap(true);
    auto *mapBox = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapBox);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addWidget(m_view, 1);
    setFocusProxy(m_view); // the map takes the keys when nothing else has them: shortcuts work at once
    // The view reports every change of the model's selection, the page's own ones too: only the
    // clerk's clicks and rubber bands are choices.
    connect(m_view, &SeatMapView::selectionChanged, this, [this](const QList<int> &seats) {
        if (!m_settingSelection && !chooseQuantitySector(seats))
            choose(withCompanions(seats));
    });

    // Best N.
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("bestCategory"));
    m_sector = new QComboBox(this);
    m_sector->setObjectName(QStringLiteral("bestSector"));
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("bestQuantity"));
    m_quantity->setRange(1, 10);
    m_quantity->setValue(2);
    auto *bestButton = new QPushButton(tr("Best N (F3)"), this);
    bestButton->setObjectName(QStringLiteral("bestButton"));
    connect(bestButton, &QPushButton::clicked, this, &CounterPage::bestAvailable);
    auto *bestBox = new QGroupBox(tr("Best available"), this);
    m_bestBox = bestBox;
    // Folded while seats are held, so the holder forms get the room (F4 unfolds it).
    m_bestForm = new QWidget(bestBox);
    auto *bestBoxLayout = new QVBoxLayout(bestBox);
    bestBoxLayout->setContentsMargins(0, 0, 0, 0);
    bestBoxLayout->addWidget(m_bestForm);
    auto *bestForm = new QFormLayout(m_bestForm);
    bestForm->addRow(tr("Category:"), m_category);
    bestForm->addRow(tr("Sector:"), m_sector);
    bestForm->addRow(tr("Quantity:"), m_quantity);
    // Wheelchair users: the quantity then counts places, each with its companion's seat.
    m_wheelchairMode = new QCheckBox(tr("&Wheelchair places, each with its companion seat"), this);
    m_wheelchairMode->setObjectName(QStringLiteral("bestWheelchair"));
    m_wheelchairMode->setToolTip(tr("Best N then holds wheelchair places, each with the free companion seat beside "
                                    "it: one ticket for the wheelchair user, one for the companion (Shift+F3)."));
    const auto suffix = [this] {
        m_quantity->setSuffix(m_wheelchairMode->isChecked() ? tr(" wheelchair place(s)", nullptr, m_quantity->value())
                                                            : QString());
    };
    connect(m_wheelchairMode, &QCheckBox::toggled, this, suffix);
    connect(m_quantity, &QSpinBox::valueChanged, this, suffix);
    bestForm->addRow(m_wheelchairMode);
    bestForm->addRow(bestButton);

    // Held seats, holders, prices.
    m_holdLabel = new QLabel(tr("No seats held."), this);
    m_holdLabel->setObjectName(QStringLiteral("holdLabel"));
    auto *formsHost = new QWidget(this);
    m_formsLayout = new QVBoxLayout(formsHost);
    m_formsLayout->setContentsMargins(0, 0, 0, 0);
    m_formsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(formsHost);
    scroll->setFrameShape(QFrame::NoFrame);

    m_prices = new QTableWidget(0, 6, this);
    m_prices->setObjectName(QStringLiteral("priceTable"));
    m_prices->setHorizontalHeaderLabels(
        {tr("Seat"), tr("Ticket"), tr("Ticket VAT"), tr("Fee"), tr("Fee VAT"), tr("Total")});
    m_prices->verticalHeader()->hide();
    m_prices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_prices->setFocusPolicy(Qt::NoFocus);
    m_prices->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_prices->horizontalHeader()->setStretchLastSection(true);
    m_prices->setMaximumHeight(150);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("saleTotal"));
    m_total->setWordWrap(true); // the breakdown takes a second line on a narrow panel

    m_sellButton = new QPushButton(tr("Sell… (F9)"), this);
    m_sellButton->setObjectName(QStringLiteral("sellButton"));
    m_sellButton->setStyleSheet(QStringLiteral("font-weight: bold; padding: 6px 18px;"));
    auto *cancelButton = new QPushButton(tr("Cancel (Esc)"), this);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_sellButton, &QPushButton::clicked, this, &CounterPage::sell);
    connect(cancelButton, &QPushButton::clicked, this, &CounterPage::cancel);
    auto *saleButtons = new QHBoxLayout;
    saleButtons->addWidget(m_total, 1);
    saleButtons->addWidget(cancelButton);
    saleButtons->addWidget(m_sellButton);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("counterMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Shift and refund buttons.
    auto *openShift = new QPushButton(tr("Open shift (F2)"), this);
    auto *closeShift = new QPushButton(tr("Close shift (F10)"), this);
    auto *refund = new QPushButton(tr("Refund (F6)"), this);
    openShift->setObjectName(QStringLiteral("openShiftButton"));
    closeShift->setObjectName(QStringLiteral("closeShiftButton"));
    refund->setObjectName(QStringLiteral("refundButton"));
    for (QPushButton *b : {openShift, closeShift, refund})
        b->setFocusPolicy(Qt::NoFocus);
    connect(openShift, &QPushButton::clicked, this, &CounterPage::openShift);
    connect(closeShift, &QPushButton::clicked, this, &CounterPage::closeShift);
    connect(refund, &QPushButton::clicked, this, [this] { CounterPage::refund(); });
    top->addWidget(openShift);
    top->addWidget(closeShift);
    top->addWidget(refund);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(bestBox);
    m_quantityPanel = new QuantityPanel(this);
    m_quantityPanel->hide();
    connect(m_quantityPanel, &QuantityPanel::holdRequested, this, &CounterPage::holdQuantity);
    sideLayout->addWidget(m_quantityPanel);
    m_holdLabel->setWordWrap(true);
    sideLayout->addWidget(m_holdLabel);
    sideLayout->addWidget(scroll, 1);
    sideLayout->addWidget(m_prices);
    sideLayout->addLayout(saleButtons);
    side->setMinimumWidth(380);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(mapBox);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 400}); // the map gets the room; the clerk can drag the handle

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    // Across the whole width: the legend needs fewer rows and the map keeps its height.
    layout->addWidget(m_availability);
    layout->addWidget(m_legend);
    layout->addWidget(m_message);

    connect(m_matchPicker, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QUuid id = m_matchPicker->itemData(index).toUuid();
        if (!id.isNull() && id != m_matchId)
            selectMatch(id);
    });
}

void CounterPage::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_openShiftAction = make(tr("Open shift"), QKeySequence(Qt::Key_F2), &CounterPage::openShift);
    m_bestAction = make(tr("Best N"), QKeySequence(Qt::Key_F3), &CounterPage::bestAvailable);
    auto *wheelchairAction = make(tr("Best wheelchair places"), QKeySequence(Qt::SHIFT | Qt::Key_F3),
                                  &CounterPage::bestWheelchairPlaces);
    wheelchairAction->setToolTip(tr("Wheelchair places, each with its companion seat (Shift+F3)"));
    m_quantityAction = make(tr("Quantity"), QKeySequence(Qt::Key_F4), [this] {
        // The quantity panel when there is no Best N, or on the second F4.
        if (!m_quantityPanel->isHidden() && (m_bestBox->isHidden() || m_quantity->hasFocus()))
            return m_quantityPanel->focusQuantity();
        m_bestForm->show();
        m_bestBox->setTitle(tr("Best available"));
        m_quantity->setFocus();
        m_quantity->selectAll();
    });
    m_refundAction = make(tr("Refund"), QKeySequence(Qt::Key_F6), [this] { refund(); });
    m_sellAction = make(tr("Sell"), QKeySequence(Qt::Key_F9), &CounterPage::sell);
    m_closeShiftAction = make(tr("Close shift"), QKeySequence(Qt::Key_F10), &CounterPage::closeShift);
    m_cancelAction = make(tr("Cancel"), QKeySequence(Qt::Key_Escape), &CounterPage::cancel);
}

void CounterPage::enableScanner()
{
    auto *detector = new KeyboardWedgeDetector(this);
    detector->install();
    connect(detector, &KeyboardWedgeDetector::scanned, this, &CounterPage::scanned);
}

void CounterPage::scanned(const QString &code)
{
    if (!isVisible())
        return;
    const QString digits = Oib::normalized(code);
    if (Oib::isValid(digits)) {
        // An ID card's OIB: the first holder still without one.
        for (HolderForm *form : std::as_const(m_forms)) {
            if (form->holder().oib.isEmpty()) {
                TicketHolder h = form->holder();
                h.oib = digits;
                form->setHolder(h);
                return;
            }
        }
        return;
    }
    refund(code);
}

QString CounterPage::message() const
{
    return m_message->text();
}

void CounterPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold; padding: 4px;")
                                   : QStringLiteral("color: #1b5e20; padding: 4px;"));
    emit messageChanged(text);
}

void CounterPage::setConnected(bool connected)
{
    m_connected = connected;
    m_banner->setText(tr("Not connected to the server. Selling is disabled; the map shows the last known "
                         "state. Nothing you typed is lost: the counter resumes when the connection is back."));
    m_banner->setVisible(!connected);
    if (connected) {
        m_sync->resync();
        refreshShift();
        if (m_matchPicker->count() == 0)
            loadMatches();
    }
    updateEnabled();
}

void CounterPage::updateEnabled()
{
    const bool canSell = m_connected && !m_busy && !m_shiftId.isNull() && !m_held.isEmpty();
    m_sellButton->setEnabled(canSell);
    m_sellAction->setEnabled(m_connected && !m_busy);
    m_bestAction->setEnabled(m_connected && !m_busy);
    m_view->setSelectionEnabled(m_connected && !m_busy);
    m_quantityPanel->setHoldEnabled(m_connected && !m_busy);
}

void CounterPage::loadMatches()
{
    auto fill = [this](const QList<CachedMatch> &matches) {
        const QSignalBlocker blocker(m_matchPicker);
        for (const CachedMatch &m : matches) {
            if (m_matchPicker->findData(m.id) >= 0)
                continue;
            m_matchPicker->addItem(tr("%1 — %2, %3")
                                       .arg(m.title(), m.competition,
                                            QLocale().toString(m.kickOff.toLocalTime(), QLocale::ShortFormat)),
                                   m.id);
        }
    };
    fill(m_store->matches()); // what the cache knows, at once
    showFirstMatch();
    m_sync->fetchMatches().then(this, [this, fill](QFuture<QList<CachedMatch>> future) {
        try {
            fill(future.result());
        } catch (...) {
            return; // offline: the cache's list stays
        }
        showFirstMatch(); // the server's list may hold the match shown last
    });
}

void CounterPage::showFirstMatch()
{
    if (m_matchPicker->count() == 0 || !(m_matchId.isNull() || (m_firstMatchAutomatic && m_held.isEmpty())))
        return;
    const QUuid first = matchToShowFirst();
    m_firstMatchAutomatic = true;
    if (first != m_matchId)
        openMatch(first);
}

QUuid CounterPage::matchToShowFirst() const
{
    // The match this workstation sold last, while it is still on sale; else the first.
    const QUuid last(QSettings().value(LastMatchKey).toString());
    return m_matchPicker->findData(last) >= 0 ? last : m_matchPicker->itemData(0).toUuid();
}

void CounterPage::selectMatch(const QUuid &matchId)
{
    m_firstMatchAutomatic = false;
    QSettings().setValue(LastMatchKey, matchId.toString(QUuid::WithoutBraces));
    openMatch(matchId);
}

void CounterPage::openMatch(const QUuid &matchId)
{
    if (!m_held.isEmpty())
        releaseHolds();
    m_matchId = matchId;
    const int index = m_matchPicker->findData(matchId);
    if (index >= 0 && m_matchPicker->currentIndex() != index) {
        const QSignalBlocker blocker(m_matchPicker);
        m_matchPicker->setCurrentIndex(index);
    }
    if (m_connected)
        m_service->releaseExpired(matchId);
    m_live->showMatch(matchId);
}

void CounterPage::mapReloaded()
{
    const MatchSnapshot &snapshot = m_live->snapshot();
    SeatMapPalette palette = m_scene->palette();
    palette.setCategories(m_live->seatMap().categories);
    m_scene->setPalette(palette);
    m_legend->update();
    m_best->build(snapshot, m_live->seatMap());
    m_wheelchair->build(snapshot, m_live->seatMap());

    const QString category = m_category->currentText();
    const QString sector = m_sector->currentText();
    m_category->clear();
    m_category->addItem(tr("Any category"), -1);
    for (int i = 0; i < snapshot.categories.size(); ++i)
        m_category->addItem(snapshot.categories.at(i).name, i);
    m_sector->clear();
    m_sector->addItem(tr("Any sector"), -1);
    for (int i = 0; i < m_model->sectorCount(); ++i)
        m_sector->addItem(tr("%1 (%2)").arg(m_model->sector(i).code, m_model->sector(i).name), i);
    m_category->setCurrentIndex(qMax(0, m_category->findText(category)));
    m_sector->setCurrentIndex(qMax(0, m_sector->findText(sector)));

    // Seats held before the reload stay held: find them again by inventory id.
    m_held.clear();
    for (const QUuid &id : std::as_const(m_heldInventory))
        if (const int seat = m_live->seatOf(id); seat >= 0)
            m_held.append(seat);
    updateAvailability();
    updateEnabled();
}

void CounterPage::updateAvailability()
{
    refreshQuantityPanel();
    const MatchSnapshot &snapshot = m_live->snapshot();
    if (!snapshot.isValid()) {
        m_availability->setText(m_connected ? tr("Loading the match…") : tr("This match is not in the local cache."));
        return;
    }
    const QList<int> counts = m_live->availableByCategory();
    QStringList parts;
    const QLocale locale;
    for (int i = 0; i < snapshot.categories.size() && i < counts.size(); ++i)
        parts << tr("%1 (%2): %3 available")
                     .arg(snapshot.categories.at(i).name, Money(snapshot.categories.at(i).priceCents).format(locale),
                          locale.toString(counts.at(i)));
    if (snapshot.categories.isEmpty())
        parts << tr("%1 available").arg(locale.toString(counts.value(0)));
    m_availability->setText(parts.join(QStringLiteral(" · ")));
}

QString CounterPage::seatText(int seat) const
{
    const MapSeatRef ref = m_model->locate(seat);
    if (!ref.isValid())
        return {};
    if (isQuantitySeat(seat)) {
        const QString code = m_model->sector(ref.sector).code;
        const CachedSector *sector = QuantitySectors::findByCode(m_live->snapshot(), code);
        return sector && sector->type == SectorType::Standing ? tr("Sector %1, standing").arg(code)
                                                              : tr("Sector %1, free seating").arg(code);
    }
    return tr("Sector %1, row %2, seat %3")
        .arg(m_model->sector(ref.sector).code, m_model->rowIdentifier(seat), m_model->seatLabel(seat));
}

QString CounterPage::seatTextOfInventory(const QUuid &inventoryId) const
{
    const int seat = m_live->seatOf(inventoryId);
    return seat >= 0 ? seatText(seat) : QString();
}

void CounterPage::bestAvailable()
{
    if (!m_connected || m_matchId.isNull())
        return;
    if (m_bestBox->isHidden()) { // no numbered seats to pick: F3 goes to the quantity instead
        m_quantityPanel->focusQuantity();
        return;
    }
    if (m_wheelchairMode->isChecked()) {
        bestWheelchairPlaces();
        return;
    }
    // The clerk's own held seats count as free for a new choice.
    const QList<int> mine = m_held;
    {
        SeatMapModel::ChangeBatch batch(m_model.get());
        for (int seat : mine)
            m_model->setStatus(seat, SeatStatus::Available);
    }
    const MatchBestAvailable::Result r =
        m_best->choose(*m_model, m_quantity->value(), m_category->currentData().toInt(), m_sector->currentData().toInt());
    {
        SeatMapModel::ChangeBatch batch(m_model.get());
        for (int seat : mine)
            m_model->setStatus(seat, SeatStatus::Reserved);
    }
    if (!r.complete()) {
        showMessage(tr("There are not %n seats available in this choice.", nullptr, m_quantity->value()), true);
        return;
    }
    m_settingSelection = true;
    m_model->select(r.seats);
    m_settingSelection = false;
    choose(r.seats, r.together);
}

void CounterPage::bestWheelchairPlaces()
{
    if (!m_connected || m_busy || m_matchId.isNull())
        return;
    const int places = m_quantity->value();
    const int category = m_category->currentData().toInt();
    // The clerk's own held seats count as free for a new choice.
    const MatchWheelchairPlaces::Result r =
        m_wheelchair->choose(*m_model, places, category, m_sector->currentData().toInt(), m_held);
    if (!r.complete()) {
        const QString here = r.places() == 0
            ? tr("No wheelchair place with a free companion seat beside it in this choice.")
            : tr("Only %n wheelchair place(s) with a free companion seat in this choice.", nullptr, r.places());
        showMessage((here + QLatin1Char(' ') + freePairsText(category, m_sector->currentData().toInt())).trimmed(), true);
        return;
    }
    m_settingSelection = true;
    m_model->select(r.seats);
    m_settingSelection = false;
    choose(r.seats);
}

QString CounterPage::freePairsText(int category, int sector)
{
    if (m_wheelchair->isEmpty())
        return tr("This stadium has no wheelchair places.");
    using Pairs = QList<MatchWheelchairPlaces::FreePairs>;
    const auto list = [](const Pairs &pairs) {
        QStringList parts;
        for (const MatchWheelchairPlaces::FreePairs &p : pairs)
            parts << tr("sector %1: %n", nullptr, p.pairs).arg(p.code);
        return parts.join(QStringLiteral(", "));
    };
    const auto total = [](const Pairs &pairs) {
        int n = 0;
        for (const MatchWheelchairPlaces::FreePairs &p : pairs)
            n += p.pairs;
        return n;
    };
    // Where else: other sectors of the category (with any sector, the best one was tried: the
    // others help a group that splits), then other categories.
    const auto outside = [&](int cat) {
        Pairs pairs = m_wheelchair->freePairs(*m_model, cat, m_held);
        pairs.removeIf([sector](const MatchWheelchairPlaces::FreePairs &p) { return p.mapSector == sector; });
        return pairs;
    };
    const Pairs here = outside(category);
    if (sector >= 0 && !here.isEmpty())
        return tr("Still free in other sectors: %1.").arg(list(here));
    if (sector < 0 && here.size() > 1)
        return tr("Free by sector: %1 (the group could split).").arg(list(here));
    const Pairs any = category >= 0 ? outside(-1) : here;
    if (total(any) > total(here))
        return tr("Other price categories still have some: %1.").arg(list(any));
    if (any.isEmpty())
        return sector >= 0 ? tr("No other sector has one free.")
                           : tr("No wheelchair place with a free companion seat is left at this match.");
    return {};
}

QList<int> CounterPage::withCompanions(const QList<int> &seats)
{
    QList<int> result = seats;
    QStringList alone;
    for (int seat : seats) {
        if (!m_wheelchair->isWheelchairPlace(seat))
            continue;
        const int companion = m_wheelchair->companionOf(*m_model, seat, m_held);
        if (companion < 0)
            alone << seatText(seat);
        else if (!result.contains(companion))
            result << companion;
    }
    if (!alone.isEmpty()) // shown once the hold answers
        m_pendingError = tr("No free companion seat beside the wheelchair place %1: it is held alone.")
                             .arg(alone.join(QStringLiteral("; ")));
    return result;
}

void CounterPage::choose(const QList<int> &seats, bool together)
{
    if (!m_connected || m_matchId.isNull())
        return;
    saveDrafts();
    QList<QUuid> ids;
    for (int seat : seats)
        if (const CachedSeat *s = m_live->cachedSeat(seat))
            ids.append(s->inventoryId);
    m_busy = true;
    updateEnabled();
    // Release first, then hold the new choice: the database thread runs them in this order.
    m_service->release();
    if (ids.isEmpty()) {
        m_busy = false;
        m_held.clear();
        m_heldInventory.clear();
        rebuildForms();
        updateEnabled();
        emit holdsChanged();
        return;
    }
    m_service->hold(m_matchId, ids).then(this, [this, seats, together](const CounterResult<HoldResult> &r) {
        holdAnswered(r, seats, together);
    });
}

void CounterPage::holdAnswered(const CounterResult<HoldResult> &result, const QList<int> &wanted, bool together)
{
    m_busy = false;
    if (!result.ok()) {
        showMessage(result.error.message, true);
        m_held.clear();
        m_heldInventory.clear();
    } else {
        QStringList taken;
        QSet<QUuid> notHeld;
        for (const HoldResult::Taken &t : result.value.notHeld) {
            notHeld.insert(t.inventoryId);
            taken << (t.seatText.isEmpty() ? seatTextOfInventory(t.inventoryId) : t.seatText);
        }
        m_held.clear();
        m_heldInventory.clear();
        for (int seat : wanted) {
            const CachedSeat *s = m_live->cachedSeat(seat);
            if (s && !notHeld.contains(s->inventoryId)) {
                m_held.append(seat);
                m_heldInventory.append(s->inventoryId);
                // Shown as held at once; the live update confirms it.
                m_model->setStatus(seat, SeatStatus::Reserved);
                m_model->setHeldByMe(seat, true);
            }
        }
        m_holdUntil = QDateTime::currentDateTimeUtc().addSecs(60 * m_service->holdMinutes());
        if (!taken.isEmpty())
            showMessage(tr("Taken meanwhile, not held: %1.").arg(taken.join(QStringLiteral("; "))), true);
        else if (!together && m_held.size() > 1)
            showMessage(tr("No %n seats together are left in this choice: these are the best single seats, "
                           "not together.", nullptr, int(m_held.size())), true);
        else
            showMessage(tr("%n seat(s) held for you.", nullptr, int(m_held.size())));
    }
    if (!m_pendingError.isEmpty()) {
        showMessage(m_pendingError, true);
        m_pendingError.clear();
    }
    m_settingSelection = true;
    m_model->clearSelection();
    m_settingSelection = false;
    rebuildForms();
    requestPrices();
    updateCountdown();
    if (m_held.isEmpty())
        m_countdown->stop();
    else
        m_countdown->start();
    updateEnabled();
    emit holdsChanged();
}

void CounterPage::saveDrafts()
{
    for (int i = 0; i < m_forms.size() && i < m_heldInventory.size(); ++i)
        m_drafts.insert(m_heldInventory.at(i), m_forms.at(i)->holder());
}

void CounterPage::rebuildForms()
{
    m_bestForm->setVisible(m_held.isEmpty());
    m_bestBox->setTitle(m_held.isEmpty() ? tr("Best available") : tr("Best available (F4 opens it again)"));
    saveDrafts();
    for (HolderForm *form : std::as_const(m_forms))
        form->deleteLater();
    m_forms.clear();
    const QDate matchDay = m_live->snapshot().match.kickOff.toLocalTime().date();
    for (int i = 0; i < m_held.size(); ++i) {
        QString title = tr("Ticket %1: %2").arg(i + 1).arg(seatText(m_held.at(i)));
        if (const CachedSeat *s = m_live->cachedSeat(m_held.at(i)); s && s->type == SeatType::Accessibility)
            title = tr("%1 — wheelchair place").arg(title);
        else if (s && s->type == SeatType::Companion)
            title = tr("%1 — companion seat").arg(title);
        auto *form = new HolderForm(title);
        form->setMatchDay(matchDay);
        if (const auto draft = m_drafts.constFind(m_heldInventory.at(i)); draft != m_drafts.cend())
            form->setHolder(*draft);
        m_formsLayout->insertWidget(m_formsLayout->count() - 1, form);
        m_forms.append(form);
        connect(form, &HolderForm::changed, this, &CounterPage::updateEnabled);
    }
    if (!m_forms.isEmpty())
        QTimer::singleShot(0, m_forms.first(), [form = m_forms.first()] {
            form->nameEdit()->setFocus(Qt::TabFocusReason);
        });
}

void CounterPage::requestPrices()
{
    m_priceLines.clear();
    showPrices();
    if (m_heldInventory.isEmpty())
        return;
    const QList<QUuid> ids = m_heldInventory;
    m_service->priceSeats(m_matchId, ids).then(this, [this, ids](const CounterResult<QList<PriceLine>> &r) {
        if (ids != m_heldInventory)
            return; // the choice changed meanwhile
        if (!r.ok()) {
            showMessage(r.error.message, true);
            return;
        }
        m_priceLines = r.value;
        showPrices();
    });
}

void CounterPage::showPrices()
{
    const QLocale locale;
    m_prices->setRowCount(int(m_priceLines.size()));
    QList<PriceBreakdown> all;
    for (int row = 0; row < m_priceLines.size(); ++row) {
        const PriceLine &line = m_priceLines.at(row);
        const QString seat = seatTextOfInventory(line.inventoryId);
        const QStringList cells = {seat.isEmpty() ? line.seatLabel : seat,
                                   line.price.ticketAmount.format(locale), line.price.ticketVatAmount.format(locale),
                                   line.price.feeAmount.format(locale), line.price.feeVatAmount.format(locale),
                                   line.price.total().format(locale)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_prices->setItem(row, c, item);
        }
        all.append(line.price);
    }
    const PriceBreakdown total = PriceBreakdown::sum(all);
    m_total->setText(m_priceLines.isEmpty()
                         ? QString()
                         : tr("<b>Total %1</b> (tickets %2 incl. VAT %3; fees %4 incl. VAT %5)")
                               .arg(total.total().format(locale), total.ticketAmount.format(locale),
                                    total.ticketVatAmount.format(locale), total.feeAmount.format(locale),
                                    total.feeVatAmount.format(locale)));
}

void CounterPage::updateCountdown()
{
    if (m_held.isEmpty() && m_bestBox->isHidden()) {
        m_holdLabel->setText(tr("No places held. Pick a sector, then the number of places (F4) and Enter."));
        return;
    }
    if (m_held.isEmpty()) {
        m_holdLabel->setText(tr("No seats held. Click seats, drag a rubber band, or press F3 for the best %n.",
                                nullptr, m_quantity->value()));
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_holdUntil);
    if (left <= 0) {
        releaseHolds();
        showMessage(tr("The hold expired: the seats are free again. Choose them again to continue."), true);
        return;
    }
    m_holdLabel->setText(tr("%n seat(s) held for you — %1 left", nullptr, int(m_held.size()))
                             .arg(QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))));
}

void CounterPage::releaseHolds()
{
    saveDrafts();
    m_service->release();
    {
        SeatMapModel::ChangeBatch batch(m_model.get());
        for (int seat : std::as_const(m_held)) {
            m_model->setHeldByMe(seat, false);
            m_model->setStatus(seat, SeatStatus::Available);
        }
    }
    m_held.clear();
    m_heldInventory.clear();
    m_countdown->stop();
    rebuildForms();
    requestPrices();
    updateCountdown();
    updateEnabled();
    emit holdsChanged();
}

void CounterPage::cancel()
{
    if (m_held.isEmpty())
        return;
    releaseHolds();
    m_drafts.clear();
    showMessage(tr("Cancelled: the seats are released."));
}

void CounterPage::sell()
{
    if (!m_connected) {
        showMessage(tr("Not connected to the server: selling is disabled."), true);
        return;
    }
    if (m_shiftId.isNull()) {
        showMessage(tr("Open a shift first (F2): a clerk cannot sell without an open shift."), true);
        return;
    }
    if (m_held.isEmpty()) {
        showMessage(tr("Choose seats first."), true);
        return;
    }
    for (HolderForm *form : std::as_const(m_forms)) {
        if (!form->isComplete()) {
            showMessage(tr("%1: %2").arg(form->seatText(), form->problem()), true);
            form->nameEdit()->setFocus();
            return;
        }
    }
    if (m_priceLines.size() != m_held.size()) {
        showMessage(tr("The prices are still being read; try again in a moment."), true);
        return;
    }
    QList<PriceBreakdown> all;
    for (const PriceLine &line : std::as_const(m_priceLines))
        all.append(line.price);
    auto *dialog = new PaymentDialog(PriceBreakdown::sum(all).total(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { paymentAccepted(dialog); });
    dialog->open();
}

void CounterPage::paymentAccepted(PaymentDialog *dialog)
{
    SaleRequest request;
    if (m_saleKey.isNull())
        m_saleKey = QUuid::createUuid();
    request.key = m_saleKey;
    request.matchId = m_matchId;
    request.holdToken = m_service->holdToken();
    request.inventoryIds = m_heldInventory;
    for (HolderForm *form : std::as_const(m_forms))
        request.holders.append(form->holder());
    if (!request.holders.isEmpty())
        request.holders.first().buyer = true;
    request.method = dialog->method();
    request.cashGiven = dialog->cashGiven();
    request.terminalReference = dialog->terminalReference();
    request.shiftId = m_shiftId;
    m_busy = true;
    updateEnabled();
    showMessage(tr("Selling…"));
    m_service->sell(request).then(this, [this](const CounterResult<SaleReceipt> &r) { saleAnswered(r); });
}

void CounterPage::saleAnswered(const CounterResult<SaleReceipt> &result)
{
    m_busy = false;
    const bool blocked = result.error.kind == SaleError::Kind::Blacklisted
        || (result.ok() && result.value.status == SaleReceipt::Status::Blocked);
    if (blocked) {
        m_saleKey = {};
        showMessage(SaleReceipt::blacklistMessage(), true);
    } else if (!result.ok()) {
        switch (result.error.kind) {
        case SaleError::Kind::SeatTaken: {
            m_saleKey = {};
            QString seat = seatTextOfInventory(result.error.seat);
            if (seat.isEmpty())
                seat = result.error.seatText;
            showMessage(tr("%1 was sold to someone else meanwhile. Nothing was sold: choose another seat.").arg(seat), true);
            // That seat is gone: keep the others held, drop it from the choice.
            QList<int> rest;
            for (int i = 0; i < m_heldInventory.size(); ++i)
                if (m_heldInventory.at(i) != result.error.seat)
                    rest.append(m_held.at(i));
            m_pendingError = m_message->text(); // shown again once the rest is held
            choose(rest);
            break;
        }
        case SaleError::Kind::PersonHasTicket:
            m_saleKey = {};
            showMessage(tr("Refused: one ticket per person per match — this person already holds a ticket for this "
                           "match. %1").arg(result.error.message), true);
            break;
        case SaleError::Kind::BuyerLimit:
        case SaleError::Kind::InvalidHolder:
        case SaleError::Kind::InvalidPayment:
        case SaleError::Kind::NoShift:
            m_saleKey = {};
            showMessage(result.error.message, true);
            break;
        default:
            // Connection trouble: the same key is used when the clerk tries again.
            showMessage(result.error.message.isEmpty() ? tr("The sale failed.") : result.error.message, true);
            break;
        }
    } else {
        m_saleKey = {};
        const SaleReceipt receipt = result.value;
        printSale(receipt);
        for (const QUuid &id : std::as_const(m_heldInventory))
            m_drafts.remove(id);
        m_held.clear();
        m_heldInventory.clear();
        m_countdown->stop();
        rebuildForms();
        requestPrices();
        updateCountdown();
        refreshShift();
        emit holdsChanged();
        emit sold(receipt);
    }
    updateEnabled();
}

void CounterPage::printSale(const SaleReceipt &receipt)
{
    const MatchSnapshot &snapshot = m_live->snapshot();
    QList<TicketData> tickets;
    for (const PriceLine &line : receipt.tickets) {
        TicketData t;
        t.ticketId = line.ticketId;
        t.matchId = m_matchId;
        t.barcode = line.barcode;
        t.qrPayload = line.qrPayload;
        t.competition = snapshot.match.competition;
        t.homeTeam = snapshot.match.homeTeam;
        t.awayTeam = snapshot.match.awayTeam;
        t.kickOff = snapshot.match.kickOff.toLocalTime();
        t.venueName = snapshot.match.venueName;
        const int seat = m_live->seatOf(line.inventoryId);
        if (const CachedSeat *s = m_live->cachedSeat(seat)) {
            for (const CachedSector &sector : snapshot.sectors) {
                if (sector.sectorId != s->sectorId)
                    continue;
                t.sectorCode = sector.code;
                t.sectorName = sector.name;
            }
            t.row = s->row;
            t.seat = s->number;
            if (isQuantitySeat(seat)) { // the ticket says free seating (or standing), never a row and seat
                const CachedSector *sector = QuantitySectors::findByCode(snapshot, t.sectorCode);
                t.placement = sector && sector->type == SectorType::Standing ? TicketData::Placement::Standing
                                                                             : TicketData::Placement::FreeSeating;
                t.row.clear();
                t.seat.clear();
            }
            const int category = m_live->categoryOf(seat);
            if (category < snapshot.categories.size())
                t.priceCategory = snapshot.categories.at(category).name;
        }
        t.priceCents = line.price.ticketAmount.cents();
        t.vatCents = line.price.ticketVatAmount.cents();
        // The rate of the match's fee configuration, as priced before the sale.
        const auto priced = std::find_if(m_priceLines.cbegin(), m_priceLines.cend(),
                                         [&](const PriceLine &p) { return p.inventoryId == line.inventoryId; });
        t.vatRateHundredths = priced != m_priceLines.cend()
            ? int(priced->ticketVatRate)
            : (snapshot.match.matchType == QStringLiteral("AWAY") ? 0 : 500);
        t.feeCents = line.price.feeAmount.cents();
        t.holderName = line.holderName;
        t.orderNumber = receipt.orderNumber;
        tickets.append(t);
    }
    m_lastFiles.clear();
    QString ticketsFile, receiptFile;
    const Outcome printed = TicketOutput::printTickets(tickets, QStringLiteral("tickets-%1").arg(receipt.orderNumber),
                                                       &ticketsFile);
    // The receipt names seats as the counter does ("Sector W1, row 1, seat 5", "Sector A, free
    // seating"), not by the ticket's code ("W1-1-5").
    SaleReceipt shown = receipt;
    for (PriceLine &line : shown.tickets)
        if (const QString text = seatTextOfInventory(line.inventoryId); !text.isEmpty())
            line.seatLabel = text;
    const Outcome receiptPrinted =
        TicketOutput::printReceipt(snapshot.match, shown, m_session.identity().fullName, &receiptFile);
    for (const QString &f : {ticketsFile, receiptFile})
        if (!f.isEmpty())
            m_lastFiles.append(f);
    const QLocale locale;
    QString text = tr("Sold %n ticket(s), order %1.", nullptr, int(receipt.tickets.size())).arg(receipt.orderNumber);
    if (receipt.method == PaymentMethod::Cash)
        text += QLatin1Char(' ') + tr("Change due: %1.").arg(receipt.change.format(locale));
    if (!printed)
        text += QLatin1Char(' ') + tr("Tickets were not printed: %1").arg(printed.error());
    else if (!ticketsFile.isEmpty())
        text += QLatin1Char(' ') + tr("No printer: tickets saved to %1.").arg(ticketsFile);
    if (!receiptPrinted)
        text += QLatin1Char(' ') + tr("The receipt was not printed: %1").arg(receiptPrinted.error());
    showMessage(text, !printed);
}

void CounterPage::refreshShift()
{
    if (!m_connected) {
        m_shiftLabel->setText(m_shiftId.isNull() ? tr("Shift: unknown (offline)") : m_shiftLabel->text());
        return;
    }
    m_service->currentShift().then(this, [this](const CounterResult<QUuid> &r) {
        if (!r.ok())
            return;
        m_shiftId = r.value;
        updateEnabled();
        if (m_shiftId.isNull()) {
            m_shiftLabel->setText(tr("No shift open — press F2 to open one."));
            return;
        }
        m_service->shiftTotals(m_shiftId).then(this, [this](const CounterResult<ShiftTotals> &t) {
            if (!t.ok())
                return;
            const QLocale locale;
            m_shiftLabel->setText(tr("Shift open since %1 · cash %2 · card %3 · %n sale(s)", nullptr, t.value.saleCount)
                                      .arg(locale.toString(t.value.openedAt.toLocalTime().time(), QLocale::ShortFormat),
                                           (t.value.cashSales + t.value.cashRefunds).format(locale),
                                           (t.value.cardSales + t.value.cardRefunds).format(locale)));
        });
    });
}

void CounterPage::openShift()
{
    if (!m_connected)
        return;
    if (!m_shiftId.isNull()) {
        showMessage(tr("Your shift is already open."));
        return;
    }
    auto *dialog = new ShiftOpenDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_service->openShift(dialog->cashFloat(), QSysInfo::machineHostName())
            .then(this, [this](const CounterResult<QUuid> &r) {
                if (!r.ok()) {
                    showMessage(r.error.message, true);
                    return;
                }
                m_shiftId = r.value;
                showMessage(tr("Shift opened."));
                refreshShift();
                updateEnabled();
            });
    });
    dialog->open();
}

void CounterPage::closeShift()
{
    if (!m_connected || m_shiftId.isNull())
        return;
    const QUuid shift = m_shiftId;
    m_service->shiftTotals(shift).then(this, [this, shift](const CounterResult<ShiftTotals> &r) {
        if (!r.ok()) {
            showMessage(r.error.message, true);
            return;
        }
        auto *dialog = new ShiftCloseDialog(r.value, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, shift] {
            m_service->closeShift(shift, dialog->countedCash(), dialog->note())
                .then(this, [this](const CounterResult<ShiftTotals> &closed) {
                    if (!closed.ok()) {
                        showMessage(closed.error.message, true);
                        return;
                    }
                    QString file;
                    const Outcome printed =
                        TicketOutput::printShiftReport(closed.value, m_session.identity().fullName, &file);
                    m_lastFiles = file.isEmpty() ? QStringList() : QStringList{file};
                    m_shiftId = {};
                    showMessage(printed ? (file.isEmpty() ? tr("Shift closed; the report is printing.")
                                                          : tr("Shift closed; report saved to %1.").arg(file))
                                        : tr("Shift closed; the report was not printed: %1").arg(printed.error()),
                                !printed);
                    refreshShift();
                    updateEnabled();
                });
        });
        dialog->open();
    });
}

void CounterPage::refund(const QString &ticketOrOrder)
{
    if (!m_connected)
        return;
    auto *dialog = new RefundDialog(m_live->snapshot().match.kickOff, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!ticketOrOrder.isEmpty())
        dialog->setReference(ticketOrOrder);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        RefundRequest request;
        request.key = QUuid::createUuid();
        if (dialog->isOrder())
            request.orderId = dialog->reference();
        else
            request.ticketIds = {dialog->reference()};
        request.reason = dialog->reason();
        request.shiftId = m_shiftId;
        request.cancel = dialog->isCancel();
        m_service->refund(request).then(this, [this](const CounterResult<RefundReceipt> &r) {
            if (!r.ok()) {
                showMessage(r.error.message, true);
                return;
            }
            const QLocale locale;
            showMessage(tr("Refunded %1 (service fee kept: %2).")
                            .arg(r.value.refunded.format(locale), r.value.feeRetained.format(locale)));
            refreshShift();
        });
    });
    dialog->open();
}

void CounterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateAvailability();
    QWidget::changeEvent(event);
}

bool CounterPage::isQuantitySeat(int seat) const
{
    const MapSeatRef ref = m_model->locate(seat);
    return ref.isValid() && QuantitySectors::soldByQuantity(m_live->snapshot(), m_model->sector(ref.sector).code);
}

void CounterPage::refreshQuantityPanel()
{
    const MatchSnapshot &snapshot = m_live->snapshot();
    const QList<QuantitySector> sectors = QuantitySectors::list(snapshot, *m_model);
    m_quantityPanel->setSectors(sectors);
    m_quantityPanel->setVisible(!sectors.isEmpty());
    // Best N picks numbered seats: a match without any has no use for it.
    bool numbered = sectors.isEmpty();
    for (const CachedSector &sector : snapshot.sectors)
        numbered = numbered || !QuantitySectors::soldByQuantity(snapshot, sector);
    m_bestBox->setVisible(numbered);
    if (m_held.isEmpty())
        updateCountdown(); // the hint says how to choose
}

bool CounterPage::chooseQuantitySector(const QList<int> &seats)
{
    for (int seat : seats) {
        if (!isQuantitySeat(seat))
            continue;
        const QString code = m_model->sector(m_model->locate(seat).sector).code;
        m_settingSelection = true;
        m_model->clearSelection();
        m_settingSelection = false;
        const CachedSector *sector = QuantitySectors::findByCode(m_live->snapshot(), code);
        if (sector && m_quantityPanel->selectSector(sector->sectorId)) {
            m_quantityPanel->focusQuantity();
            showMessage(tr("Sector %1 has no seat numbers: type the number of places and press Enter.").arg(code));
        } else {
            showMessage(tr("Sector %1 is not on sale.").arg(code), true);
        }
        return true;
    }
    return false;
}

void CounterPage::holdQuantity(const QUuid &sectorId, int quantity)
{
    if (!m_connected || m_matchId.isNull() || m_busy)
        return;
    saveDrafts();
    m_busy = true;
    updateEnabled();
    // The earlier choice goes first; the database thread runs the two in this order.
    m_service->release();
    m_service->holdQuantity(m_matchId, sectorId, quantity)
        .then(this, [this](const CounterResult<QList<QUuid>> &result) {
            CounterResult<HoldResult> held;
            held.error = result.error;
            QList<int> seats;
            for (const QUuid &id : result.value)
                if (const int seat = m_live->seatOf(id); seat >= 0)
                    seats.append(seat);
            holdAnswered(held, seats, true);
            refreshQuantityPanel();
        });
}

} // namespace Tribina
