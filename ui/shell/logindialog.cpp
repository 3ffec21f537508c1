#include "logindialog.h"

#include "appsettings.h"
#include "brandheader.h"
#include "brandmark.h"

#include "db/dbsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Tribina {

namespace {
const char *const kSslModes[] = {"disable", "prefer", "require", "verify-full"};

QLabel *sectionLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}
} // namespace

LoginDialog::LoginDialog(DbSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowIcon(BrandMark::icon());
    buildUi();
    connect(&m_keychainRead, &QFutureWatcher<KeychainResult>::finished, this,
            &LoginDialog::keychainAnswered);

    const AppSettings settings;
    m_remember->setChecked(settings.rememberPassword());
    setConnectionSettings(settings.lastConnection());
    // A different account or server has a different remembered password.
    for (QLineEdit *edit : {m_host, m_database, m_login})
        connect(edit, &QLineEdit::editingFinished, this, &LoginDialog::readRememberedPassword);
    connect(m_port, &QSpinBox::editingFinished, this, &LoginDialog::readRememberedPassword);
    connect(m_host, &QLineEdit::textChanged, this, &LoginDialog::updateTlsAvailability);
    connect(m_connectButton, &QPushButton::clicked, this, &LoginDialog::connectToServer);
    connect(m_cancelButton, &QPushButton::clicked, this, &LoginDialog::cancelConnecting);
    connect(m_quitButton, &QPushButton::clicked, this, &QDialog::reject);

    retranslateUi();
    setConnecting(false);
}

LoginDialog::~LoginDialog()
{
    // The session may still finish an abandoned attempt; nobody is listening any more.
    if (m_attempt)
        m_attempt->disconnect(this);
    // Hiding in ~QDialog moves the focus away, and a line edit's editingFinished would then
    // call into this half-destroyed dialog.
    for (QWidget *field : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_login})
        field->disconnect(this);
}

void LoginDialog::buildUi()
{
    m_heading = new QLabel(this);
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);

    m_accountSection = sectionLabel(this);
    m_serverSection = sectionLabel(this);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setStyleSheet(QStringLiteral("color: #6b5300;"));
    m_keychainNote->hide();

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);
    m_port->setMinimumWidth(80);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    for (const char *mode : kSslModes)
        m_sslMode->addItem(QString(), QString::fromLatin1(mode));

    m_loginLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_hostLabel = new QLabel(this);
    m_portLabel = new QLabel(this);
    m_databaseLabel = new QLabel(this);
    m_sslLabel = new QLabel(this);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setBuddy(m_database);
    m_sslLabel->setBuddy(m_sslMode);

    auto *account = new QFormLayout;
    account->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    account->setHorizontalSpacing(14);
    account->setVerticalSpacing(8);
    account->addRow(m_loginLabel, m_login);
    account->addRow(m_passwordLabel, m_password);
    account->addRow(QString(), m_remember);
    account->addRow(QString(), m_keychainNote);

    auto *hostRow = new QHBoxLayout;
    hostRow->setSpacing(8);
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(m_portLabel);
    hostRow->addWidget(m_port);
    auto *server = new QFormLayout;
    server->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    server->setHorizontalSpacing(14);
    server->setVerticalSpacing(8);
    server->addRow(m_hostLabel, hostRow);
    server->addRow(m_databaseLabel, m_database);
    server->addRow(m_sslLabel, m_sslMode);

    // Both forms share one label column width, so the fields line up.
    const int labelWidth = 120;
    for (QLabel *label : {m_loginLabel, m_passwordLabel, m_hostLabel, m_databaseLabel, m_sslLabel})
        label->setMinimumWidth(labelWidth);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8a1414; border: 1px solid #f1aeb5;"
        " border-left: 4px solid #d0112b; border-radius: 4px; padding: 8px 10px; }"));
    m_error->hide();

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // indeterminate: we cannot know how long the server takes
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busyText = new QLabel(this);
    m_busyText->setObjectName(QStringLiteral("busyText"));
    m_busyText->setStyleSheet(QStringLiteral("color: palette(dark);"));

    m_connectButton = new QPushButton(this);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    m_connectButton->setMinimumWidth(110);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_quitButton = new QPushButton(this);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    m_quitButton->setAutoDefault(false);
    m_cancelButton->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_quitButton);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_connectButton);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(28, 20, 28, 22);
    body->setSpacing(10);
    body->addWidget(m_heading);
    body->addSpacing(4);
    body->addWidget(m_accountSection);
    body->addLayout(account);
    body->addSpacing(8);
    body->addWidget(m_serverSection);
    body->addLayout(server);
    body->addSpacing(4);
    body->addWidget(m_error);
    body->addWidget(m_busyText);
    body->addWidget(m_busy);
    body->addSpacing(6);
    body->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new BrandHeader(BrandHeader::Size::Large, this));
    layout->addLayout(body);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    m_login->setMinimumWidth(300);
    m_error->setFixedWidth(444);
    m_keychainNote->setMaximumWidth(320);

    QWidget *const order[] = {m_login, m_password, m_remember, m_host, m_port, m_database,
                              m_sslMode, m_connectButton, m_cancelButton, m_quitButton};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void LoginDialog::setConnectionSettings(const ConnectionSettings &settings)
{
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_database->setText(settings.database);
    m_login->setText(settings.user);
    int index = m_sslMode->findData(settings.sslMode);
    if (index < 0) { // another libpq mode (allow, verify-ca): keep it, under its own name
        m_sslMode->addItem(settings.sslMode, settings.sslMode);
        index = m_sslMode->count() - 1;
    }
    m_sslMode->setCurrentIndex(index);
    m_password->clear();
    updateTlsAvailability();
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
    readRememberedPassword();
}

