#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace Tribina {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{}

QStringList LanguageSwitcher::availableLanguages()
{
    return {QStringLiteral("hr"), QStringLiteral("en")};
}

QString LanguageSwitcher::nativeName(const QString &code)
{
    if (code == QLatin1String("hr"))
        return QStringLiteral("Hrvatski");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

bool LanguageSwitcher::isAvailable(const QString &code)
{
    return availableLanguages().contains(code);
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    if (!isAvailable(code))
        return false;
    if (code == m_language)
        return true;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    // qt_add_translations embeds tribina_<code>.qm under RESOURCE_PREFIX /i18n.
    if (!m_appTranslator.load(QStringLiteral(":/i18n/tribina_") + code))
        qWarning("Tribina: no embedded translation for language %s", qPrintable(code));
    // Qt's own strings (context menus, standard buttons), when the distribution ships them.
    if (m_qtTranslator.load(QStringLiteral("qtbase_") + code,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    QCoreApplication::installTranslator(&m_appTranslator);

    QLocale::setDefault(code == QLatin1String("hr") ? QLocale(QLocale::Croatian, QLocale::Croatia)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_language = code;
    emit languageChanged(code);
    return true;
}

} // namespace Tribina
