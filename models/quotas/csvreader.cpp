#include "quotas/csvreader.h"

#include <QStringDecoder>

namespace Tribina {

namespace {

// Windows-1250 0x80-0xFF; used when ICU is not there to decode it (undefined bytes become U+FFFD).
constexpr char16_t Cp1250High[128] = {
    0x20AC, 0xFFFD, 0x201A, 0xFFFD, 0x201E, 0x2026, 0x2020, 0x2021, 0xFFFD, 0x2030, 0x0160, 0x2039, 0x015A, 0x0164, 0x017D, 0x0179,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A,
    0x00A0, 0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B,
    0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C,
    0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7, 0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E,
    0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7, 0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,
    0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, 0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F,
    0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7, 0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
};

QString decodeCp1250(const QByteArray &data)
{
    QString out;
    out.reserve(data.size());
    for (char c : data) {
        const auto b = static_cast<unsigned char>(c);
        out.append(b < 0x80 ? QChar(char16_t(b)) : QChar(Cp1250High[b - 0x80]));
    }
    return out;
}

} // namespace

QString CsvReader::decode(const QByteArray &data, QString *encoding)
{
    QString name;
    QString text;
    if (data.startsWith("\xEF\xBB\xBF")) {
        name = QStringLiteral("UTF-8 (BOM)");
        text = QString::fromUtf8(data.mid(3));
    } else if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringDecoder::Utf16, QStringDecoder::Flag::ConvertInitialBom);
        name = QStringLiteral("UTF-16");
        text = decoder(data);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8(data);
        name = QStringLiteral("UTF-8");
        if (utf8.hasError()) {
            name = QStringLiteral("Windows-1250");
            text = decodeCp1250(data);
        }
    }
    if (encoding)
        *encoding = name;
    return text;
}

QChar CsvReader::detectSeparator(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

CsvReader::Result CsvReader::parse(const QByteArray &data, QChar separator)
{
    Result result;
    const QString text = decode(data, &result.encoding);
    result.separator = separator.isNull() ? detectSeparator(text) : separator;
    const QChar sep = result.separator;

    QStringList record;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool fieldQuoted = false; // the current field started with a quote
    int line = 1;
    int recordLine = 1;
    bool recordHasContent = false;
    auto endField = [&] {
        record.append(fieldQuoted ? field : field.trimmed());
        field.clear();
        fieldQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = !recordHasContent && record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            result.records.append(record);
            result.lines.append(recordLine);
        }
        record.clear();
        recordHasContent = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            fieldQuoted = true;
            recordHasContent = true;
        } else if (c == sep) {
            endField();
            recordHasContent = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field.append(c);
            if (!c.isSpace())
                recordHasContent = true;
        }
    }
    if (quoted) {
        result.error = tr("Line %1: a quoted field is not closed.").arg(recordLine);
        return result;
    }
    if (!field.isEmpty() || !record.isEmpty() || fieldQuoted)
        endRecord();
    return result;
}

QString CsvReader::quote(const QString &field, QChar separator)
{
    const bool needs = field.contains(separator) || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ');
    if (!needs)
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray CsvReader::write(const QList<QStringList> &records, QChar separator)
{
    QString text;
    for (const QStringList &record : records) {
        QStringList fields;
        for (const QString &f : record)
            fields.append(quote(f, separator));
        text += fields.join(separator) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace Tribina
