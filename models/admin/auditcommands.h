#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Tribina {

/// `tribina-admin audit …`: shipping the audit outbox to Grafana Loki.
///
///     audit ship --loki URL [--batch N] [--env NAME] [--tenant ID] [--follow] [--poll SECONDS]
///
/// Pushes unshipped audit_outbox rows to <URL>/loki/api/v1/push (AuditShipper) and prints what it
/// shipped and parked. Without --follow it stops when the queue is empty; with --follow it keeps
/// running, woken by new events (LISTEN) or every --poll seconds, until SIGINT or SIGTERM, which
/// let the current request finish. Exit status: 0 done, 1 error, 2 usage.
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)
public:
    AuditCommands(QTextStream &out, QTextStream &err, std::function<QSqlDatabase()> openDatabase)
        : m_out(out), m_err(err), m_openDatabase(std::move(openDatabase)) {}

    /// args: what follows `audit` on the command line.
    int run(const QStringList &args);

    /// The usage lines of these commands, for tribina-admin's help.
    static QString usage();

private:
    int ship(QStringList args);
    int printUsage(int code);

    QTextStream &m_out;
    QTextStream &m_err;
    std::function<QSqlDatabase()> m_openDatabase;
};

} // namespace Tribina
