#include "dbsession.h"

#include "db/migrator.h"
#include "db/pgconnection.h"
#include "db/sqlerrors.h"

#include <QAtomicInteger>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace Tribina {

/// Owns the QSqlDatabase connection; every method runs on the session's thread.
class DbWorker : public QObject
{
    Q_OBJECT
public:
    explicit DbWorker(DbSession *session)
        : m_session(session)
        , m_connectionName(QStringLiteral("tribina-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}

    ~DbWorker() override { closeConnection(); }

    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }

    LoginResult open(const ConnectionSettings &settings, const QString &password)
    {
        closeConnection();
        const LoginResult result = connectAndCheck(settings, password);
        if (!result.ok()) {
            closeConnection();
            return result;
        }
        m_open = 1;
        startHealthCheck();
        return result;
    }

    void closeConnection()
    {
        m_open = 0;
        if (m_healthTimer)
            m_healthTimer->stop();
        if (QSqlDatabase::contains(m_connectionName)) {
            QSqlDatabase::database(m_connectionName, false).close();
            QSqlDatabase::removeDatabase(m_connectionName);
        }
    }

    bool isOpen() const { return m_open.loadRelaxed() != 0; }

private:
    // Keeps its QSqlDatabase handle to itself, so closeConnection() can remove the connection.
    LoginResult connectAndCheck(const ConnectionSettings &settings, const QString &password)
    {
        QSqlDatabase db = addPgConnection(m_connectionName, settings, password);
        if (!db.open()) {
            LoginResult result;
            result.appVersion = Migrator::latestBundledVersion();
            result.status = classifyConnectError(db.lastError());
            result.detail = db.lastError().text().trimmed();
            return result;
        }
        return checkSchemaAndIdentity(db, Migrator::latestBundledVersion());
    }

    static LoginResult checkSchemaAndIdentity(QSqlDatabase &db, int appVersion)
    {
        LoginResult result;
        result.appVersion = appVersion;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT to_regclass('public.schema_migrations') IS NOT NULL")) || !q.next()) {
            result.detail = q.lastError().text();
            return result;
        }
        if (!q.value(0).toBool()) {
            result.status = LoginResult::Status::NotMigrated;
            return result;
        }
        if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) || !q.next()) {
            result.detail = q.lastError().text();
            return result;
        }
        result.databaseVersion = q.value(0).toInt();
        if (result.databaseVersion > appVersion) {
            result.status = LoginResult::Status::MigrationNewer;
            return result;
        }
        if (result.databaseVersion < appVersion) {
            result.status = LoginResult::Status::NotMigrated;
            return result;
        }

        QString sql = QStringLiteral("SELECT session_user::text, s.full_name, s.user_id");
        for (StaffRole role : allStaffRoles())
            sql += QStringLiteral(", pg_has_role(session_user, '%1', 'MEMBER')").arg(groupRoleName(role));
        sql += QStringLiteral(" FROM (SELECT 1) AS one"
                              " LEFT JOIN staff_accounts s ON s.login_role = session_user");
        if (!q.exec(sql) || !q.next()) {
            result.detail = q.lastError().text();
            return result;
        }
        StaffIdentity &id = result.identity;
        id.login = q.value(0).toString();
        id.fullName = q.value(1).isNull() ? id.login : q.value(1).toString();
        id.userId = q.value(2).toUuid();
        int column = 3;
        for (StaffRole role : allStaffRoles())
            id.roles.setFlag(role, q.value(column++).toBool());
        result.status = id.roles ? LoginResult::Status::Ok : LoginResult::Status::NoRole;
        return result;
    }

    void startHealthCheck()
    {
        if (!m_healthTimer) {
            m_healthTimer = new QTimer(this);
            m_healthTimer->setInterval(10'000);
            connect(m_healthTimer, &QTimer::timeout, this, &DbWorker::checkHealth);
        }
        m_healthTimer->start();
    }

    // A cheap round trip; a failure reopens the connection so the next call can work again.
    void checkHealth()
    {
        QSqlDatabase db = database();
        QSqlQuery q(db);
        const bool alive = db.isOpen() && q.exec(QStringLiteral("SELECT 1"));
        if (!alive) {
            db.close();
            db.open();
        }
        const bool nowOpen = db.isOpen();
        if (nowOpen != isOpen()) {
            m_open = nowOpen ? 1 : 0;
            emit m_session->connectedChanged(nowOpen);
        }
    }

    DbSession *m_session;
    QString m_connectionName;
    QAtomicInteger<int> m_open = 0;
    QTimer *m_healthTimer = nullptr;
};

DbSession::DbSession(QObject *parent)
    : QObject(parent)
    , m_worker(new DbWorker(this))
{
    m_thread.setObjectName(QStringLiteral("tribina-db"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DbSession::~DbSession()
{
    post([worker = m_worker](QSqlDatabase &) { worker->closeConnection(); }, false);
    m_thread.quit();
    m_thread.wait();
}

QFuture<LoginResult> DbSession::open(const ConnectionSettings &settings, const QString &password)
{
    m_settings = settings;
    // Finished on the database thread, so a caller may block on result() without an event loop.
    auto promise = std::make_shared<QPromise<LoginResult>>();
    promise->start();
    post(
        [this, promise, settings, password](QSqlDatabase &) {
            LoginResult result = m_worker->open(settings, password);
            {
                QMutexLocker lock(&m_identityMutex);
                m_identity = result.ok() ? result.identity : StaffIdentity{};
            }
            emit connectedChanged(result.ok());
            promise->addResult(result);
            promise->finish();
        },
        false);
    return promise->future();
}

StaffIdentity DbSession::identity() const
{
    QMutexLocker lock(&m_identityMutex);
    return m_identity;
}

void DbSession::close()
{
    {
        QMutexLocker lock(&m_identityMutex);
        m_identity = {};
    }
    post(
        [this](QSqlDatabase &) {
            const bool wasOpen = m_worker->isOpen();
            m_worker->closeConnection();
            if (wasOpen)
                emit connectedChanged(false);
        },
        false);
}

bool DbSession::isOpen() const
{
    return m_worker->isOpen();
}

void DbSession::post(std::function<void(QSqlDatabase &)> job, bool withConnection)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, job = std::move(job), withConnection] {
            QSqlDatabase db = withConnection ? worker->database() : QSqlDatabase();
            job(db);
        },
        Qt::QueuedConnection);
}

} // namespace Tribina

#include "dbsession.moc"
