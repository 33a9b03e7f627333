#include "RecordingBrowser.h"

#include "AppContext.h"
#include "KitProblem.h"

#include <QDir>
#include <QFile>

RecordingBrowser::RecordingBrowser(const QString &folder, const QString &name)
    : m_script(QDir(folder).filePath(QStringLiteral("record-url.sh")))
    , m_file(QDir(folder).filePath(name))
{}

bool RecordingBrowser::install(AppContext &context) const
{
    QFile out(m_script);
    // Written whole under another name first: a test polling the file never reads half a URL.
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        out.write("#!/bin/sh\nprintf '%s' \"$2\" > \"$1.part\" && mv \"$1.part\" \"$1\"\n") < 0 ||
        !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        KitProblem::report(QStringLiteral("cannot write %1: %2").arg(m_script, out.errorString()));
        return false;
    }
    out.close();
    context.setBrowserCommand(m_script + QLatin1Char(' ') + m_file);
    return true;
}

QString RecordingBrowser::openedUrl() const
{
    QFile file(m_file);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}
