#pragma once

#include <QString>

namespace Tribina {

/// How a keychain operation ended. NoKeychain is its own case because the login dialog tells
/// people about it instead of treating it as an error: the app still logs in, it just cannot
/// remember the password.
struct KeychainResult
{
    enum class Status {
        Ok,
        NotFound,   ///< nothing stored under that key
        NoKeychain, ///< no keychain service (no D-Bus session, no secret service, no answer)
        Failed,     ///< the keychain answered with an error (locked, denied, ...); detail says what
    };
    Status status = Status::Failed;
    QString password; ///< the password read, for a successful read
    QString detail;   ///< the keychain's own words, for logs

    bool ok() const { return status == Status::Ok; }
    /// A translated sentence for people; empty for Ok and NotFound.
    QString message() const;
};

} // namespace Tribina
