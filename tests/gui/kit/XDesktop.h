#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

#include <optional>

// The real X desktop of scripts/with-xdesktop.sh (Xvfb, trayer as the system tray), seen and
// driven from outside the app with Debian's X tools (xwininfo, xdotool), as another program on
// that desktop would: where a window really is in the X window tree, what the screen shows, focus
// given to a window of another process, a real mouse click. Each call that fails says why as a
// kit problem (KIT_VERIFY).
class XDesktop
{
public:
    // True when the app runs on xcb with a display and the tools are there (a kit problem if not:
    // the script was run without scripts/with-xdesktop.sh).
    static bool check();

    // The top-level X windows of the tray host (trayer's WM_CLASS); empty on failure.
    static QList<quint64> trayWindows();
    // The X windows whose WM_CLASS matches `pattern` (xdotool search --class), mapped or not;
    // empty when there are none.
    static QList<quint64> windowsOfClass(const QString &pattern);
    // `window`'s ancestors, parent first, up to (without) the root window; empty on failure.
    static QList<quint64> ancestors(quint64 window);
    // Where `window` is on the screen (absolute), or an empty rectangle when it is not viewable.
    static QRect geometry(quint64 window);
    // What the screen shows in `area` (the root window's pixels, other programs' included).
    static QImage grab(const QRect &area);
    // How far `shown` is from `expected`, pixel by pixel: the mean of the largest channel
    // difference (255 when their sizes differ).
    static double difference(const QImage &shown, const QImage &expected);
    // Saves `image` as <name>.png in the folder TASKLANE_SCREENSHOTS names, if it is set.
    static void save(const QImage &image, const QString &name);

    // XSetInputFocus on `window` (xdotool windowfocus), whoever owns it.
    static bool focus(quint64 window);
    // Moves the pointer to `point` on the screen and clicks the left button there.
    static bool click(const QPoint &point);

    // Runs `program` with `arguments`; its standard output, or nothing when it failed.
    static std::optional<QString> run(const QString &program, const QStringList &arguments);
};
