#pragma once

class QAbstractItemModel;

// Item models compute their texts with tr() when a view asks (data(), headerData()), so after a
// language change nothing in the model changed, but every text it shows did: this tells its
// views to ask again. Called from the retranslateUi() of the widget that owns the view.
namespace TextRefresh {
void refresh(QAbstractItemModel *model);
} // namespace TextRefresh
