#include "admin/salesphasespanel.h"

#include "admin/whendone.h"
#include "matchsetup/matchsetuptext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tribina {

SalesPhasesPanel::SalesPhasesPanel(MatchSetupService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("phaseTable"));
    m_table->setHorizontalHeaderLabels({tr("Type"), tr("Name"), tr("From"), tr("Until"), tr("Tickets per buyer")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SalesPhasesPanel::showSelected);

    m_type = new QComboBox(this);
    for (const QString &t : MatchSetupText::phaseTypes())
        m_type->addItem(MatchSetupText::phaseType(t), t);
    m_type->setCurrentIndex(1);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("phaseName"));
    m_start = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_start->setObjectName(QStringLiteral("phaseStart"));
    m_start->setCalendarPopup(true);
    m_end = new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), this);
    m_end->setObjectName(QStringLiteral("phaseEnd"));
    m_end->setCalendarPopup(true);
    m_limit = new QSpinBox(this);
    m_limit->setRange(1, 100);
    m_limit->setValue(4);
    m_active = new QCheckBox(tr("Active"), this);
    m_active->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("From:"), m_start);
    form->addRow(tr("Until:"), m_end);
    form->addRow(tr("Tickets per buyer:"), m_limit);
    form->addRow(QString(), m_active);

    auto *add = new QPushButton(tr("Add phase"), this);
    add->setObjectName(QStringLiteral("addPhaseButton"));
    connect(add, &QPushButton::clicked, this, [this] { save(true); });
    auto *update = new QPushButton(tr("Update"), this);
    connect(update, &QPushButton::clicked, this, [this] { save(false); });
    auto *del = new QPushButton(tr("Delete"), this);
    connect(del, &QPushButton::clicked, this, &SalesPhasesPanel::remove);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(update);
    buttons->addWidget(del);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
}

void SalesPhasesPanel::setMatch(const SetupMatch &match, const QList<SetupPhase> &phases)
{
    m_match = match;
    m_phases = phases;
    m_table->setRowCount(int(phases.size()));
    const QLocale locale;
    for (int i = 0; i < phases.size(); ++i) {
        const SetupPhase &p = phases[i];
        m_table->setItem(i, 0, new QTableWidgetItem(MatchSetupText::phaseType(p.type)));
        m_table->setItem(i, 1, new QTableWidgetItem(p.active ? p.name : tr("%1 (inactive)").arg(p.name)));
        m_table->setItem(i, 2, new QTableWidgetItem(locale.toString(p.start.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(i, 3, new QTableWidgetItem(locale.toString(p.end.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(i, 4, new QTableWidgetItem(QString::number(p.ticketLimit)));
    }
}

void SalesPhasesPanel::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_phases.size())
        return;
    const SetupPhase &p = m_phases[row];
    m_type->setCurrentIndex(qMax(0, m_type->findData(p.type)));
    m_name->setText(p.name);
    m_start->setDateTime(p.start.toLocalTime());
    m_end->setDateTime(p.end.toLocalTime());
    m_limit->setValue(p.ticketLimit);
    m_active->setChecked(p.active);
}

void SalesPhasesPanel::save(bool asNew)
{
    SetupPhase p;
    if (!asNew) {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_phases.size())
            return fail(tr("Select the phase to update."));
        p.id = m_phases[row].id;
    }
    p.type = m_type->currentData().toString();
    p.name = m_name->text().trimmed();
    p.start = m_start->dateTime();
    p.end = m_end->dateTime();
    p.ticketLimit = m_limit->value();
    p.active = m_active->isChecked();
    whenDone(this, m_service.savePhase(m_match.id, p), [this](const MatchSetupService::Saved &r) {
        if (!r.outcome)
            return fail(r.outcome.error());
        emit statusMessage(tr("Sales phase saved."));
        emit configurationChanged();
    }, [this](const QString &e) { fail(e); });
}

void SalesPhasesPanel::remove()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_phases.size())
        return;
    whenDone(this, m_service.deletePhase(m_phases[row].id), [this](const Outcome &o) {
        if (!o)
            return fail(o.error());
        emit configurationChanged();
    }, [this](const QString &e) { fail(e); });
}

void SalesPhasesPanel::fail(const QString &message)
{
    emit statusMessage(message);
    if (isVisible())
        QMessageBox::warning(this, tr("Sales phases"), message);
}

} // namespace Tribina
