#pragma once

#include "domain/outcome.h"
#include "emergency/emergencytypes.h"

#include <QHash>

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Tribina {

/// The gate workstation's offline copy for emergency printing: one SQLite file (WAL) under
/// QStandardPaths::CacheLocation/tribina/emergency.sqlite, used from the GUI thread.
///
/// It holds the tickets of upcoming matches as the server last described them — status, match
/// closed, and a per-ticket blacklist flag (never the blacklist itself) — with the holder's OIB,
/// passport, e-mail and phone only as HMAC tokens keyed by this workstation's random salt, and
/// an outbox of prints made while the server was unreachable, each with its idempotency key, so
/// that delivery later counts each exactly once.
class EmergencyCache
{
    Q_DECLARE_TR_FUNCTIONS(EmergencyCache)
public:
    explicit EmergencyCache(QString fileName = defaultFileName());
    ~EmergencyCache();
    EmergencyCache(const EmergencyCache &) = delete;
    EmergencyCache &operator=(const EmergencyCache &) = delete;

    static QString defaultFileName();
    QString fileName() const { return m_fileName; }

    /// Opens (and creates) the file; makes the salt on first use.
    Outcome open();
    bool isOpen() const { return m_open; }
    QByteArray salt() const { return m_salt; }

    Outcome storeMatches(const QList<EmergencyMatch> &matches);
    QList<EmergencyMatch> matches() const;
    /// Replaces the match's tickets with a fresh snapshot (one transaction).
    Outcome storeSnapshot(const QUuid &match, const QList<CachedEmergencyTicket> &tickets);
    /// When the match's tickets were last refreshed (invalid: never).
    QDateTime refreshedAt(const QUuid &match) const;
    int ticketCount(const QUuid &match) const;

    /// The search of emergency_find_tickets, on the cached data: same kinds, same refusals (from
    /// each ticket's last known state), prints made offline included in the count.
    QList<EmergencyTicket> search(const QUuid &match, EmergencySearchKind kind, const QString &term) const;
    std::optional<EmergencyTicket> ticket(const QUuid &match, const QUuid &ticketId) const;
    std::optional<TicketData> printData(const QUuid &ticketId) const;
    /// The server counted a print: remember its count until the next snapshot.
    void notePrintCount(const QUuid &ticketId, int serverCount);

    /// Outbox of prints made offline.
    Outcome enqueue(const EmergencyPrintRequest &request);
    QList<EmergencyPrintRequest> pending() const;
    int pendingCount() const;
    Outcome markDelivered(const QUuid &key, const EmergencyPrintReceipt &receipt);
    /// Delivered events (for the screen and tests): key → server print number.
    QHash<QUuid, int> delivered() const;

    /// The token of a searchable ID, as emergency_snapshot makes it: HMAC-SHA-256(salt, value),
    /// value normalised per kind (OIB/passport upper case, e-mail lower case, phone digits).
    static QByteArray token(const QByteArray &salt, EmergencySearchKind kind, const QString &value);
    /// Names without case or diacritics (SQL emergency_fold).
    static QString fold(const QString &name);
    /// A phone number as international digits (SQL emergency_phone).
    static QString phoneDigits(const QString &phone);

private:
    Outcome exec(const QString &sql, const QVariantList &values = {}) const;

    QString m_fileName;
    QString m_connection;
    QByteArray m_salt;
    bool m_open = false;
};

} // namespace Tribina
