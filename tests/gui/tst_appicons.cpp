// Tasklane's own icons where the desktop has none (Windows, macOS, a bare X session): every
// action of the real MainWindow that has an icon shows one, the security tables' clock icon is
// ours, and the application icon comes in every size resources/icons/generate.sh renders. And
// the style's other start-up economy: a group box over Fusion looks as Fusion draws it, without
// Fusion's image.
#include "AppFixture.h"
#include "AppIcons.h"
#include "DeferredIcon.h"
#include "DeferredIconStyle.h"
#include "KitProblem.h"
#include "MainWindow.h"
#include "SecurityItemDelegate.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace {
// No platform has an icon theme of this name, so nothing but Tasklane's fallback can answer.
const auto MissingTheme = QStringLiteral("tasklane-test-no-such-theme");

// The icon SecurityItemDelegate gives a cell: initStyleOption() is protected.
class DelegateProbe : public SecurityItemDelegate
{
public:
    QIcon iconFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        initStyleOption(&option, index);
        return option.icon;
    }
};

// Fusion without group box frames.
class NoGroupBoxFrameStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (element != PE_FrameGroupBox)
            QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

// A group box as the welcome page has them (a title, a line of text), `kind` "titled",
// "untitled" or "checkable", drawn in `style` on the window colour.
QImage drawnGroupBox(QStyle *style, const QString &kind)
{
    QWidget window;
    window.setStyle(style);
    window.setPalette(style->standardPalette());
    auto *box = new QGroupBox(
        kind == QLatin1String("untitled") ? QString() : QStringLiteral("On a server"), &window);
    box->setStyle(style);
    box->setCheckable(kind == QLatin1String("checkable"));
    auto *text =
        new QLabel(QStringLiteral("Connect to a Tasklane server run by you or your team."), box);
    text->setStyle(style);
    (new QVBoxLayout(box))->addWidget(text);
    (new QVBoxLayout(&window))->addWidget(box);
    window.resize(420, 120);
    return window.grab().toImage().convertToFormat(QImage::Format_ARGB32);
}

// The largest difference of any colour channel of any pixel; -1 for images of different sizes.
int largestDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest = std::max({largest, std::abs(qRed(p) - qRed(q)),
                                std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
        }
    }
    return largest;
}
} // namespace

class tst_AppIcons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindowActionsHaveIcons_data();
    void mainWindowActionsHaveIcons();
    void expiredRowsShowTheClockIcon();
    void applicationIconHasEverySize();
    void deferredIconIsMadeWhenFirstDrawn();
    void themeIconIsLookedUpWhenFirstDrawn();
    void menuBarExtensionShowsTheStylesIcon();
    void groupBoxFrameLooksLikeFusions_data();
    void groupBoxFrameLooksLikeFusions();

private:
    AppFixture m_app;
};

void tst_AppIcons::initTestCase()
{
    // As app/main.cpp does, before any widget exists; a theme is named, but one that is nowhere.
    QIcon::setThemeName(MissingTheme);
    DeferredIconStyle::install();
    AppIcons::install();
    QCOMPARE(QIcon::themeName(), MissingTheme);
    QCOMPARE(QIcon::fallbackThemeName(), AppIcons::fallbackThemeName());
    QVERIFY2(m_app.create(), qPrintable(KitProblem::last()));
}