ConnectionSettings LoginDialog::connectionSettings() const
{
    ConnectionSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_login->text().trimmed();
    s.sslMode = m_sslMode->currentData().toString();
    return s;
}

void LoginDialog::connectToServer()
{
    if (isConnecting())
        return;
    const ConnectionSettings settings = connectionSettings();
    if (settings.host.isEmpty()) {
        showNotice(Notice::MissingHost);
        m_host->setFocus();
        return;
    }
    if (settings.user.isEmpty()) {
        showNotice(Notice::MissingLogin);
        m_login->setFocus();
        return;
    }
    m_pendingSettings = settings;
    m_pendingPassword = m_password->text();

    showNotice(Notice::None);
    m_attempt = new QFutureWatcher<LoginResult>(this);
    connect(m_attempt, &QFutureWatcher<LoginResult>::finished, this, &LoginDialog::attemptFinished);
    setConnecting(true);
    m_attempt->setFuture(m_session.open(settings, m_pendingPassword));
}

void LoginDialog::cancelConnecting()
{
    if (!isConnecting())
        return;
    // libpq cannot be interrupted from here; the attempt runs out on the database thread
    // (connect_timeout bounds it) and its result goes nowhere.
    m_attempt->disconnect(this);
    m_attempt->deleteLater();
    m_attempt = nullptr;
    m_pendingPassword.clear();
    setConnecting(false);
    showNotice(Notice::Cancelled);
    m_host->setFocus();
}

void LoginDialog::attemptFinished()
{
    QFutureWatcher<LoginResult> *attempt = m_attempt;
    m_attempt = nullptr;
    attempt->deleteLater();
    const ConnectionSettings settings = m_pendingSettings;
    const QString password = std::exchange(m_pendingPassword, QString());

    LoginResult result;
    if (attempt->future().resultCount() > 0) {
        result = attempt->future().result();
    } else {
        result.status = LoginResult::Status::Failed;
        result.detail = tr("the connection attempt ended without an answer");
    }
    m_lastResult = result;
    setConnecting(false);

    if (!result.ok()) {
        showNotice(Notice::Result);
        focusFieldFor(result.status);
        emit attemptFailed(result);
        return;
    }
    if (m_persistent) {
        AppSettings appSettings;
        appSettings.setLastConnection(settings);
        appSettings.setRememberPassword(m_remember->isChecked());
        rememberOrForgetPassword(settings, password);
    }
    emit loggedIn(result);
    accept();
}

void LoginDialog::rememberOrForgetPassword(const ConnectionSettings &settings, const QString &password)
{
    if (m_keychainMissing)
        return;
    // Fire and forget: the jobs finish on their own after the dialog is gone.
    const QString key = PasswordStore::keyFor(settings);
    if (m_remember->isChecked())
        (void)m_passwords.writePassword(key, password);
    else
        (void)m_passwords.deletePassword(key);
}

