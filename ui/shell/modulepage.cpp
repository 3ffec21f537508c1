#include "modulepage.h"

#include "moduleicon.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace Tribina {

ModulePage::ModulePage(Module module, QWidget *parent)
    : QWidget(parent)
    , m_module(module)
{
    setObjectName(moduleId(module));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.7);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("pageDescription"));
    m_description->setWordWrap(true);

    auto *icon = new QLabel(this);
    icon->setPixmap(ModuleIcon::icon(module).pixmap(QSize(44, 44)));
    icon->setFixedSize(44, 44);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pageStatus"));
    m_status->setStyleSheet(QStringLiteral(
        "QLabel { color: palette(mid); border: 1px dashed palette(mid); border-radius: 8px;"
        " padding: 28px; }"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setMinimumHeight(160);

    // The heading keeps a readable line length however wide the window is.
    auto *headingBox = new QWidget(this);
    headingBox->setMaximumWidth(760);
    auto *heading = new QHBoxLayout(headingBox);
    heading->setContentsMargins(0, 0, 0, 0);
    heading->setSpacing(14);
    heading->addWidget(icon, 0, Qt::AlignTop);
    auto *headingText = new QVBoxLayout;
    headingText->setSpacing(4);
    headingText->addWidget(m_title);
    headingText->addWidget(m_description);
    heading->addLayout(headingText, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(24);
    layout->addWidget(headingBox);
    layout->addWidget(m_status);
    layout->addStretch(1);

    retranslateUi();
}

void ModulePage::host(QWidget *content)
{
    auto *box = qobject_cast<QBoxLayout *>(layout());
    m_status->hide();
    delete box->takeAt(box->count() - 1); // the trailing stretch
    content->setParent(this);
    box->addWidget(content, 1);
}

QString ModulePage::description(Module module)
{
    switch (module) {
    case Module::Administration:
        return tr("Stadium layouts, matches, price categories, sales phases and seat operations.");
    case Module::BoxOffice:
        return tr("Counter sales on the live seat map: holds, ticket holders, payment, printing, "
                  "refunds and the shift.");
    case Module::Petrol:
        return tr("Redeem a fan's PIN: seats from the petrol allocation, identity check, payment "
                  "and printed tickets.");
    case Module::EmergencyPrinting:
        return tr("Find and reprint the ticket of a fan whose phone failed, even when the server "
                  "cannot be reached.");
    case Module::Quotas:
        return tr("Seats set aside for partners and sponsors: best-seat and distributed allocation, "
                  "CSV import, cancellation.");
    case Module::Reports:
        return tr("Sales, attendance and revenue reports with charts and exports will be here.");
    }
    return {};
}

void ModulePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ModulePage::retranslateUi()
{
    m_title->setText(moduleTitle(m_module));
    m_description->setText(description(m_module));
    m_status->setText(tr("This module is being built."));
}

} // namespace Tribina
