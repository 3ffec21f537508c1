// The pg_cluster CTest fixture: `tst_pgfixture start DIR` creates and starts a throwaway cluster
// (trust authentication, socket only) for the whole test run; `stop DIR` stops and removes it.
#include "db/embeddedcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 3 || (args[1] != QLatin1String("start") && args[1] != QLatin1String("stop"))) {
        err << "usage: tst_pgfixture start|stop DIR\n";
        return 2;
    }
    const QString root = args[2];
    if (args[1] == QLatin1String("start")) {
        Tribina::EmbeddedCluster old(root, Tribina::EmbeddedCluster::Auth::TrustSuperuser);
        (void)old.stop(); // a previous run that was interrupted
        QDir(root).removeRecursively();
        Tribina::EmbeddedCluster cluster(root, Tribina::EmbeddedCluster::Auth::TrustSuperuser);
        const Tribina::Outcome started = cluster.acquire();
        if (!started) {
            err << "FAIL: cannot start the test PostgreSQL cluster: " << started.error() << '\n';
            return 1;
        }
        QTextStream(stdout) << "test cluster running, socket in " << cluster.socketDir() << '\n';
        return 0;
    }
    Tribina::EmbeddedCluster cluster(root, Tribina::EmbeddedCluster::Auth::TrustSuperuser);
    const Tribina::Outcome stopped = cluster.stop();
    QDir(root).removeRecursively();
    if (!stopped) {
        err << "FAIL: " << stopped.error() << '\n';
        return 1;
    }
    return 0;
}
