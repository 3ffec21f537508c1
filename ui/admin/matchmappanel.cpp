#include "admin/matchmappanel.h"

#include "admin/whendone.h"
#include "live/matchlivefeed.h"
#include "matchsetup/matchsetuptext.h"
#include "seatmap/seatmaplegend.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmappalette.h"
#include "seatmap/seatmapscene.h"
#include "seatmap/seatmapview.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tribina {

bool parsePriceCents(const QString &text, qint64 *cents)
{
    // Accepts "30", "30.5", "30,50", "1.234,50", "1,234.50": the last separator followed by one
    // or two digits is the decimal one; others group thousands.
    static const QRegularExpression shape(QStringLiteral("^\\d{1,3}([.,\\s]?\\d{3})*([.,]\\d{1,2})?$"));
    const QString t = text.trimmed();
    if (!shape.match(t).hasMatch())
        return false;
    QString whole = t;
    QString fraction;
    const qsizetype sep = qMax(t.lastIndexOf(QLatin1Char('.')), t.lastIndexOf(QLatin1Char(',')));
    if (sep >= 0 && t.size() - sep - 1 <= 2) {
        whole = t.left(sep);
        fraction = t.mid(sep + 1);
    }
    whole.remove(QRegularExpression(QStringLiteral("[.,\\s]")));
    bool ok = false;
    const qint64 units = whole.toLongLong(&ok);
    if (!ok)
        return false;
    *cents = units * 100 + fraction.leftJustified(2, QLatin1Char('0')).toLongLong();
    return true;
}

