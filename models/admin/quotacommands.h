#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Tribina {

struct QuotaDraft;
struct QuotaSeatRow;

/// `tribina-admin quota …`: the quota manager for operators.
///
///     quota list --match UUID
///     quota create --match UUID --email E --name N --quantity Q [--sectors A,B] [--discount D]
///                  [--algorithm NM|REDOM] [--expires YYYY-MM-DD] [--note TEXT] [--subquotas]
///                  [--no-transfer] [--deferred-payment] [--no-email] [--allocate] [--dry-run]
///     quota allocate QUOTA [--dry-run]
///     quota import FILE --match UUID [--match UUID ...] [--algorithm NM|REDOM] [--expires DATE] [--dry-run]
///     quota cancel QUOTA --type all-unused|unfulfilled-only
///     quota export QUOTA (--csv FILE | --pdf FILE)
///
/// Allocation prints the seats it chose; --dry-run shows them (and, for import, every row's
/// errors) without writing anything. The writes go through the 0010 functions, which take the
/// actor from the connection: a superuser connection (--demo) acts as a staff login with
/// --as LOGIN.
class QuotaCommands
{
    Q_DECLARE_TR_FUNCTIONS(QuotaCommands)
public:
    QuotaCommands(QTextStream &out, QTextStream &err, std::function<QSqlDatabase()> openDatabase)
        : m_out(out), m_err(err), m_openDatabase(std::move(openDatabase)) {}

    int run(const QStringList &args);
    static QString usage();

private:
    int list(QStringList args);
    int create(QStringList args);
    int allocate(QStringList args);
    int import(QStringList args);
    int cancel(QStringList args);
    int exportQuota(QStringList args);
    int printUsage(int code);
    bool open(QStringList &args);
    void printSeats(const QString &heading, const QList<QuotaSeatRow> &seats);

    QTextStream &m_out;
    QTextStream &m_err;
    std::function<QSqlDatabase()> m_openDatabase;
    QSqlDatabase m_db;
};

} // namespace Tribina
