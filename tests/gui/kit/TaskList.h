#pragma once

#include <QJsonObject>
#include <QModelIndex>
#include <QString>
#include <QStringList>

class AppFixture;

// The task list of the tasks page as a user sees it (the table's rows, through its proxy), and
// tasks as the API takes them.
class TaskList
{
public:
    explicit TaskList(AppFixture &app);

    // The row (title column, as the view shows it) with this title; invalid if none.
    QModelIndex rowOfTitle(const QString &title) const;
    // Clicks the row's status cell (the title cell holds the done check box); false (with a kit
    // problem) if there is no such row.
    bool clickRow(const QString &title);
    // Waits until the list shows `count` rows and loads nothing more; false (with a kit
    // problem) if it did not.
    bool waitForRows(int count, int timeoutMs = 20000);

    // A task as POST /v1/tasks takes it.
    static QJsonObject task(const QString &title, const QString &status = QStringLiteral("open"),
                            int priority = 4, const QString &due = {},
                            const QStringList &labels = {});

private:
    AppFixture &m_app;
};
