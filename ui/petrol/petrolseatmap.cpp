#include "petrolseatmap.h"

#include "seatmap/seatmaplegend.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmapscene.h"
#include "seatmap/seatmapview.h"

#include <QVBoxLayout>

namespace Tribina {

namespace {
QString key(const QString &sector, const QString &row, const QString &seat)
{
    return sector + QLatin1Char('\n') + row + QLatin1Char('\n') + seat;
}
} // namespace

PetrolSeatMap::PetrolSeatMap(QWidget *parent)
    : QWidget(parent)
    , m_model(new SeatMapModel(this))
    , m_scene(new SeatMapScene(m_model, this))
    , m_view(new SeatMapView(this))
{
    m_view->setObjectName(QStringLiteral("petrolSeatMapView"));
    m_view->setSeatMapScene(m_scene);
    m_view->setSelectionEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(new SeatMapLegend(m_scene, this));
}

void PetrolSeatMap::setMap(const SeatMapData &map, const QList<AllocationSeat> &petrolSeats)
{
    m_model->reset(map);
    m_index.clear();
    for (int s = 0; s < m_model->seatCount(); ++s) {
        const MapSeatRef ref = m_model->locate(s);
        m_index.insert(key(m_model->sector(ref.sector).code, m_model->rowIdentifier(s), m_model->seatLabel(s)), s);
    }
    {
        SeatMapModel::ChangeBatch batch(m_model);
        for (int s = 0; s < m_model->seatCount(); ++s)
            m_model->setStatus(s, SeatStatus::Inactive);
        for (const AllocationSeat &seat : petrolSeats)
            if (const int s = seatIndex(seat.sectorCode, seat.rowLabel, seat.seatLabel); s >= 0)
                m_model->setStatus(s, SeatStatus::Allocated);
    }
    m_reserved.clear();
    m_hasMap = true;
    m_view->fitToView();
}

void PetrolSeatMap::showReserved(const QList<QuoteLine> &seats)
{
    SeatMapModel::ChangeBatch batch(m_model);
    for (int s : std::as_const(m_reserved)) {
        m_model->setHeldByMe(s, false);
        m_model->setStatus(s, SeatStatus::Allocated);
    }
    m_reserved.clear();
    for (const QuoteLine &line : seats)
        if (const int s = seatIndex(line.sectorCode, line.rowLabel, line.seatLabel); s >= 0) {
            m_model->setStatus(s, SeatStatus::Reserved);
            m_model->setHeldByMe(s, true);
            m_reserved.append(s);
        }
    m_model->select(m_reserved);
    focusReserved();
}

void PetrolSeatMap::focusReserved()
{
    if (m_reserved.isEmpty())
        return;
    QRectF area;
    for (int s : std::as_const(m_reserved))
        area |= m_model->seatRect(s);
    m_view->setZoom(24.0, area.center());
}

int PetrolSeatMap::seatIndex(const QString &sector, const QString &row, const QString &seat) const
{
    return m_index.value(key(sector, row, seat), -1);
}

} // namespace Tribina
