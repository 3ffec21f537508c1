#include "quotas/quotadialog.h"

#include "quotas/quotacsv.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace Tribina {

QuotaDialog::QuotaDialog(const QUuid &matchId, const QList<QuotaSector> &sectors, const QDate &defaultExpiration,
                         QWidget *parent)
    : QDialog(parent)
    , m_matchId(matchId)
    , m_sectors(sectors)
{
    setObjectName(QStringLiteral("quotaDialog"));
    setWindowTitle(tr("New quota"));
    auto *form = new QFormLayout(this);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("recipientEmail"));
    m_email->setPlaceholderText(tr("partner@example.hr"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("recipientName"));
    m_note = new QLineEdit(this);
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("Only administrators see this"));
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setRange(1, 100000);
    m_quantity->setValue(10);
    m_sectorList = new QListWidget(this);
    m_sectorList->setObjectName(QStringLiteral("sectors"));
    for (const QuotaSector &s : sectors) {
        auto *item = new QListWidgetItem(tr("%1 – %2 (%3 free)").arg(s.code, s.name).arg(s.freeSeats), m_sectorList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, s.id);
    }
    m_sectorList->setMaximumHeight(140);
    m_discount = new QSpinBox(this);
    m_discount->setRange(0, 100);
    m_discount->setSuffix(tr(" %"));
    m_discount->setToolTip(tr("100 % = free tickets"));
    m_algorithm = new QComboBox(this);
    m_algorithm->setObjectName(QStringLiteral("algorithm"));
    m_algorithm->addItem(tr("NM – best seats, together"), int(QuotaAlgorithm::BestSeats));
    m_algorithm->addItem(tr("REDOM – spread over sectors and rows"), int(QuotaAlgorithm::Distributed));
    m_expiration = new QDateEdit(defaultExpiration.isValid() ? defaultExpiration : QDate::currentDate().addDays(14), this);
    m_expiration->setCalendarPopup(true);
    m_expiration->setToolTip(tr("A reminder only: nothing expires by itself."));
    m_subquotas = new QCheckBox(tr("May create sub-quotas"), this);
    m_transfer = new QCheckBox(tr("Tickets may be transferred"), this);
    m_transfer->setChecked(true);
    m_deferred = new QCheckBox(tr("Deferred payment"), this);
    m_sendEmail = new QCheckBox(tr("Send an e-mail to the recipient on creation"), this);
    m_sendEmail->setChecked(true);
    m_petrol = new QCheckBox(tr("Petrol station allocation (seats sold at petrol stations for this match)"), this);
    m_petrol->setObjectName(QStringLiteral("petrolAllocation"));
    m_petrol->setToolTip(tr("PIN redemptions at petrol stations take their seats from this quota. "
                            "A match has one petrol station allocation at a time."));

    form->addRow(tr("Recipient e-mail:"), m_email);
    form->addRow(tr("Recipient name:"), m_name);
    form->addRow(tr("Internal note:"), m_note);
    form->addRow(tr("Quantity:"), m_quantity);
    form->addRow(tr("Allowed sectors:"), m_sectorList);
    form->addRow(tr("Discount:"), m_discount);
    form->addRow(tr("Allocation:"), m_algorithm);
    form->addRow(tr("Expiration date:"), m_expiration);
    form->addRow(QString(), m_subquotas);
    form->addRow(QString(), m_transfer);
    form->addRow(QString(), m_deferred);
    form->addRow(QString(), m_sendEmail);
    form->addRow(QString(), m_petrol);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Propose seats"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_email, &QLineEdit::textChanged, this, &QuotaDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &QuotaDialog::validate);
    connect(m_sectorList, &QListWidget::itemChanged, this, &QuotaDialog::validate);
    validate();
}

void QuotaDialog::validate()
{
    bool anySector = false;
    for (int i = 0; i < m_sectorList->count(); ++i)
        anySector = anySector || m_sectorList->item(i)->checkState() == Qt::Checked;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(QuotaCsv::isEmailAddress(m_email->text().trimmed())
                                                        && !m_name->text().trimmed().isEmpty() && anySector);
}

QuotaDraft QuotaDialog::draft() const
{
    QuotaDraft d;
    d.matchId = m_matchId;
    d.recipientEmail = m_email->text().trimmed().toLower();
    d.recipientName = m_name->text().trimmed();
    d.internalNote = m_note->text().trimmed();
    d.quantity = m_quantity->value();
    for (int i = 0; i < m_sectorList->count(); ++i) {
        if (m_sectorList->item(i)->checkState() == Qt::Checked)
            d.sectorIds.append(m_sectorList->item(i)->data(Qt::UserRole).toUuid());
    }
    d.discountPercent = m_discount->value();
    d.algorithm = QuotaAlgorithm(m_algorithm->currentData().toInt());
    d.expirationDate = m_expiration->date();
    d.canCreateSubquotas = m_subquotas->isChecked();
    d.transferAllowed = m_transfer->isChecked();
    d.deferredPayment = m_deferred->isChecked();
    d.autoSendEmail = m_sendEmail->isChecked();
    d.petrolAllocation = m_petrol->isChecked();
    return d;
}

void QuotaDialog::setDraft(const QuotaDraft &d)
{
    m_email->setText(d.recipientEmail);
    m_name->setText(d.recipientName);
    m_note->setText(d.internalNote);
    m_quantity->setValue(d.quantity);
    for (int i = 0; i < m_sectorList->count(); ++i) {
        const bool on = d.sectorIds.contains(m_sectorList->item(i)->data(Qt::UserRole).toUuid());
        m_sectorList->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_discount->setValue(d.discountPercent);
    m_algorithm->setCurrentIndex(d.algorithm == QuotaAlgorithm::Distributed ? 1 : 0);
    if (d.expirationDate.isValid())
        m_expiration->setDate(d.expirationDate);
    m_subquotas->setChecked(d.canCreateSubquotas);
    m_transfer->setChecked(d.transferAllowed);
    m_deferred->setChecked(d.deferredPayment);
    m_sendEmail->setChecked(d.autoSendEmail);
    m_petrol->setChecked(d.petrolAllocation);
    validate();
}

void QuotaDialog::setExistingPetrolAllocation(const QString &recipient)
{
    if (recipient.isEmpty())
        return;
    m_petrol->setChecked(false);
    m_petrol->setEnabled(false);
    m_petrol->setToolTip(tr("This match already has a petrol station allocation (%1). A match has only one: "
                            "cancel that quota first.").arg(recipient));
}

} // namespace Tribina
