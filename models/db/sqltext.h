#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace Tribina {

/// Statements with their values written in as literals, escaped by the driver
/// (QSqlDriver::formatValue, which is what QPSQL's emulated prepared statements send anyway).
///
/// Why not prepare(): a prepared statement that fails aborts the transaction, and QPSQL then
/// cannot DEALLOCATE it when the query object goes away — it warns and leaks the statement for
/// the rest of the session. Writers that must roll back cleanly (the demo seeder, layout
/// activation) are better off with plain statements, which also save the PREPARE and
/// DEALLOCATE round trips.
class SqlText
{
public:
    /// sql with each `?` replaced by the next value as a literal (a null QVariant is NULL).
    /// Every `?` is a placeholder: statements passed here must not use jsonb's `?` operators
    /// or question marks in literals (use jsonb_exists() and values instead).
    static QString withValues(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

    /// Runs sql with values; on failure returns false and sets *error to "SQLSTATE: message".
    /// With firstValue, stores the first column of the first row (or a null QVariant).
    static bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                     QString *error, QVariant *firstValue = nullptr);
};

} // namespace Tribina
