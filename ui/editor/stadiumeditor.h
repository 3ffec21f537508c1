#pragma once

#include "layout/layoutfinding.h"
#include "layout/stadiumlayout.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>
#include <QTimer>
#include <QUuid>

#include <functional>

class QAction;
class QActionGroup;
class QComboBox;
class QUndoView;

namespace Tribina {

class AbstractTool;
class EditorView;
class FindingsPanel;
class LayoutDocument;
class LayoutService;
class RowBlockTool;
class SeatMapModel;
class SeatMapScene;
class SeatTypeBrushTool;
class SectorOutlineTool;
class SectorPropertyPanel;
class SelectTool;
struct RowRenumbering;

/// The stadium layout editor (STYLE.md, "The editor"): the seat map of a LayoutDocument with
/// tools, undo history, the selected sector's properties and the validator's findings, and the
/// file side — new, JSON import/export, drafts and activation in the database (through
/// LayoutService, when there is one) and an autosaved draft file. A QMainWindow so that it has
/// tool bars and docks, but meant to be embedded as a page (Administration → Stadium layouts).
class StadiumEditor : public QMainWindow
{
    Q_OBJECT

public:
    /// What closing (or replacing) a modified layout does after the prompt.
    enum class CloseDecision {
        Proceed,      ///< nothing to save, or the user discards the changes
        SaveThenProceed,
        Stay,         ///< the user cancelled
    };
    Q_ENUM(CloseDecision)
    static constexpr int AutosaveIntervalMs = 60 * 1000;
    static constexpr int RefreshDelayMs = 30;

    /// service may be null: the database actions are then disabled.
    explicit StadiumEditor(LayoutService *service = nullptr, QWidget *parent = nullptr);
    ~StadiumEditor() override;

    LayoutDocument *document() const { return m_document; }
    EditorView *view() const { return m_view; }
    SeatMapModel *seatMapModel() const { return m_model; }
    SectorPropertyPanel *propertyPanel() const { return m_properties; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    SelectTool *selectTool() const { return m_selectTool; }
    SeatTypeBrushTool *brushTool() const { return m_brushTool; }
    SeatTypeBrushTool *removeSeatsTool() const { return m_removeTool; }
    RowBlockTool *rowBlockTool() const { return m_rowBlockTool; }
    SectorOutlineTool *outlineTool() const { return m_outlineTool; }
    void setTool(AbstractTool *tool);
    /// "actionUndo", "actionSaveDraft", "actionToolSelect", ...
    QAction *action(const QString &objectName) const { return m_actions.value(objectName); }

    /// Starts editing layout (clean, empty history) and fits it into the view.
    void setLayout(const StadiumLayout &layout, const QUuid &stadiumId = {});
    /// Rebuilds the seat map from the document now instead of after the short delay.
    void refreshSeatMap();

    static CloseDecision closeDecision(bool modified, QMessageBox::StandardButton answer);
    /// Asks (if modified) and saves if told to; false: keep the layout open.
    bool maybeClose();
    /// Replaces the Save / Discard / Cancel message box (tests).
    void setClosePrompt(std::function<QMessageBox::StandardButton()> prompt);

    /// Why the layout cannot be activated now (empty: it can): the validator's errors, or a
    /// draft that is not saved yet. The first line is the summary, the rest the errors.
    static QString activationProblem(const QList<LayoutFinding> &findings, bool modified,
                                     int draftVersion);

    /// Renumbers every row of the selected sector (one undo step); false if none is selected.
    bool renumberSelected(const RowRenumbering &renumbering);
    /// Renders the layout to a PNG, SVG or PDF file (by its suffix); false with a message on
    /// failure.
    bool exportMap(const QString &fileName);

    static QString autosaveFileName();
    /// Writes the draft file if the layout changed since the last one; true if written.
    bool autosave();

signals:
    void statusMessage(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QAction *addAction(const QString &id, const QString &text, const QString &toolTip);
    void createActions();
    void createToolBars();
    void createDocks();
    void updateActions();
    void showMessage(const QString &message);

    void newLayout();
    void openFromDatabase();
    bool saveDraft();
    void activateLayout();
    void importJson();
    bool exportJson();
    void duplicateSelected();
    void mirrorSelected();
    void restoreSeatsOfSelected();
    void editSnakeConfig();
    void editStadiumProperties();
    void renumberRowsOfSelected();
    void exportMapAs();

    LayoutService *m_service;
    LayoutDocument *m_document;
    SeatMapModel *m_model;
    SeatMapScene *m_scene;
    EditorView *m_view;
    SectorPropertyPanel *m_properties = nullptr;
    FindingsPanel *m_findings = nullptr;
    QUndoView *m_undoView = nullptr;
    SelectTool *m_selectTool;
    SeatTypeBrushTool *m_brushTool;
    SeatTypeBrushTool *m_removeTool;
    RowBlockTool *m_rowBlockTool;
    SectorOutlineTool *m_outlineTool;
    QComboBox *m_seatType = nullptr;
    QActionGroup *m_toolGroup = nullptr;
    QHash<QString, QAction *> m_actions;
    QTimer m_refreshTimer;
    QTimer m_autosaveTimer;
    quint64 m_autosavedRevision = 0;
    QUuid m_stadiumId;
    int m_draftVersion = 0;
    std::function<QMessageBox::StandardButton()> m_closePrompt;
};

} // namespace Tribina
