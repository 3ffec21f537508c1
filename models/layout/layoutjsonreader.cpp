#include "layout/layoutjsonreader.h"

#include "layout/layoutjson.h"
#include "layout/layoutjsonnames.h"
#include "layout/stadiumlayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QStringList>

#include <cmath>
#include <limits>

namespace Tribina {

using LayoutJsonNames::name;

Outcome LayoutJsonReader::read(const QByteArray &json, StadiumLayout *layout)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports a byte offset; people look for lines and columns.
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return Outcome::failure(LayoutJson::tr("not valid JSON at line %1, column %2: %3")
                                    .arg(line).arg(column).arg(parseError.errorString()));
    }
    if (!document.isObject())
        return Outcome::failure(LayoutJson::tr("not a Tribina layout: the document is not a JSON object"));

    LayoutJsonReader reader;
    StadiumLayout result;
    if (!reader.readLayout(document.object(), &result))
        return Outcome::failure(reader.m_error);
    *layout = std::move(result);
    return {};
}

bool LayoutJsonReader::readLayout(const QJsonObject &root, StadiumLayout *layout)
{
    // The header first: a file of another kind or a newer version gets that message rather than
    // a complaint about its first unknown key.
    if (root.value(QLatin1String("format")).toString() != LayoutJson::formatName())
        return fail(QStringLiteral("format"),
                    LayoutJson::tr("not a Tribina layout (expected \"%1\")").arg(LayoutJson::formatName()));
    int version = 0;
    if (!integer(root, {}, "version", 1, &version))
        return false;
    if (version > LayoutJson::Version)
        return fail(QStringLiteral("version"),
                    LayoutJson::tr("format version %1 is newer than this Tribina reads (up to %2)")
                        .arg(version).arg(LayoutJson::Version));
    if (!onlyKeys(root, {}, {"format", "version", "venue", "pitch", "sectors"}))
        return false;

    QJsonObject venue;
    QJsonValue value;
    if (!member(root, {}, "venue", &value) || !object(value, QStringLiteral("venue"), &venue))
        return false;
    const QString venuePath = QStringLiteral("venue");
    if (!onlyKeys(venue, venuePath, {"name", "city", "country", "address", "type", "numbered"}))
        return false;
    QString nameText, city, country, address;
    VenueType venueType = VenueType::Home;
    bool numbered = true;
    if (!text(venue, venuePath, "name", &nameText) || !text(venue, venuePath, "city", &city)
        || !text(venue, venuePath, "country", &country) || !text(venue, venuePath, "address", &address)
        || !enumeration(venue, venuePath, "type", LayoutJsonNames::venueTypes, &venueType)
        || !boolean(venue, venuePath, "numbered", &numbered))
        return false;

    QJsonObject pitch;
    const QString pitchPath = QStringLiteral("pitch");
    double length = 0, width = 0;
    if (!member(root, {}, "pitch", &value) || !object(value, pitchPath, &pitch)
        || !onlyKeys(pitch, pitchPath, {"length", "width"})
        || !number(pitch, pitchPath, "length", &length) || !number(pitch, pitchPath, "width", &width))
        return false;

    if (!member(root, {}, "sectors", &value))
        return false;
    if (!value.isArray())
        return fail(QStringLiteral("sectors"), LayoutJson::tr("expected an array, found %1").arg(kindOf(value)));
    const QJsonArray sectorValues = value.toArray();
    QList<LayoutSector> sectors;
    sectors.reserve(sectorValues.size());
    for (qsizetype i = 0; i < sectorValues.size(); ++i) {
        LayoutSector sector;
        if (!readSector(sectorValues.at(i), item(QStringLiteral("sectors"), i), &sector))
            return false;
        sectors.append(std::move(sector));
    }

    StadiumLayout result(nameText, city, country, venueType);
    result.setAddress(address);
    result.setNumbered(numbered);
    result.setPitchSize(QSizeF(length, width));
    result.setSectors(sectors);
    *layout = std::move(result);
    return true;
}

