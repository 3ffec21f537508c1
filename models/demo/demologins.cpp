#include "demo/demologins.h"

namespace Tribina {

QList<DemoLogin> demoLogins()
{
    // Password "demo-<login>": easy to type at a demo, listed in the README, never for production.
    const auto login = [](const char16_t *name, const char16_t *group, const char16_t *fullName) {
        const QString n = QString::fromUtf16(name);
        return DemoLogin{n, QStringLiteral("demo-") + n, QString::fromUtf16(group),
                         QString::fromUtf16(fullName)};
    };
    return {
        login(u"admin", u"tribina_admin", u"Ana Horvat"),
        login(u"blagajna", u"tribina_box_office", u"Ivan Kovačević"),
        login(u"benzinska", u"tribina_petrol", u"Marija Babić"),
        login(u"podrska", u"tribina_support", u"Luka Novak"),
        login(u"izvjestaji", u"tribina_reporting", u"Petra Jurić"),
    };
}

} // namespace Tribina
