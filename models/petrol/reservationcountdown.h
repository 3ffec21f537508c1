#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Tribina {

/// The 20 minutes of a petrol reservation as the attendant sees them: seconds left, a warning
/// at 5 minutes and at 1 minute left (each once), and expired() at zero. It counts on the
/// server's clock: the remaining time is expiresAt − serverNow from the database's answer,
/// then a monotonic timer, so a wrong workstation clock cannot show a wrong countdown.
/// The database decides anyway (every step checks expiry); this is what the screen shows.
class ReservationCountdown : public QObject
{
    Q_OBJECT

public:
    static constexpr int FirstWarningSeconds = 5 * 60;
    static constexpr int LastWarningSeconds = 60;

    explicit ReservationCountdown(QObject *parent = nullptr);

    void start(const QDateTime &expiresAt, const QDateTime &serverNow);
    void stop();
    bool isRunning() const { return m_running; }
    /// Seconds left, never below 0.
    int secondsLeft() const;
    /// "19:58"
    QString text() const;

    /// Tests: the milliseconds elapsed since start() (default: a QElapsedTimer).
    void setElapsedSource(std::function<qint64()> source) { m_elapsed = std::move(source); }
    /// Re-evaluates now (the timer does this every second).
    void update();

signals:
    void tick(int secondsLeft);
    /// minutesLeft is 5 or 1.
    void warning(int minutesLeft);
    void expired();

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::function<qint64()> m_elapsed;
    qint64 m_totalMs = 0;
    bool m_running = false;
    bool m_warnedFirst = false;
    bool m_warnedLast = false;
};

} // namespace Tribina