QString formatPriceCents(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

namespace {

QStringList seatTargets()
{
    return {QStringLiteral("BLOCKED"), QStringLiteral("AVAILABLE"), QStringLiteral("OFFICIAL"), QStringLiteral("TECHNICAL"),
            QStringLiteral("MAINTENANCE"), QStringLiteral("QUARANTINED"), QStringLiteral("INACTIVE")};
}

QString targetAction(const QString &target)
{
    if (target == QLatin1String("BLOCKED")) return MatchMapPanel::tr("Block");
    if (target == QLatin1String("AVAILABLE")) return MatchMapPanel::tr("Unblock (make available)");
    if (target == QLatin1String("OFFICIAL")) return MatchMapPanel::tr("Official");
    if (target == QLatin1String("TECHNICAL")) return MatchMapPanel::tr("Technical");
    if (target == QLatin1String("MAINTENANCE")) return MatchMapPanel::tr("Maintenance");
    if (target == QLatin1String("QUARANTINED")) return MatchMapPanel::tr("Quarantine");
    if (target == QLatin1String("INACTIVE")) return MatchMapPanel::tr("Inactive");
    return target;
}

QIcon swatch(const QString &colour)
{
    QPixmap p(14, 14);
    p.fill(colour.isEmpty() ? QColor(Qt::lightGray) : QColor(colour));
    return QIcon(p);
}

} // namespace

MatchMapPanel::MatchMapPanel(MatchSetupService &service, DbSession &session, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new SeatMapModel(this))
    , m_scene(new SeatMapScene(m_model, this))
    , m_view(new SeatMapView(this))
    , m_feed(new MatchLiveFeed(session, m_model, this))
{
    m_view->setObjectName(QStringLiteral("seatMapView"));
    m_view->setSeatMapScene(m_scene);
    m_feed->setPollInterval(5'000); // until a listener is given: other workstations' changes still arrive
    connect(m_feed, &MatchLiveFeed::categoriesChanged, this, &MatchMapPanel::updatePalette);
    connect(m_feed, &MatchLiveFeed::loaded, m_view, &SeatMapView::fitToView);
    connect(m_feed, &MatchLiveFeed::failed, this, &MatchMapPanel::fail);
    connect(m_model, &SeatMapModel::selectionChanged, this, &MatchMapPanel::updateSelectionLabel);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);

    auto *categories = new QGroupBox(tr("Price categories"), side);
    buildCategoryEditor(categories);
    sideLayout->addWidget(categories);

    auto *paint = new QGroupBox(tr("Paint the selection"), side);
    auto *paintForm = new QFormLayout(paint);
    m_selectionLabel = new QLabel(paint);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_selectionLabel->setWordWrap(true);
    paintForm->addRow(m_selectionLabel);
    m_sectorList = new QListWidget(paint);
    m_sectorList->setObjectName(QStringLiteral("sectorList"));
    m_sectorList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sectorList->setToolTip(tr("Sectors to configure; sectors of the seats selected on the map count too."));
    connect(m_sectorList, &QListWidget::itemSelectionChanged, this, &MatchMapPanel::updateSelectionLabel);
    paintForm->addRow(tr("Sectors:"), m_sectorList);

    m_categoryCombo = new QComboBox(paint);
    m_categoryCombo->setObjectName(QStringLiteral("categoryCombo"));
    auto *paintSeats = new QPushButton(tr("Paint seats"), paint);
    paintSeats->setObjectName(QStringLiteral("paintSeatsButton"));
    paintSeats->setToolTip(tr("Give the selected seats this price category (“none” returns them to their sector's)."));
    connect(paintSeats, &QPushButton::clicked, this, &MatchMapPanel::paintSelectedSeats);
    auto *paintSectors = new QPushButton(tr("Paint sectors"), paint);
    paintSectors->setObjectName(QStringLiteral("paintSectorsButton"));
    connect(paintSectors, &QPushButton::clicked, this, &MatchMapPanel::paintSectors);
    auto *paintRow = new QHBoxLayout;
    paintRow->addWidget(m_categoryCombo, 1);
    paintRow->addWidget(paintSeats);
    paintRow->addWidget(paintSectors);
    paintForm->addRow(tr("Category:"), paintRow);

    m_purposeCombo = new QComboBox(paint);
    for (const QString &p : MatchSetupText::purposes())
        m_purposeCombo->addItem(MatchSetupText::purpose(p), p);
    auto *setPurpose = new QPushButton(tr("Set"), paint);
    setPurpose->setObjectName(QStringLiteral("setPurposeButton"));
    connect(setPurpose, &QPushButton::clicked, this, [this] { setSectorValue(true); });
    auto *purposeRow = new QHBoxLayout;
    purposeRow->addWidget(m_purposeCombo, 1);
    purposeRow->addWidget(setPurpose);
    paintForm->addRow(tr("Purpose:"), purposeRow);

    m_statusCombo = new QComboBox(paint);
    for (const QString &s : MatchSetupText::sectorStatuses())
        m_statusCombo->addItem(MatchSetupText::sectorStatus(s), s);
    auto *setStatus = new QPushButton(tr("Set"), paint);
    setStatus->setObjectName(QStringLiteral("setSectorStatusButton"));
    connect(setStatus, &QPushButton::clicked, this, [this] { setSectorValue(false); });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusCombo, 1);
    statusRow->addWidget(setStatus);
    paintForm->addRow(tr("Sector status:"), statusRow);

    m_operations = new QToolButton(paint);
    m_operations->setObjectName(QStringLiteral("seatOperationsButton"));
    m_operations->setText(tr("Seat operation"));
    m_operations->setPopupMode(QToolButton::InstantPopup);
    m_operationsMenu = new QMenu(m_operations);
    for (const QString &target : seatTargets()) {
        QAction *a = m_operationsMenu->addAction(targetAction(target));
        a->setObjectName(QStringLiteral("seatOp_") + target);
        connect(a, &QAction::triggered, this, [this, target] { askSeatOperation(target); });
    }
    m_operations->setMenu(m_operationsMenu);
    m_operations->setMinimumWidth(m_operations->sizeHint().width() + 16); // room for the menu arrow
    paintForm->addRow(tr("Seats:"), m_operations);
    sideLayout->addWidget(paint, 1);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        m_operationsMenu->exec(m_view->viewport()->mapToGlobal(pos));
    });

    auto *mapSide = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapSide);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addWidget(m_view, 1);
    mapLayout->addWidget(new SeatMapLegend(m_scene, mapSide));

    auto *split = new QSplitter(this);
    split->addWidget(side);
    split->addWidget(mapSide);
    split->setStretchFactor(1, 1);
    split->setSizes({430, 1000}); // sector names and the category combo readable
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    updateSelectionLabel();
}

