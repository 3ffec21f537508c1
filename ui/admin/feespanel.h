#pragma once

#include "matchsetup/matchsetupservice.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Tribina {

/// The fees of one match: either the default configuration or the match's own one (service fee,
/// ticket and fee VAT of home and away matches, the period it is in force). Shows the one in
/// force, which is what every price of the match is computed with. Percentages are typed as
/// "6", "6.5" or "6,50" and kept as integer hundredths.
class FeesPanel : public QWidget
{
    Q_OBJECT
public:
    FeesPanel(MatchSetupService &service, QWidget *parent = nullptr);
    /// Shows the match's fees. Unsaved edits survive a reload of the same match (the page
    /// reloads after every change elsewhere, e.g. a sales phase saved meanwhile).
    void setMatch(const SetupMatch &match, const SetupFees &inForce, const SetupFees &own);

    /// Stores what the editor shows (own configuration or back to the default).
    void save();

signals:
    void configurationChanged();
    void statusMessage(const QString &text);

private:
    void updateEnabled();
    void edited();
    void fail(const QString &message);

    MatchSetupService &m_service;
    SetupMatch m_match;
    SetupFees m_own;
    bool m_filling = false; ///< setMatch() is filling the editor: not the user's edit
    bool m_edited = false;  ///< unsaved edits: a reload of the same match keeps them
    QLabel *m_inForce;
    QRadioButton *m_useDefault;
    QRadioButton *m_useOwn;
    QLineEdit *m_fee;
    QLineEdit *m_homeTicketVat;
    QLineEdit *m_awayTicketVat;
    QLineEdit *m_homeFeeVat;
    QLineEdit *m_awayFeeVat;
    QDateEdit *m_from;
    QCheckBox *m_hasEnd;
    QDateEdit *m_to;
    QPushButton *m_save;
};

} // namespace Tribina
