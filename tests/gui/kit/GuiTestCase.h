#pragma once

#include "GuiSession.h"

#include <QObject>

#include <memory>

// The base of a GUI script's test class: every test function gets a fresh GuiSession (a new
// server with alice, a new app on its welcome page) in m_gui, and loses it in cleanup(), which
// saves a screenshot when the function failed. A script that needs more in init() or cleanup()
// declares its own slot and calls these first:
//
//   class tst_GuiExample : public GuiTestCase
//   {
//       Q_OBJECT
//   private slots:
//       void init() { GuiTestCase::init(); ... }
//       void aTestFunction();
//   };
class GuiTestCase : public QObject
{
    Q_OBJECT

protected:
    // The arguments init() starts the server with (e.g. --rate-limit-credential 3); set them in
    // the script's initTestCase().
    QStringList m_serverArguments;
    std::unique_ptr<GuiSession> m_gui;

protected slots:
    // Qt Test calls these by name; protected, so that they are not taken for test functions.
    void initTestCase();
    void init();
    void cleanup();
};
