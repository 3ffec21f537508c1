#pragma once

#include "matchsetup/matchsetupservice.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Tribina {

class ChangeListener;
class DbSession;
class FeesPanel;
class MatchMapPanel;
class SalesPhasesPanel;

/// Administration → Matches: the list of matches and, for the one selected, its details
/// (teams, competition, kick-off, venue, home/away, numbered), its prices and seats on the map,
/// its sales phases, its fees (its own configuration or the default), and its lifecycle: generate the seat inventory, validate,
/// lock, publish, back to draft, cancel — with the problems that stand in the way listed.
class MatchSetupPage : public QWidget
{
    Q_OBJECT
public:
    explicit MatchSetupPage(DbSession &session, QWidget *parent = nullptr);
    ~MatchSetupPage() override;

    /// Changes on other workstations reach the map through listener (not owned).
    void setChangeListener(ChangeListener *listener);
    MatchSetupService &service() { return *m_service; }
    MatchMapPanel *mapPanel() const { return m_mapPanel; }
    FeesPanel *feesPanel() const { return m_feesPanel; }
    QUuid currentMatch() const { return m_match.id; }

public slots:
    void reloadMatches();
    void selectMatch(const QUuid &match);

signals:
    void matchesLoaded();
    /// A match's details, categories and sectors are shown (after every reload).
    void matchShown(const QUuid &match);
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showMatch(const SetupMatch &match);
    void reloadDetails();
    void saveMatch();
    void newMatch();
    void generateInventory();
    void setConfigStatus(const QString &target);
    void publish();
    void cancelMatch();
    void showProblems(const QList<ConfigProblem> &problems, const QString &headline);
    void updateButtons();
    void fail(const QString &message);

    std::unique_ptr<MatchSetupService> m_service;
    QList<SetupVenue> m_venues;
    QList<SetupMatch> m_matches;
    SetupMatch m_match;
    QListWidget *m_matchList;
    QLineEdit *m_home;
    QLineEdit *m_away;
    QLineEdit *m_competition;
    QDateTimeEdit *m_kickOff;
    QComboBox *m_venue;
    QComboBox *m_type;
    QCheckBox *m_numbered;
    QLabel *m_state;
    QListWidget *m_problems;
    QPushButton *m_generate;
    QPushButton *m_validate;
    QPushButton *m_lock;
    QPushButton *m_draft;
    QPushButton *m_publish;
    QPushButton *m_cancel;
    MatchMapPanel *m_mapPanel;
    SalesPhasesPanel *m_phasesPanel;
    FeesPanel *m_feesPanel;
    bool m_loadedOnce = false;
};

} // namespace Tribina
