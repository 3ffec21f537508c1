#include "admin/admincli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HNS"));
    QCoreApplication::setApplicationName(QStringLiteral("tribina-admin"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments();
    args.removeFirst();
    return Tribina::AdminCli(out, err).run(args);
}
