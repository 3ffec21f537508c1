#pragma once

#include "emergency/emergencytypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Tribina {

/// "Confirm identity" before an emergency print: the document checked (identity card or
/// passport), that its name and OIB match the ticket and that it has not expired — all required —
/// the reason for the print and where it is printed. OK stays disabled until everything is given.
class IdentityCheckDialog : public QDialog
{
    Q_OBJECT
public:
    IdentityCheckDialog(const EmergencyTicket &ticket, const QString &location, QWidget *parent = nullptr);

    IdentityDocument document() const;
    QString reason() const;
    QString location() const;
    bool complete() const;

private:
    void updateOk();

    QComboBox *m_document = nullptr;
    QCheckBox *m_nameMatches = nullptr;
    QCheckBox *m_idMatches = nullptr;
    QCheckBox *m_notExpired = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_location = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Tribina
