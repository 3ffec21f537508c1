#pragma once

#include "demo/demologins.h"
#include "domain/outcome.h"
#include "layout/stadiumlayout.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Tribina {

/// Seeds a migrated database with realistic demo data: a ~35,000-seat home stadium (16+ sectors
/// with VIP, accessibility, standing and away-fans sectors), a 100,000-seat stress stadium, an away
/// venue (see DemoStadiums), three matches (published home, draft home, away) with price
/// categories, sector configurations and, for the published home match, the seat inventory and a
/// sales phase, the default fee configuration and one staff login per role (demoLogins()), and
/// 3,000 tickets sold online for the published match (DemoTickets).
///
/// Everything happens in one transaction: a failure anywhere leaves the database as it was
/// (login roles included: CREATE ROLE is transactional). Seeds once: when the home stadium
/// exists, seed() does nothing; an advisory lock keeps two processes from seeding at once.
/// Needs a connection that may call staff_add() (a superuser or tribina_admin with CREATEROLE
/// rights through the function) and write the layout tables.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)

public:
    /// Names of the steps, in order, as passed to the step hook.
    static inline const QString StepStaff = QStringLiteral("staff");
    static inline const QString StepStadiums = QStringLiteral("stadiums");
    static inline const QString StepMatches = QStringLiteral("matches");
    static inline const QString StepInventory = QStringLiteral("inventory");
    static inline const QString StepFees = QStringLiteral("fees");
    static inline const QString StepTickets = QStringLiteral("tickets"); ///< DemoTickets: sold tickets

    explicit DemoSeeder(QSqlDatabase db);

    static QList<DemoLogin> logins() { return demoLogins(); }
    /// A demo stadium as the seeder stores it (DemoStadiums' layout, completed where activation
    /// needs more): what `tribina-admin layout export` gives back for it.
    static StadiumLayout storedLayout(const StadiumLayout &layout);

    bool isSeeded() const;
    /// One transaction; progress gets a short translated sentence per step.
    Outcome seed(const std::function<void(const QString &)> &progress = {});

    /// Test seam: called inside the transaction after each step (StepStaff, ...). A failure it
    /// returns aborts the seed right there, exactly like a failing statement would.
    void setStepHook(std::function<Outcome(const QString &step)> hook) { m_stepHook = std::move(hook); }

private:
    /// 1 seeded, 0 not, -1 the check failed (*error says why: not migrated?).
    int checkSeeded(QString *error) const;
    Outcome seedInTransaction(const std::function<void(const QString &)> &say);

    QSqlDatabase m_db;
    std::function<Outcome(const QString &)> m_stepHook;
};

} // namespace Tribina