void MatchMapPanel::buildCategoryEditor(QWidget *box)
{
    auto *layout = new QVBoxLayout(box);
    m_categoryTable = new QTableWidget(0, 2, box);
    m_categoryTable->setObjectName(QStringLiteral("categoryTable"));
    m_categoryTable->setHorizontalHeaderLabels({tr("Name"), tr("Price (EUR)")});
    m_categoryTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_categoryTable->verticalHeader()->hide();
    m_categoryTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_categoryTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_categoryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_categoryTable->setMaximumHeight(150);
    connect(m_categoryTable, &QTableWidget::itemSelectionChanged, this, &MatchMapPanel::showCategoryInEditor);
    layout->addWidget(m_categoryTable);

    auto *form = new QHBoxLayout;
    m_categoryName = new QLineEdit(box);
    m_categoryName->setObjectName(QStringLiteral("categoryName"));
    m_categoryName->setPlaceholderText(tr("Name"));
    m_categoryPrice = new QLineEdit(box);
    m_categoryPrice->setObjectName(QStringLiteral("categoryPrice"));
    m_categoryPrice->setPlaceholderText(tr("Price"));
    m_categoryPrice->setMaximumWidth(90);
    m_categoryColour = new QPushButton(box);
    m_categoryColour->setObjectName(QStringLiteral("categoryColour"));
    m_categoryColour->setToolTip(tr("Colour of the category on the seat map"));
    m_colour = SeatMapPalette::defaultCategoryColour(0).name();
    m_categoryColour->setIcon(swatch(m_colour));
    connect(m_categoryColour, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(QColor(m_colour), this, tr("Category colour"));
        if (c.isValid()) {
            m_colour = c.name();
            m_categoryColour->setIcon(swatch(m_colour));
        }
    });
    form->addWidget(m_categoryName, 1);
    form->addWidget(m_categoryPrice);
    form->addWidget(m_categoryColour);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), box);
    add->setObjectName(QStringLiteral("addCategoryButton"));
    connect(add, &QPushButton::clicked, this, [this] { saveCategory(true); });
    auto *update = new QPushButton(tr("Update"), box);
    update->setObjectName(QStringLiteral("updateCategoryButton"));
    connect(update, &QPushButton::clicked, this, [this] { saveCategory(false); });
    auto *remove = new QPushButton(tr("Delete"), box);
    connect(remove, &QPushButton::clicked, this, &MatchMapPanel::deleteCategory);
    buttons->addWidget(add);
    buttons->addWidget(update);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
}

void MatchMapPanel::setChangeListener(ChangeListener *listener)
{
    m_feed->setListener(listener);
}

void MatchMapPanel::setMatch(const SetupMatch &match, const MatchSetupService::Details &details)
{
    // A new inventory (generated here or elsewhere) has rows the loaded map cannot place: load
    // it again; otherwise the delta is enough.
    const bool other = match.id != m_feed->match() || match.inventorySeats != m_match.inventorySeats;
    m_match = match;
    m_details = details;

    m_categoryTable->setRowCount(int(details.categories.size()));
    const QString current = m_categoryCombo->currentData().toString();
    m_categoryCombo->clear();
    m_categoryCombo->addItem(tr("(none)"), QString());
    for (int i = 0; i < details.categories.size(); ++i) {
        const SetupPriceCategory &c = details.categories[i];
        auto *name = new QTableWidgetItem(swatch(c.colour), c.name);
        name->setData(Qt::UserRole, c.id);
        m_categoryTable->setItem(i, 0, name);
        m_categoryTable->setItem(i, 1, new QTableWidgetItem(formatPriceCents(c.priceCents)));
        m_categoryCombo->addItem(swatch(c.colour), QStringLiteral("%1 (%2 €)").arg(c.name, formatPriceCents(c.priceCents)),
                                 c.id.toString(QUuid::WithoutBraces));
    }
    m_categoryCombo->setCurrentIndex(qMax(1, m_categoryCombo->findData(current)));

    QSet<QUuid> selected;
    for (const QListWidgetItem *item : m_sectorList->selectedItems())
        selected.insert(item->data(Qt::UserRole).toUuid());
    m_sectorList->clear();
    for (const SetupSector &s : details.sectors) {
        QString category = tr("no price");
        for (const SetupPriceCategory &c : details.categories)
            if (c.id == s.categoryId)
                category = c.name;
        QString text = QStringLiteral("%1 – %2 · %3 · %4").arg(s.code, s.name, category, MatchSetupText::purpose(s.purpose));
        if (s.status != QLatin1String("ACTIVE"))
            text += QStringLiteral(" · ") + MatchSetupText::sectorStatus(s.status);
        if (!s.hasSeatMap)
            text += QStringLiteral(" · ") + tr("%n places", nullptr, s.capacity);
        auto *item = new QListWidgetItem(text, m_sectorList);
        item->setData(Qt::UserRole, s.sectorId);
        item->setSelected(selected.contains(s.sectorId));
    }
    if (other)
        m_feed->setMatch(match.id); // a full load, also for the same match
    else
        m_feed->refresh(match.id.toString(QUuid::WithoutBraces));
    updateSelectionLabel();
}

