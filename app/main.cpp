// The composition root: reads the command line, builds the AppContext and the main window.
// Everything else lives in the libraries, where tests can reach it.

#include "AfterNextPaint.h"
#include "AppContext.h"
#include "AppIcons.h"
#include "DeferredIconStyle.h"
#include "ExtrasModule.h"
#include "MainWindow.h"
#include "TaskModel.h"
#include "TerminationSignals.h"
#include "Translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcStartup, "tasklane.startup", QtWarningMsg)

namespace {
struct CommandLine
{
    QUrl server;
    bool local = false;
    QString profile = QStringLiteral("default");
    // --lang: a language for this run instead of the setting (unset: the setting's).
    std::optional<QString> language;
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tasklane"));
    QCoreApplication::setApplicationName(QStringLiteral("tasklane"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TASKLANE_VERSION));
}

const QCommandLineOption ProfileOption(QStringLiteral("profile"), QString(), QStringLiteral("name"),
                                       QStringLiteral("default"));
const QCommandLineOption LanguageOption(QStringLiteral("lang"), QString(), QStringLiteral("code"));

// --help and the usage errors speak the language the app will: --lang's, else the profile's
// setting (else the system's). A first pass reads just those two options (others are unknown to
// it and ignored) and installs the translators before the real parser is built, whose texts
// then come out translated.
void installLanguageOfCommandLine(const QCoreApplication &app, Translations &translations)
{
    QCommandLineParser probe;
    probe.addOption(ProfileOption);
    probe.addOption(LanguageOption);
    probe.parse(app.arguments()); // errors are the real parser's to report
    QString language = probe.value(LanguageOption).trimmed();
    if (language != Translations::Pseudo && !Translations::isSelectable(language))
        language = AppContext::savedLanguage(probe.value(ProfileOption).trimmed());
    translations.install(language);
}

// Parsed with a QCoreApplication so --help, --version and usage errors need no display.
// Returns an exit code when the program should end here.
std::optional<int> parseCommandLine(int argc, char **argv, CommandLine &result)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    Translations translations;
    installLanguageOfCommandLine(app, translations);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Tasklane: your tasks, on your own server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Connect to the Tasklane server at <url>."),
        QStringLiteral("url"));
    const QCommandLineOption localOption(
        QStringLiteral("local"),
        QCoreApplication::translate("main", "Use a server on this computer."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Use the settings and local data of profile <name>."),
        QStringLiteral("name"), QStringLiteral("default"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main",
                                    "Use language <code> for this run (%1, or pseudo for QA).")
            .arg(Translations::selectableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("code"));
    parser.addOption(serverOption);
    parser.addOption(localOption);
    parser.addOption(profileOption);
    parser.addOption(languageOption);
    // For scripts/check-package.sh: is the installed extras module there and working?
    QCommandLineOption checkModulesOption(QStringLiteral("check-modules"));
    checkModulesOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(checkModulesOption);
    parser.process(app); // --help and --version print and exit here
    if (parser.isSet(checkModulesOption))
        return ExtrasModule::selfCheck();

    if (parser.isSet(serverOption) && parser.isSet(localOption)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "tasklane: --server and --local cannot be used together.")));
        return 2;
    }
    if (parser.isSet(serverOption)) {
        result.server = QUrl::fromUserInput(parser.value(serverOption));
        if (!result.server.isValid() || result.server.host().isEmpty()) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "tasklane: not a server URL: %1")
                               .arg(parser.value(serverOption))));
            return 2;
        }
    }
    if (parser.isSet(languageOption)) {
        const QString language = parser.value(languageOption).trimmed();
        if (language != Translations::Pseudo && !Translations::isSelectable(language)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "main", "tasklane: unknown language %1 (use one of: %2).")
                                        .arg(language, Translations::selectableLanguages().join(
                                                           QStringLiteral(", ")) +
                                                           QStringLiteral(", pseudo"))));
            return 2;
        }
        result.language = language;
    }
    result.local = parser.isSet(localOption);
    result.profile = parser.value(profileOption).trimmed();
    if (result.profile.isEmpty() || result.profile.contains(QLatin1Char('/')) ||
        result.profile.contains(QLatin1Char('\\')) || result.profile.startsWith(QLatin1Char('.'))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "tasklane: a profile name cannot be empty or contain slashes.")));
        return 2;
    }
    return std::nullopt;
}
} // namespace

int main(int argc, char **argv)
{
    CommandLine commandLine;
    // Without arguments there is nothing to parse, print or refuse: no QCoreApplication (and
    // translators) before the real application. Most starts are this one (the desktop entry),
    // and that pass was a twentieth of the cold start.
    if (argc > 1) {
        if (const auto exitCode = parseCommandLine(argc, argv, commandLine))
            return *exitCode;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Tasklane"));
    // Names resources/org.tasklane.Tasklane.desktop: Wayland compositors and docks match the
    // window to its desktop entry (and icon) by it.
    QApplication::setDesktopFileName(QStringLiteral("org.tasklane.Tasklane"));
    // Before any widget exists: the style, whose standard icons read no image file before they
    // are drawn (the menu bar's extension button would before the first frame), and the fallback
    // icons for toolbar and dialogs; the window icon after the first frame (below).
    DeferredIconStyle::install();
    AppIcons::install(AppIcons::WindowIcon::Later);

    AppContext::Options options;
    options.profile = commandLine.profile;
    AppContext context(options);

    // The language of --lang, else the one chosen in the settings (empty: the system's). The
    // context keeps the translators: a change in Settings installs the new language at once.
    context.setCommandLineLanguage(commandLine.language);
    context.installLanguage();

    // SIGTERM/SIGINT (Ctrl+C in a console on Windows) end the event loop, not the process, so
    // destructors run and the server on this computer (a child process) stops with the app.
    TerminationSignals::quitApplicationOnRequest(app);

    MainWindow window(context);
    window.show();
    window.start({commandLine.server, commandLine.local});
    // Once the first frame is painted: the line the cold-start benchmark
    // (bench/bench_coldstart.cpp) waits for (QT_LOGGING_RULES=tasklane.startup.info=true shows
    // it), then the window icon (AppIcons::WindowIcon::Later). One callback, so that the line
    // marks the frame: on X11 the icon's conversion for _NET_WM_ICON takes about a fifth
    // of the start, and a second afterNextPaint() registered later would run first (an
    // object's last installed event filter sees its events first).
    afterNextPaint(&window, [] {
        qCInfo(lcStartup) << "main window shown";
        AppIcons::installWindowIcon();
    });
    // Once the first page of tasks is in the table and painted (a silent sign-in at start, or
    // the first sign-in of this run). The signed-in start benchmark (bench/bench_signedin.cpp)
    // waits for this line.
    if (lcStartup().isInfoEnabled()) {
        TaskModel *tasks = context.taskModel();
        auto firstPage = std::make_shared<QMetaObject::Connection>();
        *firstPage = QObject::connect(
            tasks, &TaskModel::loadingChanged, &window, [tasks, &window, firstPage](bool loading) {
                auto *table = window.findChild<QAbstractItemView *>(QStringLiteral("taskTable"));
                if (loading || tasks->rowCount() == 0 || !table)
                    return;
                QObject::disconnect(*firstPage);
                afterNextPaint(table->viewport(),
                               [] { qCInfo(lcStartup) << "first page of tasks shown"; });
            });
    }
    return QApplication::exec();
}
