#include "SettingsDialog.h"

#include "AppContext.h"
#include "SessionManager.h"
#include "TextRefresh.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_serverEdit(new QLineEdit(this))
    , m_changeServerButton(new QPushButton(this))
    , m_browserEdit(new QLineEdit(this))
    , m_languageCombo(new QComboBox(this))
    , m_browserHint(new QLabel(this))
    , m_languageHint(new QLabel(this))
    , m_themeLabel(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_browserLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_themeFieldLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));

    // Server.
    m_serverEdit->setObjectName(QStringLiteral("settingsServerEdit"));
    m_serverEdit->setReadOnly(true);
    m_changeServerButton->setObjectName(QStringLiteral("changeServerSettingsButton"));
    m_changeServerButton->setAutoDefault(false);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverEdit, 1);
    serverRow->addWidget(m_changeServerButton);

    // Browser.
    m_browserEdit->setObjectName(QStringLiteral("browserCommandEdit"));
    m_browserEdit->setText(context.browserCommand());
    m_browserEdit->setClearButtonEnabled(true);
    m_browserHint->setWordWrap(true);
    m_browserHint->setObjectName(QStringLiteral("browserCommandHintLabel"));

    // Language. The first item (System) is named in retranslateUi(); the others are named in
    // their own language (not through tr()), so a user who cannot read the current one still
    // finds theirs: English, Deutsch, Français, Español.
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->addItem(QString(), QString());
    const QStringList languages = Translations::selectableLanguages();
    for (const QString &language : languages)
        m_languageCombo->addItem(Translations::nativeName(language), language);
    const int languageIndex = m_languageCombo->findData(context.language());
    m_languageCombo->setCurrentIndex(languageIndex >= 0 ? languageIndex : 0);
    m_languageHint->setWordWrap(true);
    m_languageHint->setObjectName(QStringLiteral("languageHintLabel"));

    m_themeLabel->setWordWrap(true);
    m_themeLabel->setObjectName(QStringLiteral("themeLabel"));

    m_serverLabel->setBuddy(m_serverEdit);
    m_browserLabel->setBuddy(m_browserEdit);
    m_languageLabel->setBuddy(m_languageCombo);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_serverLabel, serverRow);
    form->addRow(m_browserLabel, m_browserEdit);
    form->addRow(QString(), m_browserHint);
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(QString(), m_languageHint);
    form->addRow(m_themeFieldLabel, m_themeLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    m_okButton->setObjectName(QStringLiteral("settingsOkButton"));
    m_cancelButton->setObjectName(QStringLiteral("settingsCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_changeServerButton, &QPushButton::clicked, this, [this] {
        reject();
        emit changeServerRequested();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    setTabOrder(m_changeServerButton, m_browserEdit);
    setTabOrder(m_browserEdit, m_languageCombo);
    m_browserEdit->setFocus();
    setMinimumWidth(560);
    retranslateUi();
}

void SettingsDialog::accept()
{
    m_context.setBrowserCommand(m_browserEdit->text());
    // Installs the language at once when it changed: this dialog and every other window
    // retranslate (QEvent::LanguageChange).
    m_context.setLanguage(m_languageCombo->currentData().toString());
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setAccessibleName(tr("Settings"));
    setWindowTitle(tr("Settings"));

    QUrl server = m_context.session()->account().serverUrl;
    if (!server.isValid())
        server = m_context.lastServerUrl();
    m_serverEdit->setAccessibleName(tr("Server address"));
    m_serverEdit->setText(m_context.serverIsLocal()
                              ? tr("This computer (%1)").arg(server.toDisplayString())
                              : server.toDisplayString());
    m_changeServerButton->setText(tr("C&hange server\u2026"));
    m_changeServerButton->setAccessibleName(tr("Change server"));
    m_changeServerButton->setToolTip(tr("Signs you out and lets you choose another server"));

    m_browserEdit->setAccessibleName(tr("Browser command"));
    m_browserEdit->setPlaceholderText(tr("The system's default browser"));
    TextRefresh::fitPlaceholder(m_browserEdit);
    m_browserHint->setText(tr("The sign-in address is added as the last argument, for "
                              "example: firefox --private-window. Leave empty to use "
                              "the system's default browser."));

    m_languageCombo->setAccessibleName(tr("Language"));
    // setItemText keeps the current index and the item's data.
    m_languageCombo->setItemText(0, tr("System"));
    m_languageHint->setText(
        m_context.languageFromCommandLine()
            ? tr("This run's language was chosen on the command line (--lang); a new language "
                 "here takes effect when Tasklane is started without it.")
            : tr("A new language takes effect at once."));

    m_themeLabel->setText(tr("Tasklane follows the system's theme and colours."));
    m_serverLabel->setText(tr("&Server:"));
    m_browserLabel->setText(tr("&Browser command:"));
    m_languageLabel->setText(tr("&Language:"));
    m_themeFieldLabel->setText(tr("Theme:"));
    m_okButton->setAccessibleName(tr("Save the settings"));
    m_cancelButton->setAccessibleName(tr("Close without saving"));
}
