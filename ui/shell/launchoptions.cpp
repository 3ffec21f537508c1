#include "launchoptions.h"

#include "languageswitcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Tribina {

// LaunchOptions is not a QObject: its strings are spelled out with their context, so lupdate
// files them under the same "LaunchOptions" context the code asks for at run time.
std::optional<LaunchOptions> LaunchOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "LaunchOptions", "Tribina: box office and back office of the HNS ticketing system."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("LaunchOptions",
                                    "Start with the embedded demo database (created on first use)."));
    const QCommandLineOption demoLogin(
        QStringLiteral("demo-login"),
        QCoreApplication::translate("LaunchOptions",
                                    "The demo staff login to use with --demo (default: admin)."),
        QCoreApplication::translate("LaunchOptions", "login"), QStringLiteral("admin"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("LaunchOptions", "User interface language for this run: hr or en."),
        QCoreApplication::translate("LaunchOptions", "language"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("LaunchOptions",
                                    "Save a picture of the first window to a PNG file, then quit."),
        QCoreApplication::translate("LaunchOptions", "file"));
    const QCommandLineOption screenshotDelay(
        QStringLiteral("screenshot-delay"),
        QCoreApplication::translate("LaunchOptions",
                                    "Wait this long after the window appears before the screenshot (default: 400)."),
        QCoreApplication::translate("LaunchOptions", "milliseconds"), QStringLiteral("400"));
    const QCommandLineOption module(
        QStringLiteral("module"),
        QCoreApplication::translate("LaunchOptions",
                                    "The module shown first: administration, boxoffice, petrol, "
                                    "emergencyprinting, quotas or reports."),
        QCoreApplication::translate("LaunchOptions", "module"));
    parser.addOptions({demo, demoLogin, lang, screenshot, screenshotDelay, module});
    parser.addPositionalArgument(
        QStringLiteral("uri"),
        QCoreApplication::translate("LaunchOptions",
                                    "Optional server to connect to, as postgresql://user@host:port/database"),
        QStringLiteral("[uri]"));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    LaunchOptions options;
    options.demo = parser.isSet(demo);
    options.demoLogin = parser.value(demoLogin);
    options.screenshotPath = parser.value(screenshot);
    options.screenshotDelayMs = qBound(0, parser.value(screenshotDelay).toInt(), 60'000);
    options.module = parser.value(module);
    if (parser.isSet(lang)) {
        options.language = parser.value(lang);
        if (!LanguageSwitcher::isAvailable(options.language)) {
            *error = QCoreApplication::translate("LaunchOptions", "Unknown language \"%1\"; use one of: %2.")
                         .arg(options.language,
                              LanguageSwitcher::availableLanguages().join(QLatin1String(", ")));
            return std::nullopt;
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = QCoreApplication::translate("LaunchOptions", "Give at most one server URI.");
        return std::nullopt;
    }
    if (!positional.isEmpty()) {
        ConnectionSettings settings;
        if (!ConnectionSettings::fromUri(positional.first(), &settings)) {
            *error = QCoreApplication::translate("LaunchOptions", "\"%1\" is not a postgresql:// URI.")
                         .arg(positional.first());
            return std::nullopt;
        }
        options.connection = settings;
    }
    if (options.demo && options.connection) {
        *error = QCoreApplication::translate("LaunchOptions",
                                             "--demo uses its own database; leave out the server URI.");
        return std::nullopt;
    }
    return options;
}

} // namespace Tribina
