#pragma once

#include "db/connectionsettings.h"
#include "security/keychainresult.h"

#include <QFuture>
#include <QString>

#include <chrono>

namespace Tribina {

/// Remembers staff passwords in the system keychain (QtKeychain: libsecret / KWallet over D-Bus).
/// Passwords never go to a plain file; without a keychain the caller is told so (NoKeychain).
///
/// Every call returns at once; the future finishes on the calling thread's event loop, which must
/// be running (the GUI thread). A keychain that does not answer within timeout() counts as
/// NoKeychain, so a missing or locked secret service can never hang the login.
class PasswordStore
{
public:
    explicit PasswordStore(QString service = defaultService());

    static QString defaultService() { return QStringLiteral("Tribina"); }
    /// The key a connection's password is stored under: "user@host:port/database".
    static QString keyFor(const ConnectionSettings &settings) { return settings.displayName(); }

    [[nodiscard]] QFuture<KeychainResult> readPassword(const QString &key) const;
    [[nodiscard]] QFuture<KeychainResult> writePassword(const QString &key, const QString &password) const;
    /// Deleting a key that holds nothing succeeds.
    [[nodiscard]] QFuture<KeychainResult> deletePassword(const QString &key) const;

    QString service() const { return m_service; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout{15'000};
};

} // namespace Tribina
