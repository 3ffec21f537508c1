#pragma once

#include "db/connectionsettings.h"

#include <QSqlDatabase>

namespace Tribina {

/// Adds a QPSQL connection named name, configured from settings (not yet opened).
/// The one place that turns ConnectionSettings into a QSqlDatabase.
QSqlDatabase addPgConnection(const QString &name, const ConnectionSettings &settings,
                             const QString &password);

} // namespace Tribina
