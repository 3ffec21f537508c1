#pragma once

#include "db/loginresult.h"
#include "domain/outcome.h"
#include "launchoptions.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Tribina {

class DbSession;
class DemoEnvironment;
class DemoStarter;
class LanguageSwitcher;
class LoginDialog;
class MainWindow;

/// The desktop app's life: login (or the demo start), the main window, log out and back,
/// quitting. It owns the database session and, with --demo, the embedded environment, which it
/// releases when the app ends. main() only parses arguments and hands them over.
class ApplicationFlow : public QObject
{
    Q_OBJECT
public:
    explicit ApplicationFlow(LanguageSwitcher &language, QObject *parent = nullptr);
    ~ApplicationFlow() override;

    /// Shows the first window once the event loop runs.
    void start(const LaunchOptions &options);

signals:
    /// The app should end with this exit code (0: the user quit).
    void finished(int exitCode);

private:
    void showLogin();
    void startDemo();
    void demoPrepared(const Outcome &outcome);
    void showMainWindow(const LoginResult &result);
    void logout();
    void fail(const QString &message);
    void screenshotIfAsked(QWidget *window);

    LanguageSwitcher &m_language;
    LaunchOptions m_options;
    std::unique_ptr<DbSession> m_session;
    std::unique_ptr<DemoEnvironment> m_demo;
    DemoStarter *m_demoStarter = nullptr;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_mainWindow;
    bool m_screenshotTaken = false;
};

} // namespace Tribina
