#pragma once

#include "domain/staffrole.h"

#include <QWidget>

class QLabel;

namespace Tribina {

/// A module's page in the main window. For now a placeholder that names the module and says what
/// it will hold; the real module widgets replace its body. Its object name is moduleId(), so
/// tests and settings can find it.
class ModulePage : public QWidget
{
    Q_OBJECT
public:
    explicit ModulePage(Module module, QWidget *parent = nullptr);

    Module module() const { return m_module; }
    /// One translated sentence: what this module does.
    static QString description(Module module);
    /// Puts the module's working widget under the heading, in place of the "being built" note;
    /// it takes all the remaining space.
    void host(QWidget *content);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Module m_module;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Tribina
