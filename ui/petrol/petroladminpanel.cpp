#include "petroladminpanel.h"

#include "petrol/deeplinkposter.h"
#include "petrol/petrolservice.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tribina {

PetrolAdminPanel::PetrolAdminPanel(DbSession &session, QWidget *parent)
    : QWidget(parent)
    , m_service(new PetrolService(session))
    , m_lockoutsTitle(new QLabel(this))
    , m_lockouts(new QTableWidget(0, 4, this))
    , m_refresh(new QPushButton(this))
    , m_lift(new QPushButton(this))
    , m_posterTitle(new QLabel(this))
    , m_matches(new QComboBox(this))
    , m_poster(new QPushButton(this))
    , m_preview(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("petrolAdminPanel"));
    m_lockouts->setObjectName(QStringLiteral("petrolLockouts"));
    m_lift->setObjectName(QStringLiteral("petrolLiftLockout"));
    m_poster->setObjectName(QStringLiteral("petrolPoster"));
    m_status->setObjectName(QStringLiteral("petrolAdminStatus"));
    m_status->setWordWrap(true);
    m_lockouts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lockouts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lockouts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lockouts->verticalHeader()->hide();
    m_lockouts->horizontalHeader()->setStretchLastSection(true);
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_lockoutsTitle->setFont(title);
    m_posterTitle->setFont(title);
    m_preview->setFixedSize(210, 297);
    m_preview->setFrameShape(QFrame::Box);
    m_preview->setAlignment(Qt::AlignCenter);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_lift);
    buttons->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_lockoutsTitle);
    left->addWidget(m_lockouts, 1);
    left->addLayout(buttons);
    auto *posterRow = new QHBoxLayout;
    posterRow->addWidget(m_matches, 1);
    posterRow->addWidget(m_poster);
    auto *right = new QVBoxLayout;
    right->addWidget(m_posterTitle);
    right->addLayout(posterRow);
    right->addWidget(m_preview, 0, Qt::AlignHCenter);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(24);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &PetrolAdminPanel::refresh);
    connect(m_lift, &QPushButton::clicked, this, &PetrolAdminPanel::liftSelected);
    connect(m_poster, &QPushButton::clicked, this, &PetrolAdminPanel::createPoster);
    retranslateUi();
    refresh();
}

PetrolAdminPanel::~PetrolAdminPanel()
{
    delete m_service;
}

void PetrolAdminPanel::retranslateUi()
{
    m_lockoutsTitle->setText(tr("PIN look-up lockouts"));
    m_lockouts->setHorizontalHeaderLabels({tr("Locked"), tr("Station"), tr("Wrong PINs"), tr("Until")});
    m_refresh->setText(tr("Refresh"));
    m_lift->setText(tr("Lift lockout…"));
    m_posterTitle->setText(tr("Petrol-station poster"));
    m_poster->setText(tr("Create poster (PDF)…"));
}

void PetrolAdminPanel::refresh()
{
    m_service->activeLockouts().then(this, [this](const PetrolService::Lockouts &result) {
        m_rows = result.lockouts;
        const QLocale locale;
        m_lockouts->setRowCount(int(m_rows.size()));
        for (int i = 0; i < m_rows.size(); ++i) {
            const PetrolLockout &l = m_rows.at(i);
            const QString who = l.scope == QLatin1String("STATION") ? tr("Whole station")
                                                                    : QStringLiteral("%1 (%2)").arg(l.staffName, l.staffLogin);
            m_lockouts->setItem(i, 0, new QTableWidgetItem(who));
            m_lockouts->setItem(i, 1, new QTableWidgetItem(l.stationName.isEmpty() ? tr("(no station)") : l.stationName));
            m_lockouts->setItem(i, 2, new QTableWidgetItem(QString::number(l.failures)));
            m_lockouts->setItem(i, 3, new QTableWidgetItem(locale.toString(l.lockedUntil.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"))));
        }
        m_lockouts->resizeColumnsToContents();
        m_lift->setEnabled(!m_rows.isEmpty());
        m_status->setText(result.outcome ? (m_rows.isEmpty() ? tr("Nobody is locked out.") : QString())
                                         : result.outcome.error());
        emit refreshed();
    });
    m_service->allMatches().then(this, [this](const PetrolService::Matches &result) {
        const QVariant previous = m_matches->currentData();
        m_matchList = result.matches;
        m_matches->clear();
        for (const PetrolMatch &m : std::as_const(m_matchList))
            m_matches->addItem(m.title(), m.id);
        if (const int i = m_matches->findData(previous); i >= 0)
            m_matches->setCurrentIndex(i);
        m_poster->setEnabled(!m_matchList.isEmpty());
    });
}

void PetrolAdminPanel::liftSelected()
{
    const int row = m_lockouts->currentRow() >= 0 ? m_lockouts->currentRow() : 0;
    if (row >= m_rows.size())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Lift lockout"), tr("Why is it safe to lift it?"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    m_service->liftLockout(m_rows.at(row).id, reason).then(this, [this](const Outcome &outcome) {
        m_status->setText(outcome ? tr("Lockout lifted.") : outcome.error());
        refresh();
    });
}

void PetrolAdminPanel::createPoster()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(this, tr("Save poster"), dir + QStringLiteral("/petrol-poster.pdf"),
                                                      tr("PDF (*.pdf)"));
    if (!file.isEmpty())
        writePoster(file);
}

void PetrolAdminPanel::writePoster(const QString &fileName)
{
    const int index = m_matches->currentIndex();
    if (index < 0 || index >= m_matchList.size())
        return;
    const PetrolMatch match = m_matchList.at(index);
    m_service->deepLink(match.id).then(this, [this, match, fileName](const PetrolDeepLink &link) {
        if (!link.outcome) {
            m_status->setText(link.outcome.error());
            return;
        }
        const DeepLinkPoster poster({match.title(), match.competition, match.kickOff, match.venue, link.qrData});
        // Preview: the same painter on a small image (A4 at 1 pixel per mm)
        QImage page(420, 594, QImage::Format_RGB32);
        page.fill(Qt::white);
        page.setDotsPerMeterX(2000);
        page.setDotsPerMeterY(2000);
        {
            QPainter p(&page);
            poster.paint(&p);
        }
        m_preview->setPixmap(QPixmap::fromImage(page).scaled(m_preview->size(), Qt::KeepAspectRatio,
                                                             Qt::SmoothTransformation));
        const Outcome written = poster.writePdf(fileName);
        m_status->setText(written ? tr("Poster saved as %1. Link: %2").arg(fileName, link.url) : written.error());
        if (written)
            emit posterWritten(fileName);
    });
}

} // namespace Tribina
