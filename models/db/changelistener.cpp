#include "changelistener.h"

#include "db/pgconnection.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace Tribina {

/// Lives on the listener's thread and owns its connection.
class ChangeListenerWorker : public QObject
{
    Q_OBJECT
public:
    explicit ChangeListenerWorker(ChangeListener *listener)
        : m_listener(listener)
        , m_name(QStringLiteral("tribina-listen-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}
    ~ChangeListenerWorker() override { disconnectDb(); }

    void start(const ConnectionSettings &settings, const QString &password)
    {
        m_settings = settings;
        m_password = password;
        if (!m_watchdog) {
            m_watchdog = new QTimer(this);
            m_watchdog->setInterval(5'000);
            connect(m_watchdog, &QTimer::timeout, this, &ChangeListenerWorker::check);
        }
        m_watchdog->start();
        check();
    }

    void stop()
    {
        if (m_watchdog)
            m_watchdog->stop();
        disconnectDb();
        setListening(false);
    }

private:
    // Connects (again) when needed; a ping finds connections the server or network dropped.
    void check()
    {
        if (m_listening) {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            QSqlQuery ping(db);
            if (db.isOpen() && ping.exec(QStringLiteral("SELECT 1")))
                return;
            setListening(false);
        }
        disconnectDb();
        QSqlDatabase db = addPgConnection(m_name, m_settings, m_password);
        if (!db.open() || !db.driver()->subscribeToNotification(QLatin1String(ChangeListener::kChannel)))
            return; // the watchdog tries again
        connect(db.driver(), &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    emit m_listener->matchChanged(payload.toString());
                });
        const bool reconnected = m_everListened;
        m_everListened = true;
        setListening(true);
        if (reconnected)
            emit m_listener->resyncNeeded();
    }

    void disconnectDb()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.driver()->unsubscribeFromNotification(QLatin1String(ChangeListener::kChannel));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    void setListening(bool listening)
    {
        if (listening == m_listening)
            return;
        m_listening = listening;
        emit m_listener->listeningChanged(listening);
    }

    ChangeListener *m_listener;
    QString m_name;
    ConnectionSettings m_settings;
    QString m_password;
    QTimer *m_watchdog = nullptr;
    bool m_listening = false;
    bool m_everListened = false;
};

ChangeListener::ChangeListener(QObject *parent)
    : QObject(parent)
    , m_worker(new ChangeListenerWorker(this))
{
    m_thread.setObjectName(QStringLiteral("tribina-listen"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ChangeListener::~ChangeListener()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void ChangeListener::start(const ConnectionSettings &settings, const QString &password)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, settings, password] { worker->start(settings, password); },
                              Qt::QueuedConnection);
}

void ChangeListener::stop()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->stop(); }, Qt::QueuedConnection);
}

} // namespace Tribina

#include "changelistener.moc"
