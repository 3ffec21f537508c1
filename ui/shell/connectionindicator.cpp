#include "connectionindicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace Tribina {

namespace {
class Dot : public QWidget
{
public:
    explicit Dot(const bool *connected, QWidget *parent)
        : QWidget(parent), m_connected(connected)
    {
        setFixedSize(10, 10);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(*m_connected ? QColor(0x2e, 0xa0, 0x43) : QColor(0xd0, 0x2a, 0x2a));
        painter.drawEllipse(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }

private:
    const bool *m_connected;
};
} // namespace

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionIndicator"));
    m_dot = new Dot(&m_connected, this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("connectionText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    retranslateUi();
}

QString ConnectionIndicator::text() const
{
    return m_label->text();
}

void ConnectionIndicator::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    m_dot->update();
    retranslateUi();
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionIndicator::retranslateUi()
{
    m_label->setText(m_connected ? tr("Connected") : tr("Disconnected"));
    setToolTip(m_connected ? tr("The database server is connected.")
                           : tr("The database server cannot be reached. Tribina keeps trying."));
    setAccessibleName(m_label->text());
}

} // namespace Tribina
