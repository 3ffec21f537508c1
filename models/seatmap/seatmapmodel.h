#pragma once

#include "seatmap/seatmapdata.h"

#include <QList>
#include <QObject>

#include <vector>

namespace Tribina {

/// The live render model every seat map draws from: a SeatMapData plus the operations that
/// change it while a match is on sale (status, holds, price categories, selection).
///
/// Change notification is by sector: a change marks only its sector dirty, with the scene
/// rectangle of the seats that changed, and sectorChanged() says so once per sector — after
/// each call, or once at the end of a ChangeBatch when many seats change together (a NOTIFY
/// delta, a rubber band). A view repaints just those rectangles.
class SeatMapModel : public QObject
{
    Q_OBJECT

public:
    enum class SelectionMode {
        Replace, ///< the given seats become the selection
        Add,
        Remove,
        Toggle,
    };

    explicit SeatMapModel(QObject *parent = nullptr);

    /// Replaces everything; emits modelReset().
    void reset(SeatMapData data);
    const SeatMapData &data() const { return m_data; }

    int seatCount() const { return m_data.seatCount(); }
    int sectorCount() const { return int(m_data.sectors.size()); }
    const SeatMapSector &sector(int index) const { return m_data.sectors[index]; }
    MapSeatRef locate(int seat) const { return m_data.locate(seat); }
    int sectorIndex(const QString &code) const;

    SeatStatus status(int seat) const;
    quint8 flags(int seat) const;
    int category(int seat) const;
    QPointF seatPosition(int seat) const;
    QRectF seatRect(int seat) const;
    QString rowIdentifier(int seat) const;
    QString seatLabel(int seat) const;
    /// "Sector W1 (Zapad 1), row 12, seat 7: Sold", translated: the hover text.
    QString describeSeat(int seat) const;
    /// "Sector W1 (Zapad 1): 812 of 1,020 available", translated.
    QString describeSector(int sector) const;
    /// The seat with that sector code, row and number, or -1 (a linear search in the sector).
    int findSeat(const QString &sectorCode, const QString &row, const QString &label) const;

    /// Global index of the seat under the scene point, or -1.
    int seatAt(QPointF scenePos) const { return m_data.seatAt(scenePos); }
    int sectorAt(QPointF scenePos) const { return m_data.sectorAt(scenePos); }
    /// Global indices of the seats whose centre lies in rect, ascending.
    QList<int> seatsIn(const QRectF &rect) const;

    /// Sets a seat's status; false if it already had it. Marks its sector dirty.
    bool setStatus(int seat, SeatStatus status);
    /// Marks a Reserved seat as held by this workstation (drawn with an outline).
    bool setHeldByMe(int seat, bool held);
    bool setCategory(int seat, int category);
    /// Price categories are set per match sector in the database: one call per sector.
    void setSectorCategory(int sector, int category);

    QList<int> selection() const;
    int selectionCount() const { return m_selectionCount; }
    bool isSelected(int seat) const;
    /// Changes the selection; emits selectionChanged() if it changed. Returns whether it did.
    bool select(const QList<int> &seats, SelectionMode mode = SelectionMode::Replace);
    bool clearSelection() { return select({}, SelectionMode::Replace); }

    /// Groups changes: sectorChanged() is emitted once per dirty sector when the outermost
    /// batch ends.
    void beginChanges() { ++m_batchDepth; }
    void endChanges();

    /// RAII form of beginChanges()/endChanges().
    class ChangeBatch
    {
    public:
        explicit ChangeBatch(SeatMapModel *model) : m_model(model) { m_model->beginChanges(); }
        ~ChangeBatch() { m_model->endChanges(); }
        ChangeBatch(const ChangeBatch &) = delete;
        ChangeBatch &operator=(const ChangeBatch &) = delete;

    private:
        SeatMapModel *m_model;
    };

    /// Sectors marked dirty and not yet announced (inside a batch), ascending.
    QList<int> pendingDirtySectors() const;

    /// Bytes of the render model's arrays.
    qsizetype memoryBytes() const;

signals:
    void modelReset();
    /// Seats of sector changed; dirtyRect (scene coordinates) covers every seat that did.
    void sectorChanged(int sector, const QRectF &dirtyRect);
    void selectionChanged();

private:
    void markDirty(int sector, int local);
    void setFlag(const MapSeatRef &ref, quint8 flag, bool on);
    void flush();

    SeatMapData m_data;
    std::vector<QRectF> m_dirtyRects; ///< per sector; null rect: clean
    std::vector<int> m_dirtySectors;
    std::vector<int> m_selectedPerSector;
    int m_selectionCount = 0;
    int m_batchDepth = 0;
    bool m_selectionDirty = false;
};

} // namespace Tribina
