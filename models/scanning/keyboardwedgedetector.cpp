#include "keyboardwedgedetector.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>

namespace Tribina {

KeyboardWedgeDetector::KeyboardWedgeDetector(QObject *parent)
    : QObject(parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(35);
    connect(&m_flush, &QTimer::timeout, this, &KeyboardWedgeDetector::release);
}

KeyboardWedgeDetector::~KeyboardWedgeDetector()
{
    if (m_installed && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void KeyboardWedgeDetector::install()
{
    if (m_installed || !QCoreApplication::instance())
        return;
    QCoreApplication::instance()->installEventFilter(this);
    m_installed = true;
}

void KeyboardWedgeDetector::uninstall()
{
    if (!m_installed)
        return;
    release();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_installed = false;
}

void KeyboardWedgeDetector::setMaxInterval(int milliseconds)
{
    m_flush.setInterval(milliseconds);
}

bool KeyboardWedgeDetector::isForFocus(QObject *receiver) const
{
    // A key press travels from the window to the focus widget and, unaccepted, on to its parents:
    // look at it once, where it is meant to land first.
    QObject *focus = QGuiApplication::focusObject();
    if (focus)
        return receiver == focus;
    return receiver->isWidgetType() && !receiver->parent();
}

bool KeyboardWedgeDetector::eventFilter(QObject *watched, QEvent *event)
{
    if (m_replaying || event->type() != QEvent::KeyPress || !isForFocus(watched))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool inBurst = !m_held.isEmpty() && m_sinceLast.isValid() && m_sinceLast.elapsed() <= m_flush.interval();
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        if (inBurst && m_held.size() >= m_minLength) {
            QString code;
            for (const HeldKey &held : std::as_const(m_held))
                code += held.text;
            m_held.clear();
            m_flush.stop();
            emit scanned(code);
            return true;
        }
        release();
        return false;
    }
    const QString text = key->text();
    const bool character = text.size() == 1 && text.at(0).isPrint() && !text.at(0).isSpace()
        && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!character || key->isAutoRepeat()) {
        release();
        return false;
    }
    if (!m_held.isEmpty() && !inBurst)
        release();
    m_held.append({watched, key->key(), key->modifiers(), text});
    m_sinceLast.start();
    m_flush.start();
    return true;
}

void KeyboardWedgeDetector::release()
{
    m_flush.stop();
    const QList<HeldKey> held = std::exchange(m_held, {});
    m_replaying = true;
    for (const HeldKey &k : held) {
        if (!k.receiver)
            continue;
        QKeyEvent press(QEvent::KeyPress, k.key, k.modifiers, k.text);
        QCoreApplication::sendEvent(k.receiver, &press);
        QKeyEvent releaseEvent(QEvent::KeyRelease, k.key, k.modifiers, k.text);
        QCoreApplication::sendEvent(k.receiver, &releaseEvent);
    }
    m_replaying = false;
}

} // namespace Tribina
