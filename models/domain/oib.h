#pragma once

#include <QString>
#include <QStringView>

namespace Tribina {

/// The Croatian personal identification number (OIB): 11 digits, the last a check digit by
/// ISO 7064 MOD 11,10. The same rule as SQL oib_is_valid() (migration 0001), which the database
/// enforces; this copy lets the counter flag a typo while the clerk types.
namespace Oib {

/// The check digit (0–9) of the first ten digits of text, -1 when they are not ten digits.
int checkDigit(QStringView firstTen);

/// Whether text (surrounding blanks ignored) is 11 digits with a valid check digit.
bool isValid(QStringView text);

/// text without blanks, for storing and comparing.
QString normalized(QStringView text);

} // namespace Oib
} // namespace Tribina
