#pragma once

#include "PasskeyService.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class ErrorPanel;
class PasskeyModel;
class QLabel;
class ResultLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class SecurityTableView;

// The Passkeys tab of Account security: the account's passkeys (name, added, last used).
// "Add a passkey…" asks the server for a registration link and opens it in the browser, where
// WebAuthn runs; the list loads again when the user comes back to the app (or presses Refresh).
// Remove, after a confirmation, deletes the selected one at the server. A server reached by an
// IP address cannot offer passkeys (PASSKEYS_NEED_HOST_NAME): the tab says so in plain words.
// An account without passkeys sees a line saying what one is good for and how to make one
// instead of an empty table (not while the host-name message stands: Add cannot work then).
class PasskeysTab : public QWidget
{
    Q_OBJECT

public:
    PasskeysTab(PasskeyService *service, PasskeyModel *model, QWidget *parent = nullptr);

    void refresh();
    void addPasskey();
    // Asks, then removes the passkey of `row` (an index of the table's model).
    void removePasskey(const QModelIndex &row);

    SecurityTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onFailed(PasskeyService::Operation operation, const ApiError &error);
    void showResult(std::function<QString()> text);
    void updateState();
    // The line for an account without passkeys, or the table.
    void updateList();

    PasskeyService *m_service;
    PasskeyModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_intro;
    ResultLabel *m_resultLabel;
    ErrorPanel *m_error;
    // The last result and error, kept as how to render them, so a language change renders them
    // again in the new language.
    std::function<void()> m_renderError;
    QStackedWidget *m_listStack;
    SecurityTableView *m_table;
    QLabel *m_emptyLabel;
    // The list as loaded last is the account's: no line saying "none" before it is, or after it
    // could not be loaded.
    bool m_listKnown = false;
    bool m_needsHostName = false; // the server refused Add for its IP-address issuer
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_refreshButton;
    bool m_waitingForBrowser = false; // a link went to the browser: reload on coming back
};
