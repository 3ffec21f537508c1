#pragma once

#include "matchsetup/matchsetuptypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace Tribina {

/// Translated names of the match set-up's database values and messages for its codes.
class MatchSetupText
{
    Q_DECLARE_TR_FUNCTIONS(MatchSetupText)
public:
    static QStringList purposes() { return {QStringLiteral("GENERAL"), QStringLiteral("AWAY_FANS"), QStringLiteral("VIP"), QStringLiteral("PRESS"), QStringLiteral("FREE")}; }
    static QStringList sectorStatuses() { return {QStringLiteral("ACTIVE"), QStringLiteral("CLOSED"), QStringLiteral("MAINTENANCE")}; }
    static QStringList phaseTypes() { return {QStringLiteral("LOYALTY"), QStringLiteral("GENERAL_PUBLIC"), QStringLiteral("QUOTA_ONLY")}; }

    static QString purpose(const QString &value);
    static QString sectorStatus(const QString &value);
    static QString phaseType(const QString &value);
    static QString matchStatus(const QString &value);
    static QString configStatus(const QString &value);
    /// A problem of match_config_problems as a sentence.
    static QString problem(const QString &code, const QString &subject, qint64 amount);
    /// "6", "6.5", "6,50", "6 %" → 650 hundredths of a percent, exactly; false when it is not a
    /// percentage of 0–100 with at most two decimals.
    static bool parsePercent(const QString &text, qint64 *hundredths);
    /// 650 → "6.50" (the locale's decimal separator).
    static QString percent(qint64 hundredths);
    /// Why seat_apply skipped a seat.
    static QString skipReason(const QString &reason);
};

} // namespace Tribina
