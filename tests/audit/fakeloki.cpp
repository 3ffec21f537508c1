#include "fakeloki.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QTimer>

FakeLoki::FakeLoki(QObject *parent) : QObject(parent)
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("FakeLoki: cannot listen: %s", qPrintable(m_server.errorString()));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeLoki::~FakeLoki()
{
    // Close the connections while the members their handlers use still exist.
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>() + m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect();
        delete socket;
    }
}

QUrl FakeLoki::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FakeLoki::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> start = lines.first().trimmed().split(' ');
        request.method = start.value(0);
        request.path = start.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body is still on its way
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        requests << request;

        const Reply reply = !m_script.isEmpty() ? m_script.takeFirst() : responder ? responder(request) : Reply{};
        QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
        for (const auto &[name, value] : reply.headers)
            response += name + ": " + value + "\r\n";
        if (reply.status != 204)
            response += "Content-Type: text/plain; charset=utf-8\r\n";
        response += "Content-Length: " + QByteArray::number(reply.status == 204 ? 0 : reply.body.size()) + "\r\n\r\n";
        if (reply.status != 204)
            response += reply.body;
        QTimer::singleShot(reply.delayMs, socket, [socket, response] { socket->write(response); });
        emit received();
    }
}
