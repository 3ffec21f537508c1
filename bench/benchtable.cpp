#include "benchtable.h"

#include <algorithm>
#include <cmath>

namespace Tribina {

TimingStats TimingStats::of(QList<double> samples)
{
    TimingStats s;
    s.count = int(samples.size());
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    auto at = [&](double q) {
        // Nearest-rank percentile: p95 of 100 frames is the 95th fastest frame.
        const qsizetype rank = qBound<qsizetype>(1, qsizetype(std::ceil(q * samples.size())), samples.size());
        return samples.at(rank - 1);
    };
    s.median = at(0.5);
    s.p95 = at(0.95);
    double sum = 0;
    for (const double v : samples)
        sum += v;
    s.mean = sum / samples.size();
    return s;
}

bool BenchTable::addCheck(const QString &what, const QString &measured, const QString &target, bool pass)
{
    m_rows.append({what, measured, target, pass ? QStringLiteral("PASS") : QStringLiteral("MISS")});
    if (!pass)
        ++m_misses;
    return pass;
}

QString BenchTable::ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : (v < 100 ? 1 : 0));
}

QString BenchTable::ratio(double v)
{
    return QString::number(v, 'f', v < 10 ? 1 : 0) + QStringLiteral("x");
}

QString BenchTable::toString() const
{
    QList<int> widths;
    for (const QString &h : m_headers)
        widths.append(int(h.size()));
    for (const QStringList &row : m_rows)
        for (int c = 0; c < row.size(); ++c) {
            if (c >= widths.size())
                widths.append(0);
            widths[c] = qMax(widths[c], int(row.at(c).size()));
        }
    int total = 0;
    for (const int w : widths)
        total += w + 2;
    auto line = [&](const QStringList &cells) {
        QString out;
        for (int c = 0; c < cells.size(); ++c)
            out += (c == 0 ? cells.at(c).leftJustified(widths[c]) : cells.at(c).rightJustified(widths[c])) + QStringLiteral("  ");
        while (out.endsWith(u' '))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(m_headers) + QString(total, u'-') + QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        out += row.isEmpty() ? QString(total, u'-') + QLatin1Char('\n') : line(row);
    return out;
}

} // namespace Tribina
