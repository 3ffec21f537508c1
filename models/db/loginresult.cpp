#include "loginresult.h"

#include <QCoreApplication>

namespace Tribina {

QString LoginResult::message() const
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::WrongCredentials:
        return tr("The login or the password is wrong. Check both and try again.");
    case Status::Unreachable:
        return tr("The database server cannot be reached. Check the server address and port, "
                  "and the network connection.");
    case Status::UnknownDatabase:
        return tr("The server has no database of that name. Check the database field.");
    case Status::NotMigrated:
        if (databaseVersion == 0)
            return tr("The database has not been set up for Tribina yet. An administrator must run "
                      "\"tribina-admin db migrate\".");
        return tr("The database is at schema version %1, this version of Tribina needs %2. "
                  "An administrator must run \"tribina-admin db migrate\".")
            .arg(databaseVersion)
            .arg(appVersion);
    case Status::MigrationNewer:
        return tr("The database (schema version %1) is newer than this version of Tribina (%2). "
                  "Install the current version of Tribina.")
            .arg(databaseVersion)
            .arg(appVersion);
    case Status::NoRole:
        return tr("This login has no Tribina role. Ask an administrator to add you as staff.");
    case Status::Failed:
        break;
    }
    return tr("Connecting failed: %1").arg(detail);
}

} // namespace Tribina
