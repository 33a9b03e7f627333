#pragma once

#include "TwoFactorService.h"

#include <QDateTime>
#include <QStringList>
#include <QWizardPage>

#include <functional>

class ErrorPanel;
class ApiError;
class QLabel;
class QLineEdit;
class QProgressBar;

// The setup wizard's second page: the first code from the app. Verify (the wizard's commit
// button) sends it; the page stays while the server checks (busy bar, field read-only) and shows
// a refusal under the field (wrong code with the attempts left, reused code, the lockout with its
// end). Once the server agreed, two-factor authentication is on and the wizard moves on by
// itself: there is no way back to an unconfirmed setup.
class TwoFactorVerifyPage : public QWizardPage
{
    Q_OBJECT

public:
    TwoFactorVerifyPage(TwoFactorService *service, QWidget *parent = nullptr);

    // Code length from the setup (6 unless the server says otherwise).
    void setDigits(int digits);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isChecking() const { return m_checking; }
    bool isConfirmed() const { return m_confirmed; }

signals:
    // Two-factor authentication is on; `backupCodes` are shown this once.
    void confirmed(const QStringList &backupCodes, const QDateTime &enabledAt);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setChecking(bool checking);
    QString code() const;

    TwoFactorService *m_service;
    QLineEdit *m_codeEdit;
    QProgressBar *m_progressBar;
    QLabel *m_checkingLabel;
    QLabel *m_intro;
    QLabel *m_codeLabel;
    ErrorPanel *m_errorPanel;
    std::function<void()> m_renderError; // the last refusal, rendered again in a new language
    int m_digits = 6;
    bool m_checking = false;
    bool m_confirmed = false;
};
