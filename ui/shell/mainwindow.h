#pragma once

#include "db/loginresult.h"
#include "domain/staffrole.h"

#include <QMap>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

namespace Tribina {

class ConnectionIndicator;
class DbSession;
class LanguageSwitcher;
class ModulePage;
class NavigationPanel;

/// The window staff work in. It only assembles: one page per module the user's roles allow
/// (modulesFor()), a navigation column, menus and a status bar saying who is logged in where.
/// It works with a session that is not open (it then shows "Disconnected"), so it can be tested
/// and shown before the server answers.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(DbSession &session, const StaffIdentity &identity, LanguageSwitcher &language,
               QWidget *parent = nullptr);

    QList<Module> modules() const { return m_modules; }
    ModulePage *page(Module module) const { return m_pages.value(module); }
    void showModule(Module module);
    /// "actionLogout", "actionQuit", "actionLanguage_hr", "actionAbout", ...
    QAction *action(const QString &objectName) const;

signals:
    /// The user chose File → Log out; the owner closes the session and shows the login again.
    void logoutRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void retranslateUi();
    void showAbout();
    void chooseLanguage(const QString &code);

    DbSession &m_session;
    StaffIdentity m_identity;
    LanguageSwitcher &m_language;
    QList<Module> m_modules;
    QMap<Module, ModulePage *> m_pages;

    NavigationPanel *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_logoutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QLabel *m_userLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    ConnectionIndicator *m_connection = nullptr;
};

} // namespace Tribina
