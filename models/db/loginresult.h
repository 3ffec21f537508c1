#pragma once

#include "domain/staffrole.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace Tribina {

/// Who is logged in: the database login role and what the staff table says about it.
struct StaffIdentity
{
    QString login;     ///< the PostgreSQL login role (session_user)
    QString fullName;  ///< from staff_accounts, or the login when unknown
    QUuid userId;      ///< users.id of the staff member, for audit columns
    StaffRoles roles;
};

/// Why a connection attempt ended the way it did; each failure has its own message.
struct LoginResult
{
    Q_DECLARE_TR_FUNCTIONS(LoginResult)
public:
    enum class Status {
        Ok,
        WrongCredentials,   ///< bad password or unknown login (never say which)
        Unreachable,        ///< no server at that address, timeout, DNS failure
        UnknownDatabase,    ///< server answers but the database does not exist
        NotMigrated,        ///< schema missing or older than this app
        MigrationNewer,     ///< the database has migrations this app does not know
        NoRole,             ///< the login is in none of the Tribina groups
        Failed,             ///< anything else; detail says what
    };
    Status status = Status::Failed;
    StaffIdentity identity;
    int databaseVersion = 0; ///< latest applied migration
    int appVersion = 0;      ///< latest migration bundled with this build
    QString detail;          ///< the server's own words, for the "details" part of a message

    bool ok() const { return status == Status::Ok; }
    /// A translated sentence for the login dialog.
    QString message() const;
};

} // namespace Tribina
