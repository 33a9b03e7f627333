#pragma once

#include <QString>

class QLabel;
class QProgressBar;
class QVBoxLayout;
class QWidget;

// What the full-window pages (welcome, sign-in, waiting for the browser, busy) share, so they
// look like one app: the big bold title, and a column of readable width in the middle of the
// page, a little above the centre, that grows with the window up to a point.
namespace PageLayout {

QLabel *createPageTitle(const QString &text, QWidget *parent);

// Gives `page` its layout: a centred column at most `maximumWidth` wide. The page's widgets go
// into the returned layout, top to bottom.
QVBoxLayout *createCentredColumn(QWidget *page, int maximumWidth = 640);

// A progress bar that only says "busy" (the length of the wait is unknown), named for tests
// and screen readers.
QProgressBar *createBusyBar(const QString &objectName, const QString &accessibleName,
                            QWidget *parent);

} // namespace PageLayout