bool LayoutJsonReader::readSector(const QJsonValue &value, const QString &path, LayoutSector *sector)
{
    QJsonObject o;
    if (!object(value, path, &o)
        || !onlyKeys(o, path, {"code", "name", "type", "manualCapacity", "label", "outline", "snake", "rows"}))
        return false;
    QString code, sectorName;
    SectorType type = SectorType::Standard;
    int manualCapacity = 0;
    QPointF label;
    if (!text(o, path, "code", &code) || !text(o, path, "name", &sectorName)
        || !enumeration(o, path, "type", LayoutJsonNames::sectorTypes, &type)
        || !integer(o, path, "manualCapacity", 0, &manualCapacity) || !point(o, path, "label", &label))
        return false;

    QJsonValue member;
    const QString outlinePath = child(path, "outline");
    if (!this->member(o, path, "outline", &member))
        return false;
    if (!member.isArray())
        return fail(outlinePath, LayoutJson::tr("expected an array of points, found %1").arg(kindOf(member)));
    QPolygonF outline;
    const QJsonArray points = member.toArray();
    outline.reserve(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        QPointF p;
        if (!point(points.at(i), item(outlinePath, i), &p))
            return false;
        outline.append(p);
    }

    const QString rowsPath = child(path, "rows");
    if (!this->member(o, path, "rows", &member))
        return false;
    if (!member.isArray())
        return fail(rowsPath, LayoutJson::tr("expected an array, found %1").arg(kindOf(member)));
    const QJsonArray rowValues = member.toArray();
    QList<LayoutRow> rows;
    rows.reserve(rowValues.size());
    for (qsizetype i = 0; i < rowValues.size(); ++i) {
        LayoutRow row;
        if (!readRow(rowValues.at(i), item(rowsPath, i), &row))
            return false;
        rows.append(std::move(row));
    }

    std::optional<SnakeConfig> snake;
    if (o.contains(QLatin1String("snake"))) {
        snake.emplace();
        if (!readSnake(o.value(QLatin1String("snake")), child(path, "snake"), &*snake))
            return false;
    }

    LayoutSector result(sectorName, code, type);
    result.setSnakeConfig(snake);
    result.setManualCapacity(manualCapacity);
    result.setLabelPosition(label);
    result.setOutline(outline);
    result.setRows(rows);
    *sector = std::move(result);
    return true;
}

