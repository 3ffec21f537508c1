#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace Tribina {

/// Petrol-station sales for the demo's published home match: two stations (the demo login
/// `benzinska` works at the first), the match's petrol allocation (a quota of 80 seats in
/// sector E2, marked as the petrol allocation), the petrol deep link, and a dozen PINs in every
/// state with their holders: active ones to redeem (activePins(), listed in README.md), used,
/// expired and cancelled ones to see the refusals. Active PINs expire 24 hours after seeding,
/// like PINs from the app.
///
/// Runs inside the caller's transaction (DemoSeeder's), as the superuser or an administrator.
class DemoPetrol
{
    Q_DECLARE_TR_FUNCTIONS(DemoPetrol)

public:
    static constexpr int kAllocationSeats = 80;
    static QString allocationSectorCode() { return QStringLiteral("E2"); }
    /// The ACTIVE PINs and how many tickets each carries ("24680", 2), in seeding order.
    static QList<std::pair<QString, int>> activePins();
    static QStringList usedPins() { return {QStringLiteral("10101"), QStringLiteral("20202")}; }
    static QStringList expiredPins() { return {QStringLiteral("30303"), QStringLiteral("40404")}; }
    static QStringList cancelledPins() { return {QStringLiteral("50505"), QStringLiteral("60606")}; }

    explicit DemoPetrol(QSqlDatabase db) : m_db(std::move(db)) {}

    Outcome seed(const QUuid &match, const QString &adminUserId,
                 const std::function<void(const QString &)> &say = {});

private:
    QSqlDatabase m_db;
};

} // namespace Tribina
