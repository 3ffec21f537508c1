#include "quotas/quotaimportdialog.h"

#include "quotas/quotaservice.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tribina {

QuotaImportDialog::QuotaImportDialog(QuotaService &service, const QList<QuotaMatch> &matches, const QUuid &currentMatch,
                                     QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("quotaImportDialog"));
    setWindowTitle(tr("Import quotas from CSV"));
    resize(820, 560);
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("CSV file: email, name, quantity; optional sectors, discount"));
    auto *browse = new QPushButton(tr("Choose file…"), this);
    auto *templ = new QPushButton(tr("Save template…"), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(templ);
    layout->addLayout(fileRow);

    auto *options = new QHBoxLayout;
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("importMatches"));
    m_matches->setMaximumHeight(90);
    for (const QuotaMatch &m : matches) {
        auto *item = new QListWidgetItem(m.title, m_matches);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m.id == currentMatch ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, m.id);
    }
    m_algorithm = new QComboBox(this);
    m_algorithm->addItem(tr("NM – best seats"), int(QuotaAlgorithm::BestSeats));
    m_algorithm->addItem(tr("REDOM – distributed"), int(QuotaAlgorithm::Distributed));
    auto *matchesBox = new QVBoxLayout;
    matchesBox->addWidget(new QLabel(tr("Create each quota in these matches:"), this));
    matchesBox->addWidget(m_matches);
    options->addLayout(matchesBox, 1);
    auto *algoBox = new QVBoxLayout;
    algoBox->addWidget(new QLabel(tr("Allocation:"), this));
    algoBox->addWidget(m_algorithm);
    algoBox->addStretch();
    options->addLayout(algoBox);
    layout->addLayout(options);

    m_rows = new QTableWidget(0, 5, this);
    m_rows->setObjectName(QStringLiteral("importRows"));
    m_rows->setHorizontalHeaderLabels({tr("Line"), tr("E-mail"), tr("Name"), tr("Quantity"), tr("Problems")});
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->hide();
    layout->addWidget(m_rows, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    auto *buttons = new QHBoxLayout;
    m_checkButton = new QPushButton(tr("Check"), this);
    m_importButton = new QPushButton(tr("Import valid rows"), this);
    m_importButton->setEnabled(false);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addStretch();
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(browse, &QPushButton::clicked, this, &QuotaImportDialog::browse);
    connect(templ, &QPushButton::clicked, this, &QuotaImportDialog::saveTemplate);
    connect(m_checkButton, &QPushButton::clicked, this, &QuotaImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &QuotaImportDialog::import);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}

void QuotaImportDialog::browse()
{
    const QString name = QFileDialog::getOpenFileName(this, tr("Import quotas"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (name.isEmpty())
        return;
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot read %1: %2").arg(name, file.errorString()));
        return;
    }
    setFile(name, file.readAll());
}

void QuotaImportDialog::saveTemplate()
{
    const QString name = QFileDialog::getSaveFileName(this, tr("Save the quota template"), tr("quotas-template.csv"),
                                                      tr("CSV files (*.csv)"));
    if (name.isEmpty())
        return;
    QSaveFile file(name);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QuotaCsv::templateCsv());
        file.commit();
    }
}

void QuotaImportDialog::setFile(const QString &fileName, const QByteArray &data)
{
    m_fileName = QFileInfo(fileName).fileName();
    m_path->setText(fileName);
    m_file = QuotaCsv::read(data);
    m_importButton->setEnabled(false);
    if (!m_file.ok()) {
        m_rows->setRowCount(0);
        m_summary->setText(m_file.error);
        return;
    }
    showRows(m_file.rows);
    m_summary->setText(tr("%1 rows read (%2). Check them against the matches before importing.")
                           .arg(m_file.rows.size()).arg(m_file.encoding));
}

QList<QUuid> QuotaImportDialog::selectedMatches() const
{
    QList<QUuid> ids;
    for (int i = 0; i < m_matches->count(); ++i) {
        if (m_matches->item(i)->checkState() == Qt::Checked)
            ids.append(m_matches->item(i)->data(Qt::UserRole).toUuid());
    }
    return ids;
}

void QuotaImportDialog::showRows(const QList<QuotaCsvRow> &rows)
{
    m_rows->setRowCount(int(rows.size()));
    const QColor bad(0xFF, 0xE0, 0xE0);
    for (int r = 0; r < rows.size(); ++r) {
        const QuotaCsvRow &row = rows.at(r);
        const QStringList cells{QString::number(row.line), row.email, row.name, QString::number(row.quantity),
                                row.errors.join(QStringLiteral(" "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!row.ok())
                item->setBackground(bad);
            m_rows->setItem(r, c, item);
        }
    }
}

void QuotaImportDialog::check()
{
    if (!m_file.ok() || m_file.rows.isEmpty())
        return;
    const QList<QUuid> matches = selectedMatches();
    if (matches.isEmpty()) {
        m_summary->setText(tr("Choose at least one match."));
        return;
    }
    m_checkButton->setEnabled(false);
    m_summary->setText(tr("Checking…"));
    m_service.previewImport(matches, m_file, QuotaAlgorithm(m_algorithm->currentData().toInt()))
        .then(this, [this](const QuotaResult<QList<QuotaCsvRow>> &r) {
            m_checkButton->setEnabled(true);
            if (!r.outcome) {
                m_summary->setText(r.outcome.error());
                return;
            }
            showRows(r.value);
            int valid = 0;
            for (const QuotaCsvRow &row : r.value)
                valid += row.ok() ? 1 : 0;
            const int failed = int(r.value.size()) - valid;
            m_summary->setText(tr("%1 of %2 rows can be imported; %3 have problems (red).")
                                   .arg(valid).arg(r.value.size()).arg(failed));
            m_importButton->setEnabled(valid > 0);
            emit checked(valid, failed);
        });
}

void QuotaImportDialog::import()
{
    const QList<QUuid> matches = selectedMatches();
    if (matches.isEmpty() || !m_file.ok())
        return;
    QuotaImportOptions options;
    options.fileName = m_fileName;
    options.algorithm = QuotaAlgorithm(m_algorithm->currentData().toInt());
    m_importButton->setEnabled(false);
    m_checkButton->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, int(m_file.rows.size()));
    m_progress->setValue(0);
    QPointer<QProgressBar> bar = m_progress;
    // Called on the database thread: hand the numbers to the GUI thread.
    auto progress = [bar](int done, int) {
        QMetaObject::invokeMethod(bar, [bar, done] { if (bar) bar->setValue(done); }, Qt::QueuedConnection);
    };
    m_service.runImport(matches, m_file, options, progress)
        .then(this, [this](const QuotaResult<QuotaImportResult> &r) {
            m_checkButton->setEnabled(true);
            if (!r.outcome) {
                m_summary->setText(tr("Nothing was imported: %1").arg(r.outcome.error()));
                return;
            }
            m_progress->setValue(m_progress->maximum());
            showRows(r.value.rows);
            m_summary->setText(tr("Imported %1 rows (%2 quotas, %3 seats); %4 rows were rejected and are listed in the import's error report.")
                                   .arg(r.value.imported).arg(r.value.quotasCreated).arg(r.value.seatsAllocated).arg(r.value.failed));
            emit imported(r.value.quotasCreated);
        });
}

} // namespace Tribina
