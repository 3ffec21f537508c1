#include "staffrole.h"

#include <QCoreApplication>

namespace Tribina {

namespace {
struct RoleInfo
{
    StaffRole role;
    const char *group;
};
constexpr RoleInfo kRoles[] = {
    {StaffRole::Admin, "tribina_admin"},
    {StaffRole::BoxOffice, "tribina_box_office"},
    {StaffRole::Petrol, "tribina_petrol"},
    {StaffRole::Support, "tribina_support"},
    {StaffRole::Reporting, "tribina_reporting"},
};
} // namespace

QList<StaffRole> allStaffRoles()
{
    QList<StaffRole> roles;
    for (const auto &info : kRoles)
        roles << info.role;
    return roles;
}

QString groupRoleName(StaffRole role)
{
    for (const auto &info : kRoles)
        if (info.role == role)
            return QString::fromLatin1(info.group);
    return {};
}

bool staffRoleFromName(const QString &name, StaffRole *role)
{
    const QString wanted = name.startsWith(QLatin1String("tribina_")) ? name
                                                                      : QLatin1String("tribina_") + name;
    for (const auto &info : kRoles) {
        if (wanted == QLatin1String(info.group)) {
            *role = info.role;
            return true;
        }
    }
    return false;
}

QString staffRoleTitle(StaffRole role)
{
    switch (role) {
    case StaffRole::Admin: return QCoreApplication::translate("StaffRole", "Administrator");
    case StaffRole::BoxOffice: return QCoreApplication::translate("StaffRole", "Box office");
    case StaffRole::Petrol: return QCoreApplication::translate("StaffRole", "Petrol station");
    case StaffRole::Support: return QCoreApplication::translate("StaffRole", "Support");
    case StaffRole::Reporting: return QCoreApplication::translate("StaffRole", "Reporting");
    }
    return {};
}

QString staffRolesTitle(StaffRoles roles)
{
    QStringList titles;
    for (StaffRole role : allStaffRoles())
        if (roles.testFlag(role))
            titles << staffRoleTitle(role);
    return titles.join(QLatin1String(", "));
}

QList<Module> allModules()
{
    return {Module::Administration, Module::BoxOffice, Module::Petrol,
            Module::EmergencyPrinting, Module::Quotas, Module::Reports};
}

QList<Module> modulesFor(StaffRoles roles)
{
    if (roles.testFlag(StaffRole::Admin))
        return allModules();
    QList<Module> modules;
    if (roles.testFlag(StaffRole::BoxOffice))
        modules << Module::BoxOffice;
    if (roles.testFlag(StaffRole::Petrol))
        modules << Module::Petrol;
    // Gate agents (support) and counters both reprint tickets for fans whose phone died.
    if (roles.testFlag(StaffRole::Support) || roles.testFlag(StaffRole::BoxOffice))
        modules << Module::EmergencyPrinting;
    if (roles.testFlag(StaffRole::Reporting))
        modules << Module::Reports;
    return modules;
}

QString moduleTitle(Module module)
{
    switch (module) {
    case Module::Administration: return QCoreApplication::translate("Module", "Administration");
    case Module::BoxOffice: return QCoreApplication::translate("Module", "Box office");
    case Module::Petrol: return QCoreApplication::translate("Module", "Petrol PIN redemption");
    case Module::EmergencyPrinting: return QCoreApplication::translate("Module", "Emergency printing");
    case Module::Quotas: return QCoreApplication::translate("Module", "Quotas");
    case Module::Reports: return QCoreApplication::translate("Module", "Reports");
    }
    return {};
}

QString moduleId(Module module)
{
    switch (module) {
    case Module::Administration: return QStringLiteral("administration");
    case Module::BoxOffice: return QStringLiteral("boxoffice");
    case Module::Petrol: return QStringLiteral("petrol");
    case Module::EmergencyPrinting: return QStringLiteral("emergencyprinting");
    case Module::Quotas: return QStringLiteral("quotas");
    case Module::Reports: return QStringLiteral("reports");
    }
    return {};
}

} // namespace Tribina
