#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tribina {

/// Summary of a series of timings, milliseconds.
struct TimingStats
{
    double median = 0;
    double p95 = 0;
    double mean = 0;
    int count = 0;

    static TimingStats of(QList<double> samples);
};

/// A plain-text table with a PASS/MISS column, printed to stdout in one go.
class BenchTable
{
public:
    explicit BenchTable(QStringList headers) : m_headers(std::move(headers)) {}

    void addRow(const QStringList &cells) { m_rows.append(cells); }
    void addSeparator() { m_rows.append(QStringList()); }
    /// Adds a verdict: returns pass so callers can count misses.
    bool addCheck(const QString &what, const QString &measured, const QString &target, bool pass);

    QString toString() const;
    int misses() const { return m_misses; }

    static QString ms(double v);
    static QString ratio(double v);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    int m_misses = 0;
};

} // namespace Tribina
