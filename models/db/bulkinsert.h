#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Tribina {

/// Inserts many rows quickly over QPSQL, which has no COPY and sends one statement per exec():
/// rows are collected column by column as PostgreSQL array literals and sent in chunks as
/// `INSERT INTO t (a, b) SELECT * FROM unnest(?::uuid[], ?::text[])` — one round trip and one
/// parse per chunk instead of per row (100,000 seats in about a second instead of minutes).
///
/// Values are passed as text in the column's SQL type's input syntax; a null QString is NULL.
/// Errors are kept: after the first failure further rows are ignored and finish() reports it.
class BulkInsert
{
public:
    struct Column
    {
        QString name;
        QString type; ///< element type for the cast: "uuid", "text", "double precision", "seat_type"
    };

    BulkInsert(QSqlDatabase db, QString table, QList<Column> columns, int chunkRows = 20000);

    /// Appends one row (values in column order); sends a chunk when it is full.
    void add(const QStringList &values);
    /// Sends what is left. Returns false on any failure; error() then says what failed.
    bool finish();

    int rowsWritten() const { return m_written; }
    const QString &error() const { return m_error; }

    /// One value as an element of an array literal: quoted and escaped where needed.
    static void appendElement(QString &literal, const QString &value);

private:
    bool flush();

    QSqlDatabase m_db;
    QString m_table;
    QList<Column> m_columns;
    int m_chunkRows;
    QList<QString> m_literals; ///< per column, without the closing brace
    int m_pending = 0;
    int m_written = 0;
    QString m_error;
};

} // namespace Tribina
