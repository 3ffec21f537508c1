#include "admin/feespanel.h"

#include "admin/whendone.h"
#include "matchsetup/matchsetuptext.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Tribina {

FeesPanel::FeesPanel(MatchSetupService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    m_inForce = new QLabel(this);
    m_inForce->setObjectName(QStringLiteral("feesInForce"));
    m_inForce->setWordWrap(true);
    m_useDefault = new QRadioButton(tr("Default fee configuration"), this);
    m_useDefault->setObjectName(QStringLiteral("feesUseDefault"));
    m_useOwn = new QRadioButton(tr("This match's own fee configuration"), this);
    m_useOwn->setObjectName(QStringLiteral("feesUseOwn"));
    m_useDefault->setChecked(true);
    connect(m_useOwn, &QRadioButton::toggled, this, &FeesPanel::updateEnabled);
    connect(m_useOwn, &QRadioButton::toggled, this, &FeesPanel::edited);

    const auto percentEdit = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setMaximumWidth(80);
        edit->setPlaceholderText(tr("0–100"));
        connect(edit, &QLineEdit::textEdited, this, &FeesPanel::edited);
        return edit;
    };
    m_fee = percentEdit("feePercent");
    m_homeTicketVat = percentEdit("homeTicketVat");
    m_awayTicketVat = percentEdit("awayTicketVat");
    m_homeFeeVat = percentEdit("homeFeeVat");
    m_awayFeeVat = percentEdit("awayFeeVat");
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("feesFrom"));
    m_from->setCalendarPopup(true);
    m_hasEnd = new QCheckBox(tr("Until"), this);
    m_hasEnd->setObjectName(QStringLiteral("feesHasEnd"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("feesTo"));
    m_to->setCalendarPopup(true);
    connect(m_hasEnd, &QCheckBox::toggled, this, &FeesPanel::updateEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, this, &FeesPanel::edited);
    connect(m_from, &QDateEdit::dateChanged, this, &FeesPanel::edited);
    connect(m_to, &QDateEdit::dateChanged, this, &FeesPanel::edited);
    m_save = new QPushButton(tr("Save fees"), this);
    m_save->setObjectName(QStringLiteral("saveFeesButton"));
    connect(m_save, &QPushButton::clicked, this, &FeesPanel::save);

    const auto pair = [this](QLineEdit *home, QLineEdit *away) {
        auto *row = new QHBoxLayout;
        row->addWidget(new QLabel(tr("home"), this));
        row->addWidget(home);
        row->addSpacing(12);
        row->addWidget(new QLabel(tr("away"), this));
        row->addWidget(away);
        row->addWidget(new QLabel(QStringLiteral("%"), this));
        row->addStretch();
        return row;
    };
    auto *feeRow = new QHBoxLayout;
    feeRow->addWidget(m_fee);
    feeRow->addWidget(new QLabel(tr("% of the ticket amount"), this));
    feeRow->addStretch();
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(m_hasEnd);
    period->addWidget(m_to);
    period->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("In force:"), m_inForce);
    form->addRow(QString(), m_useDefault);
    form->addRow(QString(), m_useOwn);
    form->addRow(tr("Service fee:"), feeRow);
    form->addRow(tr("VAT in the ticket:"), pair(m_homeTicketVat, m_awayTicketVat));
    form->addRow(tr("VAT in the fee:"), pair(m_homeFeeVat, m_awayFeeVat));
    form->addRow(tr("From:"), period);
    form->addRow(QString(), m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch();
    updateEnabled();
}

void FeesPanel::edited()
{
    if (!m_filling)
        m_edited = true;
}

