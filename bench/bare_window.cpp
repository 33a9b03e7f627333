// The cold-start baseline: a bare QApplication + QMainWindow + QTableView, started the way the
// benchmark starts tasklane, printing the same "main window shown" line once it is exposed.
#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *view = new QTableView(&window);
    auto *model = new QStandardItemModel(0, 6, view);
    view->setModel(model);
    window.setCentralWidget(view);
    window.resize(1000, 650);
    window.show();
    // Shown means: the first paint has been processed, as for tasklane's line.
    QTimer::singleShot(0, &app, [] {
        std::printf("main window shown\n");
        std::fflush(stdout);
    });
    return app.exec();
}
