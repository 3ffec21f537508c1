#include "pgconnection.h"

namespace Tribina {

QSqlDatabase addPgConnection(const QString &name, const ConnectionSettings &settings,
                             const QString &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.user);
    db.setPassword(password);
    db.setConnectOptions(settings.connectOptions());
    return db;
}

} // namespace Tribina