void LoginDialog::readRememberedPassword()
{
    const ConnectionSettings settings = connectionSettings();
    if (settings.user.isEmpty() || !m_password->text().isEmpty() || !m_persistent)
        return;
    const QString key = PasswordStore::keyFor(settings);
    if (key == m_keychainReadKey && m_keychainRead.isRunning())
        return;
    m_keychainReadKey = key;
    m_keychainRead.setFuture(m_passwords.readPassword(key));
}

void LoginDialog::keychainAnswered()
{
    if (m_keychainRead.future().resultCount() == 0)
        return;
    const KeychainResult result = m_keychainRead.result();
    if (result.status == KeychainResult::Status::NoKeychain) {
        m_keychainMissing = true;
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_keychainNote->setVisible(true);
        retranslateUi();
        return;
    }
    // Only fill in what still belongs to the fields and what the user has not typed over.
    if (result.ok() && m_password->text().isEmpty() && !isConnecting()
        && m_keychainReadKey == PasswordStore::keyFor(connectionSettings())) {
        m_password->setText(result.password);
        m_remember->setChecked(true);
    }
}

void LoginDialog::setConnecting(bool connecting)
{
    for (QWidget *field : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_sslMode,
                                                           m_login, m_password, m_connectButton})
        field->setEnabled(!connecting);
    m_remember->setEnabled(!connecting && !m_keychainMissing);
    if (!connecting)
        updateTlsAvailability();
    m_busy->setVisible(connecting);
    m_busyText->setVisible(connecting);
    m_cancelButton->setVisible(connecting);
    m_quitButton->setEnabled(!connecting);
    if (connecting)
        m_cancelButton->setFocus();
    retranslateUi();
    emit connectingChanged(connecting);
}

void LoginDialog::showNotice(Notice notice)
{
    m_notice = notice;
    m_error->setVisible(notice != Notice::None);
    retranslateUi();
}

void LoginDialog::focusFieldFor(LoginResult::Status status)
{
    using Status = LoginResult::Status;
    switch (status) {
    case Status::WrongCredentials:
        m_password->setFocus();
        m_password->selectAll();
        break;
    case Status::Unreachable:
        m_host->setFocus();
        m_host->selectAll();
        break;
    case Status::UnknownDatabase:
        m_database->setFocus();
        m_database->selectAll();
        break;
    case Status::NoRole:
        m_login->setFocus();
        m_login->selectAll();
        break;
    default:
        m_connectButton->setFocus();
        break;
    }
}

void LoginDialog::updateTlsAvailability()
{
    // A Unix socket directory has no TLS; libpq ignores sslmode there.
    m_sslMode->setEnabled(!isConnecting() && !m_host->text().startsWith(QLatin1Char('/')));
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Tribina – Log in"));
    m_heading->setText(tr("Log in"));
    m_accountSection->setText(tr("Staff account"));
    m_serverSection->setText(tr("Server"));
    m_loginLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_hostLabel->setText(tr("&Host:"));
    m_portLabel->setText(tr("P&ort:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_sslLabel->setText(tr("&Encryption:"));
    m_login->setPlaceholderText(tr("your database login"));
    m_host->setPlaceholderText(tr("server name, address or socket directory"));
    m_remember->setText(tr("&Remember password"));
    m_remember->setToolTip(tr("The password is kept in the system keychain, never in a file."));
    m_keychainNote->setText(KeychainResult{KeychainResult::Status::NoKeychain, {}, {}}.message());
    const QString sslTexts[] = {tr("Off"), tr("If the server offers it"), tr("Required"),
                                tr("Required, verify the server certificate")};
    for (int i = 0; i < int(std::size(sslTexts)); ++i)
        m_sslMode->setItemText(i, sslTexts[i]);
    m_connectButton->setText(tr("&Connect"));
    m_cancelButton->setText(tr("Cancel"));
    m_quitButton->setText(tr("&Quit"));
    m_busyText->setText(tr("Connecting to %1…").arg(connectionSettings().host));

    switch (m_notice) {
    case Notice::None: m_error->clear(); break;
    case Notice::Result: m_error->setText(m_lastResult ? m_lastResult->message() : QString()); break;
    case Notice::Cancelled: m_error->setText(tr("The connection attempt was cancelled.")); break;
    case Notice::MissingHost: m_error->setText(tr("Enter the address of the database server.")); break;
    case Notice::MissingLogin: m_error->setText(tr("Enter your login.")); break;
    }
    m_error->setAccessibleName(m_error->text());
}

} // namespace Tribina
