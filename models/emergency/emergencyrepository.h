#pragma once

#include "emergency/emergencytypes.h"
#include "printing/ticketdata.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Tribina {

/// SQL of emergency printing (migration 0008) on one connection; runs on the database thread.
/// Every call returns false on failure and fills failure; connectionLost tells an unreachable
/// server (work offline) from a refusal or a bug.
class EmergencyRepository
{
    Q_DECLARE_TR_FUNCTIONS(EmergencyRepository)
public:
    struct Failure
    {
        QString sqlState;
        QString message; ///< for people
        bool connectionLost = false; ///< the connection broke (the server may not have answered)
        bool reconnected = false;    ///< ... and a new one is open: the call may be retried
    };

    explicit EmergencyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    bool find(const QUuid &match, EmergencySearchKind kind, const QString &term, QList<EmergencyTicket> *tickets,
              Failure *failure);
    /// Open matches, by kick-off (upcomingOnly: those the cache keeps, kick-off from 12 hours ago
    /// to 8 days ahead).
    bool matches(bool upcomingOnly, QList<EmergencyMatch> *matches, Failure *failure);
    bool snapshot(const QUuid &match, const QByteArray &salt, QList<CachedEmergencyTicket> *tickets,
                  Failure *failure);
    /// What the ticket shows (ticket_print_data), without reprint marks.
    bool printData(const QUuid &ticketId, TicketData *ticket, Failure *failure);
    bool record(const EmergencyPrintRequest &request, bool offline, EmergencyPrintReceipt *receipt,
                Failure *failure);

    /// After a failed statement: is the server still there? If not, tries one reconnect (the
    /// connection keeps its settings and password). False: the server cannot be reached.
    static bool ensureConnected(QSqlDatabase &db);

private:
    bool fail(class QSqlQuery &query, const QString &what, Failure *failure);

    QSqlDatabase m_db;
};

} // namespace Tribina
