#pragma once

class QAbstractItemModel;
class QDialog;
class QLineEdit;

// Item models compute their texts with tr() when a view asks (data(), headerData()), so after a
// language change nothing in the model changed, but every text it shows did: this tells its
// views to ask again. Called from the retranslateUi() of the widget that owns the view.
namespace TextRefresh {
void refresh(QAbstractItemModel *model);

// A dialog open during a language change keeps its size; longer texts then need more room: it
// grows (never shrinks) to hold them, wrapped labels included.
void growToFit(QDialog *dialog);

// A line edit's placeholder says what goes in ("Search titles and notes"): its minimum width
// holds the whole placeholder, in the current language. Called after setPlaceholderText().
void fitPlaceholder(QLineEdit *edit);
} // namespace TextRefresh
