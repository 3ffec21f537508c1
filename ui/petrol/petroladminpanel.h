#pragma once

#include "petrol/petroltypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Tribina {

class DbSession;
class PetrolService;

/// The administrator's side of petrol sales, small: who is locked out of PIN look-ups (an
/// attendant or a whole station), lifting a lockout, and the A4 poster with the match's petrol
/// deep link as a QR code.
class PetrolAdminPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PetrolAdminPanel(DbSession &session, QWidget *parent = nullptr);
    ~PetrolAdminPanel() override;

    /// Writes the selected match's poster to fileName (no dialog; tests, screenshots).
    void writePoster(const QString &fileName);

public slots:
    void refresh();

signals:
    void refreshed();
    void posterWritten(const QString &fileName);

private:
    void liftSelected();
    void createPoster();
    void retranslateUi();

    PetrolService *m_service;
    QLabel *m_lockoutsTitle;
    QTableWidget *m_lockouts;
    QPushButton *m_refresh;
    QPushButton *m_lift;
    QLabel *m_posterTitle;
    QComboBox *m_matches;
    QPushButton *m_poster;
    QLabel *m_preview;
    QLabel *m_status;
    QList<PetrolLockout> m_rows;
    QList<PetrolMatch> m_matchList;
};

} // namespace Tribina
