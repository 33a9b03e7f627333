<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuthorizeEndpoint</name>
    <message>
        <source>The form could not be read</source>
        <translation>Das Formular konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Return to the app and start signing in again. Details: %1</source>
        <translation>Kehren Sie zur App zurück und beginnen Sie die Anmeldung erneut. Details: %1</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Administration was left out: it needs two-factor authentication on your account. Turn it on in Account security, then sign in again.</source>
        <translation>Die Verwaltung wurde ausgelassen: Sie erfordert die Zwei-Faktor-Authentifizierung für Ihr Konto. Schalten Sie sie unter „Kontosicherheit“ ein und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>This sign-in page has expired</source>
        <translation>Diese Anmeldeseite ist abgelaufen</translation>
    </message>
    <message>
        <source>Return to the app and start signing in again.</source>
        <translation>Kehren Sie zur App zurück und beginnen Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Unbekannte Anwendung</translation>
    </message>
    <message>
        <source>The application was removed.</source>
        <translation>Die Anwendung wurde entfernt.</translation>
    </message>
    <message>
        <source>to continue to %1</source>
        <translation>um mit %1 fortzufahren</translation>
    </message>
    <message>
        <source>This sign-in link is not valid</source>
        <translation>Dieser Anmeldelink ist ungültig</translation>
    </message>
    <message>
        <source>The application that sent you here is not registered with this server (unknown client_id).</source>
        <translation>Die Anwendung, die Sie hierher geschickt hat, ist bei diesem Server nicht registriert (unbekannte client_id).</translation>
    </message>
    <message>
        <source>The application asked to return to an address it has not registered (redirect_uri).</source>
        <translation>Die Anwendung wollte zu einer Adresse zurückkehren, die sie nicht registriert hat (redirect_uri).</translation>
    </message>
    <message>
        <source>Too many sign-ins</source>
        <translation>Zu viele Anmeldungen</translation>
    </message>
    <message>
        <source>Too many sign-ins were started from your network. Try again in %1.</source>
        <translation>Aus Ihrem Netzwerk wurden zu viele Anmeldungen begonnen. Versuchen Sie es in %1 erneut.</translation>
    </message>
    <message>
        <source>Too many sign-ins are in progress on this server. Try again in %1.</source>
        <translation>Auf diesem Server laufen gerade zu viele Anmeldungen. Versuchen Sie es in %1 erneut.</translation>
    </message>
    <message>
        <source>This form was not sent from this server&apos;s page</source>
        <translation>Dieses Formular wurde nicht von der Seite dieses Servers gesendet</translation>
    </message>
    <message>
        <source>For your safety the request was refused. Return to the app and start signing in again.</source>
        <translation>Zu Ihrer Sicherheit wurde die Anfrage abgelehnt. Kehren Sie zur App zurück und beginnen Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again in 1 minute.</source>
        <translation>Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in 1 Minute erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Try again in %n minutes.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>Dieses Konto ist deaktiviert. Wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>That code is not valid. 1 attempt left.</source>
        <translation>Dieser Code ist ungültig. Noch 1 Versuch.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not valid. %n attempts left.</source>
        <translation>
            <numerusform>Dieser Code ist ungültig. Noch %n Versuch.</numerusform>
            <numerusform>Dieser Code ist ungültig. Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code from your app.</source>
        <translation>Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten Code Ihrer App.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Try again after %1 (in %2).</source>
        <translation>Zu viele falsche Codes. Versuchen Sie es nach %1 erneut (in %2).</translation>
    </message>
    <message>
        <source>You used a backup code; 1 remains.</source>
        <translation>Sie haben einen Backup-Code verwendet; 1 ist noch übrig.</translation>
    </message>
    <message numerus="yes">
        <source>You used a backup code; %n remain.</source>
        <translation>
            <numerusform>Sie haben einen Backup-Code verwendet; %n ist noch übrig.</numerusform>
            <numerusform>Sie haben einen Backup-Code verwendet; %n sind noch übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Geben Sie ein neues Passwort ein.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Choose a password other than the one you were given.</source>
        <translation>Wählen Sie ein anderes Passwort als das, das Sie erhalten haben.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Ihr neues Passwort ist festgelegt.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Signing in on: %1</source>
        <translation>Anmeldung auf: %1</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Authentifizierungscode</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app. If you do not have your device, a backup code (xxxx-xxxx) works too.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein. Wenn Sie Ihr Gerät nicht zur Hand haben, funktioniert auch ein Backup-Code (xxxx-xxxx).</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Neues Passwort wählen</translation>
    </message>
    <message>
        <source>Your administrator gave you a one-time password. Choose your own to go on: at least %1 characters, not the one you were given.</source>
        <translation>Ihr Administrator hat Ihnen ein Einmalpasswort gegeben. Wählen Sie ein eigenes, um fortzufahren: mindestens %1 Zeichen, nicht das, das Sie erhalten haben.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Allow access</source>
        <translation>Zugriff erlauben</translation>
    </message>
    <message>
        <source>Allow access?</source>
        <translation>Zugriff erlauben?</translation>
    </message>
    <message>
        <source>%1 on %2 wants to:</source>
        <translation>%1 auf %2 möchte:</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Signed in as %1. You can end this access at any time under Account security, Sessions.</source>
        <translation>Angemeldet als %1. Sie können diesen Zugriff jederzeit unter „Kontosicherheit“, „Sitzungen“ beenden.</translation>
    </message>
    <message>
        <source>Use a passkey instead</source>
        <translation>Stattdessen einen Passkey verwenden</translation>
    </message>
    <message>
        <source>Sign in with a passkey</source>
        <translation>Mit einem Passkey anmelden</translation>
    </message>
    <message>
        <source>That passkey was not accepted. Try again, or sign in another way.</source>
        <translation>Dieser Passkey wurde nicht akzeptiert. Versuchen Sie es erneut oder melden Sie sich auf andere Weise an.</translation>
    </message>
    <message>
        <source>The passkey prompt has expired. Try again.</source>
        <translation>Die Passkey-Abfrage ist abgelaufen. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ErrorResponses</name>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Page not found</source>
        <translation>Seite nicht gefunden</translation>
    </message>
    <message>
        <source>There is no page at this address.</source>
        <translation>Unter dieser Adresse gibt es keine Seite.</translation>
    </message>
