#include "OwnerOnlyFile.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace OwnerOnlyFile {

namespace {
bool fail(QString *error)
{
    if (error)
        *error = qt_error_string(errno);
    return false;
}
} // namespace

bool createNew(const QString &path, const QByteArray &contents, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    // O_EXCL: never an existing file (nor a symbolic link planted there) with a wider mode. The
    // umask can only narrow 0600.
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd == -1)
        return fail(error);
    const char *data = contents.constData();
    qsizetype left = contents.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, static_cast<size_t>(left));
        if (written == -1 && errno == EINTR)
            continue;
        if (written <= 0) {
            const int savedErrno = errno;
            ::close(fd);
            ::unlink(name.constData());
            errno = savedErrno;
            return fail(error);
        }
        data += written;
        left -= written;
    }
    // On disk before anyone renames it into place: a crash leaves the old file or the whole new.
    const bool synced = ::fsync(fd) == 0;
    const int syncErrno = errno;
    if (::close(fd) != 0 || !synced) {
        if (!synced)
            errno = syncErrno;
        const int savedErrno = errno;
        ::unlink(name.constData());
        errno = savedErrno;
        return fail(error);
    }
    return true;
}

bool isOwnerOnly(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return false;
    return (status.st_mode & (S_IRWXG | S_IRWXO)) == 0;
}

namespace detail {
bool makeDirectory(const QString &path, QString *error)
{
    // The umask can only narrow 0700.
    if (::mkdir(QFile::encodeName(path).constData(), 0700) == 0)
        return true;
    struct stat status = {};
    if (errno == EEXIST && ::stat(QFile::encodeName(path).constData(), &status) == 0 &&
        S_ISDIR(status.st_mode))
        return true;
    return fail(error);
}

bool moveReplacing(const QString &from, const QString &to, QString *error)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return fail(error);
    return true;
}
} // namespace detail

} // namespace OwnerOnlyFile
