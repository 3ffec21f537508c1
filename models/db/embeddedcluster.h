#pragma once

#include "db/connectionsettings.h"
#include "domain/outcome.h"

#include <QCoreApplication>
#include <QString>

namespace Tribina {

/// A private PostgreSQL cluster under a directory of ours: the embedded default of `tribina --demo`
/// and the throwaway server of the test run. Created with initdb, started with pg_ctl on a Unix
/// socket only (no TCP port to clash with). When we run as root, the server commands run as the
/// `postgres` system user, since PostgreSQL refuses to run as root.
///
/// Several processes may use one cluster: each acquire() registers, release() removes the
/// registration and stops the server when no other living process has one.
///
/// Directory layout: <root>/data (cluster), <root>/run (socket, server log),
/// <root>/superuser.pgpass (the superuser's password, 0600), <root>/users/<pid>.
class EmbeddedCluster
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedCluster)
public:
    enum class Auth {
        Password, ///< scram-sha-256 with a random superuser password: for people's machines
        TrustSuperuser, ///< the superuser needs no password, every other login does: for the
                        ///< test run's throwaway cluster, so that wrong passwords are still refused
    };

    explicit EmbeddedCluster(QString rootDir, Auth auth = Auth::Password);

    /// $XDG_DATA_HOME/tribina/pg
    static QString defaultRootDir();

    /// initdb if needed, start if not running, register this process. Blocks (seconds on the
    /// first run): call it off the GUI thread.
    Outcome acquire();
    /// Unregisters this process; stops the server when no other process uses it.
    Outcome release();
    /// Stops the server whoever uses it.
    Outcome stop();

    bool isInitialised() const;
    bool isRunning() const;

    QString rootDir() const { return m_root; }
    QString socketDir() const;
    int port() const { return 5432; }
    QString superuser() const { return QStringLiteral("postgres"); }
    /// Empty with Auth::TrustSuperuser.
    QString superuserPassword() const;
    /// Settings for a Unix-socket connection to database on this cluster.
    ConnectionSettings settings(const QString &user, const QString &database) const;
    /// The server log, for error messages.
    QString logFile() const;
    /// How many living processes have acquired the cluster.
    int userCount() const;

private:
    QString dataDir() const;
    QString passwordFile() const;
    Outcome initialise();
    Outcome start();
    Outcome runServerTool(const QString &tool, const QStringList &args, int timeoutMs) const;
    bool otherUsersAlive() const;

    QString m_root;
    Auth m_auth;
    QString m_token; ///< this object's registration under <root>/users, "<pid>-<random>"
};

} // namespace Tribina