void FeesPanel::setMatch(const SetupMatch &match, const SetupFees &inForce, const SetupFees &own)
{
    const bool keepEdits = m_edited && match.id == m_match.id && own == m_own;
    m_match = match;
    m_own = own;
    const QLocale locale;
    if (!inForce.found) {
        m_inForce->setText(tr("None: no fee configuration is in force on the match day."));
    } else {
        const QString rates = tr("fee %1 %; VAT in the ticket %2 % (home) / %3 % (away); VAT in the fee %4 % / %5 %")
                                  .arg(MatchSetupText::percent(inForce.feePercent), MatchSetupText::percent(inForce.homeTicketVat),
                                       MatchSetupText::percent(inForce.awayTicketVat), MatchSetupText::percent(inForce.homeFeeVat),
                                       MatchSetupText::percent(inForce.awayFeeVat));
        const QString period = inForce.effectiveTo.isValid()
            ? tr("%1 – %2").arg(locale.toString(inForce.effectiveFrom, QLocale::ShortFormat),
                                locale.toString(inForce.effectiveTo, QLocale::ShortFormat))
            : tr("from %1").arg(locale.toString(inForce.effectiveFrom, QLocale::ShortFormat));
        m_inForce->setText(QStringLiteral("%1 (%2, %3)").arg(rates, period,
                                                             inForce.matchSpecific ? tr("this match's own") : tr("default")));
    }
    const bool draft = match.configStatus == QLatin1String("DRAFT") && !match.id.isNull();
    m_useOwn->setEnabled(draft);
    m_useDefault->setEnabled(draft);
    m_save->setEnabled(draft);
    m_save->setToolTip(draft ? QString() : tr("Set the configuration back to draft to change the fees."));
    if (keepEdits && draft) {
        updateEnabled();
        return;
    }
    m_edited = false;
    m_filling = true;
    // The editor starts from the match's own row, else from what is in force (or the schema defaults).
    const SetupFees start = own.found ? own : inForce;
    m_fee->setText(MatchSetupText::percent(start.feePercent));
    m_homeTicketVat->setText(MatchSetupText::percent(start.homeTicketVat));
    m_awayTicketVat->setText(MatchSetupText::percent(start.awayTicketVat));
    m_homeFeeVat->setText(MatchSetupText::percent(start.homeFeeVat));
    m_awayFeeVat->setText(MatchSetupText::percent(start.awayFeeVat));
    const QDate matchDay = match.kickOff.toLocalTime().date();
    m_from->setDate(own.found ? own.effectiveFrom : qMin(QDate::currentDate(), matchDay));
    m_hasEnd->setChecked(own.found ? own.effectiveTo.isValid() : true);
    m_to->setDate(own.found && own.effectiveTo.isValid() ? own.effectiveTo : matchDay);
    m_useOwn->setChecked(own.found);
    m_useDefault->setChecked(!own.found);
    m_filling = false;
    updateEnabled();
}

void FeesPanel::updateEnabled()
{
    const bool own = m_useOwn->isChecked() && m_useOwn->isEnabled();
    for (QWidget *w : {static_cast<QWidget *>(m_fee), static_cast<QWidget *>(m_homeTicketVat),
                       static_cast<QWidget *>(m_awayTicketVat), static_cast<QWidget *>(m_homeFeeVat),
                       static_cast<QWidget *>(m_awayFeeVat), static_cast<QWidget *>(m_from),
                       static_cast<QWidget *>(m_hasEnd)})
        w->setEnabled(own);
    m_to->setEnabled(own && m_hasEnd->isChecked());
}

void FeesPanel::save()
{
    if (m_match.id.isNull())
        return;
    if (m_useDefault->isChecked()) {
        whenDone(this, m_service.useDefaultFees(m_match.id), [this](const Outcome &o) {
            if (!o)
                return fail(o.error());
            m_edited = false;
            emit statusMessage(tr("The match uses the default fee configuration."));
            emit configurationChanged();
        }, [this](const QString &e) { fail(e); });
        return;
    }
    SetupFees f = m_own;
    const struct { QLineEdit *edit; qint64 *value; QString name; } fields[] = {
        {m_fee, &f.feePercent, tr("service fee")},
        {m_homeTicketVat, &f.homeTicketVat, tr("VAT in the ticket (home)")},
        {m_awayTicketVat, &f.awayTicketVat, tr("VAT in the ticket (away)")},
        {m_homeFeeVat, &f.homeFeeVat, tr("VAT in the fee (home)")},
        {m_awayFeeVat, &f.awayFeeVat, tr("VAT in the fee (away)")},
    };
    for (const auto &field : fields)
        if (!MatchSetupText::parsePercent(field.edit->text(), field.value)) {
            field.edit->setFocus();
            return fail(tr("“%1” is not a percentage between 0 and 100 with at most two decimals (%2).")
                            .arg(field.edit->text(), field.name));
        }
    f.effectiveFrom = m_from->date();
    f.effectiveTo = m_hasEnd->isChecked() ? m_to->date() : QDate();
    whenDone(this, m_service.saveOwnFees(m_match.id, f), [this](const MatchSetupService::Saved &r) {
        if (!r.outcome)
            return fail(r.outcome.error());
        m_edited = false;
        emit statusMessage(tr("The match's fee configuration is saved."));
        emit configurationChanged();
    }, [this](const QString &e) { fail(e); });
}

void FeesPanel::fail(const QString &message)
{
    emit statusMessage(message);
    if (isVisible())
        QMessageBox::warning(this, tr("Fees"), message);
}

} // namespace Tribina
