#include "applicationflow.h"

#include "demostarter.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "screenshot.h"

#include "db/dbsession.h"
#include "demo/demoenvironment.h"
#include "demo/demologins.h"
#include "domain/staffrole.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace Tribina {

namespace {
std::optional<DemoLogin> demoLogin(const QString &name)
{
    for (const DemoLogin &login : demoLogins())
        if (login.login == name)
            return login;
    return std::nullopt;
}
} // namespace

ApplicationFlow::ApplicationFlow(LanguageSwitcher &language, QObject *parent)
    : QObject(parent)
    , m_language(language)
    , m_session(std::make_unique<DbSession>())
{}

ApplicationFlow::~ApplicationFlow()
{
    delete m_mainWindow;
    delete m_login;
    delete m_demoStarter; // waits for a running preparation
    // Close the connection before the cluster may stop under it.
    m_session.reset();
    if (m_demo)
        m_demo->release();
}

void ApplicationFlow::start(const LaunchOptions &options)
{
    m_options = options;
    // Deferred, so finished() is only ever emitted inside the running event loop.
    QTimer::singleShot(0, this, [this] {
        if (m_options.demo)
            startDemo();
        else
            showLogin();
    });
}

void ApplicationFlow::showLogin()
{
    auto *dialog = new LoginDialog(*m_session);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_login = dialog;
    if (m_demo) {
        // Back from a demo session: offer the demo server, and keep it out of the saved settings.
        dialog->setPersistent(false);
        dialog->setConnectionSettings(m_demo->settingsFor(m_options.demoLogin));
    } else if (m_options.connection) {
        dialog->setConnectionSettings(*m_options.connection);
    }
    connect(dialog, &LoginDialog::loggedIn, this, &ApplicationFlow::showMainWindow);
    connect(dialog, &QDialog::rejected, this, [this] { emit finished(0); });
    dialog->show();
    screenshotIfAsked(dialog);
}

void ApplicationFlow::startDemo()
{
    // A mistyped login is cheaper to report before the cluster starts.
    if (!demoLogin(m_options.demoLogin)) {
        QStringList known;
        for (const DemoLogin &login : demoLogins())
            known << login.login;
        fail(tr("There is no demo login \"%1\". Demo logins: %2.")
                 .arg(m_options.demoLogin, known.join(QLatin1String(", "))));
        return;
    }
    m_demo = std::make_unique<DemoEnvironment>();
    m_demoStarter = new DemoStarter(*m_demo, this);
    connect(m_demoStarter, &DemoStarter::finished, this, &ApplicationFlow::demoPrepared);
    m_demoStarter->start();
}

void ApplicationFlow::demoPrepared(const Outcome &outcome)
{
    if (!outcome) {
        fail(tr("The demo database could not be started.\n\n%1").arg(outcome.error()));
        return;
    }
    const std::optional<DemoLogin> chosen = demoLogin(m_options.demoLogin);
    if (QProgressDialog *progress = m_demoStarter->progressDialog())
        progress->setLabelText(tr("Logging in as %1…").arg(chosen->login));

    auto *watcher = new QFutureWatcher<LoginResult>(this);
    connect(watcher, &QFutureWatcher<LoginResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const LoginResult result = watcher->future().resultCount() > 0 ? watcher->result() : LoginResult{};
        if (result.ok())
            showMainWindow(result);
        else
            fail(result.message());
    });
    watcher->setFuture(m_session->open(m_demo->settingsFor(chosen->login), chosen->password));
}

void ApplicationFlow::showMainWindow(const LoginResult &result)
{
    auto *window = new MainWindow(*m_session, result.identity, m_language);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_mainWindow = window;
    connect(window, &MainWindow::logoutRequested, this, &ApplicationFlow::logout);
    // Closing the window (its close box, File → Quit) ends the app; logging out disconnects first.
    connect(window, &QObject::destroyed, this, [this] { emit finished(0); });
    for (Module module : modulesFor(result.identity.roles)) {
        if (moduleId(module) == m_options.module)
            window->showModule(module);
    }
    window->show();
    // Only now that something else is on screen: the progress window of the demo start goes.
    if (m_demoStarter)
        m_demoStarter->closeProgress();
    screenshotIfAsked(window);
}

void ApplicationFlow::logout()
{
    m_session->close();
    showLogin();
    if (m_mainWindow) {
        m_mainWindow->disconnect(this);
        m_mainWindow->close();
    }
}

void ApplicationFlow::fail(const QString &message)
{
    std::fprintf(stderr, "tribina: %s\n", qPrintable(message));
    if (m_demoStarter)
        m_demoStarter->closeProgress();
    // A modal box would wait forever in an unattended screenshot run.
    if (m_options.screenshotPath.isEmpty())
        QMessageBox::critical(nullptr, tr("Tribina"), message);
    emit finished(1);
}

void ApplicationFlow::screenshotIfAsked(QWidget *window)
{
    if (m_options.screenshotPath.isEmpty() || m_screenshotTaken)
        return;
    m_screenshotTaken = true;
    Screenshot::grabWhenShown(window, m_options.screenshotPath,
                              [this](bool saved) { emit finished(saved ? 0 : 1); },
                              m_options.screenshotDelayMs);
}

} // namespace Tribina
