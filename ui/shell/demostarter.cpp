#include "demostarter.h"

#include "brandmark.h"

#include "demo/demoenvironment.h"

#include <QProgressDialog>
#include <QThread>

namespace Tribina {

DemoStarter::DemoStarter(DemoEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
{}

DemoStarter::~DemoStarter()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    closeProgress();
}

void DemoStarter::start()
{
    if (m_thread)
        return;
    m_progress = new QProgressDialog;
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_progress->setWindowTitle(tr("Tribina demo"));
    m_progress->setWindowIcon(BrandMark::icon());
    m_progress->setCancelButton(nullptr); // initdb and a half-seeded database cannot be interrupted
    m_progress->setRange(0, 0);
    m_progress->setMinimumDuration(0);
    m_progress->setMinimumWidth(440);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    showProgress(tr("Starting the demo database…"));
    m_progress->show();

    m_outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([this, outcome = m_outcome] {
        // The callback runs on the worker thread: hand the text to the GUI thread.
        *outcome = m_environment.prepare([this](const QString &text) {
            QMetaObject::invokeMethod(this, [this, text] { showProgress(text); }, Qt::QueuedConnection);
        });
    });
    m_thread->setObjectName(QStringLiteral("tribina-demo"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(*m_outcome);
    });
    m_thread->start();
}

bool DemoStarter::isRunning() const
{
    return m_thread != nullptr;
}

void DemoStarter::closeProgress()
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
}

void DemoStarter::showProgress(const QString &text)
{
    if (m_progress)
        m_progress->setLabelText(text);
}

} // namespace Tribina