bool LayoutJsonReader::readRow(const QJsonValue &value, const QString &path, LayoutRow *row)
{
    QJsonObject o;
    if (!object(value, path, &o)
        || !onlyKeys(o, path, {"id", "path", "seats", "seatPitch", "depth", "alignment", "numbering",
                               "gaps", "seatTypes", "removedSeats"}))
        return false;
    QString identifier;
    QJsonValue member;
    RowPath rowPath;
    int seats = 0;
    double seatPitch = 0, depth = 0;
    LayoutRow::Alignment alignment = LayoutRow::Alignment::Centre;
    if (!text(o, path, "id", &identifier) || !this->member(o, path, "path", &member)
        || !readPath(member, child(path, "path"), &rowPath) || !integer(o, path, "seats", 0, &seats)
        || !number(o, path, "seatPitch", &seatPitch) || !number(o, path, "depth", &depth)
        || !enumeration(o, path, "alignment", LayoutJsonNames::alignments, &alignment))
        return false;

    QJsonObject numbering;
    const QString numberingPath = child(path, "numbering");
    int first = 1;
    NumberingDirection direction = NumberingDirection::LeftToRight;
    NumberingStep step = NumberingStep::Consecutive;
    if (!this->member(o, path, "numbering", &member) || !object(member, numberingPath, &numbering)
        || !onlyKeys(numbering, numberingPath, {"first", "direction", "step"})
        || !integer(numbering, numberingPath, "first", AnyInteger, &first)
        || !enumeration(numbering, numberingPath, "direction", LayoutJsonNames::directions, &direction)
        || !enumeration(numbering, numberingPath, "step", LayoutJsonNames::steps, &step))
        return false;

    LayoutRow result(identifier, rowPath, seats);
    result.setSeatPitch(seatPitch);
    result.setDepth(depth);
    result.setAlignment(alignment);
    result.setNumbering(SeatNumbering(first, direction, step));

    // Optional: absent means no gaps and only standard seats.
    const QString gapsPath = child(path, "gaps");
    if (o.contains(QLatin1String("gaps"))) {
        member = o.value(QLatin1String("gaps"));
        if (!member.isArray())
            return fail(gapsPath, LayoutJson::tr("expected an array, found %1").arg(kindOf(member)));
        const QJsonArray gapValues = member.toArray();
        QList<RowGap> gaps;
        for (qsizetype i = 0; i < gapValues.size(); ++i) {
            const QString gapPath = item(gapsPath, i);
            QJsonObject g;
            RowGap gap;
            if (!object(gapValues.at(i), gapPath, &g) || !onlyKeys(g, gapPath, {"afterSeats", "width"})
                || !integer(g, gapPath, "afterSeats", AnyInteger, &gap.afterSeats)
                || !number(g, gapPath, "width", &gap.width))
                return false;
            gaps.append(gap);
        }
        result.setGaps(gaps);
    }
    const QString typesPath = child(path, "seatTypes");
    if (o.contains(QLatin1String("seatTypes"))) {
        member = o.value(QLatin1String("seatTypes"));
        if (!member.isArray())
            return fail(typesPath, LayoutJson::tr("expected an array, found %1").arg(kindOf(member)));
        const QJsonArray typeValues = member.toArray();
        QSet<int> seen;
        for (qsizetype i = 0; i < typeValues.size(); ++i) {
            const QString typePath = item(typesPath, i);
            QJsonObject t;
            int position = 0;
            SeatType type = SeatType::Standard;
            if (!object(typeValues.at(i), typePath, &t) || !onlyKeys(t, typePath, {"position", "type"})
                || !integer(t, typePath, "position", AnyInteger, &position)
                || !enumeration(t, typePath, "type", LayoutJsonNames::seatTypes, &type))
                return false;
            if (seen.contains(position))
                return fail(child(typePath, "position"),
                            LayoutJson::tr("seat position %1 is listed twice").arg(position));
            seen.insert(position);
            result.setSeatType(position, type);
        }
    }
    if (o.contains(QLatin1String("removedSeats"))) {
        QList<int> removed;
        if (!positions(o.value(QLatin1String("removedSeats")), child(path, "removedSeats"), &removed))
            return false;
        result.setRemovedSeats(removed);
    }
    *row = std::move(result);
    return true;
}

bool LayoutJsonReader::readSnake(const QJsonValue &value, const QString &path, SnakeConfig *snake)
{
    QJsonObject o;
    if (!object(value, path, &o) || !onlyKeys(o, path, {"bestRow", "traversal", "strategy", "subSectors"})
        || !integer(o, path, "bestRow", AnyInteger, &snake->bestRow)
        || !enumeration(o, path, "traversal", LayoutJsonNames::traversals, &snake->traversal)
        || !enumeration(o, path, "strategy", LayoutJsonNames::strategies, &snake->strategy))
        return false;
    if (!o.contains(QLatin1String("subSectors")))
        return true;
    const QString subPath = child(path, "subSectors");
    const QJsonValue sub = o.value(QLatin1String("subSectors"));
    if (!sub.isArray())
        return fail(subPath, LayoutJson::tr("expected an array (one list of ranges per row), found %1").arg(kindOf(sub)));
    const QJsonArray rows = sub.toArray();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QString rowPath = item(subPath, r);
        if (!rows.at(r).isArray())
            return fail(rowPath, LayoutJson::tr("expected an array of ranges [first, last], found %1").arg(kindOf(rows.at(r))));
        const QJsonArray ranges = rows.at(r).toArray();
        QList<SeatRange> rowRanges;
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            const QString rangePath = item(rowPath, i);
            const QJsonArray pair = ranges.at(i).toArray();
            if (!ranges.at(i).isArray() || pair.size() != 2)
                return fail(rangePath, LayoutJson::tr("expected a range [first, last], found %1").arg(kindOf(ranges.at(i))));
            SeatRange range;
            if (!integer(pair.at(0), item(rangePath, 0), AnyInteger, &range.first)
                || !integer(pair.at(1), item(rangePath, 1), AnyInteger, &range.last))
                return false;
            rowRanges.append(range);
        }
        snake->subSectors.append(rowRanges);
    }
    return true;
}

