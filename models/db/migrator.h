#pragma once

#include "domain/outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Tribina {

/// One versioned SQL file, resources/sql/migrations/NNNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
    QByteArray checksum; ///< SHA-256 of the file, hex

    static Migration fromFile(const QString &path);
};

struct AppliedMigration
{
    int version = 0;
    QString name;
    QByteArray checksum;
    QDateTime appliedAt;
    QString appliedBy;
};

/// Applies the bundled migrations, each in its own transaction, and records them with their
/// checksum in schema_migrations. Refuses to touch a database whose applied migrations were
/// edited afterwards or that is newer than this build.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    explicit Migrator(QSqlDatabase db, QList<Migration> available = bundled());

    /// The migrations compiled into the application (:/sql/migrations), ordered by version.
    static QList<Migration> bundled();
    static int latestBundledVersion();

    struct Status
    {
        bool initialised = false;        ///< schema_migrations exists
        QList<AppliedMigration> applied;
        QList<Migration> pending;
        QList<int> tampered;             ///< applied, but the bundled file's checksum differs
        QList<int> unknown;              ///< applied, but this build does not know them (newer)
        int currentVersion() const { return applied.isEmpty() ? 0 : applied.last().version; }
        bool upToDate() const { return pending.isEmpty() && tampered.isEmpty() && unknown.isEmpty(); }
    };
    Status status() const;

    /// Applies what is pending. progress is called before each migration.
    Outcome migrate(const std::function<void(const Migration &)> &progress = {});

private:
    Outcome ensureTable();
    QSqlDatabase m_db;
    QList<Migration> m_available;
};

} // namespace Tribina
