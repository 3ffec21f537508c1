#pragma once

#include "editor/stadiumeditor.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QVBoxLayout;

namespace Tribina {

class DbSession;
class LayoutService;

/// "Stadium layouts" in the Administration module: the StadiumEditor, working against the
/// database through a LayoutService of the window's session. Until the session is open it says
/// so; the editor is made the first time the connection is up, and stays (with its unsaved
/// changes and autosave) when the connection drops.
class LayoutEditorPage : public QWidget
{
    Q_OBJECT

public:
    explicit LayoutEditorPage(DbSession &session, QWidget *parent = nullptr);
    ~LayoutEditorPage() override;

    StadiumEditor *editor() const { return m_editor; }
    /// False when the editor holds changes the user wants to keep (see StadiumEditor::maybeClose()).
    bool maybeClose();

private:
    void connectedChanged(bool connected);

    DbSession &m_session;
    std::unique_ptr<LayoutService> m_service;
    QVBoxLayout *m_layout;
    QLabel *m_placeholder;
    QPointer<StadiumEditor> m_editor;
};

} // namespace Tribina
