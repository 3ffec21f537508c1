#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace Tribina {

/// The demo's non-numbered match: a friendly (Hrvatska – Slovenija, "Prijateljska utakmica")
/// at the home stadium with free seating (matches.is_numbered = false), on sale at the counter
/// by quantity per sector. Only the east and south lower stands are open (openSectorCodes(),
/// each with its own price category); every other sector is configured CLOSED. The open
/// sectors get their inventory (one row per place) and the match a general sales phase.
///
/// Status ACTIVE (on sale, as PUBLISHED) rather than PUBLISHED: the showcase stays the one
/// published home match other demo flows look for. A few thousand inventory rows: seeding stays
/// fast. Runs inside the caller's transaction (DemoSeeder's).
class DemoFriendly
{
    Q_DECLARE_TR_FUNCTIONS(DemoFriendly)

public:
    static QString awayTeam() { return QStringLiteral("Slovenija"); }
    static QString competition() { return QStringLiteral("Prijateljska utakmica"); }
    static QStringList openSectorCodes() { return {QStringLiteral("E1"), QStringLiteral("S1")}; }

    explicit DemoFriendly(QSqlDatabase db) : m_db(std::move(db)) {}

    Outcome seed(const QUuid &homeStadium, const std::function<void(const QString &)> &say = {});

private:
    QSqlDatabase m_db;
};

} // namespace Tribina
