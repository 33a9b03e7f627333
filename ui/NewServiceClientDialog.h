#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for a new service account: its name, the user whose tasks it acts on, and its scopes
// (reading and/or changing tasks). Create stays disabled until all three are given.
class NewServiceClientDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewServiceClientDialog(QWidget *parent = nullptr);

    QString name() const;
    QString ownerUsername() const;
    QStringList scopes() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    QLabel *m_introLabel;
    QLabel *m_nameLabel;
    QLineEdit *m_nameEdit;
    QLabel *m_ownerLabel;
    QLineEdit *m_ownerEdit;
    QCheckBox *m_readBox;
    QCheckBox *m_writeBox;
    QDialogButtonBox *m_buttons;
};
