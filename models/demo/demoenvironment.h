#pragma once

#include "db/connectionsettings.h"
#include "db/embeddedcluster.h"
#include "domain/outcome.h"

#include <QCoreApplication>

#include <functional>

namespace Tribina {

/// The embedded default behind `tribina --demo`: the private cluster under the user's data
/// directory, a `tribina` database on it, migrated and seeded once with the demo data.
class DemoEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(DemoEnvironment)
public:
    explicit DemoEnvironment(QString rootDir = EmbeddedCluster::defaultRootDir());

    /// Starts (or reuses) the cluster, creates, migrates and seeds the database.
    /// Blocks for seconds on the first run: call it off the GUI thread.
    Outcome prepare(const std::function<void(const QString &)> &progress = {});
    /// Lets go of the cluster; it stops when no other instance uses it.
    void release();

    /// Connection settings of a demo login (see DemoSeeder::logins()).
    ConnectionSettings settingsFor(const QString &login) const;
    static QString databaseName() { return QStringLiteral("tribina"); }

private:
    EmbeddedCluster m_cluster;
    bool m_acquired = false;
};

} // namespace Tribina
