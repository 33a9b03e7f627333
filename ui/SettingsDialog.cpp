#include "SettingsDialog.h"

#include "AppContext.h"
#include "SessionManager.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
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
    , m_changeServerButton(new QPushButton(tr("C&hange server\u2026"), this))
    , m_browserEdit(new QLineEdit(this))
    , m_languageCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setAccessibleName(tr("Settings"));
    setWindowTitle(tr("Settings"));

    // Server.
    QUrl server = context.session()->account().serverUrl;
    if (!server.isValid())
        server = context.lastServerUrl();
    m_serverEdit->setObjectName(QStringLiteral("settingsServerEdit"));
    m_serverEdit->setAccessibleName(tr("Server address"));
    m_serverEdit->setReadOnly(true);
    m_serverEdit->setText(context.serverIsLocal()
                              ? tr("This computer (%1)").arg(server.toDisplayString())
                              : server.toDisplayString());
    m_changeServerButton->setObjectName(QStringLiteral("changeServerSettingsButton"));
    m_changeServerButton->setAccessibleName(tr("Change server"));
    m_changeServerButton->setToolTip(tr("Signs you out and lets you choose another server"));
    m_changeServerButton->setAutoDefault(false);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverEdit, 1);
    serverRow->addWidget(m_changeServerButton);

    // Browser.
    m_browserEdit->setObjectName(QStringLiteral("browserCommandEdit"));
    m_browserEdit->setAccessibleName(tr("Browser command"));
    m_browserEdit->setPlaceholderText(tr("The system's default browser"));
    m_browserEdit->setText(context.browserCommand());
    m_browserEdit->setClearButtonEnabled(true);
    auto *browserHint = new QLabel(tr("The sign-in address is added as the last argument, for "
                                      "example: firefox --private-window. Leave empty to use "
                                      "the system's default browser."),
                                   this);
    browserHint->setWordWrap(true);
    browserHint->setObjectName(QStringLiteral("browserCommandHintLabel"));

    // Language.
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->addItem(tr("System"), QString());
    // Each language named in its own language (not through tr()), so a user who cannot read
    // the current one still finds theirs: English, Deutsch, Français, Español.
    const QStringList languages = Translations::selectableLanguages();
    for (const QString &language : languages)
        m_languageCombo->addItem(Translations::nativeName(language), language);
    const int languageIndex = m_languageCombo->findData(context.language());
    m_languageCombo->setCurrentIndex(languageIndex >= 0 ? languageIndex : 0);
    auto *languageHint =
        new QLabel(tr("A new language takes effect when Tasklane is restarted."), this);
    languageHint->setWordWrap(true);
    languageHint->setObjectName(QStringLiteral("languageHintLabel"));

    auto *themeLabel = new QLabel(tr("Tasklane follows the system's theme and colours."), this);
    themeLabel->setWordWrap(true);
    themeLabel->setObjectName(QStringLiteral("themeLabel"));

    auto *serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_serverEdit);
    auto *browserLabel = new QLabel(tr("&Browser command:"), this);
    browserLabel->setBuddy(m_browserEdit);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageCombo);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(serverLabel, serverRow);
    form->addRow(browserLabel, m_browserEdit);
    form->addRow(QString(), browserHint);
    form->addRow(languageLabel, m_languageCombo);
    form->addRow(QString(), languageHint);
    form->addRow(tr("Theme:"), themeLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOkButton"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the settings"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("settingsCancelButton"));
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
}

void SettingsDialog::accept()
{
    m_context.setBrowserCommand(m_browserEdit->text());
    m_context.setLanguage(m_languageCombo->currentData().toString());
    QDialog::accept();
}
