#pragma once

#include "printing/ticketdata.h"

#include <QJsonObject>

namespace Tribina {

/// TicketData as JSON, so the offline cache can print a ticket exactly as the server would have
/// described it (reprint marks are not stored: they are made at print time).
namespace TicketDataJson {
QJsonObject toJson(const TicketData &ticket);
TicketData fromJson(const QJsonObject &json);
} // namespace TicketDataJson

} // namespace Tribina
