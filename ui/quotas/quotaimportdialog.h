#pragma once

#include "quotas/quotacsv.h"
#include "quotas/quotatypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Tribina {

class QuotaService;

/// The CSV import wizard: pick a file (or save the template), the matches to import into and
/// the algorithm; "Check" validates every row against the matches and lists the errors per row;
/// "Import" imports the valid rows in one transaction, with a progress bar for large files.
class QuotaImportDialog : public QDialog
{
    Q_OBJECT

public:
    QuotaImportDialog(QuotaService &service, const QList<QuotaMatch> &matches, const QUuid &currentMatch,
                      QWidget *parent = nullptr);

    /// Loads a file's contents (also what Browse does after reading it).
    void setFile(const QString &fileName, const QByteArray &data);
    void check();
    void import();

signals:
    void checked(int validRows, int failedRows);
    void imported(int quotas);

private:
    QList<QUuid> selectedMatches() const;
    void showRows(const QList<QuotaCsvRow> &rows);
    void browse();
    void saveTemplate();

    QuotaService &m_service;
    QString m_fileName;
    QuotaCsv::File m_file;
    QLineEdit *m_path;
    QListWidget *m_matches;
    QComboBox *m_algorithm;
    QTableWidget *m_rows;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_checkButton;
    QPushButton *m_importButton;
};

} // namespace Tribina
