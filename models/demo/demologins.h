#pragma once

#include <QList>
#include <QString>

namespace Tribina {

/// A demo staff login, listed in the README.
/// Kept free of QtSql so the ui library and the app can list the demo logins too.
struct DemoLogin
{
    QString login;
    QString password;
    QString group; ///< "tribina_admin", ...
    QString fullName;
};

/// The demo logins DemoSeeder creates, one per role.
QList<Tribina::DemoLogin> demoLogins();

} // namespace Tribina
