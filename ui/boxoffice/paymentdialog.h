#pragma once

#include "boxoffice/saletypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace Tribina {

class MoneyEdit;

/// How the customer pays: cash (amount given → change due) or card (the terminal's reference).
/// Keyboard first: the amount field has the focus, Enter confirms; Alt+K switches to card.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(Money total, QWidget *parent = nullptr);

    PaymentMethod method() const;
    Money cashGiven() const;
    QString terminalReference() const;

    void accept() override;

private:
    void update();

    Money m_total;
    QRadioButton *m_cash;
    QRadioButton *m_card;
    MoneyEdit *m_given;
    QLineEdit *m_reference;
    QLabel *m_change;
};

} // namespace Tribina
