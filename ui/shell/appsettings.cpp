#include "appsettings.h"

#include <QLocale>

namespace Tribina {

namespace Key {
const auto host = QStringLiteral("connection/host");
const auto port = QStringLiteral("connection/port");
const auto database = QStringLiteral("connection/database");
const auto user = QStringLiteral("connection/user");
const auto sslMode = QStringLiteral("connection/sslMode");
const auto rememberPassword = QStringLiteral("connection/rememberPassword");
const auto language = QStringLiteral("ui/language");
const auto geometry = QStringLiteral("ui/mainWindowGeometry");
const auto lastModule = QStringLiteral("ui/lastModule");
} // namespace Key

AppSettings::AppSettings() = default;

ConnectionSettings AppSettings::lastConnection() const
{
    ConnectionSettings s = ConnectionSettings::fromEnvironment();
    if (!hasLastConnection())
        return s;
    s.host = m_settings.value(Key::host, s.host).toString();
    s.port = m_settings.value(Key::port, s.port).toInt();
    s.database = m_settings.value(Key::database, s.database).toString();
    s.user = m_settings.value(Key::user, s.user).toString();
    s.sslMode = m_settings.value(Key::sslMode, s.sslMode).toString();
    return s;
}

bool AppSettings::hasLastConnection() const
{
    return m_settings.contains(Key::host);
}

void AppSettings::setLastConnection(const ConnectionSettings &settings)
{
    m_settings.setValue(Key::host, settings.host);
    m_settings.setValue(Key::port, settings.port);
    m_settings.setValue(Key::database, settings.database);
    m_settings.setValue(Key::user, settings.user);
    m_settings.setValue(Key::sslMode, settings.sslMode);
}

bool AppSettings::rememberPassword() const
{
    return m_settings.value(Key::rememberPassword, false).toBool();
}

void AppSettings::setRememberPassword(bool remember)
{
    m_settings.setValue(Key::rememberPassword, remember);
}

QString AppSettings::language() const
{
    return m_settings.value(Key::language, defaultLanguage()).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings.setValue(Key::language, code);
}

QString AppSettings::defaultLanguage()
{
    return QLocale::system().language() == QLocale::Croatian ? QStringLiteral("hr")
                                                             : QStringLiteral("en");
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(Key::geometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Key::geometry, geometry);
}

QString AppSettings::lastModule() const
{
    return m_settings.value(Key::lastModule).toString();
}

void AppSettings::setLastModule(const QString &moduleId)
{
    m_settings.setValue(Key::lastModule, moduleId);
}

} // namespace Tribina
