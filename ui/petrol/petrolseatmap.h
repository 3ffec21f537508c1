#pragma once

#include "petrol/petroltypes.h"
#include "seatmap/seatmapdata.h"

#include <QWidget>

namespace Tribina {

class SeatMapModel;
class SeatMapScene;
class SeatMapView;

/// The match's map as the attendant needs it: the petrol allocation's free seats as Allocated,
/// the customer's reserved seats held (outlined) and selected, everything else greyed out
/// (Inactive), zoomed to the reserved seats. Read only: the database chose the seats.
class PetrolSeatMap : public QWidget
{
    Q_OBJECT

public:
    explicit PetrolSeatMap(QWidget *parent = nullptr);

    /// A new match's map; petrolSeats are the allocation's free seats.
    void setMap(const SeatMapData &map, const QList<AllocationSeat> &petrolSeats);
    /// The customer's seats by sector code, row and seat label.
    void showReserved(const QList<QuoteLine> &seats);
    bool hasMap() const { return m_hasMap; }
    /// Centres and zooms the view on the customer's seats.
    void focusReserved();
    SeatMapModel *model() const { return m_model; }

private:
    int seatIndex(const QString &sector, const QString &row, const QString &seat) const;

    SeatMapModel *m_model;
    SeatMapScene *m_scene;
    SeatMapView *m_view;
    QHash<QString, int> m_index; ///< "sector\nrow\nseat" → seat
    QList<int> m_reserved;
    bool m_hasMap = false;
};

} // namespace Tribina
