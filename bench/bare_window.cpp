// The cold-start baseline: a bare QApplication + QMainWindow + QTableView, started the way the
// benchmark starts tasklane, printing the same "main window shown" line once it is exposed.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {
class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [] {
                std::printf("main window shown\n");
                std::fflush(stdout);
            });
        }
        return false;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *view = new QTableView(&window);
    auto *model = new QStandardItemModel(0, 6, view);
    view->setModel(model);
    window.setCentralWidget(view);
    window.resize(1000, 650);
    // Shown means: the first frame is painted, as for tasklane's line (app/main.cpp,
    // afterNextPaint): the window's first paint event, then the event loop once round.
    FirstPaint firstPaint;
    window.installEventFilter(&firstPaint);
    window.show();
    return app.exec();
}