void MatchMapPanel::updatePalette()
{
    SeatMapPalette palette = m_scene->palette();
    QList<SeatMapPalette::Category> categories{{tr("No price category"), QColor(0xB0, 0xB0, 0xB0)}};
    int i = 0;
    for (const SetupPriceCategory &c : m_feed->map().categories) {
        const QColor colour = c.colour.isEmpty() ? SeatMapPalette::defaultCategoryColour(i) : QColor(c.colour);
        categories.append({c.name, colour});
        ++i;
    }
    palette.setCategories(categories);
    m_scene->setPalette(palette);
}

void MatchMapPanel::updateSelectionLabel()
{
    const int seats = m_model->selectionCount();
    m_selectionLabel->setText(tr("%n seats selected on the map", nullptr, seats) + QStringLiteral("; ")
                              + tr("%n sectors", nullptr, int(selectedSectorIds().size())));
}

void MatchMapPanel::showCategoryInEditor()
{
    const int row = m_categoryTable->currentRow();
    if (row < 0 || row >= m_details.categories.size())
        return;
    const SetupPriceCategory &c = m_details.categories[row];
    m_categoryName->setText(c.name);
    m_categoryPrice->setText(formatPriceCents(c.priceCents));
    m_colour = c.colour;
    m_categoryColour->setIcon(swatch(m_colour));
    const int index = m_categoryCombo->findData(c.id.toString(QUuid::WithoutBraces));
    if (index >= 0)
        m_categoryCombo->setCurrentIndex(index);
}

void MatchMapPanel::saveCategory(bool asNew)
{
    SetupPriceCategory c;
    const int row = m_categoryTable->currentRow();
    if (!asNew) {
        if (row < 0 || row >= m_details.categories.size())
            return fail(tr("Select the category to update."));
        c.id = m_details.categories[row].id;
    }
    c.name = m_categoryName->text().trimmed();
    c.colour = m_colour;
    if (!parsePriceCents(m_categoryPrice->text(), &c.priceCents))
        return fail(tr("“%1” is not a price.").arg(m_categoryPrice->text()));
    whenDone(this, m_service.saveCategory(m_match.id, c), [this](const MatchSetupService::Saved &r) {
        if (!r.outcome)
            return fail(r.outcome.error());
        emit statusMessage(tr("Price category saved."));
        emit configurationChanged();
    }, [this](const QString &e) { fail(e); });
}

void MatchMapPanel::deleteCategory()
{
    const int row = m_categoryTable->currentRow();
    if (row < 0 || row >= m_details.categories.size())
        return;
    whenDone(this, m_service.deleteCategory(m_details.categories[row].id), [this](const Outcome &o) {
        if (!o)
            return fail(o.error());
        emit configurationChanged();
    }, [this](const QString &e) { fail(e); });
}

QList<QUuid> MatchMapPanel::selectedSectorIds() const
{
    QList<QUuid> ids;
    for (const QListWidgetItem *item : m_sectorList->selectedItems())
        ids.append(item->data(Qt::UserRole).toUuid());
    QSet<int> sectors;
    const QList<int> selection = m_model->selection();
    for (int seat : selection)
        sectors.insert(m_model->locate(seat).sector);
    for (int s : std::as_const(sectors))
        if (const QUuid id = m_feed->map().sectorIds.value(s); !id.isNull() && !ids.contains(id))
            ids.append(id);
    return ids;
}

