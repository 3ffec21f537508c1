#include "db/sqltext.h"

#include "db/sqlerrors.h"

#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>

namespace Tribina {

QString SqlText::withValues(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QString result;
    result.reserve(sql.size() + values.size() * 16);
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c != u'?' || next >= values.size()) {
            result += c;
            continue;
        }
        const QVariant &value = values.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        result += db.driver()->formatValue(field);
    }
    return result;
}

bool SqlText::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                   QString *error, QVariant *firstValue)
{
    QSqlQuery q(db);
    if (!q.exec(withValues(db, sql, values))) {
        *error = describe(q.lastError());
        return false;
    }
    if (firstValue)
        *firstValue = q.next() ? q.value(0) : QVariant();
    return true;
}

} // namespace Tribina
