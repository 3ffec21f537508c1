#include "seatmap/seatmapmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Tribina {

SeatMapModel::SeatMapModel(QObject *parent) : QObject(parent) {}

void SeatMapModel::reset(SeatMapData data)
{
    m_data = std::move(data);
    const size_t sectors = m_data.sectors.size();
    m_dirtyRects.assign(sectors, QRectF());
    m_dirtySectors.clear();
    m_selectedPerSector.assign(sectors, 0);
    m_selectionCount = 0;
    for (size_t s = 0; s < sectors; ++s) {
        const SeatMapSector &sector = m_data.sectors[s];
        for (const quint8 f : sector.flags)
            m_selectedPerSector[s] += (f & SeatFlag::Selected) ? 1 : 0;
        m_selectionCount += m_selectedPerSector[s];
    }
    m_selectionDirty = false;
    emit modelReset();
}

int SeatMapModel::sectorIndex(const QString &code) const
{
    for (int s = 0; s < sectorCount(); ++s) {
        if (m_data.sectors[s].code == code)
            return s;
    }
    return -1;
}

SeatStatus SeatMapModel::status(int seat) const
{
    const MapSeatRef r = locate(seat);
    return r.isValid() ? m_data.sectors[r.sector].seatStatus(r.local) : SeatStatus::Inactive;
}

quint8 SeatMapModel::flags(int seat) const
{
    const MapSeatRef r = locate(seat);
    return r.isValid() ? m_data.sectors[r.sector].flags[r.local] : 0;
}

int SeatMapModel::category(int seat) const
{
    const MapSeatRef r = locate(seat);
    return r.isValid() ? m_data.sectors[r.sector].category[r.local] : -1;
}

QPointF SeatMapModel::seatPosition(int seat) const
{
    const MapSeatRef r = locate(seat);
    return r.isValid() ? m_data.sectors[r.sector].position(r.local) : QPointF();
}

QRectF SeatMapModel::seatRect(int seat) const
{
    const MapSeatRef r = locate(seat);
    return r.isValid() ? m_data.sectors[r.sector].seatRect(r.local) : QRectF();
}

QString SeatMapModel::rowIdentifier(int seat) const
{
    const MapSeatRef r = locate(seat);
    if (!r.isValid())
        return {};
    const SeatMapSector &sector = m_data.sectors[r.sector];
    return sector.rows[sector.row[r.local]].identifier;
}

QString SeatMapModel::seatLabel(int seat) const
{
    const MapSeatRef r = locate(seat);
    return r.isValid() ? m_data.labels.at(m_data.sectors[r.sector].label[r.local]) : QString();
}

QString SeatMapModel::describeSeat(int seat) const
{
    const MapSeatRef r = locate(seat);
    if (!r.isValid())
        return {};
    const SeatMapSector &sector = m_data.sectors[r.sector];
    QString text = QCoreApplication::translate("Tribina::SeatMap", "Sector %1 (%2), row %3, seat %4: %5")
                       .arg(sector.code, sector.name, rowIdentifier(seat), seatLabel(seat),
                            displayName(sector.seatStatus(r.local)));
    const quint8 f = sector.flags[r.local];
    if (f & SeatFlag::HeldByMe)
        text += QCoreApplication::translate("Tribina::SeatMap", ", held by this counter");
    if (f & SeatFlag::Wheelchair)
        text += QCoreApplication::translate("Tribina::SeatMap", ", wheelchair place");
    else if (f & SeatFlag::Companion)
        text += QCoreApplication::translate("Tribina::SeatMap", ", companion seat");
    if (f & SeatFlag::Selected)
        text += QCoreApplication::translate("Tribina::SeatMap", " (selected)");
    return text;
}

QString SeatMapModel::describeSector(int index) const
{
    if (index < 0 || index >= sectorCount())
        return {};
    const SeatMapSector &sector = m_data.sectors[index];
    const QLocale locale;
    if (sector.seatCount() == 0) {
        return QCoreApplication::translate("Tribina::SeatMap", "Sector %1 (%2): %3 places, no seat map")
            .arg(sector.code, sector.name, locale.toString(sector.manualCapacity));
    }
    return QCoreApplication::translate("Tribina::SeatMap", "Sector %1 (%2): %3 of %4 available")
        .arg(sector.code, sector.name, locale.toString(sector.availableCount()),
             locale.toString(sector.sellableCount()));
}

int SeatMapModel::findSeat(const QString &sectorCode, const QString &row, const QString &label) const
{
    const int s = sectorIndex(sectorCode);
    if (s < 0)
        return -1;
    const SeatMapSector &sector = m_data.sectors[s];
    for (int i = 0; i < sector.seatCount(); ++i) {
        if (sector.rows[sector.row[i]].identifier == row && m_data.labels.at(sector.label[i]) == label)
            return sector.firstSeat + i;
    }
    return -1;
}

QList<int> SeatMapModel::seatsIn(const QRectF &rect) const
{
    QList<int> result;
    for (const SeatMapSector &sector : m_data.sectors) {
        const qsizetype before = result.size();
        sector.forEachSeatIn(rect, [&](int local) { result.append(sector.firstSeat + local); });
        // The grid visits seats cell by cell; callers expect ascending indices.
        std::sort(result.begin() + before, result.end());
    }
    return result;
}

void SeatMapModel::markDirty(int sector, int local)
{
    QRectF &dirty = m_dirtyRects[sector];
    if (dirty.isNull())
        m_dirtySectors.push_back(sector);
    const QRectF seat = m_data.sectors[sector].seatRect(local);
    dirty = dirty.isNull() ? seat : dirty.united(seat);
    if (m_batchDepth == 0)
        flush();
}

