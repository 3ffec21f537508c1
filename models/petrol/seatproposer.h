#pragma once

#include "domain/outcome.h"
#include "petrol/petroltypes.h"

#include <QCoreApplication>

namespace Tribina {

class StadiumLayout;

/// Proposes the best seats of a match's petrol allocation for a PIN: the counter's and quotas'
/// best-seat rules (QuotaAllocator's NM over the sectors' SnakeRanking), with only the free
/// petrol seats free. Pure; the database then reserves the proposal or says which seats were
/// taken meanwhile (petrol_reserve).
class SeatProposer
{
    Q_DECLARE_TR_FUNCTIONS(Tribina::SeatProposer)

public:
    SeatProposer(const StadiumLayout &layout, const QList<AllocationSeat> &freeSeats)
        : m_layout(layout), m_free(freeSeats) {}

    /// quantity seats, best first (holder i gets seat i); an error when the allocation has fewer.
    Outcome propose(int quantity, QList<QUuid> *seats) const;

private:
    const StadiumLayout &m_layout;
    const QList<AllocationSeat> &m_free;
};

} // namespace Tribina
