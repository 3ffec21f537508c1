#pragma once

#include "db/connectionsettings.h"
#include "db/loginresult.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>

class QSqlDatabase;

namespace Tribina {

class DbWorker;

/// The application's connection to PostgreSQL. It lives on a thread of its own, so the GUI never
/// waits for the network: open() and every run() return a QFuture at once.
///
/// Services in models/ use run() with a function that receives the thread's QSqlDatabase; widgets
/// only ever see the services and the futures they return.
class DbSession : public QObject
{
    Q_OBJECT
public:
    explicit DbSession(QObject *parent = nullptr);
    ~DbSession() override;

    /// Connects, checks the schema version and reads the staff member's identity and roles.
    QFuture<LoginResult> open(const ConnectionSettings &settings, const QString &password);
    /// Closes the connection (asynchronously; later run() calls fail until the next open()).
    void close();

    bool isOpen() const;
    ConnectionSettings settings() const { return m_settings; }
    /// The staff member logged in by the last successful open().
    StaffIdentity identity() const;

    /// Runs work on the database thread. An exception thrown by work becomes the future's exception.
    template<typename T>
    QFuture<T> run(std::function<T(QSqlDatabase &)> work);

    /// Runs work on the database thread and blocks until it is done; for the command-line tool
    /// and tests, never for the GUI thread.
    template<typename T>
    T runSync(std::function<T(QSqlDatabase &)> work) { return run<T>(std::move(work)).result(); }

signals:
    /// Emitted (on the GUI thread) when the connection went away or came back.
    void connectedChanged(bool connected);

private:
    /// Queues job on the database thread. Jobs that open or close the connection pass
    /// withConnection = false: holding a handle while removing the connection would leak it.
    void post(std::function<void(QSqlDatabase &)> job, bool withConnection = true);

    QThread m_thread;
    DbWorker *m_worker = nullptr;
    ConnectionSettings m_settings;
    mutable QMutex m_identityMutex;
    StaffIdentity m_identity;
};

template<typename T>
QFuture<T> DbSession::run(std::function<T(QSqlDatabase &)> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    post([promise, work = std::move(work)](QSqlDatabase &db) {
        try {
            if constexpr (std::is_void_v<T>)
                work(db);
            else
                promise->addResult(work(db));
        } catch (...) {
            promise->setException(std::current_exception());
        }
        promise->finish();
    });
    return future;
}

} // namespace Tribina
