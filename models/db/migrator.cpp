#include "migrator.h"

#include "db/sqlerrors.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Tribina {

namespace {
// Serialises concurrent migrators (two admins, two app instances on the embedded cluster).
constexpr qint64 kMigrationLockKey = 0x7472696269'6e61; // "tribina"
} // namespace

Migration Migration::fromFile(const QString &path)
{
    Migration m;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    const auto match = pattern.match(QFileInfo(path).fileName());
    if (!match.hasMatch())
        return m;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return m;
    m.version = match.captured(1).toInt();
    m.name = match.captured(2);
    m.sql = file.readAll();
    m.checksum = QCryptographicHash::hash(m.sql, QCryptographicHash::Sha256).toHex();
    return m;
}

Migrator::Migrator(QSqlDatabase db, QList<Migration> available)
    : m_db(std::move(db))
    , m_available(std::move(available))
{
    std::sort(m_available.begin(), m_available.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

QList<Migration> Migrator::bundled()
{
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/sql/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        Migration m = Migration::fromFile(dir.filePath(file));
        if (m.version > 0)
            migrations << m;
    }
    return migrations;
}

int Migrator::latestBundledVersion()
{
    static const int latest = [] {
        const QList<Migration> all = bundled();
        return all.isEmpty() ? 0 : all.last().version;
    }();
    return latest;
}

Migrator::Status Migrator::status() const
{
    Status status;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('public.schema_migrations') IS NOT NULL")) || !q.next()
        || !q.value(0).toBool()) {
        status.pending = m_available;
        return status;
    }
    status.initialised = true;
    q.exec(QStringLiteral("SELECT version, name, checksum, applied_at, applied_by"
                          " FROM schema_migrations ORDER BY version"));
    while (q.next()) {
        AppliedMigration a{q.value(0).toInt(), q.value(1).toString(), q.value(2).toByteArray(),
                           q.value(3).toDateTime(), q.value(4).toString()};
        const auto known = std::find_if(m_available.cbegin(), m_available.cend(),
                                        [&a](const Migration &m) { return m.version == a.version; });
        if (known == m_available.cend())
            status.unknown << a.version;
        else if (known->checksum != a.checksum)
            status.tampered << a.version;
        status.applied << a;
    }
    for (const Migration &m : m_available) {
        const bool applied = std::any_of(status.applied.cbegin(), status.applied.cend(),
                                         [&m](const AppliedMigration &a) { return a.version == m.version; });
        if (!applied)
            status.pending << m;
    }
    return status;
}

Outcome Migrator::ensureTable()
{
    if (status().initialised)
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version integer PRIMARY KEY,"
            " name text NOT NULL,"
            " checksum text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now(),"
            " applied_by text NOT NULL DEFAULT session_user)")))
        return Outcome::failure(tr("Cannot create the migration table: %1").arg(describe(q.lastError())));
    return {};
}

Outcome Migrator::migrate(const std::function<void(const Migration &)> &progress)
{
    if (Outcome created = ensureTable(); !created)
        return created;

    const Status before = status();
    if (!before.unknown.isEmpty())
        return Outcome::failure(
            tr("The database has migration %1, which this version of Tribina does not know: it is "
               "newer than this program. Install the current version.")
                .arg(before.unknown.last()));
    if (!before.tampered.isEmpty())
        return Outcome::failure(
            tr("Migration %1 was changed after it had been applied (its checksum differs). "
               "Applied migrations must never be edited; add a new migration instead.")
                .arg(before.tampered.first()));

    for (const Migration &m : before.pending) {
        if (progress)
            progress(m);
        if (!m_db.transaction())
            return Outcome::failure(tr("Cannot start a transaction: %1").arg(describe(m_db.lastError())));
        QSqlQuery q(m_db);
        const auto fail = [&](const QString &message) {
            m_db.rollback();
            return Outcome::failure(message);
        };
        q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        q.addBindValue(kMigrationLockKey);
        if (!q.exec())
            return fail(describe(q.lastError()));
        // Another migrator may have applied it while we waited for the lock.
        q.prepare(QStringLiteral("SELECT checksum FROM schema_migrations WHERE version = ?"));
        q.addBindValue(m.version);
        if (!q.exec())
            return fail(describe(q.lastError()));
        if (q.next()) {
            m_db.rollback();
            if (q.value(0).toByteArray() != m.checksum)
                return Outcome::failure(tr("Migration %1 was applied meanwhile with different contents.")
                                            .arg(m.version));
            continue;
        }
        if (!q.exec(QString::fromUtf8(m.sql)))
            return fail(tr("Migration %1 (%2) failed: %3").arg(m.version).arg(m.name, describe(q.lastError())));
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(QString::fromLatin1(m.checksum));
        if (!q.exec())
            return fail(describe(q.lastError()));
        if (!m_db.commit())
            return fail(tr("Migration %1 could not be committed: %2").arg(m.version).arg(describe(m_db.lastError())));
    }
    return {};
}

} // namespace Tribina
