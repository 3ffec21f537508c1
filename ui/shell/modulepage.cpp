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

QString ModulePage::description(Module module)
{
    switch (module) {
    case Module::Administration:
        return tr("Matches, price lists, stadium layouts, staff accounts and the blacklist will be "
                  "managed here.");
    case Module::BoxOffice:
        return tr("Counter sales on the seat map, ticket holders, payments, refunds and the shift "
                  "close will be here.");
    case Module::Petrol:
        return tr("Petrol station staff will redeem the PINs of pre-paid orders and print the "
                  "tickets here.");
    case Module::EmergencyPrinting:
        return tr("Tickets of fans whose phone or printout failed will be found and reprinted here, "
                  "even when the server cannot be reached.");
    case Module::Quotas:
        return tr("Seats set aside for clubs, sponsors, media and away fans will be allocated and "
                  "tracked here.");
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
