#include "layout/layoutvalidator.h"

#include "layout/seatgenerator.h"
#include "layout/stadiumlayout.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <tuple>

namespace Tribina {

namespace {

using Kind = LayoutFinding::Kind;

QString sectorName(const LayoutSector &sector, int index)
{
    if (!sector.code().isEmpty())
        return sector.code();
    if (!sector.name().isEmpty())
        return sector.name();
    return QLatin1Char('#') + QString::number(index + 1);
}

QString rowName(const LayoutRow &row, int rowOrder)
{
    return row.identifier().isEmpty() ? QLatin1Char('#') + QString::number(rowOrder + 1) : row.identifier();
}

QPointF rowMiddle(const LayoutRow &row)
{
    return row.path().pointAt(row.runStart() + row.runLength() / 2);
}

LayoutFinding sectorFinding(Kind kind, const LayoutSector &sector, int index)
{
    LayoutFinding finding;
    finding.kind = kind;
    finding.severity = LayoutValidator::severityOf(kind);
    finding.sectorIndex = index;
    finding.sectorId = sector.id();
    finding.sectorCode = sector.code();
    // A sector without an outline has no meaningful label point; its first row is visible.
    finding.position = sector.outline().isEmpty() && !sector.rows().isEmpty()
        ? rowMiddle(sector.rows().constFirst())
        : sector.labelPosition();
    return finding;
}

LayoutFinding rowFinding(Kind kind, const LayoutSector &sector, int index, int rowOrder)
{
    LayoutFinding finding = sectorFinding(kind, sector, index);
    const LayoutRow &row = sector.rows().at(rowOrder);
    finding.rowOrder = rowOrder;
    finding.rowIdentifier = row.identifier();
    finding.position = rowMiddle(row);
    return finding;
}

void nameSeat(LayoutFinding &finding, const LayoutSeat &seat)
{
    finding.seatIndex = seat.seatIndex;
    finding.seatNumber = seat.number;
    finding.position = seat.position;
}

/// A seat placed on the plan with its footprint, for the overlap test.
struct Footprint
{
    int sector;
    int row;
    LayoutSeat seat;
    QPointF along;    ///< unit vector along the row
    QPointF across;   ///< unit vector across it
    double halfWidth; ///< along the row
    double halfDepth; ///< across it
    double radius;    ///< of the circle around the footprint, for a quick rejection
};

double dot(QPointF a, QPointF b) { return a.x() * b.x() + a.y() * b.y(); }

// Separating-axis test of two rectangles: they overlap unless one of their four edge normals
// separates their projections. Touching (as neighbouring rows of a block do) is not overlapping.
bool overlap(const Footprint &a, const Footprint &b)
{
    const QPointF d = b.seat.position - a.seat.position;
    const double reach = a.radius + b.radius;
    if (dot(d, d) >= reach * reach)
        return false;
    for (const QPointF axis : {a.along, a.across, b.along, b.across}) {
        const double ra = a.halfWidth * std::abs(dot(a.along, axis)) + a.halfDepth * std::abs(dot(a.across, axis));
        const double rb = b.halfWidth * std::abs(dot(b.along, axis)) + b.halfDepth * std::abs(dot(b.across, axis));
        if (std::abs(dot(d, axis)) >= ra + rb - 1e-9)
            return false;
    }
    return true;
}

class Validator
{
    Q_DECLARE_TR_FUNCTIONS(LayoutValidator)

public:
    explicit Validator(const StadiumLayout &layout) : m_layout(layout) {}

