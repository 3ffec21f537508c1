#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace Tribina {

/// Installs the application's translation at run time. Installing a translator makes Qt send
/// QEvent::LanguageChange to every widget, whose retranslateUi() then redraws its text.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    /// Language codes with a translation embedded under :/i18n, in menu order.
    static QStringList availableLanguages();
    /// The language's own name ("Hrvatski", "English"): never translated, so people can find theirs.
    static QString nativeName(const QString &code);
    static bool isAvailable(const QString &code);

    /// Loads and installs the translation; false (and nothing changes) for an unknown code.
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString &code);

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_language;
};

} // namespace Tribina
