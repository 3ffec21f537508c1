#include "mainwindow.h"

#include "appsettings.h"
#include "brandmark.h"
#include "connectionindicator.h"
#include "languageswitcher.h"
#include "modulepage.h"
#include "navigationpanel.h"

#include "boxoffice/counterpage.h"
#include "db/dbsession.h"
#include "admin/matchsetuppage.h"
#include "editor/layouteditorpage.h"
#include "emergency/emergencyservice.h"
#include "petrol/petroladminpanel.h"
#include "petrol/petrolpage.h"
#include "printing/emergencyprintpage.h"
#include "quotas/quotamanagerpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace Tribina {

namespace {

/// Administration: the stadium layouts and the matches configured on them, as two tabs.
QWidget *administration(DbSession &session)
{
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("administrationTabs"));
    tabs->addTab(new LayoutEditorPage(session, tabs), LayoutEditorPage::tr("Stadium layouts"));
    tabs->addTab(new MatchSetupPage(session, tabs), MatchSetupPage::tr("Matches"));
    return tabs;
}

/// Petrol: the PIN redemption; administrators also get lockouts and the poster.
QWidget *petrol(DbSession &session, bool admin)
{
    auto *redeem = new PetrolPage(session);
    if (!admin)
        return redeem;
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("petrolTabs"));
    tabs->addTab(redeem, PetrolPage::tr("Redeem a PIN"));
    tabs->addTab(new PetrolAdminPanel(session, tabs), PetrolPage::tr("Lockouts and poster"));
    return tabs;
}

/// Box office: the counter, with the USB scanner listening without a focused field.
QWidget *counter(DbSession &session)
{
    auto *counter = new CounterPage(session);
    counter->enableScanner();
    return counter;
}

/// Emergency printing; its service keeps the offline cache of upcoming matches fresh and
/// delivers prints made offline.
QWidget *emergencyPrinting(DbSession &session, QObject *owner)
{
    auto *service = new EmergencyService(session, EmergencyCache::defaultFileName(), owner);
    if (service->openCache())
        service->refreshCache();
    return new EmergencyPrintPage(*service);
}

} // namespace

MainWindow::MainWindow(DbSession &session, const StaffIdentity &identity,
                       LanguageSwitcher &language, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_identity(identity)
    , m_language(language)
    , m_modules(modulesFor(identity.roles))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(BrandMark::icon());

    m_navigation = new NavigationPanel(m_modules, this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));
    for (Module module : std::as_const(m_modules)) {
        auto *page = new ModulePage(module, m_stack);
        switch (module) {
        case Module::Administration:
            page->host(administration(m_session));
            break;
        case Module::BoxOffice:
            page->host(counter(m_session));
            break;
        case Module::Petrol:
            page->host(petrol(m_session, m_identity.roles.testFlag(StaffRole::Admin)));
            break;
        case Module::EmergencyPrinting:
            page->host(emergencyPrinting(m_session, page));
            break;
        case Module::Quotas:
            page->host(new QuotaManagerPage(m_session));
            break;
        case Module::Reports:
            break; // not built yet: the page says so
        }
        m_pages.insert(module, page);
        m_stack->addWidget(page);
    }
    if (m_modules.isEmpty()) {
        // Login refuses users without roles; this only guards a window made by hand.
        auto *empty = new QLabel(m_stack);
        empty->setObjectName(QStringLiteral("noModules"));
        empty->setAlignment(Qt::AlignCenter);
        m_stack->addWidget(empty);
    }

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_navigation, &NavigationPanel::moduleActivated, this, &MainWindow::showModule);

    createActions();
    createMenus();
    createStatusBar();
    retranslateUi();

    const AppSettings settings;
    if (!restoreGeometry(settings.mainWindowGeometry())) {
        // First start: a counter or back-office PC gives the app its whole screen (1366 × 768
        // laptops included); the size the user leaves it at is remembered from then on.
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect();
        setGeometry(screen.width() >= 1024 && screen.height() >= 700 ? screen : QRect(0, 0, 1280, 800));
    }
    Module first = m_modules.value(0, Module::Administration);
    for (Module module : std::as_const(m_modules))
        if (moduleId(module) == settings.lastModule())
            first = module;
    if (!m_modules.isEmpty())
        showModule(first);
}

void MainWindow::showModule(Module module)
{
    ModulePage *target = m_pages.value(module);
    if (!target)
        return;
    m_stack->setCurrentWidget(target);
    m_navigation->setCurrentModule(module);
    AppSettings().setLastModule(moduleId(module));
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    m_logoutAction = new QAction(this);
    m_logoutAction->setObjectName(QStringLiteral("actionLogout"));
    m_logoutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_logoutAction, &QAction::triggered, this, &MainWindow::logoutRequested);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : LanguageSwitcher::availableLanguages()) {
        auto *action = new QAction(LanguageSwitcher::nativeName(code), m_languageGroup);
        action->setObjectName(QStringLiteral("actionLanguage_") + code);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == m_language.language());
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    // The menu follows the language however it was changed (another window, --lang, a test).
    connect(&m_language, &LanguageSwitcher::languageChanged, this, [this](const QString &code) {
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == code);
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_logoutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_userLabel->setContentsMargins(8, 0, 0, 0);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("statusServer"));
    m_serverLabel->setContentsMargins(0, 0, 8, 0);
    m_connection = new ConnectionIndicator(this);
    m_connection->setConnected(m_session.isOpen());
    connect(&m_session, &DbSession::connectedChanged, m_connection, &ConnectionIndicator::setConnected);

    statusBar()->setSizeGripEnabled(true);
    statusBar()->addWidget(m_userLabel, 1);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_connection);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (auto *editor = findChild<LayoutEditorPage *>(); editor && !editor->maybeClose()) {
        event->ignore();
        return;
    }
    AppSettings().setMainWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Tribina – %1").arg(m_identity.fullName.isEmpty() ? m_identity.login
                                                                          : m_identity.fullName));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_logoutAction->setText(tr("Log &out"));
    m_logoutAction->setToolTip(tr("Close the connection and return to the login"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Tribina"));

    const QString name = m_identity.fullName.isEmpty() ? m_identity.login : m_identity.fullName;
    m_userLabel->setText(tr("%1 (%2) · %3").arg(name, m_identity.login, staffRolesTitle(m_identity.roles)));
    m_serverLabel->setText(tr("Server: %1").arg(m_session.settings().displayName()));
    if (auto *empty = findChild<QLabel *>(QStringLiteral("noModules")))
        empty->setText(tr("Your account has no Tribina role. Ask an administrator to add one."));
}

void MainWindow::showAbout()
{
    const QString version = QCoreApplication::applicationVersion();
    QMessageBox::about(
        this, tr("About Tribina"),
        tr("<h3>Tribina %1</h3>"
           "<p>Box office and back office of the Croatian Football Federation's ticketing system.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(version, QString::fromLatin1(qVersion())));
}

void MainWindow::chooseLanguage(const QString &code)
{
    if (m_language.setLanguage(code))
        AppSettings().setLanguage(code);
}

} // namespace Tribina
