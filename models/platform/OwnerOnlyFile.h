#pragma once

#include <QByteArray>
#include <QString>

// Files only their owner can read: the server's secret.key, a saved sheet of backup codes. The
// protection is set when the file is created, so the contents are never readable by others, not
// even for a moment. POSIX (OwnerOnlyFile_posix.cpp): mode 0600. Windows (OwnerOnlyFile_win.cpp):
// a protected DACL (nothing inherited from the folder) granting the current user, SYSTEM and the
// Administrators group, the set OpenSSH for Windows accepts for private keys; QFile permissions
// do not restrict reading on NTFS.
namespace OwnerOnlyFile {

// Creates path with contents, failing when anything exists there already.
bool createNew(const QString &path, const QByteArray &contents, QString *error = nullptr);

// Writes contents to path, replacing a file there atomically (a new owner-only file renamed over
// it): the result is owner-only whatever the old file's protection was.
bool replace(const QString &path, const QByteArray &contents, QString *error = nullptr);

// Creates the directory path owner-only (POSIX: mode 0700; Windows: the same protected DACL,
// inherited by what is created inside), for a server's data: its database would otherwise be
// readable by every local user under the usual umask. Missing parents are created as usual. An
// existing directory is left as it is (an administrator may have chosen its protection) and
// counts as success when it is a directory.
bool createDirectory(const QString &path, QString *error = nullptr);

// Whether path exists and nobody but its owner (on Windows also SYSTEM and Administrators) is
// granted access to it.
bool isOwnerOnly(const QString &path);

namespace detail {
// Per platform: creates the one directory path (its parent exists) owner-only; true when it
// exists already as a directory, created by someone else in the meantime.
bool makeDirectory(const QString &path, QString *error);
// Per platform: moves from over to, replacing to if it exists.
bool moveReplacing(const QString &from, const QString &to, QString *error);
} // namespace detail

} // namespace OwnerOnlyFile
