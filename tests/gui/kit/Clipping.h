#pragma once

#include <QStringList>

class QWidget;

// Texts the user cannot read in full because the layout gives them too little room, in the
// visible widgets of one window (docs/qa.md, "Clipped texts"). Each problem names the widget
// (class and objectName), the text, and the width (or height) it needs and has:
//
//   QLabel            without word wrap: each line fits the contents width (and the lines its
//                     height); with word wrap: heightForWidth(width) fits its height
//   buttons           QPushButton, QCheckBox, QRadioButton, QToolButton: sizeHint() fits
//                     (text, icon and the style's margins)
//   QTabBar           every tab gets its size hint (no elided text), no scroll buttons
//   QComboBox         the current text fits the edit field
//   QLineEdit         an empty one's placeholder fits beside its icons
//   QHeaderView       every visible section shows its title with room for the sort arrow (a
//                     user should not have to widen a column to read what it is)
//   QGroupBox         the title fits
//   QToolBar/QMenuBar no action pushed into the overflow ("»") menu
//
// Menus size themselves to their contents and are not checked; nor are the cells of item views,
// which hold data (titles, names) that delegates elide by design.
namespace Clipping {

QStringList of(QWidget *window);

} // namespace Clipping
