#pragma once

#include "db/connectionsettings.h"
#include "db/loginresult.h"
#include "security/keychainresult.h"
#include "security/passwordstore.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Tribina {

class DbSession;

/// Asks for the server and the staff member's login, and connects through DbSession::open()
/// without blocking: while the attempt runs the fields are disabled, a busy bar moves and Cancel
/// abandons the attempt. A failure is explained inline (LoginResult::message()), the fields are
/// kept and the field to fix gets the focus. The password may be remembered in the system keychain;
/// everything else of the connection is remembered in the settings.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(DbSession &session, QWidget *parent = nullptr);
    ~LoginDialog() override;

    /// Prefills the fields (e.g. from a postgresql:// URI); replaces what the settings suggested.
    void setConnectionSettings(const ConnectionSettings &settings);
    /// The connection the fields describe.
    ConnectionSettings connectionSettings() const;
    /// When false, a successful login changes neither the settings nor the keychain (demo logins).
    void setPersistent(bool persistent) { m_persistent = persistent; }

    bool isConnecting() const { return m_attempt != nullptr; }
    /// The outcome of the last finished attempt.
    LoginResult loginResult() const { return m_lastResult.value_or(LoginResult{}); }

public slots:
    void connectToServer();
    /// Abandons the running attempt: its result, whenever it comes, is ignored.
    void cancelConnecting();

signals:
    void connectingChanged(bool connecting);
    void loggedIn(const Tribina::LoginResult &result);
    void attemptFailed(const Tribina::LoginResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Notice { None, Result, Cancelled, MissingHost, MissingLogin };

    void buildUi();
    void retranslateUi();
    void setConnecting(bool connecting);
    void attemptFinished();
    void showNotice(Notice notice);
    void focusFieldFor(LoginResult::Status status);
    void rememberOrForgetPassword(const ConnectionSettings &settings, const QString &password);
    void readRememberedPassword();
    void keychainAnswered();
    void updateTlsAvailability();

    DbSession &m_session;
    PasswordStore m_passwords;
    bool m_persistent = true;
    bool m_keychainMissing = false;

    QPointer<QFutureWatcher<LoginResult>> m_attempt;
    ConnectionSettings m_pendingSettings; ///< of the running attempt
    QString m_pendingPassword;            ///< of the running attempt, for the keychain on success
    QFutureWatcher<KeychainResult> m_keychainRead;
    QString m_keychainReadKey;
    std::optional<LoginResult> m_lastResult;
    Notice m_notice = Notice::None;

    QLabel *m_heading = nullptr;
    QLabel *m_accountSection = nullptr;
    QLabel *m_serverSection = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_sslLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_quitButton = nullptr;
};

} // namespace Tribina
