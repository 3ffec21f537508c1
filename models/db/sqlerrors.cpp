#include "sqlerrors.h"

namespace Tribina {

LoginResult::Status classifyConnectError(const QSqlError &error)
{
    const QString text = error.text();
    const auto has = [&text](const char *needle) {
        return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };
    using Status = LoginResult::Status;
    if (has("password authentication failed") || has("no password supplied")
        || (has("role \"") && has("does not exist")) || has("authentication failed"))
        return Status::WrongCredentials;
    if (has("database \"") && has("does not exist"))
        return Status::UnknownDatabase;
    // CONNECT is granted to the Tribina groups only.
    if (has("permission denied for database"))
        return Status::NoRole;
    if (has("could not connect") || has("connection refused") || has("could not translate host")
        || has("timeout expired") || has("no such file or directory") || has("network is unreachable")
        || has("no route to host"))
        return Status::Unreachable;
    return Status::Failed;
}

QString describe(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return code.isEmpty() ? text.trimmed() : code + QLatin1String(": ") + text.trimmed();
}

} // namespace Tribina
