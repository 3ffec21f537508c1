#include "petrol/pinscanparser.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Tribina {

QString PinScanParser::pinFrom(const QString &scanned)
{
    const QString text = scanned.trimmed();
    static const QRegularExpression bare(QStringLiteral("^\\s*(\\d{5})\\s*$"));
    if (const QRegularExpressionMatch m = bare.match(text); m.hasMatch())
        return m.captured(1);
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty()) {
        const QString pin = QUrlQuery(url).queryItemValue(QStringLiteral("pin"));
        static const QRegularExpression digits(QStringLiteral("^\\d{5}$"));
        if (digits.match(pin).hasMatch())
            return pin;
    }
    return {};
}

QString PinScanParser::matchFrom(const QString &scanned)
{
    static const QRegularExpression link(QStringLiteral(
        "/benzinska/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"));
    const QRegularExpressionMatch m = link.match(scanned);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

} // namespace Tribina
