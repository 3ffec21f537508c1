#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Tribina {

/// `tribina-admin`: the operators' command-line tool on the same models/ code as the app.
/// Commands: db migrate|status, staff add, demo seed|start, cluster start|stop|status,
/// layout list|export|import|activate|render (LayoutCommands).
/// Connection: libpq environment (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, ~/.pgpass),
/// --uri postgresql://…, or --demo for the embedded cluster's superuser.
class AdminCli
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)
public:
    AdminCli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    /// args without the program name; returns the process exit code.
    int run(const QStringList &args);

private:
    int dbCommand(const QString &verb);
    int staffCommand(const QStringList &args);
    int demoCommand(const QString &verb);
    int clusterCommand(const QString &verb);
    bool openDatabase();
    int usage(int code);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_uri;
    bool m_demo = false;
    QString m_clusterDir;
    QString m_connection;
};

} // namespace Tribina
