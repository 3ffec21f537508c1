#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tribina {

/// The database group roles a staff member can belong to (see migration 0003).
enum class StaffRole {
    Admin = 0x01,
    BoxOffice = 0x02,
    Petrol = 0x04,
    Support = 0x08,
    Reporting = 0x10,
};
Q_DECLARE_FLAGS(StaffRoles, StaffRole)
Q_DECLARE_OPERATORS_FOR_FLAGS(StaffRoles)

/// The application's modules; which ones a user sees follows from their roles.
enum class Module {
    Administration,
    BoxOffice,
    Petrol,
    EmergencyPrinting,
    Quotas,
    Reports,
};

QList<StaffRole> allStaffRoles();
/// "tribina_admin", "tribina_box_office", ...
QString groupRoleName(StaffRole role);
/// Parses "admin", "box_office", "tribina_admin", ...; returns false for an unknown name.
bool staffRoleFromName(const QString &name, StaffRole *role);
/// Translated, for people.
QString staffRoleTitle(StaffRole role);
QString staffRolesTitle(StaffRoles roles);

QList<Module> allModules();
QList<Module> modulesFor(StaffRoles roles);
/// Translated module title, shown as page and navigation caption.
QString moduleTitle(Module module);
/// Stable id, used for object names and settings keys.
QString moduleId(Module module);

} // namespace Tribina
