#pragma once

#include "allocation/quotaallocator.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Tribina {

/// quotas.cancellation_type
enum class QuotaCancellation {
    AllUnused,       ///< ALL_UNUSED: ALLOCATED and RESERVED seats go back
    UnfulfilledOnly, ///< UNFULFILLED_ONLY: only ALLOCATED seats go back
};

inline QLatin1String sqlValue(QuotaCancellation type)
{
    return type == QuotaCancellation::AllUnused ? QLatin1String("ALL_UNUSED") : QLatin1String("UNFULFILLED_ONLY");
}

/// Everything quota_create() takes: the data model's quotas row as an administrator fills it in.
struct QuotaDraft
{
    QUuid matchId;
    QString recipientEmail;
    QString recipientName;
    QString internalNote;
    int quantity = 1;
    QList<QUuid> sectorIds; ///< allowed sectors, in preference order
    int discountPercent = 0; ///< 0-100; 100 = free
    QuotaAlgorithm algorithm = QuotaAlgorithm::BestSeats;
    QDate expirationDate;
    bool canCreateSubquotas = false;
    bool transferAllowed = true;
    bool deferredPayment = false;
    bool autoSendEmail = true;
    QUuid batchId;
    /// Also mark it as the match's petrol station allocation (0011 petrol_allocation_mark), in
    /// the same transaction as its creation. One active per match.
    bool petrolAllocation = false;
};

/// One row of quota_overview.
struct QuotaSummary
{
    QUuid id;
    QUuid matchId;
    QString recipientEmail;
    QString recipientName;
    QString internalNote;
    int quantity = 0;
    QList<QUuid> sectorIds;
    double discountPercent = 0;
    QuotaAlgorithm algorithm = QuotaAlgorithm::BestSeats;
    QDate expirationDate;
    QString status; ///< PENDING, ACTIVE, PAST_DEADLINE, CANCELLED, FULLY_CLAIMED
    int allocated = 0;
    int reserved = 0;
    int sold = 0;
    int delegated = 0;
    int cancelled = 0;
    QUuid batchId;
    bool canCreateSubquotas = false;
    bool petrolAllocation = false; ///< quotas.is_petrol_allocation: petrol stations sell its seats
};

/// A seat as shown and exported: where it is and what the quota did with it.
struct QuotaSeatRow
{
    QUuid inventoryId;
    QString sectorCode;
    QString rowIdentifier;
    QString seatNumber;
    QString status; ///< quota_seats.status (or the inventory status in a preview)
};

/// A node of the sub-quota tree (depth 0: the quota itself).
struct SubquotaNode
{
    QUuid id;
    QUuid parentId;
    int depth = 0;
    QString recipientName;
    QString recipientEmail;
    int quantity = 0;
    QString status;
    QDateTime expiresAt;
    int seats = 0;
};

/// A match the quota manager can work on.
struct QuotaMatch
{
    QUuid id;
    QString title; ///< "Hrvatska – Test, 2026-12-01 20:00"
    QDateTime kickOff;
};

/// A sector of a match's layout with its free seats.
struct QuotaSector
{
    QUuid id;
    QString code;
    QString name;
    int freeSeats = 0;
    int seats = 0;
};

} // namespace Tribina

Q_DECLARE_METATYPE(Tribina::QuotaSummary)
