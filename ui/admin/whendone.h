#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace Tribina {

/// Calls done(result) on receiver's thread when future finishes; nothing happens if receiver
/// was destroyed first. A future that finished with an exception calls failed(message) instead.
template<typename T, typename Done, typename Failed>
void whenDone(QObject *receiver, QFuture<T> future, Done done, Failed failed)
{
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, receiver, [watcher, done, failed] {
        watcher->deleteLater();
        T result;
        try {
            result = watcher->result();
        } catch (const std::exception &e) {
            failed(QString::fromLocal8Bit(e.what()));
            return;
        } catch (...) {
            failed(QObject::tr("The database connection is not available."));
            return;
        }
        done(result);
    });
    watcher->setFuture(future);
}

} // namespace Tribina
