#pragma once

#include "domain/outcome.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <memory>

class QThread;

namespace Tribina {

class DemoEnvironment;

/// Runs DemoEnvironment::prepare() (initdb, start, migrate, seed: seconds on the first run) on a
/// worker thread while a small progress window shows what it is doing, so the GUI never freezes.
class DemoStarter : public QObject
{
    Q_OBJECT
public:
    /// environment must outlive this object.
    explicit DemoStarter(DemoEnvironment &environment, QObject *parent = nullptr);
    /// Waits for a running preparation: the cluster must not be left half set up.
    ~DemoStarter() override;

    void start();
    bool isRunning() const;
    /// The progress window, while it is shown.
    QProgressDialog *progressDialog() const { return m_progress; }
    /// Closes the progress window (once the caller has something else on screen).
    void closeProgress();

signals:
    void finished(const Tribina::Outcome &outcome);

private:
    void showProgress(const QString &text);

    DemoEnvironment &m_environment;
    QPointer<QProgressDialog> m_progress;
    QThread *m_thread = nullptr;
    std::shared_ptr<Outcome> m_outcome;
};

} // namespace Tribina
