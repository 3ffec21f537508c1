#pragma once

#include "domain/outcome.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QPointF>
#include <QString>

#include <initializer_list>
#include <limits>

namespace Tribina {

class LayoutRow;
class LayoutSector;
class RowPath;
class StadiumLayout;
struct SnakeConfig;

/// The strict reader behind LayoutJson::read(). It walks the document with the JSON path of
/// the value at hand and stops at the first problem, naming that path in the message.
///
/// It checks what the model cannot represent or would silently change (types, enum values,
/// negative counts that the setters would clamp, non-finite numbers); whether a layout makes
/// sense (overlaps, duplicate codes) is LayoutValidator's business, not the format's.
class LayoutJsonReader
{
public:
    static Outcome read(const QByteArray &json, StadiumLayout *layout);

private:
    bool readLayout(const QJsonObject &root, StadiumLayout *layout);
    bool readSector(const QJsonValue &value, const QString &path, LayoutSector *sector);
    bool readRow(const QJsonValue &value, const QString &path, LayoutRow *row);
    bool readPath(const QJsonValue &value, const QString &path, RowPath *rowPath);
    bool readSnake(const QJsonValue &value, const QString &path, SnakeConfig *snake);
    /// A list of distinct seat positions.
    bool positions(const QJsonValue &value, const QString &path, QList<int> *out);

    bool fail(const QString &path, const QString &problem);
    bool object(const QJsonValue &value, const QString &path, QJsonObject *out);
    /// Fails on a key not in allowed (typos must not pass as "absent, use the default").
    bool onlyKeys(const QJsonObject &object, const QString &path,
                  std::initializer_list<const char *> allowed);
    bool member(const QJsonObject &object, const QString &path, const char *key, QJsonValue *out);
    bool text(const QJsonObject &object, const QString &path, const char *key, QString *out);
    bool number(const QJsonValue &value, const QString &path, double *out);
    bool number(const QJsonObject &object, const QString &path, const char *key, double *out);
    bool integer(const QJsonValue &value, const QString &path, int minimum, int *out);
    bool integer(const QJsonObject &object, const QString &path, const char *key, int minimum, int *out);
    bool boolean(const QJsonObject &object, const QString &path, const char *key, bool *out);
    bool point(const QJsonValue &value, const QString &path, QPointF *out);
    bool point(const QJsonObject &object, const QString &path, const char *key, QPointF *out);
    template<typename Values, typename E>
    bool enumeration(const QJsonObject &object, const QString &path, const char *key,
                     const Values &values, E *out);

    /// Positions, numbers and indices the model keeps as they are, negative ones included
    /// (mirroring a row whose seat types reach beyond its end yields them).
    static constexpr int AnyInteger = std::numeric_limits<int>::min();

    static QString child(const QString &path, const char *key);
    static QString item(const QString &path, qsizetype index);
    static QString kindOf(const QJsonValue &value);

    QString m_error;
};

} // namespace Tribina
