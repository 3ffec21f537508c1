#include "layout/layoutjson.h"

#include "layout/layoutjsonnames.h"
#include "layout/layoutjsonreader.h"
#include "layout/stadiumlayout.h"

#include <QFile>
#include <QSaveFile>

#include <cmath>

namespace Tribina {

using LayoutJsonNames::name;

namespace {

// Writes the canonical document by hand rather than through QJsonDocument: QJsonObject sorts
// its keys, and the format wants a readable order ("format" first, rows last) and one row per
// line, which keeps diffs of edited layouts small.
class Writer
{
public:
    QByteArray out;

    void text(const QString &value)
    {
        out += '"';
        for (const char32_t c : value.toStdU32String()) {
            switch (c) {
            case U'"': out += "\\\""; break;
            case U'\\': out += "\\\\"; break;
            case U'\b': out += "\\b"; break;
            case U'\f': out += "\\f"; break;
            case U'\n': out += "\\n"; break;
            case U'\r': out += "\\r"; break;
            case U'\t': out += "\\t"; break;
            default:
                if (c < 0x20)
                    out += "\\u00" + QByteArray::number(uint(c), 16).rightJustified(2, '0');
                else
                    out += QString::fromUcs4(&c, 1).toUtf8();
            }
        }
        out += '"';
    }
    void text(QLatin1String value) { text(QString(value)); }

    void number(double value)
    {
        // JSON has no NaN or infinity: null makes the reader reject the document instead of
        // silently reading some other number. -0 is written as 0, which reads back as +0: the
        // two compare equal, and the second write would otherwise differ from the first.
        if (!std::isfinite(value)) {
            out += "null";
            return;
        }
        if (value == 0)
            value = 0;
        out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }
    void integer(qint64 value) { out += QByteArray::number(value); }
    void boolean(bool value) { out += value ? "true" : "false"; }
    void point(QPointF p)
    {
        out += '[';
        number(p.x());
        out += ", ";
        number(p.y());
        out += ']';
    }
    /// `"name": ` — first is false for every member but the first of an inline object.
    void key(const char *name, bool first = false)
    {
        if (!first)
            out += ", ";
        out += '"';
        out += name;
        out += "\": ";
    }
    /// A member on a line of its own inside a block object.
    void line(int indent, const char *name)
    {
        out += QByteArray(indent, ' ');
        out += '"';
        out += name;
        out += "\": ";
    }
    void endLine(bool last) { out += last ? "\n" : ",\n"; }

    void path(const RowPath &path)
    {
        out += '{';
        key("kind", true);
        text(name(path.kind()));
        if (path.kind() == RowPath::Kind::Arc) {
            key("centre");
            point(path.centre());
            key("radius");
            number(path.radius());
            key("startAngle");
            number(path.startAngle());
            key("sweep");
            number(path.sweep());
        } else {
            key("start");
            point(path.start());
            key("end");
            point(path.end());
        }
        out += '}';
    }

    void gaps(const QList<RowGap> &gaps)
    {
        out += '[';
        for (qsizetype i = 0; i < gaps.size(); ++i) {
            out += i == 0 ? "{" : ", {";
            key("afterSeats", true);
            integer(gaps.at(i).afterSeats);
            key("width");
            number(gaps.at(i).width);
            out += '}';
        }
        out += ']';
    }

    void row(const LayoutRow &row)
    {
        out += '{';
        key("id", true);
        text(row.identifier());
        key("path");
        path(row.path());
        key("seats");
        integer(row.seatCount());
        key("seatPitch");
        number(row.seatPitch());
        key("depth");
        number(row.depth());
        key("alignment");
        text(name(row.alignment()));
        key("numbering");
        out += '{';
        key("first", true);
        integer(row.numbering().firstNumber());
        key("direction");
        text(name(row.numbering().direction()));
        key("step");
        text(name(row.numbering().step()));
        out += '}';
        // Optional members: absent means none, which is most rows.
        if (!row.gaps().isEmpty()) {
            key("gaps");
            gaps(row.gaps());
        }
        if (!row.seatTypes().isEmpty()) {
            key("seatTypes");
            out += '[';
            bool first = true;
            for (auto it = row.seatTypes().cbegin(); it != row.seatTypes().cend(); ++it) {
                out += first ? "{" : ", {";
                first = false;
                key("position", true);
                integer(it.key());
                key("type");
                text(name(it.value()));
                out += '}';
            }
            out += ']';
        }
        if (!row.removedSeats().isEmpty()) {
            key("removedSeats");
            integers(row.removedSeats());
        }
        out += '}';
    }

    void integers(const QList<int> &values)
    {
        out += '[';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                out += ", ";
            integer(values.at(i));
        }
        out += ']';
    }

