#pragma once

#include "db/loginresult.h"

#include <QSqlError>

namespace Tribina {

/// Sorts a failed QSqlDatabase::open() into the cases the login dialog explains separately.
/// libpq reports connection failures as text only (no SQLSTATE), so this reads its messages.
LoginResult::Status classifyConnectError(const QSqlError &error);

/// "SQLSTATE: message" of a failed statement, for logs and the details of an error message.
QString describe(const QSqlError &error);

} // namespace Tribina
