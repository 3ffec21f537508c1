#pragma once

#include "boxoffice/saletypes.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Tribina {

/// The holder of one ticket: full name, date of birth, nationality, and an OIB (checked as it
/// is typed, ISO 7064 MOD 11,10) or, for foreigners, a passport number; minors are flagged.
/// Keyboard first: Tab walks the fields, Enter moves on like Tab.
class HolderForm : public QWidget
{
    Q_OBJECT
public:
    HolderForm(const QString &seatText, QWidget *parent = nullptr);

    /// The match day, for the minor flag.
    void setMatchDay(QDate day);
    TicketHolder holder() const;
    /// Empty when the holder can be sold to; otherwise what is wrong (translated).
    QString problem() const;
    bool isComplete() const { return problem().isEmpty(); }
    /// Fills the form (a scanned ID or a restored draft).
    void setHolder(const TicketHolder &holder);
    QLineEdit *nameEdit() const { return m_name; }
    QString seatText() const { return m_seatText; }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    QDate dateOfBirth() const;

    QString m_seatText;
    QDate m_matchDay;
    QLineEdit *m_name;
    QLineEdit *m_birth;
    QLineEdit *m_nationality;
    QCheckBox *m_foreigner;
    QLineEdit *m_oib;
    QLineEdit *m_passport;
    QLabel *m_status;
};

} // namespace Tribina
