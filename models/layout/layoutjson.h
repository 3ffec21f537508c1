#pragma once

#include "domain/outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLatin1String>
#include <QList>
#include <QString>

namespace Tribina {

class RowPath;
class StadiumLayout;
struct RowGap;
struct SeatRange;

/// A StadiumLayout as a JSON document: the file format of `tribina-admin layout export|import`
/// and what stadium_layouts.layout_json stores (resources/demo/LAYOUT-FORMAT.md describes it).
///
/// The document holds everything the layout model holds, so the round trip is lossless: numbers
/// are written in their shortest form that reads back to the same double, and the writer's
/// output is canonical (fixed key order, fixed layout), so write → read → write gives the same
/// bytes. Readers are strict: unknown keys, wrong types and unknown enum values are errors, and
/// every error names the JSON path of the offending value ("sectors[3].rows[2].path.radius").
class LayoutJson
{
    Q_DECLARE_TR_FUNCTIONS(LayoutJson)

public:
    /// The value of the document's "format" key.
    static QLatin1String formatName() { return QLatin1String("tribina-layout"); }
    /// The format version this build writes and the newest it reads.
    static constexpr int Version = 1;

    /// The canonical document: UTF-8, two-space indentation, one row per line, final newline.
    static QByteArray write(const StadiumLayout &layout);
    /// Parses a document; on failure *layout is untouched and the message names the JSON path.
    static Outcome read(const QByteArray &json, StadiumLayout *layout);

    static Outcome readFile(const QString &fileName, StadiumLayout *layout);
    /// Writes atomically (QSaveFile): a failed export never leaves half a file behind.
    static Outcome writeFile(const QString &fileName, const StadiumLayout &layout);

    /// Parts of the document on their own, spelled as in the document, for the columns that
    /// repeat them: row_configurations.path and .gaps, sector_snake_configs.subsector_grouping_json
    /// (one list of [first, last] seat ranges per row).
    static QByteArray pathJson(const RowPath &path);
    static QByteArray gapsJson(const QList<RowGap> &gaps);
    static QByteArray subSectorsJson(const QList<QList<SeatRange>> &rows);
};

} // namespace Tribina
