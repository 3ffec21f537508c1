#include "identitycheckdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tribina {

IdentityCheckDialog::IdentityCheckDialog(const EmergencyTicket &ticket, const QString &location, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("identityCheckDialog"));
    setWindowTitle(tr("Confirm identity"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Check the fan's identity document against the ticket before printing."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_document = new QComboBox(this);
    m_document->setObjectName(QStringLiteral("documentCombo"));
    m_document->addItem(EmergencyText::documentTitle(IdentityDocument::IdentityCard), int(IdentityDocument::IdentityCard));
    m_document->addItem(EmergencyText::documentTitle(IdentityDocument::Passport), int(IdentityDocument::Passport));
    form->addRow(tr("Document checked:"), m_document);
    layout->addLayout(form);

    m_nameMatches = new QCheckBox(tr("The name on the document is %1").arg(ticket.holderName), this);
    m_nameMatches->setObjectName(QStringLiteral("nameMatchesCheck"));
    m_idMatches = new QCheckBox(ticket.oibLast4.isEmpty()
                                    ? tr("The document number matches the ticket holder's")
                                    : tr("The OIB on the document ends in %1").arg(ticket.oibLast4),
                                this);
    m_idMatches->setObjectName(QStringLiteral("idMatchesCheck"));
    m_notExpired = new QCheckBox(tr("The document has not expired"), this);
    m_notExpired->setObjectName(QStringLiteral("notExpiredCheck"));
    for (QCheckBox *box : {m_nameMatches, m_idMatches, m_notExpired}) {
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &IdentityCheckDialog::updateOk);
    }

    auto *details = new QFormLayout;
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    m_reason->setEditable(true);
    m_reason->addItems({QString(), tr("Phone battery dead"), tr("Phone lost or broken"),
                        tr("Printout lost or damaged"), tr("The ticket does not show in the app")});
    m_reason->setCurrentIndex(0);
    details->addRow(tr("Reason:"), m_reason);
    m_location = new QLineEdit(location, this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setPlaceholderText(tr("e.g. Gate 3, east stand"));
    details->addRow(tr("Print location:"), m_location);
    layout->addLayout(details);
    connect(m_reason, &QComboBox::currentTextChanged, this, &IdentityCheckDialog::updateOk);
    connect(m_location, &QLineEdit::textChanged, this, &IdentityCheckDialog::updateOk);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Print"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateOk();
}

IdentityDocument IdentityCheckDialog::document() const
{
    return IdentityDocument(m_document->currentData().toInt());
}

QString IdentityCheckDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

QString IdentityCheckDialog::location() const
{
    return m_location->text().trimmed();
}

bool IdentityCheckDialog::complete() const
{
    return m_nameMatches->isChecked() && m_idMatches->isChecked() && m_notExpired->isChecked() && !reason().isEmpty()
        && !location().isEmpty();
}

void IdentityCheckDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete());
}

} // namespace Tribina