    QList<LayoutFinding> run()
    {
        const QList<LayoutSector> &sectors = m_layout.sectors();
        QHash<QString, int> codes;
        for (int i = 0; i < sectors.size(); ++i) {
            const LayoutSector &sector = sectors.at(i);
            checkSector(sector, i, &codes);
            if (sector.type() != SectorType::Standing) {
                checkRows(sector, i);
                checkSnake(sector, i);
            }
        }
        checkSeatPlacement();
        // Sector by sector, then by kind, row and seat: a stable order for lists and tests.
        std::stable_sort(m_findings.begin(), m_findings.end(), [](const LayoutFinding &a, const LayoutFinding &b) {
            return std::tuple(a.sectorIndex, int(a.kind), a.rowOrder, a.seatIndex)
                < std::tuple(b.sectorIndex, int(b.kind), b.rowOrder, b.seatIndex);
        });
        return m_findings;
    }

private:
    void checkSector(const LayoutSector &sector, int index, QHash<QString, int> *codes)
    {
        const QString name = sectorName(sector, index);
        if (sector.code().isEmpty()) {
            add(sectorFinding(Kind::InvalidSectorCode, sector, index),
                tr("Sector “%1” has no code.").arg(name));
        } else if (sector.code().size() > LayoutValidator::MaxSectorCodeLength) {
            add(sectorFinding(Kind::InvalidSectorCode, sector, index),
                tr("Sector code %1 is longer than %2 characters.")
                    .arg(sector.code(), QString::number(LayoutValidator::MaxSectorCodeLength)));
        } else if (const auto first = codes->constFind(sector.code()); first != codes->cend()) {
            const LayoutSector &other = m_layout.sectors().at(*first);
            add(sectorFinding(Kind::DuplicateSectorCode, sector, index),
                tr("Sector “%1” has the code %2, which sector “%3” already has.")
                    .arg(sector.name(), sector.code(), other.name()));
        } else {
            codes->insert(sector.code(), index);
        }

        if (sector.capacity() == 0) {
            add(sectorFinding(Kind::SectorWithoutCapacity, sector, index),
                tr("Sector %1 has neither seats nor a capacity.").arg(name));
        }
        if (sector.type() == SectorType::Standing && !sector.rows().isEmpty()) {
            add(sectorFinding(Kind::StandingSectorWithRows, sector, index),
                tr("Standing sector %1 has rows of seats; they are ignored.").arg(name));
        }
        if (sector.outline().isEmpty()) {
            add(sectorFinding(Kind::MissingOutline, sector, index),
                tr("Sector %1 has no outline.").arg(name));
        }
    }

    void checkRows(const LayoutSector &sector, int index)
    {
        const QString name = sectorName(sector, index);
        const QList<LayoutRow> &rows = sector.rows();
        QHash<QString, int> identifiers;
        QHash<std::pair<QString, int>, int> labels; // (row identifier, number) → first row
        for (int r = 0; r < rows.size(); ++r) {
            const LayoutRow &row = rows.at(r);
            if (row.identifier().isEmpty()) {
                add(rowFinding(Kind::InvalidRowIdentifier, sector, index, r),
                    tr("Sector %1: row %2 from the front has no identifier.").arg(name, QString::number(r + 1)));
            } else if (row.identifier().size() > LayoutValidator::MaxRowIdentifierLength) {
                add(rowFinding(Kind::InvalidRowIdentifier, sector, index, r),
                    tr("Sector %1: row identifier %2 is longer than %3 characters.")
                        .arg(name, row.identifier(), QString::number(LayoutValidator::MaxRowIdentifierLength)));
            } else if (identifiers.contains(row.identifier())) {
                add(rowFinding(Kind::DuplicateRowIdentifier, sector, index, r),
                    tr("Sector %1: row %2 appears more than once.").arg(name, row.identifier()));
            } else {
                identifiers.insert(row.identifier(), r);
            }
            if (row.activeSeatCount() == 0) {
                add(rowFinding(Kind::EmptyRow, sector, index, r),
                    tr("Sector %1: row %2 has no seats.").arg(name, rowName(row, r)));
            }

            LayoutFinding duplicates = rowFinding(Kind::DuplicateSeatLabel, sector, index, r);
            for (const LayoutSeat &seat : SeatGenerator::seats(row, r)) {
                const std::pair label(row.identifier(), seat.number);
                if (!labels.contains(label)) {
                    labels.insert(label, r);
                    continue;
                }
                if (duplicates.seats.isEmpty())
                    nameSeat(duplicates, seat);
                duplicates.seats.append(seat.key());
            }
            if (!duplicates.seats.isEmpty()) {
                const int count = int(duplicates.seats.size());
                add(duplicates, tr("Sector %1: row %2 repeats %n seat label(s) of an earlier row %2, first seat %3.",
                                   nullptr, count)
                                    .arg(name, row.identifier(), QString::number(duplicates.seatNumber)));
            }
        }
    }

