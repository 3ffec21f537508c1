#pragma once

#include "layout/stadiumlayout.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Tribina {

/// The venue's name, city, country, address, home/away and numbered flag: what a new stadium
/// needs before it can be saved. OK stays disabled until the required fields are valid, and the
/// reason is shown under the form.
class StadiumPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StadiumPropertiesDialog(const VenueDetails &venue, QWidget *parent = nullptr);

    VenueDetails venue() const;
    /// Why the details cannot be stored (empty: they can); the same limits as the stadiums table.
    static QString problem(const VenueDetails &venue);

private:
    void updateState();

    QLineEdit *m_name;
    QLineEdit *m_city;
    QLineEdit *m_country;
    QLineEdit *m_address;
    QComboBox *m_type;
    QCheckBox *m_numbered;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Tribina
