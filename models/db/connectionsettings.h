#pragma once

#include <QString>

namespace Tribina {

/// Where to connect, following libpq's conventions (PGHOST, PGPORT, PGDATABASE, PGUSER, PGSSLMODE
/// or a postgresql:// URI). A host starting with '/' is a Unix socket directory.
/// The password is never part of the settings: it comes from the user or the keychain.
struct ConnectionSettings
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("tribina");
    QString user;
    QString sslMode = QStringLiteral("prefer"); ///< libpq sslmode: disable, prefer, require, verify-full, ...
    int connectTimeoutSeconds = 5;

    static ConnectionSettings fromEnvironment();
    /// Parses postgresql://user@host:port/db?sslmode=...; returns false on a malformed URI.
    static bool fromUri(const QString &uri, ConnectionSettings *out);

    /// "user@host:port/database", for status bars and keychain keys.
    QString displayName() const;
    /// The libpq keywords QPSQL's setConnectOptions() takes.
    QString connectOptions() const;

    friend bool operator==(const ConnectionSettings &, const ConnectionSettings &) = default;
};

} // namespace Tribina
