#pragma once

#include <QString>
#include <QStringView>

namespace Tribina {

/// Row identifiers ("1", "2", ... or "A", "B", ..., "Z", "AA", "AB", ...). Rows are labelled by
/// a 1-based ordinal; alphabetic labels continue past Z the way spreadsheet columns do, so a
/// stand with more than 26 rows still gets unique, sortable-by-length labels.
class RowLabel
{
public:
    enum class Style {
        Numeric,
        Alphabetic,
    };

    /// The label of ordinal n (1-based): Numeric 1 → "1", Alphabetic 1 → "A", 27 → "AA".
    /// Returns an empty string for n < 1.
    static QString label(Style style, int n);

    /// The inverse of label(): the ordinal and style of a label, or 0 when it is neither
    /// a positive number nor upper-case letters A–Z.
    static int ordinal(QStringView label, Style *style = nullptr);
};

} // namespace Tribina