bool SeatMapModel::setStatus(int seat, SeatStatus status)
{
    const MapSeatRef r = locate(seat);
    if (!r.isValid())
        return false;
    SeatMapSector &sector = m_data.sectors[r.sector];
    const quint8 old = sector.status[r.local];
    if (old == quint8(status))
        return false;
    --sector.statusCounts[old];
    ++sector.statusCounts[int(status)];
    sector.status[r.local] = quint8(status);
    markDirty(r.sector, r.local);
    return true;
}

void SeatMapModel::setFlag(const MapSeatRef &r, quint8 flag, bool on)
{
    SeatMapSector &sector = m_data.sectors[r.sector];
    quint8 &f = sector.flags[r.local];
    const bool styledBefore = f & SeatFlag::StyleMask;
    f = on ? quint8(f | flag) : quint8(f & ~flag);
    const bool styledAfter = f & SeatFlag::StyleMask;
    sector.styledFlagCount += int(styledAfter) - int(styledBefore);
}

bool SeatMapModel::setHeldByMe(int seat, bool held)
{
    const MapSeatRef r = locate(seat);
    if (!r.isValid() || bool(m_data.sectors[r.sector].flags[r.local] & SeatFlag::HeldByMe) == held)
        return false;
    setFlag(r, SeatFlag::HeldByMe, held);
    markDirty(r.sector, r.local);
    return true;
}

bool SeatMapModel::setCategory(int seat, int category)
{
    const MapSeatRef r = locate(seat);
    const quint8 value = quint8(qBound(0, category, 255));
    if (!r.isValid() || m_data.sectors[r.sector].category[r.local] == value)
        return false;
    m_data.sectors[r.sector].category[r.local] = value;
    markDirty(r.sector, r.local);
    return true;
}

void SeatMapModel::setSectorCategory(int index, int category)
{
    if (index < 0 || index >= sectorCount())
        return;
    SeatMapSector &sector = m_data.sectors[index];
    std::fill(sector.category.begin(), sector.category.end(), quint8(qBound(0, category, 255)));
    if (m_dirtyRects[index].isNull())
        m_dirtySectors.push_back(index);
    m_dirtyRects[index] = sector.bounds;
    if (m_batchDepth == 0)
        flush();
}

bool SeatMapModel::isSelected(int seat) const
{
    return flags(seat) & SeatFlag::Selected;
}

QList<int> SeatMapModel::selection() const
{
    QList<int> result;
    result.reserve(m_selectionCount);
    for (size_t s = 0; s < m_data.sectors.size(); ++s) {
        if (m_selectedPerSector[s] == 0)
            continue; // most sectors: nothing to scan
        const SeatMapSector &sector = m_data.sectors[s];
        for (int i = 0; i < sector.seatCount(); ++i) {
            if (sector.flags[i] & SeatFlag::Selected)
                result.append(sector.firstSeat + i);
        }
    }
    return result;
}

bool SeatMapModel::select(const QList<int> &seats, SelectionMode mode)
{
    ChangeBatch batch(this);
    bool changed = false;
    auto apply = [&](int seat, bool on) {
        const MapSeatRef r = locate(seat);
        if (!r.isValid())
            return;
        const bool was = m_data.sectors[r.sector].flags[r.local] & SeatFlag::Selected;
        if (was == on)
            return;
        setFlag(r, SeatFlag::Selected, on);
        m_selectedPerSector[r.sector] += on ? 1 : -1;
        m_selectionCount += on ? 1 : -1;
        markDirty(r.sector, r.local);
        changed = true;
    };
    if (mode == SelectionMode::Replace) {
        // Clear what is not in the new selection without touching seats that stay selected.
        std::vector<char> keep;
        if (!seats.isEmpty()) {
            keep.assign(size_t(seatCount()), 0);
            for (const int seat : seats)
                if (seat >= 0 && seat < seatCount())
                    keep[size_t(seat)] = 1;
        }
        const QList<int> current = selection();
        for (const int seat : current)
            if (keep.empty() || !keep[size_t(seat)])
                apply(seat, false);
    }
    for (const int seat : seats) {
        switch (mode) {
        case SelectionMode::Replace:
        case SelectionMode::Add:
            apply(seat, true);
            break;
        case SelectionMode::Remove:
            apply(seat, false);
            break;
        case SelectionMode::Toggle:
            apply(seat, !isSelected(seat));
            break;
        }
    }
    m_selectionDirty = m_selectionDirty || changed;
    return changed;
}

void SeatMapModel::endChanges()
{
    Q_ASSERT(m_batchDepth > 0);
    if (--m_batchDepth == 0)
        flush();
}

void SeatMapModel::flush()
{
    // Take the list first: a receiver may change seats again (and start a new round).
    std::vector<int> sectors;
    sectors.swap(m_dirtySectors);
    for (const int s : sectors) {
        const QRectF rect = m_dirtyRects[s];
        m_dirtyRects[s] = QRectF();
        emit sectorChanged(s, rect);
    }
    if (m_selectionDirty) {
        m_selectionDirty = false;
        emit selectionChanged();
    }
}

QList<int> SeatMapModel::pendingDirtySectors() const
{
    QList<int> result(m_dirtySectors.begin(), m_dirtySectors.end());
    std::sort(result.begin(), result.end());
    return result;
}

qsizetype SeatMapModel::memoryBytes() const
{
    return m_data.memoryBytes()
        + qsizetype(m_dirtyRects.capacity() * sizeof(QRectF)
                    + m_dirtySectors.capacity() * sizeof(int)
                    + m_selectedPerSector.capacity() * sizeof(int));
}

} // namespace Tribina
