#include "screenshot.h"

#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace Tribina::Screenshot {

namespace {
constexpr int kPollMs = 50;
constexpr int kGiveUpMs = 10'000;

void poll(QPointer<QWidget> window, QString path, std::function<void(bool)> done, int settleMs, int waitedMs)
{
    if (!window) {
        done(false);
        return;
    }
    const bool exposed = window->windowHandle() && window->windowHandle()->isExposed();
    if (!exposed && waitedMs < kGiveUpMs) {
        QTimer::singleShot(kPollMs, window, [=] { poll(window, path, done, settleMs, waitedMs + kPollMs); });
        return;
    }
    QTimer::singleShot(settleMs, window, [window, path, done] {
        const bool saved = window && window->grab().save(path, "PNG");
        if (saved)
            std::fprintf(stdout, "%s\n", qPrintable(path));
        else
            std::fprintf(stderr, "tribina: could not save the screenshot to %s\n", qPrintable(path));
        done(saved);
    });
}
} // namespace

void grabWhenShown(QWidget *window, const QString &path, std::function<void(bool saved)> done,
                   int settleMs)
{
    poll(QPointer<QWidget>(window), path, std::move(done), settleMs, 0);
}

} // namespace Tribina::Screenshot