    void checkSnake(const LayoutSector &sector, int index)
    {
        if (!sector.isSeated())
            return;
        const QString name = sectorName(sector, index);
        const std::optional<SnakeConfig> &snake = sector.snakeConfig();
        if (!snake) {
            add(sectorFinding(Kind::MissingSnakeConfig, sector, index),
                tr("Sector %1 has no snake configuration, so its seats cannot be allocated by best seat.").arg(name));
            return;
        }
        const int rowCount = int(sector.rows().size());
        if (snake->bestRow < 0 || snake->bestRow >= rowCount) {
            add(sectorFinding(Kind::InvalidSnakeConfig, sector, index),
                tr("Sector %1: the snake's best row (%2 from the front) does not exist; the sector has %n row(s).",
                   nullptr, rowCount)
                    .arg(name, QString::number(snake->bestRow + 1)));
        }
        for (int r = 0; r < snake->subSectors.size(); ++r) {
            if (snake->subSectors.at(r).isEmpty())
                continue;
            if (r >= rowCount || !rangesFit(snake->subSectors.at(r), sector.rows().at(r).seatCount())) {
                LayoutFinding finding = r < rowCount ? rowFinding(Kind::InvalidSnakeConfig, sector, index, r)
                                                     : sectorFinding(Kind::InvalidSnakeConfig, sector, index);
                finding.severity = LayoutFinding::Severity::Warning; // the ranking copes; it may surprise
                add(finding, tr("Sector %1, row %2 from the front: the snake's sub-sector ranges overlap or lie outside the row.")
                                 .arg(name, QString::number(r + 1)));
            }
        }
    }

    static bool rangesFit(const QList<SeatRange> &ranges, int seatCount)
    {
        QList<SeatRange> sorted = ranges;
        std::sort(sorted.begin(), sorted.end(), [](SeatRange a, SeatRange b) { return a.first < b.first; });
        int next = 0;
        for (const SeatRange &range : std::as_const(sorted)) {
            if (range.isEmpty() || range.first < next || range.last >= seatCount)
                return false;
            next = range.last + 1;
        }
        return true;
    }

