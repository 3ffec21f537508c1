#pragma once

#include "domain/outcome.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Tribina {

/// A demo staff login, listed in the README.
struct DemoLogin
{
    QString login;
    QString password;
    QString group; ///< "tribina_admin", ...
    QString fullName;
};

/// Seeds a migrated database with realistic demo data: a ~35,000-seat home stadium (16+ sectors
/// with VIP, accessibility, standing and away-fans sectors), a 100,000-seat stress stadium, an away
/// venue, three matches (published home, draft home, away), price categories, the default fee
/// configuration and one staff login per role. Seeds once: a second call does nothing.
class DemoSeeder
{
public:
    explicit DemoSeeder(QSqlDatabase db);

    static QList<DemoLogin> logins();

    bool isSeeded() const;
    /// One transaction; progress gets a short translated sentence per step.
    Outcome seed(const std::function<void(const QString &)> &progress = {});

private:
    QSqlDatabase m_db;
};

} // namespace Tribina
