#pragma once

#include "PersonalToken.h"
#include "SecurityService.h"

#include <QDialog>

class ApiError;
class ErrorPanel;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Asks before a personal access token is rotated, and for how long the old secret may still
// work (none, an hour, a day, a week). Rotating is the confirmation: nothing changes until
// Rotate is pressed. What the server refuses is shown here with its request id; accepted once
// the server made the new token, whose one-time secret is then taken with takeSecret().
class RotateTokenDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int DefaultOverlapSeconds = 60 * 60;
    // The overlaps offered, in seconds (the server allows up to 7 days).
    static constexpr int OverlapChoices[] = {0, 60 * 60, 24 * 60 * 60, 7 * 24 * 60 * 60};

    RotateTokenDialog(SecurityService *service, const PersonalToken &token,
                      QWidget *parent = nullptr);
    ~RotateTokenDialog() override;

    PersonalToken rotatedToken() const { return m_rotated; }
    // The secret of the new token, handed over once (the dialog forgets it).
    QString takeSecret();
    int overlapSeconds() const;

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rotate();
    void onRotated(const QString &oldId, const PersonalToken &token, const QString &secret);
    void onFailed(SecurityService::Operation operation, const ApiError &error);
    void setBusy(bool busy);
    void updateOverlapHint();

    SecurityService *m_service;
    PersonalToken m_token;
    QLabel *m_intro;
    QLabel *m_overlapLabel;
    QComboBox *m_overlapCombo;
    QLabel *m_overlapHint;
    QLabel *m_codeLabel;
    QLineEdit *m_codeEdit;
    ErrorPanel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_rotateButton;
    QPushButton *m_cancelButton;
    PersonalToken m_rotated;
    QString m_secret;
    bool m_busy = false;
};
