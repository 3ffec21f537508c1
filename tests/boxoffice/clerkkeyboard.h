#pragma once

#include <QApplication>
#include <QTest>
#include <QWidget>

/// The clerk's keyboard in the counter's widget tests: keys go to whatever has the focus, as
/// they do at a real counter.
namespace ClerkKeyboard {

inline QWidget *focus() { return QApplication::focusWidget(); }
inline void type(const QString &text) { QTest::keyClicks(focus(), text); }
inline void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) { QTest::keyClick(focus(), k, modifiers); }

/// Makes window the active one (offscreen has no window manager to hand activation back).
[[nodiscard]] inline bool activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

} // namespace ClerkKeyboard
