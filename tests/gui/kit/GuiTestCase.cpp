#include "GuiTestCase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTest>

void GuiTestCase::initTestCase()
{
    GuiSession::prepareTestCase(
        QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
}

void GuiTestCase::init()
{
    m_gui = std::make_unique<GuiSession>();
    QVERIFY2(m_gui->setUp(m_serverArguments), qPrintable(KitProblem::last()));
}

void GuiTestCase::cleanup()
{
    m_gui.reset(); // takes the failure screenshot first
}