bool LayoutJsonReader::positions(const QJsonValue &value, const QString &path, QList<int> *out)
{
    if (!value.isArray())
        return fail(path, LayoutJson::tr("expected an array of seat positions, found %1").arg(kindOf(value)));
    const QJsonArray array = value.toArray();
    QSet<int> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        int position = 0;
        if (!integer(array.at(i), item(path, i), AnyInteger, &position))
            return false;
        if (seen.contains(position))
            return fail(item(path, i), LayoutJson::tr("seat position %1 is listed twice").arg(position));
        seen.insert(position);
        out->append(position);
    }
    return true;
}

bool LayoutJsonReader::readPath(const QJsonValue &value, const QString &path, RowPath *rowPath)
{
    QJsonObject o;
    RowPath::Kind kind = RowPath::Kind::Straight;
    if (!object(value, path, &o) || !enumeration(o, path, "kind", LayoutJsonNames::pathKinds, &kind))
        return false;
    if (kind == RowPath::Kind::Straight) {
        QPointF start, end;
        if (!onlyKeys(o, path, {"kind", "start", "end"}) || !point(o, path, "start", &start)
            || !point(o, path, "end", &end))
            return false;
        *rowPath = RowPath::straight(start, end);
        return true;
    }
    QPointF centre;
    double radius = 0, startAngle = 0, sweep = 0;
    if (!onlyKeys(o, path, {"kind", "centre", "radius", "startAngle", "sweep"})
        || !point(o, path, "centre", &centre) || !number(o, path, "radius", &radius)
        || !number(o, path, "startAngle", &startAngle) || !number(o, path, "sweep", &sweep))
        return false;
    *rowPath = RowPath::arc(centre, radius, startAngle, sweep);
    return true;
}

// --- values -------------------------------------------------------------------------------

bool LayoutJsonReader::fail(const QString &path, const QString &problem)
{
    m_error = path.isEmpty() ? problem : LayoutJson::tr("%1: %2").arg(path, problem);
    return false;
}

bool LayoutJsonReader::object(const QJsonValue &value, const QString &path, QJsonObject *out)
{
    if (!value.isObject())
        return fail(path, LayoutJson::tr("expected an object, found %1").arg(kindOf(value)));
    *out = value.toObject();
    return true;
}

bool LayoutJsonReader::onlyKeys(const QJsonObject &object, const QString &path,
                                std::initializer_list<const char *> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *key : allowed)
            known = known || it.key() == QLatin1String(key);
        if (!known) {
            QStringList names;
            for (const char *key : allowed)
                names.append(QLatin1String(key));
            const QString at = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            return fail(at, LayoutJson::tr("unknown key (expected one of: %1)").arg(names.join(QLatin1String(", "))));
        }
    }
    return true;
}

bool LayoutJsonReader::member(const QJsonObject &object, const QString &path, const char *key,
                              QJsonValue *out)
{
    const auto it = object.constFind(QLatin1String(key));
    if (it == object.constEnd())
        return fail(child(path, key), LayoutJson::tr("missing"));
    *out = it.value();
    return true;
}

