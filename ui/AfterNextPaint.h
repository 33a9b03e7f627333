#pragma once

#include <functional>

class QWidget;

// Calls `then` once `widget` has been painted next and the event loop has come back round: a
// parent is painted before its children in the same pass, so by then the whole frame is
// painted and flushed. (A QTimer::singleShot(0) queued at show() or at a model change runs
// before that: the expose and the update requests are handled after it.) For what the first
// frame does not need (the window and tray icons) and for the start-up benchmarks' lines.
// Nothing is called if `widget` is destroyed first.
void afterNextPaint(QWidget *widget, std::function<void()> then);
