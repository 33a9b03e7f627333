// WrappedLabel answers heightForWidth() from what it remembers: every answer must be the one a
// plain word-wrapped QLabel gives for the same text, font and margins, whichever order the
// widths come in, and again right after any of those change.
#include "WrappedLabel.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

#include <functional>

namespace {
const QString Paragraph = QStringLiteral(
    "Tasklane runs its own server in the background and keeps your tasks in a file on this "
    "computer. Nobody else can reach them, and nothing has to be set up first.");

// More widths than the label keeps, up and down, so that old answers are dropped and asked for
// again.
QList<int> widths()
{
    QList<int> result;
    for (int width = 20; width <= 800; width += 37)
        result.append(width);
    for (int width = 790; width >= 25; width -= 53)
        result.append(width);
    return result;
}

// Fewer widths than the label keeps: asked again after a change, each would be answered from
// what the label kept, were the change not seen.
const QList<int> KeptWidths = {60, 120, 200, 320, 480, 640};

using Change = std::function<void(QLabel &)>;
} // namespace

class tst_WrappedLabel : public QObject
{
    Q_OBJECT

    static void compareHeights(QLabel &plain, WrappedLabel &wrapped,
                               const QList<int> &widthsToAsk = widths())
    {
        for (int width : widthsToAsk) {
            QCOMPARE(wrapped.heightForWidth(width), plain.heightForWidth(width));
            QCOMPARE(wrapped.heightForWidth(width), plain.heightForWidth(width));
        }
    }

private slots:
    void heightsAreQLabels()
    {
        QLabel plain(Paragraph);
        plain.setWordWrap(true);
        WrappedLabel wrapped;
        wrapped.setText(Paragraph);
        QVERIFY(wrapped.wordWrap());
        QVERIFY(wrapped.heightForWidth(100) > wrapped.heightForWidth(700));
        compareHeights(plain, wrapped);
    }

    void aChangeIsSeenAtOnce_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Change>("change");
        QTest::newRow("text") << Paragraph << Change([](QLabel &label) {
            label.setText(Paragraph + QLatin1Char(' ') + Paragraph);
        });
        QTest::newRow("font size") << Paragraph << Change([](QLabel &label) {
            QFont font = label.font();
            font.setPointSizeF(font.pointSizeF() * 1.6);
            label.setFont(font);
        });
        QTest::newRow("contents margins")
            << Paragraph << Change([](QLabel &label) { label.setContentsMargins(30, 20, 30, 20); });
        QTest::newRow("margin") << Paragraph << Change([](QLabel &label) { label.setMargin(25); });
        QTest::newRow("indent") << Paragraph << Change([](QLabel &label) { label.setIndent(60); });
        // Shown as typed, then as a heading.
        QTest::newRow("format") << (QStringLiteral("<h1>Tasklane</h1>") + Paragraph)
                                << Change([](QLabel &label) { label.setTextFormat(Qt::RichText); });
    }

    void aChangeIsSeenAtOnce()
    {
        QFETCH(QString, text);
        QFETCH(Change, change);
        QLabel plain(text);
        plain.setTextFormat(Qt::PlainText);
        plain.setWordWrap(true);
        WrappedLabel wrapped;
        wrapped.setTextFormat(Qt::PlainText);
        wrapped.setText(text);
        compareHeights(plain, wrapped, KeptWidths);

        QList<int> before;
        for (int width : KeptWidths)
            before.append(plain.heightForWidth(width));
        change(plain);
        change(wrapped);
        QList<int> after;
        for (int width : KeptWidths)
            after.append(plain.heightForWidth(width));
        QVERIFY2(after != before, "the change does not change a height");
        compareHeights(plain, wrapped, KeptWidths);
    }
};

QTEST_MAIN(tst_WrappedLabel)
#include "tst_wrappedlabel.moc"
