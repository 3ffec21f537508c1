#include "db/bulkinsert.h"

#include "db/sqltext.h"

namespace Tribina {

BulkInsert::BulkInsert(QSqlDatabase db, QString table, QList<Column> columns, int chunkRows)
    : m_db(std::move(db)), m_table(std::move(table)), m_columns(std::move(columns)),
      m_chunkRows(qMax(1, chunkRows))
{
    m_literals.resize(m_columns.size());
}

void BulkInsert::appendElement(QString &literal, const QString &value)
{
    if (value.isNull()) {
        literal += QLatin1String("NULL");
        return;
    }
    // Numbers and UUIDs (the bulk of the data) need no quotes; anything that could be read as
    // syntax (braces, commas, quotes, blanks, backslashes, the word NULL, empty text) does.
    bool plain = !value.isEmpty() && value.compare(QLatin1String("NULL"), Qt::CaseInsensitive) != 0;
    for (const QChar c : value) {
        if (c == u'{' || c == u'}' || c == u',' || c == u'"' || c == u'\\' || c.isSpace()) {
            plain = false;
            break;
        }
    }
    if (plain) {
        literal += value;
        return;
    }
    literal += QLatin1Char('"');
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            literal += QLatin1Char('\\');
        literal += c;
    }
    literal += QLatin1Char('"');
}

void BulkInsert::add(const QStringList &values)
{
    if (!m_error.isEmpty())
        return;
    if (values.size() != m_columns.size()) {
        m_error = QStringLiteral("%1: %2 values for %3 columns")
                      .arg(m_table).arg(values.size()).arg(m_columns.size());
        return;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        QString &literal = m_literals[i];
        literal += m_pending == 0 ? QLatin1Char('{') : QLatin1Char(',');
        appendElement(literal, values.at(i));
    }
    if (++m_pending >= m_chunkRows)
        flush();
}

bool BulkInsert::finish()
{
    if (m_error.isEmpty() && m_pending > 0)
        flush();
    return m_error.isEmpty();
}

bool BulkInsert::flush()
{
    QStringList names;
    QStringList arrays;
    QVariantList values;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        names.append(m_columns.at(i).name);
        arrays.append(QStringLiteral("?::%1[]").arg(m_columns.at(i).type));
        values.append(m_literals.at(i) + QLatin1Char('}'));
        m_literals[i].clear();
    }
    const int rows = m_pending;
    m_pending = 0;
    QString error;
    if (!SqlText::exec(m_db,
                       QStringLiteral("INSERT INTO %1 (%2) SELECT * FROM unnest(%3)")
                           .arg(m_table, names.join(QLatin1String(", ")), arrays.join(QLatin1String(", "))),
                       values, &error)) {
        m_error = m_table + QLatin1String(": ") + error;
        return false;
    }
    m_written += rows;
    return true;
}

} // namespace Tribina
