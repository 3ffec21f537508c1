#pragma once

#include "domain/outcome.h"
#include "layout/layoutenums.h"
#include "layout/layoutfinding.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <functional>

namespace Tribina {

class StadiumLayout;

/// Where stadium layouts are kept: the one writer of the layout tables (migration 0004).
///
/// Every stadium has numbered versions of its layout, each stored as the editor's document
/// (stadium_layouts.layout_json, LayoutJson's format). A DRAFT is edited freely and exists only
/// as that document. activate() turns it into the stadium's ACTIVE layout in one transaction:
/// it checks it (LayoutValidator; errors refuse), writes its sectors, seat maps, rows, seats and
/// snake configurations (LayoutTableWriter), sets sectors.capacity and stadiums.base_capacity,
/// and retires the previous version. The previous version's tables are deleted only when nothing
/// uses them; once a match is configured with it (a match, a match sector or an inventory row
/// points at it) they stay untouched — same ids, same labels — and that match keeps its version.
///
/// Blocking calls on the caller's connection: run it on the database thread (DbSession::run),
/// from tribina-admin or from tests, never on the GUI thread.
class LayoutRepository
{
    Q_DECLARE_TR_FUNCTIONS(LayoutRepository)

public:
    /// Who owns the transaction: each call its own (the default), or the caller, which has
    /// begun one and commits or rolls back itself (the demo seeder writes all its data at once).
    enum class Transactions { Own, Caller };

    /// Version numbers for loadLayout(): the stadium's active one, or its newest (the draft
    /// when there is one).
    static constexpr int ActiveVersion = 0;
    static constexpr int LatestVersion = -1;

    struct StadiumSummary
    {
        QUuid id;
        QString name;
        QString city;
        QString country;
        VenueType type = VenueType::Home;
        int baseCapacity = 0;
        int activeVersion = 0; ///< 0: none yet
        int draftVersion = 0;  ///< 0: none
        int versions = 0;
    };

    struct Saved
    {
        QUuid stadiumId;
        int version = 0;
        bool newStadium = false;
        bool replacedDraft = false; ///< the stadium's earlier draft was overwritten
    };

    struct Activation
    {
        QUuid stadiumId;
        QUuid layoutId;
        int version = 0;
        bool alreadyActive = false; ///< nothing was done
        int previousVersion = 0;    ///< 0: the stadium had no active layout
        bool previousKept = false;  ///< its tables stay: matches are configured with it
        int sectors = 0;
        int seatMaps = 0;
        int rows = 0;
        int seats = 0;
        int capacity = 0;
        QHash<QString, QUuid> sectorIds; ///< the new sectors' ids by code
        QList<LayoutFinding> warnings;
        qint64 elapsedMs = 0;
    };

    /// Names of the steps of activate(), in order, as passed to the step hook.
    static inline const QString StepChecked = QStringLiteral("checked");
    static inline const QString StepPreviousRetired = QStringLiteral("previous retired");
    static inline const QString StepTablesWritten = QStringLiteral("tables written");
    static inline const QString StepActivated = QStringLiteral("activated");

    explicit LayoutRepository(QSqlDatabase db, Transactions transactions = Transactions::Own);

    Outcome listStadiums(QList<StadiumSummary> *stadiums) const;
    /// A stadium by id, or by name (ignoring case); a name several stadiums share is refused.
    Outcome findStadium(const QString &nameOrId, QUuid *stadiumId) const;
    /// Reads a version's document. version: a number, ActiveVersion or LatestVersion.
    Outcome loadLayout(const QUuid &stadiumId, StadiumLayout *layout, int version = ActiveVersion,
                       int *loadedVersion = nullptr) const;

    /// Stores layout as the stadium's draft: replaces the current draft, or starts a new version
    /// after the newest one. A null stadiumId creates the stadium (from the layout's venue).
    Outcome saveDraft(const QUuid &stadiumId, const StadiumLayout &layout, Saved *saved);
    /// Makes a draft the stadium's active layout (see the class description). Refused while the
    /// validator finds errors, for a retired version, and for one that does not exist.
    Outcome activate(const QUuid &stadiumId, int version, Activation *activation = nullptr);

    /// Checks the validator leaves to the database: what the stadiums (Venue) and the sectors
    /// and rows columns (All) can hold. Translated messages; empty when the layout can be stored.
    enum class Scope { Venue, All };
    static QStringList storageProblems(const StadiumLayout &layout, Scope scope = Scope::All);

    /// Test seam: called inside activate()'s transaction after each step; a failure it returns
    /// aborts the activation right there, like a failing statement would.
    void setStepHook(std::function<Outcome(const QString &step)> hook) { m_stepHook = std::move(hook); }

private:
    Outcome inTransaction(const std::function<Outcome()> &work);
    Outcome activateInTransaction(const QUuid &stadiumId, int version, Activation *activation);
    Outcome saveInTransaction(const QUuid &stadiumId, const StadiumLayout &layout, Saved *saved);
    Outcome sqlFailure(const QString &what, const QString &error) const;

    QSqlDatabase m_db;
    Transactions m_transactions;
    std::function<Outcome(const QString &)> m_stepHook;
};

} // namespace Tribina
