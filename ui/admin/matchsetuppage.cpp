#include "admin/matchsetuppage.h"

#include "admin/feespanel.h"
#include "admin/matchmappanel.h"
#include "admin/salesphasespanel.h"
#include "admin/whendone.h"
#include "matchsetup/matchsetuptext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Tribina {

MatchSetupPage::MatchSetupPage(DbSession &session, QWidget *parent)
    : QWidget(parent)
    , m_service(std::make_unique<MatchSetupService>(session))
{
    setObjectName(QStringLiteral("matchSetupPage"));
    m_matchList = new QListWidget(this);
    m_matchList->setObjectName(QStringLiteral("matchList"));
    connect(m_matchList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_matches.size())
            showMatch(m_matches[row]);
    });
    auto *newButton = new QPushButton(tr("New match"), this);
    newButton->setObjectName(QStringLiteral("newMatchButton"));
    connect(newButton, &QPushButton::clicked, this, &MatchSetupPage::newMatch);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_matchList, 1);
    leftLayout->addWidget(newButton);

    // Details
    m_home = new QLineEdit(this);
    m_home->setObjectName(QStringLiteral("homeTeam"));
    m_away = new QLineEdit(this);
    m_away->setObjectName(QStringLiteral("awayTeam"));
    m_competition = new QLineEdit(this);
    m_competition->setObjectName(QStringLiteral("competition"));
    m_kickOff = new QDateTimeEdit(QDateTime::currentDateTime().addDays(30), this);
    m_kickOff->setObjectName(QStringLiteral("kickOff"));
    m_kickOff->setCalendarPopup(true);
    m_venue = new QComboBox(this);
    m_venue->setObjectName(QStringLiteral("venue"));
    m_type = new QComboBox(this);
    m_type->addItem(tr("Home match"), true);
    m_type->addItem(tr("Away match"), false);
    m_numbered = new QCheckBox(tr("Numbered seats"), this);
    m_numbered->setChecked(true);
    auto *save = new QPushButton(tr("Save match"), this);
    save->setObjectName(QStringLiteral("saveMatchButton"));
    connect(save, &QPushButton::clicked, this, &MatchSetupPage::saveMatch);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("matchState"));
    auto *details = new QWidget(this);
    auto *form = new QFormLayout(details);
    form->addRow(tr("Home team:"), m_home);
    form->addRow(tr("Away team:"), m_away);
    form->addRow(tr("Competition:"), m_competition);
    form->addRow(tr("Kick-off:"), m_kickOff);
    form->addRow(tr("Venue:"), m_venue);
    form->addRow(tr("Type:"), m_type);
    form->addRow(QString(), m_numbered);
    form->addRow(QString(), save);
    form->addRow(tr("State:"), m_state);

    // Lifecycle
    auto *lifecycle = new QWidget(this);
    auto *lifeLayout = new QVBoxLayout(lifecycle);
    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, const char *name) {
        auto *b = new QPushButton(text, lifecycle);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    m_generate = button(tr("Generate seat inventory…"), "generateButton");
    m_validate = button(tr("Validate"), "validateButton");
    m_lock = button(tr("Lock"), "lockButton");
    m_draft = button(tr("Back to draft"), "draftButton");
    m_publish = button(tr("Publish"), "publishButton");
    m_cancel = button(tr("Cancel match…"), "cancelMatchButton");
    buttons->addStretch();
    connect(m_generate, &QPushButton::clicked, this, &MatchSetupPage::generateInventory);
    connect(m_validate, &QPushButton::clicked, this, [this] { setConfigStatus(QStringLiteral("VALIDATED")); });
    connect(m_lock, &QPushButton::clicked, this, [this] { setConfigStatus(QStringLiteral("LOCKED")); });
    connect(m_draft, &QPushButton::clicked, this, [this] { setConfigStatus(QStringLiteral("DRAFT")); });
    connect(m_publish, &QPushButton::clicked, this, &MatchSetupPage::publish);
    connect(m_cancel, &QPushButton::clicked, this, &MatchSetupPage::cancelMatch);
    m_problems = new QListWidget(lifecycle);
    m_problems->setObjectName(QStringLiteral("problemList"));
    lifeLayout->addLayout(buttons);
    lifeLayout->addWidget(new QLabel(tr("What stands between this match and sale:"), lifecycle));
    lifeLayout->addWidget(m_problems, 1);

    m_mapPanel = new MatchMapPanel(*m_service, session, this);
    m_phasesPanel = new SalesPhasesPanel(*m_service, this);
    m_feesPanel = new FeesPanel(*m_service, this);
    m_feesPanel->setObjectName(QStringLiteral("feesPanel"));
    for (QObject *panel : {static_cast<QObject *>(m_mapPanel), static_cast<QObject *>(m_phasesPanel),
                           static_cast<QObject *>(m_feesPanel)}) {
        connect(panel, SIGNAL(configurationChanged()), this, SLOT(reloadMatches()));
        connect(panel, SIGNAL(statusMessage(QString)), this, SIGNAL(statusMessage(QString)));
    }

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("matchTabs"));
    tabs->addTab(details, tr("Match"));
    tabs->addTab(m_mapPanel, tr("Prices and seats"));
    tabs->addTab(m_phasesPanel, tr("Sales phases"));
    tabs->addTab(m_feesPanel, tr("Fees"));
    tabs->addTab(lifecycle, tr("Validate and publish"));

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(tabs);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 1300}); // room for "team – team" and the states in the list
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    updateButtons();
}

void MatchSetupPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        reloadMatches();
    }
}

MatchSetupPage::~MatchSetupPage() = default;

void MatchSetupPage::setChangeListener(ChangeListener *listener)
{
    m_mapPanel->setChangeListener(listener);
}

void MatchSetupPage::reloadMatches()
{
    // Quietly: this also runs when the page first appears, where a dialog would be in the way.
    const auto quiet = [this](const QString &message) {
        m_state->setText(message);
        emit statusMessage(message);
    };
    whenDone(this, m_service->overview(), [this, quiet](const MatchSetupService::Overview &r) {
        if (!r.outcome)
            return quiet(r.outcome.error());
        m_venues = r.venues;
        m_matches = r.matches;
        const QUuid venue = m_venue->currentData().toUuid();
        m_venue->clear();
        for (const SetupVenue &v : m_venues)
            m_venue->addItem(v.city.isEmpty() ? v.name : QStringLiteral("%1 (%2)").arg(v.name, v.city), v.id);
        m_venue->setCurrentIndex(qMax(0, m_venue->findData(venue)));
        const QSignalBlocker blocker(m_matchList);
        m_matchList->clear();
        const QLocale locale;
        int current = -1;
        for (int i = 0; i < m_matches.size(); ++i) {
            const SetupMatch &m = m_matches[i];
            m_matchList->addItem(QStringLiteral("%1\n%2 · %3 · %4").arg(m.title(), locale.toString(m.kickOff.toLocalTime(), QLocale::ShortFormat),
                                                                     MatchSetupText::matchStatus(m.status),
                                                                     MatchSetupText::configStatus(m.configStatus)));
            if (m.id == m_match.id)
                current = i;
        }
        if (current >= 0) {
            m_matchList->setCurrentRow(current);
            showMatch(m_matches[current]);
        }
        emit matchesLoaded();
    }, quiet);
}

void MatchSetupPage::selectMatch(const QUuid &match)
{
    for (int i = 0; i < m_matches.size(); ++i)
        if (m_matches[i].id == match) {
            m_matchList->setCurrentRow(i);
            showMatch(m_matches[i]);
        }
}

void MatchSetupPage::showMatch(const SetupMatch &match)
{
    m_match = match;
    m_home->setText(match.homeTeam);
    m_away->setText(match.awayTeam);
    m_competition->setText(match.competition);
    m_kickOff->setDateTime(match.kickOff.toLocalTime());
    m_venue->setCurrentIndex(qMax(0, m_venue->findData(match.venueId)));
    m_type->setCurrentIndex(match.home ? 0 : 1);
    m_numbered->setChecked(match.numbered);
    m_state->setText(QStringLiteral("%1 · %2 · %3").arg(MatchSetupText::matchStatus(match.status),
                                                        MatchSetupText::configStatus(match.configStatus),
                                                        tr("%n seats in the inventory", nullptr, match.inventorySeats)));
    updateButtons();
    reloadDetails();
}

void MatchSetupPage::reloadDetails()
{
    if (m_match.id.isNull())
        return;
    const QUuid id = m_match.id;
    whenDone(this, m_service->details(id), [this, id](const MatchSetupService::Details &d) {
        if (id != m_match.id)
            return;
        if (!d.outcome)
            return fail(d.outcome.error());
        m_mapPanel->setMatch(m_match, d);
        m_phasesPanel->setMatch(m_match, d.phases);
        m_feesPanel->setMatch(m_match, d.fees, d.ownFees);
        emit matchShown(id);
    }, [this](const QString &e) { fail(e); });
    whenDone(this, m_service->problems(id), [this, id](const MatchSetupService::Problems &p) {
        if (id == m_match.id && p.outcome)
            showProblems(p.problems, QString());
    }, [](const QString &) {});
}

void MatchSetupPage::newMatch()
{
    m_match = SetupMatch();
    m_matchList->clearSelection();
    m_home->setText(QStringLiteral("Hrvatska"));
    m_away->clear();
    m_competition->clear();
    m_kickOff->setDateTime(QDateTime::currentDateTime().addDays(30));
    m_state->setText(tr("New match: fill in the details and save."));
    m_problems->clear();
    updateButtons();
    m_away->setFocus();
}

