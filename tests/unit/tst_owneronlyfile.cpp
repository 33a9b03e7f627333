// OwnerOnlyFile on the real file system: files it writes are readable by their owner only (mode
// 0600 here, whatever the umask grants an ordinary file), an existing file is never written
// through by createNew and is replaced whole by replace, and isOwnerOnly tells the difference.
#include "OwnerOnlyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr QFile::Permissions GroupAndOther = QFile::ReadGroup | QFile::WriteGroup |
                                             QFile::ExeGroup | QFile::ReadOther |
                                             QFile::WriteOther | QFile::ExeOther;

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// An ordinary file, as QFile creates it: the umask decides (CI's 022 makes it group-readable).
void writeOrdinary(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(contents), contents.size());
}
} // namespace

class tst_OwnerOnlyFile : public QObject
{
    Q_OBJECT

private slots:
    void createDirectoryMakesANewFolderOnlyItsOwnerCanEnter()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Missing parents are made as usual; only the folder asked for is owner-only.
        const QString path = dir.filePath(QStringLiteral("parent/data"));
        QString error;
        QVERIFY2(OwnerOnlyFile::createDirectory(path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(QFile::permissions(path) & GroupAndOther, QFile::Permissions());
        QVERIFY(OwnerOnlyFile::isOwnerOnly(path));
        QVERIFY(QFile::permissions(dir.filePath(QStringLiteral("parent"))) & GroupAndOther);

        // Created again: still a success, nothing changed.
        QVERIFY(OwnerOnlyFile::createDirectory(path));
        QVERIFY(OwnerOnlyFile::isOwnerOnly(path));
    }

    void createDirectoryLeavesAnExistingFolderAsItIs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chosen"));
        QVERIFY(QDir().mkdir(path));
        const QFile::Permissions before = QFile::permissions(path);
        QVERIFY(before & GroupAndOther); // the umask's choice, wider than owner-only
        QVERIFY(OwnerOnlyFile::createDirectory(path));
        QCOMPARE(QFile::permissions(path), before);

        // A file in the way is an error, not a folder.
        const QString file = dir.filePath(QStringLiteral("file"));
        writeOrdinary(file, "x");
        QString error;
        QVERIFY(!OwnerOnlyFile::createDirectory(file, &error));
        QVERIFY(!error.isEmpty());
    }

    void createNewWritesAFileOnlyItsOwnerCanRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("secret"));
        QString error;
        QVERIFY2(OwnerOnlyFile::createNew(path, QByteArray("s3cret\n"), &error), qPrintable(error));
        QCOMPARE(contentsOf(path), QByteArray("s3cret\n"));
        QCOMPARE(QFile::permissions(path) & GroupAndOther, QFile::Permissions());
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOwner | QFile::WriteOwner),
                 QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(OwnerOnlyFile::isOwnerOnly(path));

        // The same directory's ordinary file is wider: the test would notice a plain create.
        const QString ordinary = dir.filePath(QStringLiteral("ordinary"));
        writeOrdinary(ordinary, "x");
        QVERIFY(QFile::permissions(ordinary) & GroupAndOther);
        QVERIFY(!OwnerOnlyFile::isOwnerOnly(ordinary));
    }

    void createNewNeverWritesThroughAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("taken"));
        writeOrdinary(path, "theirs");
        const QFile::Permissions before = QFile::permissions(path);
        QString error;
        QVERIFY(!OwnerOnlyFile::createNew(path, QByteArray("mine"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(contentsOf(path), QByteArray("theirs"));
        QCOMPARE(QFile::permissions(path), before);
    }

    void replaceGivesAWiderFileOwnerOnlyContents()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("codes.txt"));
        writeOrdinary(path, "old sheet, readable by all");
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(!OwnerOnlyFile::isOwnerOnly(path));

        QString error;
        QVERIFY2(OwnerOnlyFile::replace(path, QByteArray("new sheet"), &error), qPrintable(error));
        QCOMPARE(contentsOf(path), QByteArray("new sheet"));
        QCOMPARE(QFile::permissions(path) & GroupAndOther, QFile::Permissions());
        QVERIFY(OwnerOnlyFile::isOwnerOnly(path));
        // Nothing left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("codes.txt")});

        // And a new file through replace is owner-only as well.
        const QString fresh = dir.filePath(QStringLiteral("fresh.txt"));
        QVERIFY2(OwnerOnlyFile::replace(fresh, QByteArray(), &error), qPrintable(error));
        QCOMPARE(QFile(fresh).size(), 0);
        QVERIFY(OwnerOnlyFile::isOwnerOnly(fresh));
    }

    void failuresSayWhyAndLeaveNothingBehind()
    {
        QTemporaryDir dir;
        const QString missingFolder = dir.filePath(QStringLiteral("no/such/folder/codes.txt"));
        QString error;
        QVERIFY(!OwnerOnlyFile::replace(missingFolder, QByteArray("x"), &error));
        QVERIFY(!error.isEmpty());

        // A directory where the file should go: the temporary file is written, the rename fails,
        // and the temporary file is removed again.
        const QString occupied = dir.filePath(QStringLiteral("occupied"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("occupied")));
        QVERIFY(QDir(occupied).mkdir(QStringLiteral("inside")));
        error.clear();
        QVERIFY(!OwnerOnlyFile::replace(occupied, QByteArray("x"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("occupied")});

        QVERIFY(!OwnerOnlyFile::isOwnerOnly(dir.filePath(QStringLiteral("missing"))));
    }
};

QTEST_GUILESS_MAIN(tst_OwnerOnlyFile)
#include "tst_owneronlyfile.moc"