void tst_AppIcons::mainWindowActionsHaveIcons_data()
{
    // Every action MainWindow::createActions() gives a theme icon name.
    QTest::addColumn<QString>("action");
    for (const char *name :
         {"actionNewTask", "actionSettings", "actionSecuritySettings", "actionAdministration",
          "actionAdministrationNeedsTwoFactor", "actionSignInForAdministration", "actionSignOut",
          "actionQuit", "actionUndoDelete", "actionDeleteTask", "actionFind", "actionRefresh",
          "actionAbout"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_AppIcons::mainWindowActionsHaveIcons()
{
    QFETCH(QString, action);
    const auto *found = m_app.window->findChild<QAction *>(action);
    QVERIFY2(found, qPrintable(action));
    const QIcon icon = found->icon();
    QVERIFY2(!icon.isNull(), qPrintable(action + QStringLiteral(" has no icon")));
    // A theme icon, looked up when first drawn, still says its name (platform menus use it).
    QVERIFY2(!icon.name().isEmpty(), qPrintable(action + QStringLiteral(" has no icon name")));
    // Menus (16) and toolbars (24) get a real picture of that size, not an empty pixmap.
    for (const int size : {16, 24}) {
        const QImage image = icon.pixmap(size, size).toImage();
        QVERIFY2(!image.isNull(), qPrintable(action));
        QCOMPARE(image.width(), size);
        bool anythingDrawn = false;
        for (int y = 0; y < image.height() && !anythingDrawn; ++y)
            for (int x = 0; x < image.width() && !anythingDrawn; ++x)
                anythingDrawn = qAlpha(image.pixel(x, y)) > 0;
        QVERIFY2(anythingDrawn, qPrintable(action + QStringLiteral(" draws nothing")));
    }
}

void tst_AppIcons::expiredRowsShowTheClockIcon()
{
    QStandardItemModel model(1, 1);
    const int dimRole = Qt::UserRole + 1;
    model.setData(model.index(0, 0), true, dimRole);
    DelegateProbe delegate;
    delegate.setDimRole(dimRole);
    const QIcon icon = delegate.iconFor(model.index(0, 0));
    QVERIFY(!icon.isNull());
    // Ours, not the style's information icon the delegate falls back to.
    QCOMPARE(icon.name(), QStringLiteral("appointment-missed"));
    QVERIFY(!icon.pixmap(16, 16).isNull());
}

void tst_AppIcons::applicationIconHasEverySize()
{
    QList<QSize> expected;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        expected.append(QSize(size, size));
    QCOMPARE(QApplication::windowIcon().availableSizes(), expected);
    QCOMPARE(m_app.window->windowIcon().availableSizes(), expected);
    // The files behind the sizes decode: a 512 pixmap is the 512 PNG, not a scaled-up 16.
    const QImage large = QApplication::windowIcon().pixmap(512, 512).toImage();
    QCOMPARE(large.size(), QSize(512, 512));
    QVERIFY(qAlpha(large.pixel(256, 256)) == 255);
}

void tst_AppIcons::deferredIconIsMadeWhenFirstDrawn()
{
    int made = 0;
    QPixmap red(16, 16);
    red.fill(Qt::red);
    const QIcon icon = DeferredIcon::make(
        [&made, red] {
            ++made;
            return QIcon(red);
        },
        {QSize(16, 16)});
    // Asking what it is does not make it: the sizes were given.
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.availableSizes(), QList<QSize>{QSize(16, 16)});
    QCOMPARE(made, 0);
    // Drawn: made once, for the icon and every copy of it.
    const QIcon copy = icon;
    QCOMPARE(copy.pixmap(16, 16).toImage().pixel(8, 8), QColor(Qt::red).rgb());
    QCOMPARE(icon.pixmap(16, 16).toImage().pixel(8, 8), QColor(Qt::red).rgb());
    QCOMPARE(made, 1);
}

void tst_AppIcons::themeIconIsLookedUpWhenFirstDrawn()
{
    // Not null and named before any look-up (a tool button's size hint asks before the first
    // frame): shown by a name no theme has, which a look-up would find null.
    const QIcon missing = DeferredIcon::themeIcon(QStringLiteral("tasklane-no-such-icon"));
    QVERIFY(!missing.isNull());
    QCOMPARE(missing.name(), QStringLiteral("tasklane-no-such-icon"));
    QVERIFY(QIcon::fromTheme(QStringLiteral("tasklane-no-such-icon")).isNull());
    // Drawn: the theme's picture (the fallback theme has document-new).
    const QIcon icon = DeferredIcon::themeIcon(QStringLiteral("document-new"));
    const QImage drawn = icon.pixmap(16, 16).toImage();
    const QImage themes = QIcon::fromTheme(QStringLiteral("document-new")).pixmap(16, 16).toImage();
    QVERIFY(!themes.isNull());
    QCOMPARE(drawn.convertToFormat(QImage::Format_ARGB32),
             themes.convertToFormat(QImage::Format_ARGB32));
}

void tst_AppIcons::menuBarExtensionShowsTheStylesIcon()
{
    // The application style is the deferring one, over the style the application would have had.
    const auto *style = qobject_cast<const DeferredIconStyle *>(QApplication::style());
    QVERIFY(style);
    QVERIFY(style->baseStyle());
    // The menu bar's "more menus" button draws the base style's picture, made when drawn.
    auto *extension =
        m_app.window->menuBar()->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
    QVERIFY(extension);
    const QImage drawn = extension->icon().pixmap(16, 16).toImage();
    QVERIFY(!drawn.isNull());
    const QImage expected =
        style->baseStyle()
            ->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, m_app.window.get())
            .pixmap(16, 16)
            .toImage();
    QCOMPARE(drawn, expected);
}

void tst_AppIcons::groupBoxFrameLooksLikeFusions_data()
{
    QTest::addColumn<QString>("kind");
    // Each places the frame's top differently (below the title, the check box, or neither).
    for (const char *kind : {"titled", "untitled", "checkable"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void tst_AppIcons::groupBoxFrameLooksLikeFusions()
{
    QFETCH(QString, kind);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(fusion);
    DeferredIconStyle ours(QStyleFactory::create(QStringLiteral("Fusion")));
    QCOMPARE(ours.baseStyle()->metaObject()->className(), "QFusionStyle");
    const QImage expected = drawnGroupBox(fusion.get(), kind);
    const QImage drawn = drawnGroupBox(&ours, kind);
    // The comparison can tell: with no frame at all (or one a pixel off), the outline's pixels
    // differ from the window colour by some twenty levels.
    NoGroupBoxFrameStyle frameless(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(largestDifference(expected, drawnGroupBox(&frameless, kind)) > 15);
    const int difference = largestDifference(expected, drawn);
    QVERIFY2(difference >= 0, "the group boxes differ in size");
    // Fusion stretches its image with smoothing, and the corners are approximated: a few levels.
    QVERIFY2(difference <= 8, qPrintable(QStringLiteral("differs by %1 levels").arg(difference)));
}

QTEST_MAIN(tst_AppIcons)
#include "tst_appicons.moc"
