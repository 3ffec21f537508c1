#pragma once

#include "domain/outcome.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

/// Plain values of the match set-up (issue 5): what MatchSetupRepository reads and writes and
/// MatchSetupService hands to the widgets. Enum values are the database spellings
/// (match_status, stadium_config_status, sector_purpose, ...), shown through MatchSetupText.

namespace Tribina {

struct SetupVenue
{
    QUuid id;
    QString name;
    QString city;
    bool home = true;
};

struct SetupMatch
{
    QUuid id; ///< null: a match not stored yet
    QString homeTeam;
    QString awayTeam;
    QString competition;
    QDateTime kickOff;
    QUuid venueId;
    QString venueName;
    bool home = true;     ///< match_type HOME / AWAY
    bool numbered = true; ///< is_numbered
    QString status = QStringLiteral("DRAFT");
    QString configStatus = QStringLiteral("DRAFT");
    int inventorySeats = 0;

    QString title() const { return homeTeam + QStringLiteral(" – ") + awayTeam; }
};

struct SetupPriceCategory
{
    QUuid id;
    QString name;
    qint64 priceCents = 0;
    QString colour; ///< "#rrggbb" or empty
};

/// One stadium sector of the match's layout with its match configuration (match_sectors).
struct SetupSector
{
    QUuid sectorId;
    QUuid matchSectorId; ///< null: not configured yet (inventory generation creates it)
    QString code;
    QString name;
    int capacity = 0;
    int technicalSeats = 0;
    bool hasSeatMap = true;
    QUuid categoryId;
    QString status = QStringLiteral("ACTIVE");   ///< match_sector_status
    QString purpose = QStringLiteral("GENERAL"); ///< sector_purpose
};

struct SetupPhase
{
    QUuid id;
    QString type = QStringLiteral("GENERAL_PUBLIC"); ///< phase_type
    QString name;
    QDateTime start;
    QDateTime end;
    int ticketLimit = 4;
    bool active = true;
};

/// What a sector configuration change sets; unset members stay as they are.
struct SetupSectorChange
{
    std::optional<QUuid> category; ///< a null QUuid clears it
    std::optional<QString> purpose;
    std::optional<QString> status;
};

/// A fee_configurations row: the one in force for the match (its own, else the default one),
/// or the match's own row being edited. Percentages in integer hundredths of a percent
/// (600 = 6.00 %), exactly as NUMERIC(5,2) stores them: never through floating point.
struct SetupFees
{
    bool found = false;
    bool matchSpecific = false;
    QUuid id; ///< null: not stored yet
    qint64 feePercent = 600;
    qint64 homeTicketVat = 500;
    qint64 awayTicketVat = 0;
    qint64 homeFeeVat = 2500;
    qint64 awayFeeVat = 0;
    QDate effectiveFrom;
    QDate effectiveTo; ///< invalid: open-ended

    friend bool operator==(const SetupFees &, const SetupFees &) = default;
};

/// One reason the configuration cannot be validated (match_config_problems).
struct ConfigProblem
{
    QString code;       ///< NO_PRICE_CATEGORIES, SEATS_WITHOUT_PRICE, ...
    QString sectorCode; ///< or phase name; may be empty
    qint64 amount = 0;
    QString text;       ///< translated
};

struct LifecycleResult
{
    Outcome outcome;
    QList<ConfigProblem> problems; ///< empty and outcome ok: the change was made
};

/// A seat an operation left alone, and why (seat_apply's skip reasons).
struct SkippedSeat
{
    QUuid inventoryId;
    QString status;
    QString reason; ///< SOLD, HELD, ALLOCATED, UNCHANGED, NOT_FOUND, TECHNICAL_SEAT
};

struct SeatOperationResult
{
    Outcome outcome;
    int requested = 0;
    int applied = 0;
    QList<SkippedSeat> skipped;
};

struct CancelResult
{
    Outcome outcome;
    int tickets = 0;
    int refunds = 0;
    int orders = 0;
};

struct GenerateResult
{
    Outcome outcome;
    int seats = 0;
    bool cancelled = false;
    qint64 milliseconds = 0;
};

} // namespace Tribina