void MatchMapPanel::paintSelectedSeats()
{
    const QList<QUuid> ids = m_feed->inventoryIds(m_model->selection());
    if (ids.isEmpty())
        return fail(m_model->selectionCount() ? tr("Generate the seat inventory before painting single seats.")
                                              : tr("Select seats on the map first (click or drag a rectangle)."));
    const QUuid category = QUuid::fromString(m_categoryCombo->currentData().toString());
    whenDone(this, m_service.setSeatCategory(m_match.id, ids, category), [this, n = ids.size()](const Outcome &o) {
        if (!o)
            return fail(o.error());
        emit statusMessage(tr("Painted %n seats.", nullptr, int(n)));
        m_feed->refresh(m_match.id.toString(QUuid::WithoutBraces));
        emit configurationChanged();
    }, [this](const QString &e) { fail(e); });
}

void MatchMapPanel::paintSectors()
{
    const QList<QUuid> sectors = selectedSectorIds();
    if (sectors.isEmpty())
        return fail(tr("Select sectors in the list or seats on the map first."));
    SetupSectorChange change;
    change.category = QUuid::fromString(m_categoryCombo->currentData().toString());
    whenDone(this, m_service.configureSectors(m_match.id, sectors, change), [this](const Outcome &o) {
        if (!o)
            return fail(o.error());
        m_feed->refresh(m_match.id.toString(QUuid::WithoutBraces));
        emit configurationChanged();
    }, [this](const QString &e) { fail(e); });
}

void MatchMapPanel::setSectorValue(bool purpose)
{
    const QList<QUuid> sectors = selectedSectorIds();
    if (sectors.isEmpty())
        return fail(tr("Select sectors in the list or seats on the map first."));
    SetupSectorChange change;
    if (purpose)
        change.purpose = m_purposeCombo->currentData().toString();
    else
        change.status = m_statusCombo->currentData().toString();
    whenDone(this, m_service.configureSectors(m_match.id, sectors, change), [this](const Outcome &o) {
        if (!o)
            return fail(o.error());
        emit configurationChanged();
    }, [this](const QString &e) { fail(e); });
}

void MatchMapPanel::askSeatOperation(const QString &target)
{
    if (m_model->selectionCount() == 0)
        return fail(tr("Select seats on the map first (click or drag a rectangle)."));
    bool ok = false;
    const QString reason = QInputDialog::getText(this, targetAction(target),
                                                 tr("Reason for this change of %n seats (recorded in the audit log):",
                                                    nullptr, m_model->selectionCount()),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty())
        return fail(tr("Every seat operation needs a reason."));
    applySeatOperation(target, reason);
}

void MatchMapPanel::applySeatOperation(const QString &target, const QString &reason)
{
    const QList<QUuid> ids = m_feed->inventoryIds(m_model->selection());
    if (ids.isEmpty())
        return fail(tr("The selected seats have no inventory yet: generate it first."));
    whenDone(this, m_service.applySeats(m_match.id, ids, target, reason), [this](const SeatOperationResult &r) {
        if (!r.outcome)
            return fail(r.outcome.error());
        m_feed->refresh(m_match.id.toString(QUuid::WithoutBraces));
        QString text = tr("%n seats changed.", nullptr, r.applied);
        if (!r.skipped.isEmpty()) {
            text += QLatin1Char(' ') + tr("%n seats were skipped:", nullptr, int(r.skipped.size()));
            int shown = 0;
            for (const SkippedSeat &s : r.skipped) {
                if (++shown > 15) {
                    text += QLatin1Char('\n') + tr("… and %n more.", nullptr, int(r.skipped.size()) - 15);
                    break;
                }
                const int seat = m_feed->map().seatOfInventory.value(s.inventoryId, -1);
                text += QLatin1Char('\n') + (seat >= 0 ? m_model->describeSeat(seat) : s.inventoryId.toString())
                        + QStringLiteral(" — ") + MatchSetupText::skipReason(s.reason);
            }
        }
        emit statusMessage(text.section(QLatin1Char('\n'), 0, 0));
        if (!r.skipped.isEmpty() && isVisible())
            QMessageBox::information(this, tr("Seat operation"), text);
    }, [this](const QString &e) { fail(e); });
}

void MatchMapPanel::fail(const QString &message)
{
    emit statusMessage(message);
    if (isVisible())
        QMessageBox::warning(this, tr("Match set-up"), message);
}

} // namespace Tribina
