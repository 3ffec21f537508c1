#include "quotas/quotacsv.h"

#include "quotas/csvreader.h"

#include <QHash>
#include <QRegularExpression>

namespace Tribina {

namespace {

enum class Column { Email, Name, Quantity, Sectors, Discount };

// Header spellings, compared lower-case with spaces, '-' and '_' removed.
const QHash<QString, Column> &columnNames()
{
    static const QHash<QString, Column> names{
        {QStringLiteral("email"), Column::Email},          {QStringLiteral("emailadresa"), Column::Email},
        {QStringLiteral("mail"), Column::Email},           {QStringLiteral("name"), Column::Name},
        {QStringLiteral("ime"), Column::Name},             {QStringLiteral("naziv"), Column::Name},
        {QStringLiteral("primatelj"), Column::Name},       {QStringLiteral("recipient"), Column::Name},
        {QStringLiteral("quantity"), Column::Quantity},    {QStringLiteral("qty"), Column::Quantity},
        {QStringLiteral("količina"), Column::Quantity},    {QStringLiteral("kolicina"), Column::Quantity},
        {QStringLiteral("sectors"), Column::Sectors},      {QStringLiteral("sector"), Column::Sectors},
        {QStringLiteral("sectorcodes"), Column::Sectors},  {QStringLiteral("sektori"), Column::Sectors},
        {QStringLiteral("sektor"), Column::Sectors},       {QStringLiteral("discount"), Column::Discount},
        {QStringLiteral("popust"), Column::Discount},
    };
    return names;
}

QString normalisedHeader(QString header)
{
    header = header.trimmed().toLower();
    header.remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char('%'));
    return header;
}

} // namespace

int QuotaCsv::File::validRows() const
{
    int n = 0;
    for (const QuotaCsvRow &row : rows)
        n += row.ok() ? 1 : 0;
    return n;
}

bool QuotaCsv::isEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

QuotaCsv::File QuotaCsv::read(const QByteArray &data)
{
    File file;
    const CsvReader::Result csv = CsvReader::parse(data);
    file.encoding = csv.encoding;
    file.separator = csv.separator;
    if (!csv.ok()) {
        file.error = csv.error;
        return file;
    }
    if (csv.records.isEmpty()) {
        file.error = tr("The file is empty.");
        return file;
    }
    QHash<Column, int> at;
    const QStringList header = csv.records.first();
    for (int i = 0; i < header.size(); ++i) {
        const auto it = columnNames().constFind(normalisedHeader(header.at(i)));
        if (it != columnNames().cend() && !at.contains(*it))
            at.insert(*it, i);
    }
    QStringList missing;
    if (!at.contains(Column::Email))
        missing.append(QStringLiteral("email"));
    if (!at.contains(Column::Name))
        missing.append(QStringLiteral("name"));
    if (!at.contains(Column::Quantity))
        missing.append(QStringLiteral("quantity"));
    if (!missing.isEmpty()) {
        file.error = tr("The header lacks the required column(s) %1 (found: %2).")
                         .arg(missing.join(QStringLiteral(", ")), header.join(QStringLiteral(", ")));
        return file;
    }

    QHash<QString, int> firstLineOfEmail;
    static const QRegularExpression codeSeparators(QStringLiteral("[\\s|,;]+"));
    file.rows.reserve(csv.records.size() - 1);
    for (qsizetype r = 1; r < csv.records.size(); ++r) {
        const QStringList &fields = csv.records.at(r);
        auto value = [&](Column c) { const int i = at.value(c, -1); return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString(); };
        QuotaCsvRow row;
        row.line = csv.lines.at(r);
        row.email = value(Column::Email).toLower();
        row.name = value(Column::Name);
        if (!isEmailAddress(row.email))
            row.errors.append(tr("Not an e-mail address: \"%1\".").arg(value(Column::Email)));
        if (row.name.isEmpty())
            row.errors.append(tr("The name is empty."));
        bool isNumber = false;
        row.quantity = value(Column::Quantity).toInt(&isNumber);
        if (!isNumber || row.quantity <= 0)
            row.errors.append(tr("The quantity must be a whole number above 0, not \"%1\".").arg(value(Column::Quantity)));
        row.sectorCodes = value(Column::Sectors).split(codeSeparators, Qt::SkipEmptyParts);
        const QString discount = value(Column::Discount).remove(QLatin1Char('%')).replace(QLatin1Char(','), QLatin1Char('.')).trimmed();
        if (!discount.isEmpty()) {
            const double d = discount.toDouble(&isNumber);
            if (!isNumber || d < 0 || d > 100)
                row.errors.append(tr("The discount must be 0 to 100, not \"%1\".").arg(value(Column::Discount)));
            else
                row.discountPercent = qRound(d);
        }
        if (!row.email.isEmpty()) {
            const auto seen = firstLineOfEmail.constFind(row.email);
            if (seen != firstLineOfEmail.cend())
                row.errors.append(tr("The same recipient as on line %1.").arg(*seen));
            else
                firstLineOfEmail.insert(row.email, row.line);
        }
        file.rows.append(row);
    }
    if (file.rows.isEmpty())
        file.error = tr("The file has a header but no rows.");
    return file;
}

QByteArray QuotaCsv::templateCsv()
{
    return CsvReader::write({
        {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("quantity"), QStringLiteral("sectors"), QStringLiteral("discount")},
        {QStringLiteral("nabava@sponzor.hr"), QStringLiteral("Sponzor d.d."), QStringLiteral("20"), QStringLiteral("W1 W2"), QStringLiteral("100")},
        {QStringLiteral("ured@klub-čakovec.hr"), QStringLiteral("NK Čakovec, Međimurje"), QStringLiteral("6"), QString(), QStringLiteral("50")},
    });
}

} // namespace Tribina
