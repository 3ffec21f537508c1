#include "petrol/reservationcountdown.h"

namespace Tribina {

ReservationCountdown::ReservationCountdown(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(1000);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReservationCountdown::update);
    m_elapsed = [this] { return m_clock.isValid() ? m_clock.elapsed() : 0; };
}

void ReservationCountdown::start(const QDateTime &expiresAt, const QDateTime &serverNow)
{
    m_totalMs = qMax<qint64>(0, serverNow.msecsTo(expiresAt));
    m_clock.start();
    m_running = true;
    // A reservation resumed with less than 5 (or 1) minutes left warns once, not twice.
    m_warnedFirst = false;
    m_warnedLast = false;
    m_timer.start();
    update();
}

void ReservationCountdown::stop()
{
    m_running = false;
    m_timer.stop();
}

int ReservationCountdown::secondsLeft() const
{
    if (!m_running)
        return 0;
    const qint64 left = m_totalMs - m_elapsed();
    return left <= 0 ? 0 : int((left + 999) / 1000);
}

QString ReservationCountdown::text() const
{
    const int s = secondsLeft();
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void ReservationCountdown::update()
{
    if (!m_running)
        return;
    const int left = secondsLeft();
    emit tick(left);
    if (left <= 0) {
        stop();
        emit expired();
        return;
    }
    if (left <= LastWarningSeconds && !m_warnedLast) {
        m_warnedLast = true;
        m_warnedFirst = true;
        emit warning(1);
    } else if (left <= FirstWarningSeconds && !m_warnedFirst) {
        m_warnedFirst = true;
        emit warning(5);
    }
}

} // namespace Tribina
