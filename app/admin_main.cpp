#include "admin/admincli.h"

#include <QGuiApplication>

int main(int argc, char **argv)
{
    // Rendering layouts and tickets needs a QGuiApplication (fonts); no display is needed.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HNS"));
    QCoreApplication::setApplicationName(QStringLiteral("tribina-admin"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments();
    args.removeFirst();
    return Tribina::AdminCli(out, err).run(args);
}
