#include "editor/stadiumeditor.h"

#include "editor/editorview.h"
#include "editor/findingspanel.h"
#include "editor/rowblocktool.h"
#include "editor/seattypebrushtool.h"
#include "editor/sectoroutlinetool.h"
#include "editor/sectorpropertypanel.h"
#include "editor/selecttool.h"
#include "editor/snakeconfigdialog.h"
#include "layout/commands/sectorcommands.h"
#include "layout/commands/seatcommands.h"
#include "layout/layoutdocument.h"
#include "seatmap/seatmapbuilder.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmapscene.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace Tribina {

StadiumEditor::StadiumEditor(LayoutService *service, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_document(new LayoutDocument(this))
    , m_model(new SeatMapModel(this))
    , m_scene(new SeatMapScene(m_model, this))
    , m_view(new EditorView(m_document, this))
    , m_selectTool(new SelectTool(m_document, m_view, this))
    , m_brushTool(new SeatTypeBrushTool(m_document, m_view, SeatTypeBrushTool::Mode::SetType, this))
    , m_removeTool(new SeatTypeBrushTool(m_document, m_view, SeatTypeBrushTool::Mode::Remove, this))
    , m_rowBlockTool(new RowBlockTool(m_document, m_view, this))
    , m_outlineTool(new SectorOutlineTool(m_document, m_view, this))
{
    setObjectName(QStringLiteral("stadiumEditor"));
    setWindowFlags(Qt::Widget);
    setDockNestingEnabled(true);
    m_view->setObjectName(QStringLiteral("editorView"));
    m_view->setSeatMapScene(m_scene);
    setCentralWidget(m_view);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &StadiumEditor::refreshSeatMap);
    connect(m_document, &LayoutDocument::contentsChanged, &m_refreshTimer,
            qOverload<>(&QTimer::start));
    connect(m_document, &LayoutDocument::layoutReset, this, &StadiumEditor::refreshSeatMap);
    connect(m_document, &LayoutDocument::selectionChanged, this, &StadiumEditor::updateActions);
    connect(m_document, &LayoutDocument::cleanChanged, this, &StadiumEditor::updateActions);

    m_autosaveTimer.setInterval(AutosaveIntervalMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &StadiumEditor::autosave);
    m_autosaveTimer.start();

    m_closePrompt = [this] {
        return QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("The layout has unsaved changes. Save them as a draft before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };

    createActions();
    createToolBars();
    createDocks();
    statusBar()->setSizeGripEnabled(false);
    setTool(m_selectTool);
    refreshSeatMap();
    updateActions();
}

StadiumEditor::~StadiumEditor()
{
    // The view outlives neither the scene nor the tools: detach before they go.
    m_view->setTool(nullptr);
    // The document is a child and outlives this object's own part; it still signals (the undo
    // stack's cleanChanged()) while it goes.
    disconnect(m_document, nullptr, this, nullptr);
}

QAction *StadiumEditor::addAction(const QString &id, const QString &text, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(id);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    m_actions.insert(id, action);
    return action;
}

void StadiumEditor::createActions()
{
    QAction *a = addAction(QStringLiteral("actionNew"), tr("New layout"), tr("Start an empty layout"));
    a->setShortcut(QKeySequence::New);
    connect(a, &QAction::triggered, this, &StadiumEditor::newLayout);
    a = addAction(QStringLiteral("actionStadiumProperties"), tr("Stadium properties…"),
                  tr("Name, city, country, address and type of the stadium"));
    connect(a, &QAction::triggered, this, &StadiumEditor::editStadiumProperties);
    a = addAction(QStringLiteral("actionOpenDatabase"), tr("Open…"),
                  tr("Open a stadium's layout from the database"));
    a->setShortcut(QKeySequence::Open);
    connect(a, &QAction::triggered, this, &StadiumEditor::openFromDatabase);
    a = addAction(QStringLiteral("actionSaveDraft"), tr("Save draft"),
                  tr("Store the layout as the stadium's draft"));
    a->setShortcut(QKeySequence::Save);
    connect(a, &QAction::triggered, this, &StadiumEditor::saveDraft);
    a = addAction(QStringLiteral("actionActivate"), tr("Activate…"),
                  tr("Make the saved draft the stadium's active layout"));
    connect(a, &QAction::triggered, this, &StadiumEditor::activateLayout);
    a = addAction(QStringLiteral("actionImportJson"), tr("Import JSON…"),
                  tr("Read a layout from a JSON file"));
    connect(a, &QAction::triggered, this, &StadiumEditor::importJson);
    a = addAction(QStringLiteral("actionExportJson"), tr("Export JSON…"),
                  tr("Write the layout to a JSON file"));
    connect(a, &QAction::triggered, this, &StadiumEditor::exportJson);
    a = addAction(QStringLiteral("actionExportMap"), tr("Export map…"),
                  tr("Write the seat map to a PNG, SVG or PDF file"));
    connect(a, &QAction::triggered, this, &StadiumEditor::exportMapAs);

    QUndoStack *stack = m_document->undoStack();
    a = stack->createUndoAction(this, tr("Undo"));
    a->setObjectName(QStringLiteral("actionUndo"));
    a->setShortcut(QKeySequence::Undo);
    m_actions.insert(a->objectName(), a);
    a = stack->createRedoAction(this, tr("Redo"));
    a->setObjectName(QStringLiteral("actionRedo"));
    a->setShortcut(QKeySequence::Redo);
    m_actions.insert(a->objectName(), a);

    m_toolGroup = new QActionGroup(this);
    const auto addTool = [this](const QString &id, const QString &text, const QString &tip,
                                AbstractTool *tool, const QKeySequence &key) {
        QAction *action = addAction(id, text, tip);
        action->setCheckable(true);
        action->setShortcut(key);
        m_toolGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, tool] { setTool(tool); });
    };
    addTool(QStringLiteral("actionToolSelect"), tr("Select"),
            tr("Select, move (drag) and rotate (Ctrl+drag, R) sectors"), m_selectTool,
            QKeySequence(Qt::Key_S));
    addTool(QStringLiteral("actionToolRowBlock"), tr("Row block"),
            tr("Add a block of rows: click where the front row starts, Enter adds it"),
            m_rowBlockTool, QKeySequence(Qt::Key_B));
    addTool(QStringLiteral("actionToolOutline"), tr("Draw outline"),
            tr("Draw a sector outline: click its corners, double-click or Enter closes it, Esc "
               "cancels. Replaces the selected sector's outline or adds a new sector"),
            m_outlineTool, QKeySequence(Qt::Key_O));
    addTool(QStringLiteral("actionToolSeatType"), tr("Seat type"),
            tr("Set the type of the seats you click or drag a rectangle over"), m_brushTool,
            QKeySequence(Qt::Key_T));
    addTool(QStringLiteral("actionToolRemoveSeats"), tr("Remove seats"),
            tr("Remove the seats you click or drag a rectangle over"), m_removeTool,
            QKeySequence(Qt::Key_X));

    a = addAction(QStringLiteral("actionRestoreSeats"), tr("Restore seats"),
                  tr("Bring back every removed seat of the selected sector"));
    connect(a, &QAction::triggered, this, &StadiumEditor::restoreSeatsOfSelected);
    a = addAction(QStringLiteral("actionDuplicate"), tr("Duplicate"),
                  tr("Copy the selected sector next to it"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(a, &QAction::triggered, this, &StadiumEditor::duplicateSelected);
    a = addAction(QStringLiteral("actionMirror"), tr("Mirror"),
                  tr("Copy the selected sector to the opposite stand"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(a, &QAction::triggered, this, &StadiumEditor::mirrorSelected);
    a = addAction(QStringLiteral("actionRotate"), tr("Rotate"),
                  tr("Rotate the selected sectors by 15°"));
    connect(a, &QAction::triggered, this,
            [this] { m_selectTool->rotateSelection(SelectTool::RotateStepDeg); });
    a = addAction(QStringLiteral("actionDelete"), tr("Delete"), tr("Remove the selected sectors"));
    connect(a, &QAction::triggered, this, [this] {
        if (!m_document->selectedSectors().isEmpty())
            m_document->push(new RemoveSector(m_document, m_document->selectedSectors()));
    });
    a = addAction(QStringLiteral("actionSnake"), tr("Snake order…"),
                  tr("How the best-seat allocator orders the selected sector's seats"));
    connect(a, &QAction::triggered, this, &StadiumEditor::editSnakeConfig);
    a = addAction(QStringLiteral("actionRenumber"), tr("Renumber rows…"),
                  tr("Relabel the selected sector's rows and renumber their seats"));
    connect(a, &QAction::triggered, this, &StadiumEditor::renumberRowsOfSelected);
    a = addAction(QStringLiteral("actionShowRanking"), tr("Show ranking"),
                  tr("Colour the seats by their snake rank (green: sold first)"));
    a->setCheckable(true);
    connect(a, &QAction::toggled, m_view, &EditorView::setShowRanking);
    a = addAction(QStringLiteral("actionFit"), tr("Fit"), tr("Show the whole stadium"));
    connect(a, &QAction::triggered, m_view, &SeatMapView::fitToView);
}

void StadiumEditor::createToolBars()
{
    QToolBar *file = addToolBar(tr("File"));
    file->setObjectName(QStringLiteral("fileToolBar"));
    for (const char *id : {"actionNew", "actionOpenDatabase", "actionStadiumProperties", "actionSaveDraft",
                           "actionActivate", "actionImportJson", "actionExportJson", "actionExportMap"})
        file->addAction(action(QLatin1String(id)));
    QToolBar *edit = addToolBar(tr("Edit"));
    edit->setObjectName(QStringLiteral("editToolBar"));
    edit->addAction(action(QStringLiteral("actionUndo")));
    edit->addAction(action(QStringLiteral("actionRedo")));
    edit->addSeparator();
    for (QAction *tool : m_toolGroup->actions())
        edit->addAction(tool);
    m_seatType = new QComboBox(edit);
    m_seatType->setObjectName(QStringLiteral("seatTypeCombo"));
    m_seatType->setToolTip(tr("The type the seat type brush sets"));
    m_seatType->addItem(tr("Standard"), int(SeatType::Standard));
    m_seatType->addItem(tr("Technical"), int(SeatType::Technical));
    m_seatType->addItem(tr("Wheelchair"), int(SeatType::Accessibility));
    m_seatType->addItem(tr("Companion"), int(SeatType::Companion));
    m_seatType->setCurrentIndex(m_seatType->findData(int(m_brushTool->seatType())));
    connect(m_seatType, &QComboBox::currentIndexChanged, this, [this] {
        m_brushTool->setSeatType(SeatType(m_seatType->currentData().toInt()));
    });
    edit->addWidget(m_seatType);
    addToolBarBreak();
    QToolBar *sector = addToolBar(tr("Sector"));
    sector->setObjectName(QStringLiteral("sectorToolBar"));
    for (const char *id : {"actionDuplicate", "actionMirror", "actionRotate", "actionDelete",
                           "actionRestoreSeats", "actionSnake", "actionRenumber", "actionShowRanking", "actionFit"})
        sector->addAction(action(QLatin1String(id)));
}

void StadiumEditor::createDocks()
{
    m_properties = new SectorPropertyPanel(m_document, this);
    auto *propertiesDock = new QDockWidget(tr("Sector"), this);
    propertiesDock->setObjectName(QStringLiteral("propertiesDock"));
    propertiesDock->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, propertiesDock);

    m_findings = new FindingsPanel(m_document, this);
    auto *findingsDock = new QDockWidget(tr("Problems"), this);
    findingsDock->setObjectName(QStringLiteral("findingsDock"));
    findingsDock->setWidget(m_findings);
    addDockWidget(Qt::RightDockWidgetArea, findingsDock);
    connect(m_findings, &FindingsPanel::findingActivated, this,
            [this](const LayoutFinding &finding) {
                m_view->centreOnLayout(finding.position);
                setTool(m_selectTool);
            });

    m_undoView = new QUndoView(m_document->undoStack(), this);
    m_undoView->setEmptyLabel(tr("<opened layout>"));
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    resizeDocks({propertiesDock, findingsDock, historyDock}, {200, 260, 160}, Qt::Vertical);
    resizeDocks({propertiesDock}, {300}, Qt::Horizontal);
}

void StadiumEditor::setTool(AbstractTool *tool)
{
    m_view->setTool(tool);
    const QHash<AbstractTool *, QString> ids{
        {m_selectTool, QStringLiteral("actionToolSelect")},
        {m_rowBlockTool, QStringLiteral("actionToolRowBlock")},
        {m_outlineTool, QStringLiteral("actionToolOutline")},
        {m_brushTool, QStringLiteral("actionToolSeatType")},
        {m_removeTool, QStringLiteral("actionToolRemoveSeats")},
    };
    if (QAction *a = action(ids.value(tool)))
        a->setChecked(true);
    m_view->setFocus();
}

void StadiumEditor::setLayout(const StadiumLayout &layout, const QUuid &stadiumId)
{
    m_stadiumId = stadiumId;
    m_draftVersion = 0;
    m_document->setLayout(layout);
    m_autosavedRevision = m_document->revision();
    m_view->fitToView();
    setWindowTitle(layout.name());
    updateActions();
}

void StadiumEditor::refreshSeatMap()
{
    m_refreshTimer.stop();
    m_model->reset(SeatMapBuilder::fromLayout(m_document->layout()));
    m_view->viewport()->update();
}

void StadiumEditor::updateActions()
{
    const bool oneSector = m_document->selectedSectors().size() == 1;
    const bool anySector = !m_document->selectedSectors().isEmpty();
    action(QStringLiteral("actionDuplicate"))->setEnabled(oneSector);
    action(QStringLiteral("actionMirror"))->setEnabled(oneSector);
    action(QStringLiteral("actionRestoreSeats"))->setEnabled(oneSector);
    action(QStringLiteral("actionSnake"))->setEnabled(oneSector);
    action(QStringLiteral("actionRenumber"))->setEnabled(oneSector);
    action(QStringLiteral("actionRotate"))->setEnabled(anySector);
    action(QStringLiteral("actionDelete"))->setEnabled(anySector);
    const bool db = m_service != nullptr;
    action(QStringLiteral("actionOpenDatabase"))->setEnabled(db);
    action(QStringLiteral("actionActivate"))->setEnabled(db);
}

void StadiumEditor::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
    emit statusMessage(message);
}

StadiumEditor::CloseDecision StadiumEditor::closeDecision(bool modified,
                                                          QMessageBox::StandardButton answer)
{
    if (!modified)
        return CloseDecision::Proceed;
    switch (answer) {
    case QMessageBox::Save:
        return CloseDecision::SaveThenProceed;
    case QMessageBox::Discard:
        return CloseDecision::Proceed;
    default:
        return CloseDecision::Stay;
    }
}

bool StadiumEditor::maybeClose()
{
    const bool modified = m_document->isModified();
    const CloseDecision decision = closeDecision(
        modified, modified ? m_closePrompt() : QMessageBox::NoButton);
    switch (decision) {
    case CloseDecision::Proceed:
        return true;
    case CloseDecision::SaveThenProceed:
        return saveDraft();
    case CloseDecision::Stay:
        return false;
    }
    return false;
}

void StadiumEditor::setClosePrompt(std::function<QMessageBox::StandardButton()> prompt)
{
    m_closePrompt = std::move(prompt);
}

void StadiumEditor::closeEvent(QCloseEvent *event)
{
    if (maybeClose())
        event->accept();
    else
        event->ignore();
}

QString StadiumEditor::autosaveFileName()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("layout-editor-draft.json"));
}

bool StadiumEditor::autosave()
{
    if (!m_document->isModified() || m_document->revision() == m_autosavedRevision)
        return false;
    const QString fileName = autosaveFileName();
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    const Outcome outcome = m_document->saveDraft(fileName);
    if (!outcome) {
        showMessage(tr("Autosave failed: %1").arg(outcome.error()));
        return false;
    }
    m_autosavedRevision = m_document->revision();
    showMessage(tr("Draft autosaved to %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

} // namespace Tribina
