#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QKeyEvent;

namespace Tribina {

/// Recognises a USB barcode scanner in keyboard ("wedge") mode anywhere in the application: a
/// burst of character keys faster than a person types, ended by Enter, becomes scanned(code),
/// and those keys never reach the focused widget — the agent does not need to click into a field
/// first. Keys typed at human speed are handed on unchanged (a few milliseconds late).
///
/// Install it on the application (install()); it watches key presses sent to the focus object.
/// Shared by every module that takes scans (emergency printing, the counter, petrol stations):
/// connect to scanned() and act only while your page is visible.
class KeyboardWedgeDetector : public QObject
{
    Q_OBJECT
public:
    explicit KeyboardWedgeDetector(QObject *parent = nullptr);
    ~KeyboardWedgeDetector() override;

    /// Filters the application's events (QCoreApplication::instance()). A page installs it while
    /// it is shown and uninstalls it when hidden, so it never takes another page's scans.
    void install();
    void uninstall();
    bool isInstalled() const { return m_installed; }

    /// Longest gap between two keys of a scan (default 35 ms; people need about 100 ms or more).
    void setMaxInterval(int milliseconds);
    int maxInterval() const { return m_flush.interval(); }
    /// Shortest code taken as a scan (default 4 characters).
    void setMinLength(int characters) { m_minLength = characters; }

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void scanned(const QString &code);

private:
    struct HeldKey
    {
        QPointer<QObject> receiver;
        int key = 0;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };
    bool isForFocus(QObject *receiver) const;
    /// Hands the held keys to their receivers, in order, as if typed now.
    void release();

    QList<HeldKey> m_held;
    QElapsedTimer m_sinceLast;
    QTimer m_flush;
    int m_minLength = 4;
    bool m_replaying = false;
    bool m_installed = false;
};

} // namespace Tribina
