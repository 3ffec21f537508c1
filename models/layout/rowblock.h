#pragma once

#include "layout/layoutrow.h"
#include "layout/rowlabel.h"

#include <QList>
#include <QMap>

#include <utility>

namespace Tribina {

/// A block of parallel rows, described by its front row and a few parameters — the unit a stand
/// is drawn in. rows() expands it into LayoutRows: row i lies i·rowDepth behind the front row
/// (RowPath::offset), so straight blocks stay rectangular and curved blocks stay concentric.
///
/// Seats per row are either a fixed count (plus a per-row increment, for stands that widen
/// towards the back) or "fill": as many seats as fit the row's path, which is what curved rows
/// need since each is longer than the one in front.
///
/// Aisles (stairs) run through the whole block. An aisle is placed at a fraction of each row's
/// seats, so a radial stair in a curved block stays radial while the rows grow.
class RowBlock
{
public:
    struct Aisle
    {
        double at = 0.5;     ///< fraction of the row's seats before the aisle, 0..1
        double width = 1.2;  ///< metres

        friend bool operator==(const Aisle &, const Aisle &) = default;
    };

    enum class SeatCountMode {
        Fixed, ///< seatsPerRow + i·seatDelta seats in row i
        Fill,  ///< as many seats as fit the row's path (minus aisles)
    };

    RowBlock() = default;
    RowBlock(const RowPath &frontPath, int rowCount);

    const RowPath &frontPath() const { return m_frontPath; }
    void setFrontPath(const RowPath &path) { m_frontPath = path; }
    int rowCount() const { return m_rowCount; }
    void setRowCount(int count) { m_rowCount = qMax(0, count); }
    double rowDepth() const { return m_rowDepth; }
    void setRowDepth(double depth) { m_rowDepth = depth; }
    double seatPitch() const { return m_seatPitch; }
    void setSeatPitch(double pitch) { m_seatPitch = pitch; }

    SeatCountMode seatCountMode() const { return m_mode; }
    void setFixedSeats(int seatsPerRow, int seatDelta = 0);
    void setFillSeats() { m_mode = SeatCountMode::Fill; }
    int seatsPerRow() const { return m_seatsPerRow; }
    int seatDelta() const { return m_seatDelta; }

    const QList<Aisle> &aisles() const { return m_aisles; }
    void setAisles(const QList<Aisle> &aisles) { m_aisles = aisles; }
    void addAisle(double at, double width = 1.2) { m_aisles.append({at, width}); }

    const SeatNumbering &numbering() const { return m_numbering; }
    void setNumbering(const SeatNumbering &numbering) { m_numbering = numbering; }
    LayoutRow::Alignment alignment() const { return m_alignment; }
    void setAlignment(LayoutRow::Alignment alignment) { m_alignment = alignment; }

    /// Row i (0-based, front first) is labelled RowLabel::label(style, firstOrdinal + i).
    RowLabel::Style labelStyle() const { return m_labelStyle; }
    int firstLabelOrdinal() const { return m_firstOrdinal; }
    void setLabels(RowLabel::Style style, int firstOrdinal = 1);

    /// Marks one seat of the block (row index, physical position) as a special seat.
    void setSeatType(int row, int position, SeatType type);

    /// The seat count of row i.
    int seatsInRow(int row) const;
    int seatCount() const;
    QList<LayoutRow> rows() const;

    friend bool operator==(const RowBlock &, const RowBlock &) = default;

private:
    RowPath m_frontPath;
    int m_rowCount = 0;
    double m_rowDepth = LayoutRow::DefaultDepth;
    double m_seatPitch = LayoutRow::DefaultSeatPitch;
    SeatCountMode m_mode = SeatCountMode::Fill;
    int m_seatsPerRow = 0;
    int m_seatDelta = 0;
    QList<Aisle> m_aisles;
    SeatNumbering m_numbering;
    LayoutRow::Alignment m_alignment = LayoutRow::Alignment::Centre;
    RowLabel::Style m_labelStyle = RowLabel::Style::Numeric;
    int m_firstOrdinal = 1;
    QMap<std::pair<int, int>, SeatType> m_seatTypes;
};

} // namespace Tribina
