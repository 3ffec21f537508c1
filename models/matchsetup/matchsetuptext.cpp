#include "matchsetup/matchsetuptext.h"

#include <QLocale>
#include <QRegularExpression>

namespace Tribina {

bool MatchSetupText::parsePercent(const QString &text, qint64 *hundredths)
{
    // Digits only, never a double: "6,5" and "6.50" are both 650.
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,3})(?:[.,](\\d{1,2}))?\\s*%?$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const qint64 value = m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, QLatin1Char('0')).toLongLong();
    if (value > 10'000)
        return false;
    *hundredths = value;
    return true;
}

QString MatchSetupText::percent(qint64 hundredths)
{
    return QStringLiteral("%1%2%3").arg(hundredths / 100).arg(QLocale().decimalPoint())
        .arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

QString MatchSetupText::purpose(const QString &v)
{
    if (v == QLatin1String("GENERAL")) return tr("General");
    if (v == QLatin1String("AWAY_FANS")) return tr("Away fans");
    if (v == QLatin1String("VIP")) return tr("VIP");
    if (v == QLatin1String("PRESS")) return tr("Press");
    if (v == QLatin1String("FREE")) return tr("Free");
    return v;
}

QString MatchSetupText::sectorStatus(const QString &v)
{
    if (v == QLatin1String("ACTIVE")) return tr("Open");
    if (v == QLatin1String("CLOSED")) return tr("Closed");
    if (v == QLatin1String("MAINTENANCE")) return tr("Maintenance");
    return v;
}

QString MatchSetupText::phaseType(const QString &v)
{
    if (v == QLatin1String("LOYALTY")) return tr("Loyalty");
    if (v == QLatin1String("GENERAL_PUBLIC")) return tr("General public");
    if (v == QLatin1String("QUOTA_ONLY")) return tr("Quotas only");
    return v;
}

QString MatchSetupText::matchStatus(const QString &v)
{
    if (v == QLatin1String("DRAFT")) return tr("Draft");
    if (v == QLatin1String("PUBLISHED")) return tr("Published");
    if (v == QLatin1String("ACTIVE")) return tr("Match day");
    if (v == QLatin1String("CLOSED")) return tr("Closed");
    if (v == QLatin1String("CANCELLED")) return tr("Cancelled");
    return v;
}

QString MatchSetupText::configStatus(const QString &v)
{
    if (v == QLatin1String("DRAFT")) return tr("Configuration: draft");
    if (v == QLatin1String("VALIDATED")) return tr("Configuration: validated");
    if (v == QLatin1String("LOCKED")) return tr("Configuration: locked");
    return v;
}

QString MatchSetupText::problem(const QString &code, const QString &subject, qint64 amount)
{
    const QString n = QString::number(amount);
    if (code == QLatin1String("MATCH_CLOSED")) return tr("The match is closed or cancelled.");
    if (code == QLatin1String("NO_PRICE_CATEGORIES")) return tr("The match has no price categories.");
    if (code == QLatin1String("SECTOR_NOT_CONFIGURED")) return tr("Sector %1 has no match configuration.").arg(subject);
    if (code == QLatin1String("NO_INVENTORY")) return tr("The seat inventory has not been generated (%1 seats).").arg(n);
    if (code == QLatin1String("INVENTORY_MISSING_SEATS")) return tr("%1 seats of sector %2 are missing from the inventory.").arg(n, subject);
    if (code == QLatin1String("INVENTORY_FOREIGN_SEATS")) return tr("%1 inventory seats are not part of the match's layout.").arg(n);
    if (code == QLatin1String("SEATS_WITHOUT_PRICE")) return tr("%1 sellable seats of sector %2 have no price category.").arg(n, subject);
    if (code == QLatin1String("SECTOR_WITHOUT_PRICE")) return tr("Sector %1 is sold by capacity and has no price category.").arg(subject);
    if (code == QLatin1String("NO_SALES_PHASE")) return tr("The match has no active sales phase.");
    if (code == QLatin1String("PHASE_AFTER_KICK_OFF")) return tr("Sales phase “%1” ends after kick-off.").arg(subject);
    if (code == QLatin1String("NO_FEE_CONFIGURATION")) return tr("No fee configuration is in force on the match day.");
    if (code == QLatin1String("ALREADY_SOLD")) return tr("Seats of this match are sold, held or allocated: the configuration stays locked.");
    if (code == QLatin1String("NOT_VALIDATED")) return tr("Validate the configuration before locking it.");
    return tr("Problem %1 (%2).").arg(code, subject);
}

QString MatchSetupText::skipReason(const QString &r)
{
    if (r == QLatin1String("SOLD")) return tr("sold (refund or cancel the ticket first)");
    if (r == QLatin1String("HELD")) return tr("held by a counter");
    if (r == QLatin1String("ALLOCATED")) return tr("allocated to a quota");
    if (r == QLatin1String("UNCHANGED")) return tr("already in that state");
    if (r == QLatin1String("NOT_FOUND")) return tr("not in this match's inventory");
    if (r == QLatin1String("TECHNICAL_SEAT")) return tr("a technical position cannot be sold");
    return r;
}

} // namespace Tribina
