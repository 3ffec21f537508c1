#pragma once

#include "domain/staffrole.h"

#include <QWidget>

class QListWidget;

namespace Tribina {

/// The main window's left column: the brand band and one entry per module the user may open.
/// Entries carry moduleId() as data (Qt::UserRole) so tests can find them.
class NavigationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationPanel(const QList<Module> &modules, QWidget *parent = nullptr);

    QList<Module> modules() const { return m_modules; }
    void setCurrentModule(Module module);
    QListWidget *list() const { return m_list; }

signals:
    void moduleActivated(Tribina::Module module);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<Module> m_modules;
    QListWidget *m_list = nullptr;
};

} // namespace Tribina