bool LayoutJsonReader::text(const QJsonObject &object, const QString &path, const char *key, QString *out)
{
    QJsonValue value;
    if (!member(object, path, key, &value))
        return false;
    if (!value.isString())
        return fail(child(path, key), LayoutJson::tr("expected text, found %1").arg(kindOf(value)));
    *out = value.toString();
    return true;
}

bool LayoutJsonReader::number(const QJsonValue &value, const QString &path, double *out)
{
    // Qt reads numbers too large for a double as infinity; the model never holds one.
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return fail(path, LayoutJson::tr("expected a number, found %1").arg(kindOf(value)));
    *out = value.toDouble();
    return true;
}

bool LayoutJsonReader::number(const QJsonObject &object, const QString &path, const char *key, double *out)
{
    QJsonValue value;
    return member(object, path, key, &value) && number(value, child(path, key), out);
}

bool LayoutJsonReader::integer(const QJsonValue &value, const QString &path, int minimum, int *out)
{
    double d = 0;
    if (!number(value, path, &d))
        return false;
    if (d != std::floor(d) || d > std::numeric_limits<int>::max() || d < std::numeric_limits<int>::min())
        return fail(path, LayoutJson::tr("expected a whole number, found %1").arg(d));
    if (d < minimum)
        return fail(path, LayoutJson::tr("must be at least %1, found %2").arg(minimum).arg(d));
    *out = int(d);
    return true;
}

bool LayoutJsonReader::integer(const QJsonObject &object, const QString &path, const char *key,
                               int minimum, int *out)
{
    QJsonValue value;
    return member(object, path, key, &value) && integer(value, child(path, key), minimum, out);
}

bool LayoutJsonReader::boolean(const QJsonObject &object, const QString &path, const char *key, bool *out)
{
    QJsonValue value;
    if (!member(object, path, key, &value))
        return false;
    if (!value.isBool())
        return fail(child(path, key), LayoutJson::tr("expected true or false, found %1").arg(kindOf(value)));
    *out = value.toBool();
    return true;
}

bool LayoutJsonReader::point(const QJsonValue &value, const QString &path, QPointF *out)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() != 2)
        return fail(path, LayoutJson::tr("expected a point [x, y], found %1").arg(kindOf(value)));
    double x = 0, y = 0;
    if (!number(array.at(0), item(path, 0), &x) || !number(array.at(1), item(path, 1), &y))
        return false;
    *out = QPointF(x, y);
    return true;
}

bool LayoutJsonReader::point(const QJsonObject &object, const QString &path, const char *key, QPointF *out)
{
    QJsonValue value;
    return member(object, path, key, &value) && point(value, child(path, key), out);
}

template<typename Values, typename E>
bool LayoutJsonReader::enumeration(const QJsonObject &object, const QString &path, const char *key,
                                   const Values &values, E *out)
{
    QString spelled;
    if (!text(object, path, key, &spelled))
        return false;
    QStringList names;
    for (const E candidate : values) {
        if (spelled == name(candidate)) {
            *out = candidate;
            return true;
        }
        names.append(name(candidate));
    }
    return fail(child(path, key), LayoutJson::tr("unknown value \"%1\" (expected one of: %2)")
                                      .arg(spelled, names.join(QLatin1String(", "))));
}

QString LayoutJsonReader::child(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
}

QString LayoutJsonReader::item(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString LayoutJsonReader::kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return LayoutJson::tr("null");
    case QJsonValue::Bool:
        return LayoutJson::tr("true or false");
    case QJsonValue::Double:
        return LayoutJson::tr("a number");
    case QJsonValue::String:
        return LayoutJson::tr("text");
    case QJsonValue::Array:
        return LayoutJson::tr("an array of %n item(s)", nullptr, int(value.toArray().size()));
    case QJsonValue::Object:
        return LayoutJson::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return LayoutJson::tr("nothing");
}

} // namespace Tribina
