#pragma once

#include "quotas/quotatypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Tribina {

/// Creating a quota: every field of the data model's quotas row. The seats are not chosen here:
/// accepting it makes the quota manager propose them on the map.
class QuotaDialog : public QDialog
{
    Q_OBJECT

public:
    QuotaDialog(const QUuid &matchId, const QList<QuotaSector> &sectors, const QDate &defaultExpiration,
                QWidget *parent = nullptr);

    QuotaDraft draft() const;
    void setDraft(const QuotaDraft &draft);
    /// The match's active petrol station allocation (its recipient), if it has one: the box
    /// then explains that a second one is refused.
    void setExistingPetrolAllocation(const QString &recipient);

private:
    void validate();

    QUuid m_matchId;
    QList<QuotaSector> m_sectors;
    QLineEdit *m_email;
    QLineEdit *m_name;
    QLineEdit *m_note;
    QSpinBox *m_quantity;
    QListWidget *m_sectorList;
    QSpinBox *m_discount;
    QComboBox *m_algorithm;
    QDateEdit *m_expiration;
    QCheckBox *m_subquotas;
    QCheckBox *m_transfer;
    QCheckBox *m_deferred;
    QCheckBox *m_sendEmail;
    QCheckBox *m_petrol;
    QDialogButtonBox *m_buttons;
};

} // namespace Tribina
