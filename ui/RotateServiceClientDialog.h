#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

// Asks how long the old secret of a service account keeps working after a rotation (none,
// 10 minutes, 1 hour (the default), 1 day, 7 days), so the service can switch without a gap.
class RotateServiceClientDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RotateServiceClientDialog(const QString &clientName, QWidget *parent = nullptr);

    int overlapSeconds() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_clientName;
    QLabel *m_introLabel;
    QLabel *m_overlapLabel;
    QComboBox *m_overlapCombo;
    QDialogButtonBox *m_buttons;
};
