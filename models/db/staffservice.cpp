#include "staffservice.h"

#include "db/sqlerrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Tribina {

Outcome StaffService::addStaff(const QString &login, const QString &fullName, StaffRole group,
                               const QString &password)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT staff_add(?, ?, ?, ?)"));
    q.addBindValue(login);
    q.addBindValue(fullName);
    q.addBindValue(groupRoleName(group));
    q.addBindValue(password);
    if (!q.exec())
        return Outcome::failure(QCoreApplication::translate("StaffService", "Cannot add staff member %1: %2")
                                    .arg(login, describe(q.lastError())));
    return {};
}

} // namespace Tribina