void MatchSetupPage::saveMatch()
{
    SetupMatch m = m_match;
    m.homeTeam = m_home->text();
    m.awayTeam = m_away->text();
    m.competition = m_competition->text();
    m.kickOff = m_kickOff->dateTime();
    m.venueId = m_venue->currentData().toUuid();
    m.home = m_type->currentData().toBool();
    m.numbered = m_numbered->isChecked();
    whenDone(this, m_service->saveMatch(m), [this](const MatchSetupService::Saved &r) {
        if (!r.outcome)
            return fail(r.outcome.error());
        m_match.id = r.id;
        emit statusMessage(tr("Match saved."));
        reloadMatches();
    }, [this](const QString &e) { fail(e); });
}

void MatchSetupPage::generateInventory()
{
    if (m_match.id.isNull())
        return;
    auto control = std::make_shared<MatchSetupService::GenerationControl>();
    auto *progress = new QProgressDialog(tr("Generating the seat inventory…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("generateProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto *timer = new QTimer(progress);
    connect(timer, &QTimer::timeout, progress, [progress, control] {
        if (control->total > 0) {
            progress->setMaximum(control->total);
            progress->setValue(control->done);
        }
    });
    timer->start(100);
    connect(progress, &QProgressDialog::canceled, this, [control] { control->cancel = true; });
    whenDone(this, m_service->generateInventory(m_match.id, control), [this, progress](const GenerateResult &r) {
        progress->deleteLater();
        if (r.cancelled)
            return emit statusMessage(tr("Inventory generation cancelled: nothing was written."));
        if (!r.outcome)
            return fail(r.outcome.error());
        emit statusMessage(tr("%n seats generated in %1 s.", nullptr, r.seats).arg(r.milliseconds / 1000.0, 0, 'f', 1));
        reloadMatches();
    }, [this, progress](const QString &e) {
        progress->deleteLater();
        fail(e);
    });
}

void MatchSetupPage::setConfigStatus(const QString &target)
{
    whenDone(this, m_service->setConfigStatus(m_match.id, target), [this, target](const LifecycleResult &r) {
        if (!r.outcome)
            return fail(r.outcome.error());
        if (!r.problems.isEmpty())
            showProblems(r.problems, tr("Not changed:"));
        else
            emit statusMessage(MatchSetupText::configStatus(target));
        reloadMatches();
    }, [this](const QString &e) { fail(e); });
}

void MatchSetupPage::publish()
{
    whenDone(this, m_service->publish(m_match.id), [this](const Outcome &o) {
        if (!o)
            return fail(o.error());
        emit statusMessage(tr("The match is published."));
        reloadMatches();
    }, [this](const QString &e) { fail(e); });
}

void MatchSetupPage::cancelMatch()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Cancel match"),
                                                 tr("Why is %1 cancelled? Its tickets are cancelled and refunded "
                                                    "(ticket amount back, fee kept).").arg(m_match.title()),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok || reason.trimmed().isEmpty())
        return;
    if (QMessageBox::question(this, tr("Cancel match"), tr("Cancel %1 now? This cannot be undone.").arg(m_match.title()))
        != QMessageBox::Yes)
        return;
    whenDone(this, m_service->cancelMatch(m_match.id, reason), [this](const CancelResult &r) {
        if (!r.outcome)
            return fail(r.outcome.error());
        const QString text = tr("Match cancelled: %n tickets cancelled", nullptr, r.tickets) + QStringLiteral(", ")
                             + tr("%n refunds recorded", nullptr, r.refunds) + QStringLiteral(", ")
                             + tr("%n orders refunded.", nullptr, r.orders);
        emit statusMessage(text);
        if (isVisible())
            QMessageBox::information(this, tr("Cancel match"), text);
        reloadMatches();
    }, [this](const QString &e) { fail(e); });
}

void MatchSetupPage::showProblems(const QList<ConfigProblem> &problems, const QString &headline)
{
    m_problems->clear();
    if (problems.isEmpty()) {
        m_problems->addItem(tr("No problems: the configuration can be validated and locked."));
        return;
    }
    if (!headline.isEmpty())
        m_problems->addItem(headline);
    for (const ConfigProblem &p : problems)
        m_problems->addItem(QStringLiteral("• ") + p.text);
}

void MatchSetupPage::updateButtons()
{
    const bool stored = !m_match.id.isNull();
    const bool open = m_match.status != QLatin1String("CANCELLED") && m_match.status != QLatin1String("CLOSED");
    const QString config = m_match.configStatus;
    m_generate->setEnabled(stored && open && config == QLatin1String("DRAFT") && m_match.inventorySeats == 0);
    m_validate->setEnabled(stored && open && config == QLatin1String("DRAFT"));
    m_lock->setEnabled(stored && open && config == QLatin1String("VALIDATED"));
    m_draft->setEnabled(stored && open && config != QLatin1String("DRAFT"));
    m_publish->setEnabled(stored && m_match.status == QLatin1String("DRAFT") && config == QLatin1String("LOCKED"));
    m_cancel->setEnabled(stored && open);
}

void MatchSetupPage::fail(const QString &message)
{
    emit statusMessage(message);
    if (isVisible())
        QMessageBox::warning(this, tr("Match set-up"), message);
}

} // namespace Tribina
