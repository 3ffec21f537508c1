#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Tribina {

/// `tribina --screenshot FILE`: waits until a window is on screen and laid out, saves
/// QWidget::grab() as PNG and reports whether that worked. Used to make the README's pictures
/// under xvfb-run, so it waits for the window rather than for a fixed time.
namespace Screenshot {

/// settleMs: how long to wait once the window is exposed (fonts, layouts, data loading).
void grabWhenShown(QWidget *window, const QString &path, std::function<void(bool saved)> done,
                   int settleMs = 400);

} // namespace Screenshot
} // namespace Tribina
