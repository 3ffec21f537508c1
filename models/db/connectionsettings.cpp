#include "connectionsettings.h"

#include <QUrl>
#include <QUrlQuery>

namespace Tribina {

ConnectionSettings ConnectionSettings::fromEnvironment()
{
    ConnectionSettings s;
    const auto env = [](const char *name) { return qEnvironmentVariable(name); };
    if (!env("PGHOST").isEmpty())
        s.host = env("PGHOST");
    if (!env("PGPORT").isEmpty())
        s.port = env("PGPORT").toInt();
    if (!env("PGDATABASE").isEmpty())
        s.database = env("PGDATABASE");
    if (!env("PGUSER").isEmpty())
        s.user = env("PGUSER");
    if (!env("PGSSLMODE").isEmpty())
        s.sslMode = env("PGSSLMODE");
    return s;
}

bool ConnectionSettings::fromUri(const QString &uri, ConnectionSettings *out)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql")
                           && url.scheme() != QLatin1String("postgres")))
        return false;
    ConnectionSettings s;
    const QUrlQuery query(url);
    s.host = url.host().isEmpty() ? query.queryItemValue(QStringLiteral("host")) : url.host();
    if (s.host.isEmpty())
        s.host = QStringLiteral("localhost");
    s.port = url.port(5432);
    const QString path = url.path().mid(1);
    if (!path.isEmpty())
        s.database = path;
    s.user = url.userName();
    if (query.hasQueryItem(QStringLiteral("sslmode")))
        s.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    *out = s;
    return true;
}

QString ConnectionSettings::displayName() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString ConnectionSettings::connectOptions() const
{
    QString options = QStringLiteral("connect_timeout=%1;application_name=tribina")
                          .arg(connectTimeoutSeconds);
    // A socket directory has no TLS; libpq rejects "require" there.
    if (!host.startsWith(QLatin1Char('/')))
        options += QStringLiteral(";sslmode=") + sslMode;
    return options;
}

} // namespace Tribina
