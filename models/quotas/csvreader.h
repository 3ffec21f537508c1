#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tribina {

/// CSV as spreadsheet programs write it (RFC 4180 and what Excel and LibreOffice do beyond it):
/// UTF-8 with or without a BOM (UTF-16 with a BOM too; bytes that are not UTF-8 are read as
/// Windows-1250, the Croatian Excel default), comma or semicolon (detected from the header
/// line), quoted fields with separators, doubled quotes and line breaks inside, CRLF, LF or CR
/// line ends. Blank lines are skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Tribina::CsvReader)

public:
    struct Result
    {
        QList<QStringList> records;
        QList<int> lines;      ///< 1-based line on which each record starts
        QChar separator;
        QString encoding;      ///< "UTF-8", "UTF-8 (BOM)", "UTF-16", "Windows-1250"
        QString error;         ///< translated; empty when the file was read whole

        bool ok() const { return error.isEmpty(); }
    };

    /// separator: ',' or ';' to force one; null to detect it.
    static Result parse(const QByteArray &data, QChar separator = {});
    static QString decode(const QByteArray &data, QString *encoding = nullptr);
    /// The separator the first line uses most outside quotes: ';', ',' or a tab (',' when none).
    static QChar detectSeparator(QStringView text);

    /// A field quoted when it needs to be.
    static QString quote(const QString &field, QChar separator = QLatin1Char(','));
    /// Records as UTF-8 with a BOM (so Excel reads the diacritics) and CRLF line ends.
    static QByteArray write(const QList<QStringList> &records, QChar separator = QLatin1Char(','));
};

} // namespace Tribina
