#pragma once

#include "domain/money.h"

#include <QLineEdit>
#include <optional>

namespace Tribina {

/// An amount of euros typed by a clerk ("50", "50,00", "50.5"): parsed to cents, never through
/// floating point.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit MoneyEdit(QWidget *parent = nullptr);
    /// The amount, or nothing when the text is not one.
    std::optional<Money> amount() const;
    static std::optional<Money> parse(const QString &text);
    void setAmount(Money amount);
};

} // namespace Tribina
