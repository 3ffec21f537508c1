#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

/// A stand-in for Loki's push endpoint on 127.0.0.1: a minimal HTTP/1.1 server that records every
/// request as it arrived on the wire and answers from a script. It does not judge the request
/// (the test does, against Loki's documented API); it only speaks enough HTTP for
/// QNetworkAccessManager (Content-Length bodies, keep-alive).
class FakeLoki : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; ///< names in lower case
        QByteArray body;
        qint64 receivedAtMs = 0;               ///< QDateTime::currentMSecsSinceEpoch()
    };
    struct Reply
    {
        int status = 204;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
    };

    explicit FakeLoki(QObject *parent = nullptr);
    ~FakeLoki() override;

    QUrl url() const;
    /// Replies used in order, one per request; afterwards responder (default: 204).
    void enqueue(const Reply &reply) { m_script << reply; }
    std::function<Reply(const Request &)> responder;

    QList<Request> requests;

signals:
    void received();

private:
    void readFrom(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Reply> m_script;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
