#include "navigationpanel.h"

#include "brandheader.h"
#include "moduleicon.h"

#include <QEvent>
#include <QListWidget>
#include <QVBoxLayout>

namespace Tribina {

NavigationPanel::NavigationPanel(const QList<Module> &modules, QWidget *parent)
    : QWidget(parent)
    , m_modules(modules)
{
    setObjectName(QStringLiteral("navigationPanel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("navigation"));
    m_list->setIconSize(QSize(24, 24));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); padding: 8px 6px; outline: 0; }"
        "QListWidget::item { padding: 8px 8px; margin: 1px 0; border-radius: 6px; }"
        "QListWidget::item:hover { background: palette(midlight); }"
        "QListWidget::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));
    for (Module module : modules) {
        auto *item = new QListWidgetItem(ModuleIcon::icon(module), QString(), m_list);
        item->setData(Qt::UserRole, moduleId(module));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new BrandHeader(BrandHeader::Size::Compact, this));
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_modules.size())
            emit moduleActivated(m_modules.at(row));
    });
    setMinimumWidth(230);
    setMaximumWidth(300);
    retranslateUi();
}

void NavigationPanel::setCurrentModule(Module module)
{
    const int row = int(m_modules.indexOf(module));
    if (row >= 0)
        m_list->setCurrentRow(row);
}

void NavigationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NavigationPanel::retranslateUi()
{
    for (int row = 0; row < m_modules.size(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setText(moduleTitle(m_modules.at(row)));
        item->setToolTip(item->text());
    }
    m_list->setAccessibleName(tr("Modules"));
}

} // namespace Tribina
