// tribina: the desktop app. Composition root only: application object, language, arguments;
// the flow of windows lives in ui/shell/applicationflow.
#include "shell/appsettings.h"
#include "shell/applicationflow.h"
#include "shell/brandmark.h"
#include "shell/languageswitcher.h"
#include "shell/launchoptions.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HNS"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hns.hr"));
    QCoreApplication::setApplicationName(QStringLiteral("Tribina"));
#ifdef TRIBINA_VERSION
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIBINA_VERSION));
#endif
    QGuiApplication::setDesktopFileName(QStringLiteral("tribina"));
    QApplication::setWindowIcon(Tribina::BrandMark::icon());
    // The flow decides when the app ends: between logout and the login there is no window.
    QApplication::setQuitOnLastWindowClosed(false);

    // The saved language first, so --help and argument errors speak it too.
    Tribina::LanguageSwitcher language;
    language.setLanguage(Tribina::AppSettings().language());

    QString error;
    const auto options = Tribina::LaunchOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "tribina: %s\n", qPrintable(error));
        return 2;
    }
    if (!options->language.isEmpty())
        language.setLanguage(options->language); // for this run only, not saved

    Tribina::ApplicationFlow flow(language);
    QObject::connect(&flow, &Tribina::ApplicationFlow::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    flow.start(*options);
    return QApplication::exec();
}
