#pragma once

#include "db/connectionsettings.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Tribina {

/// What `tribina` was asked to do on its command line.
struct LaunchOptions
{
    bool demo = false;                              ///< --demo: the embedded demo database
    QString demoLogin = QStringLiteral("admin");    ///< --demo-login LOGIN
    QString language;                               ///< --lang hr|en; empty: the saved choice
    QString screenshotPath;                         ///< --screenshot FILE: grab the first window, quit
    int screenshotDelayMs = 400;                    ///< --screenshot-delay MS: let data arrive first
    QString module;                                 ///< --module ID: the module shown first
    std::optional<ConnectionSettings> connection;   ///< positional postgresql:// URI

    /// Parses the arguments (handles --help and --version itself, which exit). On a usage error
    /// returns nothing and sets *error to a translated sentence.
    static std::optional<LaunchOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace Tribina
