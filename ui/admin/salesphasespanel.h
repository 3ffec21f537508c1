#pragma once

#include "matchsetup/matchsetupservice.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Tribina {

/// The sales phases of a match: type, name, window and ticket limit per buyer. Overlapping
/// windows are refused by the database; the message says so.
class SalesPhasesPanel : public QWidget
{
    Q_OBJECT
public:
    SalesPhasesPanel(MatchSetupService &service, QWidget *parent = nullptr);
    void setMatch(const SetupMatch &match, const QList<SetupPhase> &phases);

signals:
    void configurationChanged();
    void statusMessage(const QString &text);

private:
    void showSelected();
    void save(bool asNew);
    void remove();
    void fail(const QString &message);

    MatchSetupService &m_service;
    SetupMatch m_match;
    QList<SetupPhase> m_phases;
    QTableWidget *m_table;
    QComboBox *m_type;
    QLineEdit *m_name;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QSpinBox *m_limit;
    QCheckBox *m_active;
};

} // namespace Tribina