    void snake(const SnakeConfig &snake)
    {
        out += '{';
        key("bestRow", true);
        integer(snake.bestRow);
        key("traversal");
        text(name(snake.traversal));
        key("strategy");
        text(name(snake.strategy));
        if (!snake.subSectors.isEmpty()) {
            key("subSectors");
            subSectors(snake.subSectors);
        }
        out += '}';
    }

    void subSectors(const QList<QList<SeatRange>> &rows)
    {
        // Rows without ranges stay in the list (as []): the list is indexed by row_order.
        out += '[';
        for (qsizetype r = 0; r < rows.size(); ++r) {
            out += r == 0 ? "[" : ", [";
            const QList<SeatRange> &ranges = rows.at(r);
            for (qsizetype i = 0; i < ranges.size(); ++i) {
                if (i > 0)
                    out += ", ";
                integers({ranges.at(i).first, ranges.at(i).last});
            }
            out += ']';
        }
        out += ']';
    }

    void sector(const LayoutSector &sector)
    {
        out += "    {\n";
        line(6, "code");
        text(sector.code());
        endLine(false);
        line(6, "name");
        text(sector.name());
        endLine(false);
        line(6, "type");
        text(name(sector.type()));
        endLine(false);
        line(6, "manualCapacity");
        integer(sector.manualCapacity());
        endLine(false);
        line(6, "label");
        point(sector.labelPosition());
        endLine(false);
        line(6, "outline");
        out += '[';
        for (qsizetype i = 0; i < sector.outline().size(); ++i) {
            if (i > 0)
                out += ", ";
            point(sector.outline().at(i));
        }
        out += ']';
        endLine(false);
        if (sector.snakeConfig()) {
            line(6, "snake");
            snake(*sector.snakeConfig());
            endLine(false);
        }
        line(6, "rows");
        if (sector.rows().isEmpty()) {
            out += "[]\n";
        } else {
            out += "[\n";
            for (qsizetype i = 0; i < sector.rows().size(); ++i) {
                out += QByteArray(8, ' ');
                row(sector.rows().at(i));
                endLine(i + 1 == sector.rows().size());
            }
            out += "      ]\n";
        }
        out += "    }";
    }
};

} // namespace

QByteArray LayoutJson::write(const StadiumLayout &layout)
{
    Writer w;
    w.out.reserve(256 + 360 * layout.sectors().size() * 30);
    w.out += "{\n";
    w.line(2, "format");
    w.text(formatName());
    w.endLine(false);
    w.line(2, "version");
    w.integer(Version);
    w.endLine(false);
    w.out += "  \"venue\": {\n";
    w.line(4, "name");
    w.text(layout.name());
    w.endLine(false);
    w.line(4, "city");
    w.text(layout.city());
    w.endLine(false);
    w.line(4, "country");
    w.text(layout.country());
    w.endLine(false);
    w.line(4, "address");
    w.text(layout.address());
    w.endLine(false);
    w.line(4, "type");
    w.text(name(layout.venueType()));
    w.endLine(false);
    w.line(4, "numbered");
    w.boolean(layout.isNumbered());
    w.endLine(true);
    w.out += "  },\n";
    w.line(2, "pitch");
    w.out += '{';
    w.key("length", true);
    w.number(layout.pitchSize().width());
    w.key("width");
    w.number(layout.pitchSize().height());
    w.out += '}';
    w.endLine(false);
    w.line(2, "sectors");
    if (layout.sectors().isEmpty()) {
        w.out += "[]\n";
    } else {
        w.out += "[\n";
        for (qsizetype i = 0; i < layout.sectors().size(); ++i) {
            w.sector(layout.sectors().at(i));
            w.endLine(i + 1 == layout.sectors().size());
        }
        w.out += "  ]\n";
    }
    w.out += "}\n";
    return w.out;
}

Outcome LayoutJson::read(const QByteArray &json, StadiumLayout *layout)
{
    return LayoutJsonReader::read(json, layout);
}

Outcome LayoutJson::readFile(const QString &fileName, StadiumLayout *layout)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::failure(tr("Cannot read %1: %2").arg(fileName, file.errorString()));
    const Outcome outcome = read(file.readAll(), layout);
    if (!outcome)
        return Outcome::failure(tr("%1: %2").arg(fileName, outcome.error()));
    return {};
}

Outcome LayoutJson::writeFile(const QString &fileName, const StadiumLayout &layout)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(write(layout)) < 0 || !file.commit())
        return Outcome::failure(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    return {};
}

QByteArray LayoutJson::pathJson(const RowPath &path)
{
    Writer w;
    w.path(path);
    return w.out;
}

QByteArray LayoutJson::gapsJson(const QList<RowGap> &gaps)
{
    Writer w;
    w.gaps(gaps);
    return w.out;
}

QByteArray LayoutJson::subSectorsJson(const QList<QList<SeatRange>> &rows)
{
    Writer w;
    w.subSectors(rows);
    return w.out;
}

} // namespace Tribina
