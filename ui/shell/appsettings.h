#pragma once

#include "db/connectionsettings.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace Tribina {

/// Every setting the desktop app keeps, with its key and default in one place.
/// Passwords are deliberately not among them: they live in the system keychain (PasswordStore).
///
/// Cheap to construct: make one where a setting is read or written, as with QSettings itself.
class AppSettings
{
public:
    AppSettings();

    /// The connection of the last successful login; without one, libpq's PG* variables.
    ConnectionSettings lastConnection() const;
    bool hasLastConnection() const;
    void setLastConnection(const ConnectionSettings &settings);

    bool rememberPassword() const;
    void setRememberPassword(bool remember);

    /// "hr" or "en"; defaults to Croatian on a Croatian system, English elsewhere.
    QString language() const;
    void setLanguage(const QString &code);
    static QString defaultLanguage();

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

    /// moduleId() of the page shown last, so staff land where they left off.
    QString lastModule() const;
    void setLastModule(const QString &moduleId);

private:
    QSettings m_settings;
};

} // namespace Tribina
