#pragma once

#include "domain/outcome.h"
#include "domain/staffrole.h"

#include <QSqlDatabase>
#include <QString>

namespace Tribina {

/// Staff accounts: one PostgreSQL login role per staff member, member of one group role.
class StaffService
{
public:
    explicit StaffService(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Creates the login role, its users row and staff_accounts row (SQL function staff_add).
    /// An existing login gets the group added and its password reset.
    Outcome addStaff(const QString &login, const QString &fullName, StaffRole group,
                     const QString &password);

private:
    QSqlDatabase m_db;
};

} // namespace Tribina
