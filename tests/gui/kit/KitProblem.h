#pragma once

#include <QString>
#include <QTest>

// Why the last kit call that failed did so. Kit calls cannot leave the calling test function
// (only Qt Test's macros can), so they return false or nullptr and leave the reason here, where
// KIT_VERIFY picks it up for the failure message. Each reason is also printed as a warning
// where it happens, so helpers that only return false still leave a trace in the output.
class KitProblem
{
public:
    static void report(const QString &problem);
    static void clear();
    // The reason, or a note that the kit saw nothing wrong (the statement failed elsewhere).
    static QString last();
    // How many problems were reported so far (to notice one reported during a step).
    static int count();
};

// QVERIFY for kit calls: fails with what the kit said was missing or wrong.
//   KIT_VERIFY(m_gui->ui().click("saveTaskButton"));
#define KIT_VERIFY(statement) QVERIFY2((statement), qPrintable(KitProblem::last()))