</context>
<context>
    <name>PasskeyForm</name>
    <message>
        <source>Passkeys work only when this server is reached by a host name (for example localhost), not by an IP address.</source>
        <translation>Passkeys funktionieren nur, wenn dieser Server über einen Hostnamen (zum Beispiel localhost) erreicht wird, nicht über eine IP-Adresse.</translation>
    </message>
    <message>
        <source>Follow your browser&apos;s prompt to use your passkey…</source>
        <translation>Folgen Sie der Abfrage Ihres Browsers, um Ihren Passkey zu verwenden …</translation>
    </message>
    <message>
        <source>The passkey prompt was closed or failed. Try again.</source>
        <translation>Die Passkey-Abfrage wurde geschlossen oder ist fehlgeschlagen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Passkey name</source>
        <translation>Name des Passkeys</translation>
    </message>
</context>
<context>
    <name>PasskeysEndpoint</name>
    <message>
        <source>This link has expired</source>
        <translation>Dieser Link ist abgelaufen</translation>
    </message>
    <message>
        <source>Return to the app and add the passkey again.</source>
        <translation>Kehren Sie zur App zurück und fügen Sie den Passkey erneut hinzu.</translation>
    </message>
    <message>
        <source>Add a passkey</source>
        <translation>Passkey hinzufügen</translation>
    </message>
    <message>
        <source>A passkey signs you in as %1 without your password: your device checks your fingerprint, face or PIN.</source>
        <translation>Mit einem Passkey melden Sie sich ohne Passwort als %1 an: Ihr Gerät prüft Ihren Fingerabdruck, Ihr Gesicht oder Ihre PIN.</translation>
    </message>
    <message>
        <source>Passkey %1</source>
        <translation>Passkey %1</translation>
    </message>
    <message>
        <source>Create passkey</source>
        <translation>Passkey erstellen</translation>
    </message>
    <message>
        <source>Give the passkey a name of 1 to %1 characters.</source>
        <translation>Geben Sie dem Passkey einen Namen mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>This page has expired. Try again on this new one.</source>
        <translation>Diese Seite ist abgelaufen. Versuchen Sie es auf dieser neuen Seite erneut.</translation>
    </message>
    <message>
        <source>The passkey could not be added (%1). Try again.</source>
        <translation>Der Passkey konnte nicht hinzugefügt werden (%1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Passkey added</source>
        <translation>Passkey hinzugefügt</translation>
    </message>
    <message>
        <source>“%1” can now sign you in. Return to the app.</source>
        <translation>„%1“ kann Sie jetzt anmelden. Kehren Sie zur App zurück.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation>Das Passwort darf höchstens %1 Zeichen haben.</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>See your tasks</source>
        <translation>Ihre Aufgaben sehen</translation>
    </message>
    <message>
        <source>Create, change and delete your tasks</source>
        <translation>Ihre Aufgaben anlegen, ändern und löschen</translation>
    </message>
    <message>
        <source>See and change your account security settings: tokens, sessions, two-factor authentication</source>
        <translation>Ihre Einstellungen zur Kontosicherheit sehen und ändern: Token, Sitzungen, Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Administer other users&apos; accounts (administrators only)</source>
        <translation>Konten anderer Benutzer verwalten (nur Administratoren)</translation>
    </message>
</context>
<context>
    <name>SiteEndpoint</name>
    <message>
        <source>tasklane-server is running</source>
        <translation>tasklane-server läuft</translation>
    </message>
    <message>
        <source>Connect to it from the Tasklane app with this address: %1</source>
        <translation>Verbinden Sie sich aus der Tasklane-App mit dieser Adresse: %1</translation>
    </message>
</context>
</TS>