    // Overlaps between rows (across sectors too) and seats outside their sector's outline: the
    // two checks that need every seat's position, so the seats are generated once for both.
    void checkSeatPlacement()
    {
        const QList<LayoutSector> &sectors = m_layout.sectors();
        QList<Footprint> seats;
        seats.reserve(m_layout.seatCount());
        double largest = 0;
        for (int i = 0; i < sectors.size(); ++i) {
            const LayoutSector &sector = sectors.at(i);
            if (sector.type() == SectorType::Standing)
                continue;
            for (int r = 0; r < sector.rows().size(); ++r) {
                const LayoutRow &row = sector.rows().at(r);
                const double halfWidth = row.seatPitch() * LayoutValidator::FootprintScale / 2;
                const double halfDepth = row.depth() * LayoutValidator::FootprintScale / 2;
                LayoutFinding outside = rowFinding(Kind::SeatOutsideOutline, sector, i, r);
                for (const LayoutSeat &seat : SeatGenerator::seats(row, r)) {
                    const double a = seat.angleDeg * std::numbers::pi / 180;
                    const QPointF along(std::cos(a), std::sin(a));
                    const double radius = std::hypot(halfWidth, halfDepth);
                    largest = std::max(largest, radius);
                    seats.append({i, r, seat, along, QPointF(-along.y(), along.x()), halfWidth, halfDepth, radius});
                    if (!sector.outline().isEmpty() && !sector.outline().containsPoint(seat.position, Qt::OddEvenFill)) {
                        if (outside.seats.isEmpty())
                            nameSeat(outside, seat);
                        outside.seats.append(seat.key());
                    }
                }
                if (!outside.seats.isEmpty()) {
                    add(outside, tr("Sector %1, row %2: %n seat(s) outside the sector's outline, first seat %3.",
                                    nullptr, int(outside.seats.size()))
                                     .arg(sectorName(sector, i), rowName(row, r), QString::number(outside.seatNumber)));
                }
            }
        }
        if (largest <= 0)
            return;

        // Seats in square cells as wide as the largest possible overlap distance: a seat can
        // only overlap seats in its own cell and the eight around it.
        const double cell = 2 * largest;
        const auto cellOf = [cell](QPointF p) {
            return std::pair(qint64(std::floor(p.x() / cell)), qint64(std::floor(p.y() / cell)));
        };
        QHash<std::pair<qint64, qint64>, QList<int>> grid;
        grid.reserve(seats.size());
        struct Overlap { LayoutFinding finding; int otherSeat; int lastSeat = -1; };
        QMap<std::tuple<int, int, int, int>, Overlap> overlaps; // (sector, row, other sector, other row)
        for (int i = 0; i < seats.size(); ++i) {
            const Footprint &seat = seats.at(i);
            const auto [cx, cy] = cellOf(seat.seat.position);
            for (qint64 dx = -1; dx <= 1; ++dx) {
                for (qint64 dy = -1; dy <= 1; ++dy) {
                    const auto found = grid.constFind(std::pair(cx + dx, cy + dy));
                    if (found == grid.cend())
                        continue;
                    for (const int j : *found) {
                        const Footprint &other = seats.at(j);
                        if ((other.sector == seat.sector && other.row == seat.row) || !overlap(seat, other))
                            continue;
                        // Reported on the later row (seats are generated in layout order).
                        const auto key = std::tuple(seat.sector, seat.row, other.sector, other.row);
                        auto it = overlaps.find(key);
                        if (it == overlaps.end()) {
                            Overlap entry{rowFinding(Kind::OverlappingSeats, sectors.at(seat.sector), seat.sector, seat.row), j};
                            nameSeat(entry.finding, seat.seat);
                            it = overlaps.insert(key, entry);
                        }
                        if (it->lastSeat != i) {
                            it->finding.seats.append(seat.seat.key());
                            it->lastSeat = i;
                        }
                    }
                }
            }
            grid[std::pair(cx, cy)].append(i);
        }
        for (const Overlap &entry : std::as_const(overlaps)) {
            const Footprint &other = seats.at(entry.otherSeat);
            const LayoutSector &sector = sectors.at(entry.finding.sectorIndex);
            const LayoutSector &otherSector = sectors.at(other.sector);
            add(entry.finding,
                tr("Sector %1, row %2: %n seat(s) overlap seats of sector %3, row %4 (first: seat %5 and seat %6).",
                   nullptr, int(entry.finding.seats.size()))
                    .arg(sectorName(sector, entry.finding.sectorIndex),
                         rowName(sector.rows().at(entry.finding.rowOrder), entry.finding.rowOrder),
                         sectorName(otherSector, other.sector),
                         rowName(otherSector.rows().at(other.row), other.row),
                         QString::number(entry.finding.seatNumber), QString::number(other.seat.number)));
        }
    }

    void add(LayoutFinding finding, const QString &message)
    {
        finding.message = message;
        m_findings.append(std::move(finding));
    }

    const StadiumLayout &m_layout;
    QList<LayoutFinding> m_findings;
};

} // namespace

QList<LayoutFinding> LayoutValidator::validate(const StadiumLayout &layout)
{
    return Validator(layout).run();
}

bool LayoutValidator::hasErrors(const QList<LayoutFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const LayoutFinding &f) { return f.isError(); });
}

LayoutFinding::Severity LayoutValidator::severityOf(LayoutFinding::Kind kind)
{
    switch (kind) {
    case Kind::SectorWithoutCapacity:
    case Kind::StandingSectorWithRows:
    case Kind::MissingOutline:
    case Kind::EmptyRow:
    case Kind::SeatOutsideOutline:
        return LayoutFinding::Severity::Warning;
    case Kind::DuplicateSectorCode:
    case Kind::InvalidSectorCode:
    case Kind::DuplicateRowIdentifier:
    case Kind::InvalidRowIdentifier:
    case Kind::DuplicateSeatLabel:
    case Kind::OverlappingSeats:
    case Kind::MissingSnakeConfig:
    case Kind::InvalidSnakeConfig:
        return LayoutFinding::Severity::Error;
    }
    return LayoutFinding::Severity::Error;
}

} // namespace Tribina
