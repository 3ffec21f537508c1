#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tribina {

/// One data row of a quota import file, with what is wrong with it.
struct QuotaCsvRow
{
    int line = 0; ///< line in the file (the header is line 1)
    QString email;
    QString name;
    int quantity = 0;
    QStringList sectorCodes; ///< empty: every sector of the match
    int discountPercent = 0;
    QStringList errors;      ///< translated; empty: the row can be imported

    bool ok() const { return errors.isEmpty(); }
};

/// The quota import format. Columns (header names in English or Croatian, any order, any case):
/// email, name, quantity (required); sectors (codes separated by spaces, '|' or ',' inside the
/// field), discount (0-100) (optional). The file checks of a row are done here (e-mail,
/// quantity, discount, the same recipient twice); checks against a match (sector codes, free
/// seats, an existing quota) are QuotaImport's.
class QuotaCsv
{
    Q_DECLARE_TR_FUNCTIONS(Tribina::QuotaCsv)

public:
    struct File
    {
        QList<QuotaCsvRow> rows;
        QString error;    ///< the file cannot be used at all (no header, a required column missing)
        QString encoding;
        QChar separator;

        bool ok() const { return error.isEmpty(); }
        int validRows() const;
    };

    static File read(const QByteArray &data);
    static bool isEmailAddress(const QString &text);
    /// A template to fill in (header and two example rows, UTF-8 with BOM, CRLF).
    static QByteArray templateCsv();
};

} // namespace Tribina
