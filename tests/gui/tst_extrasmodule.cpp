// The extras module (ui/extras: printing and QR encoding, loaded on first use so its libraries
// stay off the start path): found in the build tree, and when it is missing or broken, the
// print button and the QR code say so in words instead of crashing or doing nothing.
#include "BackupCodesView.h"
#include "ExtrasInterface.h"
#include "ExtrasModule.h"
#include "QrCodeWidget.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Uri = QStringLiteral("otpauth://totp/Tasklane:carol?secret=JBSWY3DPEHPK3PXP");

BackupCodeSheet sheet()
{
    BackupCodeSheet result;
    result.account = QStringLiteral("carol");
    result.server = QUrl(QStringLiteral("http://localhost:8080"));
    result.createdAt = QDateTime::currentDateTime();
    result.codes = {QStringLiteral("abcd-efgh"), QStringLiteral("ijkl-mnop")};
    return result;
}

// Shows `view` with a sheet, clicks Print… and returns the message box it opened instead of the
// print dialog.
QMessageBox *printUnavailableBox(BackupCodesView &view)
{
    view.setSheet(sheet());
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return nullptr;
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("printBackupCodesButton")),
                      Qt::LeftButton);
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                box = view.findChild<QMessageBox *>(QStringLiteral("printUnavailableMessageBox"));
                return box && box->isVisible();
            },
            5000))
        return nullptr;
    return box;
}
} // namespace

class tst_ExtrasModule : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void missingModuleIsExplained();
    void brokenModuleIsExplained();
    void loadsFromTheBuildTree();
};

void tst_ExtrasModule::cleanup()
{
    qunsetenv("TASKLANE_MODULE_DIR");
}

void tst_ExtrasModule::missingModuleIsExplained()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    qputenv("TASKLANE_MODULE_DIR", QFile::encodeName(empty.path()));
    QString error;
    QVERIFY(!ExtrasModule::instance(&error));
    QVERIFY2(error.contains(QStringLiteral("is missing")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(empty.path())), qPrintable(error));

    // The QR code: nothing encoded, the reason where the code would be.
    QrCodeWidget qr;
    qr.setText(Uri);
    QVERIFY(qr.isEmpty());
    QVERIFY2(qr.errorText().contains(QStringLiteral("is missing")), qPrintable(qr.errorText()));
    // TASKLANE_EXTRAS_SHOT: where to save pictures of what the user sees, to look at them.
    const QString shot = qEnvironmentVariable("TASKLANE_EXTRAS_SHOT");
    if (!shot.isEmpty()) {
        qr.resize(qr.sizeHint());
        qr.grab().save(shot + QStringLiteral("-qr.png"));
    }

    // Print…: a warning that says why, no print dialog.
    BackupCodesView view;
    QMessageBox *box = printUnavailableBox(view);
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY2(box->text().startsWith(QStringLiteral("Printing is not available. ")),
             qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("Reinstall Tasklane")), qPrintable(box->text()));
    if (!shot.isEmpty())
        box->grab().save(shot + QStringLiteral("-print.png"));
    box->accept();
    QTRY_VERIFY(!view.findChild<QMessageBox *>(QStringLiteral("printUnavailableMessageBox")));
}

void tst_ExtrasModule::brokenModuleIsExplained()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile broken(folder.filePath(QStringLiteral(TASKLANE_EXTRAS_FILE_NAME)));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not a shared library");
    broken.close();
    qputenv("TASKLANE_MODULE_DIR", QFile::encodeName(folder.path()));
    QString error;
    QVERIFY(!ExtrasModule::instance(&error));
    QVERIFY2(error.contains(QStringLiteral("could not be loaded")), qPrintable(error));

    BackupCodesView view;
    QMessageBox *box = printUnavailableBox(view);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("could not be loaded")), qPrintable(box->text()));
    box->accept();
}

void tst_ExtrasModule::loadsFromTheBuildTree()
{
    // A failed look is not remembered: with the module back, the next use finds it.
    QString error;
    ExtrasInterface *extras = ExtrasModule::instance(&error);
    QVERIFY2(extras, qPrintable(error));
    QCOMPARE(QFileInfo(ExtrasModule::loadedFile()).fileName(),
             QStringLiteral(TASKLANE_EXTRAS_FILE_NAME));
    QCOMPARE(QFileInfo(ExtrasModule::loadedFile()).absolutePath(),
             QStringLiteral(TASKLANE_EXTRAS_BUILD_DIR));
    QrCodeWidget qr;
    qr.setText(Uri);
    QVERIFY(!qr.isEmpty());
    QVERIFY(qr.errorText().isEmpty());
    QCOMPARE(ExtrasModule::selfCheck(), 0);
}

QTEST_MAIN(tst_ExtrasModule)
#include "tst_extrasmodule.moc"
