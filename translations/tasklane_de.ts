<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountSecurityDialog</name>
    <message>
        <source>Talking to the server</source>
        <translation>Verbindung zum Server</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>Kontosicherheit</translation>
    </message>
    <message>
        <source>Account security – %1</source>
        <translation>Kontosicherheit – %1</translation>
    </message>
    <message>
        <source>Account security sections</source>
        <translation>Bereiche der Kontosicherheit</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>Security &amp;log</source>
        <translation>Sicherheitsprotoko&amp;ll</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Personal access tokens for scripts and other apps</source>
        <translation>Persönliche Zugriffstoken für Skripte und andere Apps</translation>
    </message>
    <message>
        <source>Devices signed in to your account</source>
        <translation>Geräte, die an Ihrem Konto angemeldet sind</translation>
    </message>
    <message>
        <source>What happened to your account</source>
        <translation>Was mit Ihrem Konto geschehen ist</translation>
    </message>
    <message>
        <source>Close Account security</source>
        <translation>Kontosicherheit schließen</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Passwort wird geändert …</translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation>Token wird erstellt …</translation>
    </message>
    <message>
        <source>Revoking the token…</source>
        <translation>Token wird widerrufen …</translation>
    </message>
    <message>
        <source>Signing the session out…</source>
        <translation>Sitzung wird abgemeldet …</translation>
    </message>
    <message>
        <source>Signing out the other sessions…</source>
        <translation>Andere Sitzungen werden abgemeldet …</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Loading the security log…</source>
        <translation>Sicherheitsprotokoll wird geladen …</translation>
    </message>
    <message>
        <source>Pass&amp;keys</source>
        <translation>Pass&amp;keys</translation>
    </message>
    <message>
        <source>Sign in with your device instead of a password</source>
        <translation>Mit Ihrem Gerät statt mit einem Passwort anmelden</translation>
    </message>
    <message>
        <source>Removing the passkey…</source>
        <translation>Passkey wird entfernt …</translation>
    </message>
    <message>
        <source>Asking the server for a link to add a passkey…</source>
        <translation>Link zum Hinzufügen eines Passkeys wird beim Server angefragt …</translation>
    </message>
</context>
<context>
    <name>AdminService</name>
    <message>
        <source>The server did not send the user asked for.</source>
        <translation>Der Server hat den angefragten Benutzer nicht gesendet.</translation>
    </message>
    <message>
        <source>You revoked every session and token of your own account in Administration.</source>
        <translation>Sie haben in der Verwaltung alle Sitzungen und Token Ihres eigenen Kontos widerrufen.</translation>
    </message>
    <message>
        <source>You disabled your own account in Administration.</source>
        <translation>Sie haben in der Verwaltung Ihr eigenes Konto deaktiviert.</translation>
    </message>
    <message>
        <source>You reset the password of your own account in Administration.</source>
        <translation>Sie haben in der Verwaltung das Passwort Ihres eigenen Kontos zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>AdminUser</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>AdminUserModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is disabled: they cannot sign in.</source>
        <translation>%1 &lt;%2&gt; ist deaktiviert: Anmelden ist nicht möglich.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Can manage other users</source>
        <translation>Kann andere Benutzer verwalten</translation>
    </message>
    <message>
        <source>Manages only their own tasks</source>
        <translation>Verwaltet nur eigene Aufgaben</translation>
    </message>
    <message>
        <source>Signs in with a password and an authenticator code</source>
        <translation>Meldet sich mit Passwort und Authenticator-Code an</translation>
    </message>
    <message>
        <source>Signs in with a password only</source>
        <translation>Meldet sich nur mit Passwort an</translation>
    </message>
    <message>
        <source>Devices signed in now</source>
        <translation>Derzeit angemeldete Geräte</translation>
    </message>
    <message>
        <source>Personal access tokens that still work</source>
        <translation>Persönliche Zugriffstoken, die noch gültig sind</translation>
    </message>
    <message>
        <source>Last signed in %1</source>
        <translation>Zuletzt angemeldet am %1</translation>
    </message>
    <message>
        <source>Has never signed in</source>
        <translation>Hat sich noch nie angemeldet</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Zwei-Faktor</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>The users could not be loaded.</source>
        <translation>Die Benutzer konnten nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>AdminUserPanel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Konto angelegt</translation>
    </message>
    <message>
        <source>Re&amp;voke everything for this user…</source>
        <translation>Alles für diesen Benutzer &amp;widerrufen …</translation>
    </message>
    <message>
        <source>Revoke every session and token of this user</source>
        <translation>Alle Sitzungen und Token dieses Benutzers widerrufen</translation>
    </message>
    <message>
        <source>Reset &amp;two-factor…</source>
        <translation>&amp;Zwei-Faktor zurücksetzen …</translation>
    </message>
    <message>
        <source>Reset this user&apos;s two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung dieses Benutzers zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Disable account…</source>
        <translation>Konto &amp;deaktivieren …</translation>
    </message>
    <message>
        <source>Disable this user&apos;s account</source>
        <translation>Konto dieses Benutzers deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Enable account</source>
        <translation>Konto &amp;aktivieren</translation>
    </message>
    <message>
        <source>Enable this user&apos;s account</source>
        <translation>Konto dieses Benutzers aktivieren</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen …</translation>
    </message>
    <message>
        <source>Give this user a new one-time password</source>
        <translation>Diesem Benutzer ein neues Einmalpasswort geben</translation>
    </message>
    <message>
        <source>&amp;Make administrator…</source>
        <translation>Zum Administrator &amp;machen …</translation>
    </message>
    <message>
        <source>Make this user an administrator</source>
        <translation>Diesen Benutzer zum Administrator machen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Sign &amp;out session…</source>
        <translation>Sitzung a&amp;bmelden …</translation>
    </message>
    <message>
        <source>Sign out the selected session</source>
        <translation>Ausgewählte Sitzung abmelden</translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation>Persönliche Zugriffstoken</translation>
    </message>
    <message>
        <source>Revoke to&amp;ken…</source>
        <translation>To&amp;ken widerrufen …</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Ausgewähltes Token widerrufen</translation>
    </message>
    <message>
        <source>The selected user</source>
        <translation>Der ausgewählte Benutzer</translation>
    </message>
    <message>
        <source>Select a user on the left to see their sessions and tokens.</source>
        <translation>Wählen Sie links einen Benutzer, um dessen Sitzungen und Token zu sehen.</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Two-factor:</source>
        <translation>Zwei-Faktor:</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Letzte Anmeldung:</translation>
    </message>
    <message>
        <source>Member since:</source>
        <translation>Mitglied seit:</translation>
    </message>
    <message>
        <source>The user&apos;s sessions</source>
        <translation>Sitzungen des Benutzers</translation>
    </message>
    <message>
        <source>No device is signed in.</source>
        <translation>Kein Gerät ist angemeldet.</translation>
    </message>
    <message>
        <source>The user&apos;s personal access tokens</source>
        <translation>Persönliche Zugriffstoken des Benutzers</translation>
    </message>
    <message>
        <source>No personal access tokens.</source>
        <translation>Keine persönlichen Zugriffstoken.</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sitzung von %1</translation>
    </message>
    <message>
        <source>Token “%1”</source>
        <translation>Token „%1“</translation>
    </message>
    <message>
        <source>“%1” was signed out. %2 needs the password to sign in there again.</source>
        <translation>„%1“ wurde abgemeldet. %2 muss sich dort erneut mit dem Passwort anmelden.</translation>
    </message>
    <message>
        <source>The token “%1” was revoked: it no longer works.</source>
        <translation>Das Token „%1“ wurde widerrufen: Es ist nicht mehr gültig.</translation>
    </message>
    <message>
        <source>1 session was signed out</source>
        <translation>1 Sitzung wurde abgemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions were signed out</source>
        <translation>
            <numerusform>%n Sitzung wurde abgemeldet</numerusform>
            <numerusform>%n Sitzungen wurden abgemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>1 token was revoked</source>
        <translation>1 Token wurde widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens were revoked</source>
        <translation>
            <numerusform>%n Token wurde widerrufen</numerusform>
            <numerusform>%n Token wurden widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 and %3. %4</source>
        <translation>%1: %2 und %3. %4</translation>
    </message>
    <message>
        <source>The account stays disabled.</source>
        <translation>Das Konto bleibt deaktiviert.</translation>
    </message>
    <message>
        <source>They can sign in again with their password.</source>
        <translation>Anmelden ist wieder mit dem eigenen Passwort möglich.</translation>
    </message>
    <message>
        <source>Two-factor authentication is off for %1. They sign in with their password only until they set it up again.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist für %1 aus. Bis sie erneut eingerichtet wird, erfolgt die Anmeldung nur mit Passwort.</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled: they are signed out everywhere and cannot sign in.</source>
        <translation>Das Konto von %1 ist deaktiviert: überall abgemeldet, keine Anmeldung mehr möglich.</translation>
    </message>
    <message>
        <source>%1&apos;s account is enabled: they can sign in again.</source>
        <translation>Das Konto von %1 ist aktiviert: Anmelden ist wieder möglich.</translation>
    </message>
    <message>
        <source>%1 has a new one-time password and must choose their own at the next sign-in; %2 and %3.</source>
        <translation>%1 hat ein neues Einmalpasswort und muss bei der nächsten Anmeldung ein eigenes wählen; %2 und %3.</translation>
    </message>
    <message>
        <source>%1 is an administrator now: the next sign-in gets administration.</source>
        <translation>%1 ist jetzt Administrator: Die nächste Anmeldung erhält Verwaltungsrechte.</translation>
    </message>
    <message>
        <source>%1 is no longer an administrator: administration stopped working for their sessions and tokens at once.</source>
        <translation>%1 ist kein Administrator mehr: Die zugehörigen Sitzungen und Token verlieren sofort die Verwaltungsrechte.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – your account</source>
        <translation>%1 – Ihr Konto</translation>
    </message>
    <message>
        <source>Disabled: cannot sign in</source>
        <translation>Deaktiviert: Anmelden nicht möglich</translation>
    </message>
    <message>
        <source>On: signs in with a password and an authenticator code</source>
        <translation>Ein: Anmeldung mit Passwort und Authenticator-Code</translation>
    </message>
    <message>
        <source>Off: signs in with a password only</source>
        <translation>Aus: Anmeldung nur mit Passwort</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Sitzungen (%1)</translation>
    </message>
    <message>
        <source>Personal access tokens (%1)</source>
        <translation>Persönliche Zugriffstoken (%1)</translation>
    </message>
    <message>
        <source>Sign out every session of this user and revoke every one of their tokens</source>
        <translation>Alle Sitzungen dieses Benutzers abmelden und alle zugehörigen Token widerrufen</translation>
    </message>
    <message>
        <source>Turn off two-factor authentication, e.g. after a lost phone</source>
        <translation>Zwei-Faktor-Authentifizierung ausschalten, z. B. nach Verlust des Telefons</translation>
    </message>
    <message>
        <source>%1 does not use two-factor authentication.</source>
        <translation>%1 verwendet keine Zwei-Faktor-Authentifizierung.</translation>
    </message>
    <message>
        <source>Sign this user out everywhere and stop them signing in</source>
        <translation>Diesen Benutzer überall abmelden und das Anmelden sperren</translation>
    </message>
    <message>
        <source>Let this user sign in again</source>
        <translation>Diesem Benutzer das Anmelden wieder erlauben</translation>
    </message>
    <message>
        <source>Sign this user out everywhere and give them a one-time password</source>
        <translation>Diesen Benutzer überall abmelden und ein Einmalpasswort vergeben</translation>
    </message>
    <message>
        <source>Remove &amp;administrator…</source>
        <translation>Administratorrolle &amp;entziehen …</translation>
    </message>
    <message>
        <source>Remove this user&apos;s administrator role</source>
        <translation>Die Administratorrolle dieses Benutzers entziehen</translation>
    </message>
    <message>
        <source>Make this administrator a normal user</source>
        <translation>Diesen Administrator zu einem normalen Benutzer machen</translation>
    </message>
    <message>
        <source>Let this user manage every account</source>
        <translation>Diesem Benutzer die Verwaltung aller Konten erlauben</translation>
    </message>
    <message>
        <source>Sign out the selected session (Delete)</source>
        <translation>Ausgewählte Sitzung abmelden (Entf)</translation>
    </message>
    <message>
        <source>Select a session to sign it out</source>
        <translation>Wählen Sie eine Sitzung, um sie abzumelden</translation>
    </message>
    <message>
        <source>Revoke the selected token (Delete)</source>
        <translation>Ausgewähltes Token widerrufen (Entf)</translation>
    </message>
    <message>
        <source>Select a token to revoke it</source>
        <translation>Wählen Sie ein Token, um es zu widerrufen</translation>
    </message>
    <message>
        <source>No device is signed in now.</source>
        <translation>Derzeit ist kein Gerät angemeldet.</translation>
    </message>
    <message>
        <source>1 session is signed out on its device at once.</source>
        <translation>1 Sitzung wird sofort auf ihrem Gerät abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions are signed out on their devices at once.</source>
        <translation>
            <numerusform>%n Sitzung wird sofort auf ihrem Gerät abgemeldet.</numerusform>
            <numerusform>%n Sitzungen werden sofort auf ihren Geräten abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No personal access token is in use.</source>
        <translation>Kein persönliches Zugriffstoken ist in Gebrauch.</translation>
    </message>
    <message>
        <source>1 personal access token stops working at once.</source>
        <translation>1 persönliches Zugriffstoken wird sofort ungültig.</translation>
    </message>
    <message numerus="yes">
        <source>%n personal access tokens stop working at once.</source>
        <translation>
            <numerusform>%n persönliches Zugriffstoken wird sofort ungültig.</numerusform>
            <numerusform>%n persönliche Zugriffstoken werden sofort ungültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their apps and scripts must sign in again (or get a new token).</source>
        <translation>Die zugehörigen Apps und Skripte müssen sich neu anmelden (oder ein neues Token erhalten).</translation>
    </message>
    <message>
        <source>The account is disabled, so %1 cannot sign in again until you enable it.</source>
        <translation>Das Konto ist deaktiviert, daher kann sich %1 erst wieder anmelden, wenn Sie es aktivieren.</translation>
    </message>
    <message>
        <source>%1 can sign in again with their password; the account stays enabled.</source>
        <translation>%1 kann sich wieder mit dem eigenen Passwort anmelden; das Konto bleibt aktiviert.</translation>
    </message>
    <message>
        <source>This is your own account: Tasklane signs you out here too.</source>
        <translation>Dies ist Ihr eigenes Konto: Tasklane meldet Sie auch hier ab.</translation>
    </message>
    <message>
        <source>Revoke everything</source>
        <translation>Alles widerrufen</translation>
    </message>
    <message>
        <source>Revoke every session and token of %1?</source>
        <translation>Alle Sitzungen und Token von %1 widerrufen?</translation>
    </message>
    <message>
        <source>&amp;Revoke everything</source>
        <translation>Alles &amp;widerrufen</translation>
    </message>
    <message>
        <source>Keep %1&apos;s sessions and tokens</source>
        <translation>Sitzungen und Token von %1 behalten</translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation>Zwei-Faktor zurücksetzen</translation>
    </message>
    <message>
        <source>Reset two-factor authentication for %1?</source>
        <translation>Zwei-Faktor-Authentifizierung für %1 zurücksetzen?</translation>
    </message>
    <message>
        <source>Their authenticator app&apos;s codes and their backup codes stop working.</source>
        <translation>Die Codes der Authenticator-App und die Backup-Codes werden ungültig.</translation>
    </message>
    <message>
        <source>Until %1 sets up two-factor authentication again in Account security, they sign in with their password only.</source>
        <translation>Bis %1 die Zwei-Faktor-Authentifizierung in der Kontosicherheit neu einrichtet, erfolgt die Anmeldung nur mit Passwort.</translation>
    </message>
    <message>
        <source>Their sessions and tokens are not affected.</source>
        <translation>Sitzungen und Token sind davon nicht betroffen.</translation>
    </message>
    <message>
        <source>&amp;Reset two-factor</source>
        <translation>Zwei-Faktor &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Keep two-factor on for %1</source>
        <translation>Zwei-Faktor für %1 eingeschaltet lassen</translation>
    </message>
    <message>
        <source>%1 cannot sign in until you enable the account again.</source>
        <translation>%1 kann sich nicht anmelden, bis Sie das Konto wieder aktivieren.</translation>
    </message>
    <message>
        <source>This is your own account: Tasklane signs you out at once, and only another administrator can enable it again.</source>
        <translation>Dies ist Ihr eigenes Konto: Tasklane meldet Sie sofort ab, und nur ein anderer Administrator kann es wieder aktivieren.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Konto deaktivieren</translation>
    </message>
    <message>
        <source>Disable the account of %1?</source>
        <translation>Das Konto von %1 deaktivieren?</translation>
    </message>
    <message>
        <source>&amp;Disable account</source>
        <translation>Konto &amp;deaktivieren</translation>
    </message>
    <message>
        <source>Keep %1&apos;s account enabled</source>
        <translation>Konto von %1 aktiviert lassen</translation>
    </message>
    <message>
        <source>%1 will be signed out everywhere and must choose a new password at next sign-in.</source>
        <translation>%1 wird überall abgemeldet und muss bei der nächsten Anmeldung ein neues Passwort wählen.</translation>
    </message>
    <message>
        <source>Every personal access token of %1 stops working at once.</source>
        <translation>Alle persönlichen Zugriffstoken von %1 werden sofort ungültig.</translation>
    </message>
    <message>
        <source>Their current password stops working; you get a one-time password to hand them, shown once.</source>
        <translation>Das aktuelle Passwort wird ungültig; Sie erhalten ein Einmalpasswort zur Weitergabe, das nur einmal angezeigt wird.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the password of %1?</source>
        <translation>Das Passwort von %1 zurücksetzen?</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Keep %1&apos;s password</source>
        <translation>Passwort von %1 behalten</translation>
    </message>
    <message>
        <source>%1 can then see and change every account, yours included, and use Administration at their next sign-in.</source>
        <translation>%1 kann dann alle Konten sehen und ändern, auch Ihres, und ab der nächsten Anmeldung die Verwaltung nutzen.</translation>
    </message>
    <message>
        <source>%1 loses Administration at once: their sessions and tokens keep working for their own tasks only.</source>
        <translation>%1 verliert sofort den Zugang zur Verwaltung: Sitzungen und Token gelten weiter, nur für die eigenen Aufgaben.</translation>
    </message>
    <message>
        <source>This is your own account: Administration stops working for you at once.</source>
        <translation>Dies ist Ihr eigenes Konto: Die Verwaltung ist für Sie sofort nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Make administrator</source>
        <translation>Zum Administrator machen</translation>
    </message>
    <message>
        <source>Remove administrator</source>
        <translation>Administratorrolle entziehen</translation>
    </message>
    <message>
        <source>Make %1 an administrator?</source>
        <translation>%1 zum Administrator machen?</translation>
    </message>
    <message>
        <source>Remove the administrator role of %1?</source>
        <translation>%1 die Administratorrolle entziehen?</translation>
    </message>
    <message>
        <source>&amp;Make administrator</source>
        <translation>Zum Administrator &amp;machen</translation>
    </message>
    <message>
        <source>&amp;Remove administrator</source>
        <translation>Administratorrolle &amp;entziehen</translation>
    </message>
    <message>
        <source>Keep %1 a user</source>
        <translation>%1 bleibt Benutzer</translation>
    </message>
    <message>
        <source>Keep %1 an administrator</source>
        <translation>%1 bleibt Administrator</translation>
    </message>
    <message>
        <source>That device is signed out at once; %1 needs the password to sign in there again.</source>
        <translation>Das Gerät wird sofort abgemeldet; %1 muss sich dort erneut mit dem Passwort anmelden.</translation>
    </message>
    <message>
        <source>This is the session you are using: Tasklane signs you out.</source>
        <translation>Dies ist Ihre aktuelle Sitzung: Tasklane meldet Sie ab.</translation>
    </message>
    <message>
        <source>Sign out session</source>
        <translation>Sitzung abmelden</translation>
    </message>
    <message>
        <source>Sign out “%1” of %2?</source>
        <translation>„%1“ von %2 abmelden?</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Sitzung behalten</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke the token “%1” of %2?</source>
        <translation>Das Token „%1“ von %2 widerrufen?</translation>
    </message>
    <message>
        <source>Scripts and apps that use it stop working at once. This cannot be undone.</source>
        <translation>Skripte und Apps, die es verwenden, funktionieren sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Keep the token</source>
        <translation>Token behalten</translation>
    </message>
    <message>
        <source>The user could not be loaded: %1</source>
        <translation>Der Benutzer konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The sessions could not be loaded: %1</source>
        <translation>Die Sitzungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The tokens could not be loaded: %1</source>
        <translation>Die Token konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The session was not signed out: %1</source>
        <translation>Die Sitzung wurde nicht abgemeldet: %1</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>Das Token wurde nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>Nothing was revoked: %1</source>
        <translation>Nichts wurde widerrufen: %1</translation>
    </message>
    <message>
        <source>Two-factor authentication was not reset: %1</source>
        <translation>Die Zwei-Faktor-Authentifizierung wurde nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>The account was not disabled: %1</source>
        <translation>Das Konto wurde nicht deaktiviert: %1</translation>
    </message>
    <message>
        <source>The account was not enabled: %1</source>
        <translation>Das Konto wurde nicht aktiviert: %1</translation>
    </message>
    <message>
        <source>The password was not reset: %1</source>
        <translation>Das Passwort wurde nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>The role was not changed: %1</source>
        <translation>Die Rolle wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>AdminUsersTab</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer …</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>User name, name or email</source>
        <translation>Benutzername, Name oder E-Mail</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Create a new user</source>
        <translation>Neuen Benutzer anlegen</translation>
    </message>
    <message>
        <source>Create an account with a one-time password</source>
        <translation>Ein Konto mit Einmalpasswort anlegen</translation>
    </message>
    <message>
        <source>Try loading the users again</source>
        <translation>Erneut versuchen, die Benutzer zu laden</translation>
    </message>
    <message>
        <source>Load more users</source>
        <translation>Weitere Benutzer laden</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen …</translation>
    </message>
    <message>
        <source>There are no users.</source>
        <translation>Es gibt keine Benutzer.</translation>
    </message>
    <message>
        <source>No user matches “%1”.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
    <message>
        <source>The first %1 users.</source>
        <translation>Die ersten %1 Benutzer.</translation>
    </message>
    <message>
        <source>The first %1 users matching “%2”.</source>
        <translation>Die ersten %1 Benutzer, die zu „%2“ passen.</translation>
    </message>
    <message>
        <source>1 user.</source>
        <translation>1 Benutzer.</translation>
    </message>
    <message numerus="yes">
        <source>%n users.</source>
        <translation>
            <numerusform>%n Benutzer.</numerusform>
            <numerusform>%n Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 user matches “%1”.</source>
        <translation>1 Benutzer passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n users match “%1”.</source>
        <translation>
            <numerusform>%n Benutzer passt zu „%1“.</numerusform>
            <numerusform>%n Benutzer passen zu „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>Talking to the server</source>
        <translation>Verbindung zum Server</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Administration – %1</source>
        <translation>Verwaltung – %1</translation>
    </message>
    <message>
        <source>Administration sections</source>
        <translation>Bereiche der Verwaltung</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit-Protokoll</translation>
    </message>
    <message>
        <source>Find a user, see and end their sessions and tokens</source>
        <translation>Benutzer suchen, ihre Sitzungen und Token sehen und beenden</translation>
    </message>
    <message>
        <source>What administrators did to accounts</source>
        <translation>Was Administratoren an Konten geändert haben</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close Administration</source>
        <translation>Verwaltung schließen</translation>
    </message>
    <message>
        <source>&amp;Find user</source>
        <translation>Benutzer s&amp;uchen</translation>
    </message>
    <message>
        <source>Search the users</source>
        <translation>Die Benutzer durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Load the users and the audit log again</source>
        <translation>Benutzer und Audit-Protokoll neu laden</translation>
    </message>
    <message>
        <source>Revoking every session and token…</source>
        <translation>Alle Sitzungen und Token werden widerrufen …</translation>
    </message>
    <message>
        <source>Disabling the account…</source>
        <translation>Konto wird deaktiviert …</translation>
    </message>
    <message>
        <source>Enabling the account…</source>
        <translation>Konto wird aktiviert …</translation>
    </message>
    <message>
        <source>Resetting two-factor authentication…</source>
        <translation>Zwei-Faktor-Authentifizierung wird zurückgesetzt …</translation>
    </message>
    <message>
        <source>Signing the session out…</source>
        <translation>Sitzung wird abgemeldet …</translation>
    </message>
    <message>
        <source>Revoking the token…</source>
        <translation>Token wird widerrufen …</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Konto wird angelegt …</translation>
    </message>
    <message>
        <source>Resetting the password…</source>
        <translation>Passwort wird zurückgesetzt …</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Rolle wird geändert …</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen …</translation>
    </message>
    <message>
        <source>Loading the user…</source>
        <translation>Benutzer wird geladen …</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Audit-Protokoll wird geladen …</translation>
    </message>
    <message>
        <source>&amp;Service accounts</source>
        <translation>&amp;Dienstkonten</translation>
    </message>
    <message>
        <source>Programs that use a user&apos;s tasks with a secret of their own</source>
        <translation>Programme, die die Aufgaben eines Benutzers mit einem eigenen Geheimnis nutzen</translation>
    </message>
    <message>
        <source>Loading the service accounts…</source>
        <translation>Dienstkonten werden geladen…</translation>
    </message>
    <message>
        <source>Changing the service account…</source>
        <translation>Dienstkonto wird geändert…</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>No valid server address is set.</source>
        <translation>Es ist keine gültige Serveradresse eingestellt.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 (request id: %2)</source>
        <translation>%1 (Anfrage-ID: %2)</translation>
    </message>
    <message>
        <source>The server at %1 did not answer with valid HTTP.</source>
        <translation>Der Server unter %1 hat nicht mit gültigem HTTP geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (it is not JSON).</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden (sie ist kein JSON).</translation>
    </message>
    <message>
        <source>Could not connect to the server at %1: the connection was refused. Check the address and that the server is running.</source>
        <translation>Keine Verbindung zum Server unter %1: Die Verbindung wurde abgelehnt. Prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before it finished answering.</source>
        <translation>Der Server unter %1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The connection to the server at %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zum Server unter %1.</translation>
    </message>
    <message>
        <source>A secure connection to the server at %1 could not be established (TLS handshake failed). The server&apos;s certificate may not be trusted.</source>
        <translation>Zum Server unter %1 konnte keine sichere Verbindung aufgebaut werden (TLS-Handshake fehlgeschlagen). Dem Zertifikat des Servers wird möglicherweise nicht vertraut.</translation>
    </message>
    <message>
        <source>The network is not available. Check your connection and try again.</source>
        <translation>Das Netzwerk ist nicht verfügbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server at %1 redirected too many times.</source>
        <translation>Der Server unter %1 hat zu oft weitergeleitet.</translation>
    </message>
    <message>
        <source>The server at %1 redirected to an insecure (http) address; the request was stopped.</source>
        <translation>Der Server unter %1 hat auf eine unsichere (http-)Adresse weitergeleitet; die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The proxy server could not be used to reach %1. Check the proxy settings.</source>
        <translation>Der Proxy-Server konnte nicht genutzt werden, um eine Verbindung zu %1 herzustellen. Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The server at %1 could not be reached.</source>
        <translation>Der Server unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server at %1 could not be reached (%2).</source>
        <translation>Der Server unter %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds. Try again later.</source>
        <translation>Der Server unter %1 hat nicht innerhalb von %2 Sekunden geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again later.</source>
        <translation>Der Server unter %1 hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der angegebenen Adresse</translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP %1). Sign in again.</source>
        <translation>Der Server hat die Anmeldedaten abgelehnt (HTTP %1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to do this (HTTP %1).</source>
        <translation>Dazu sind Sie nicht berechtigt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server does not know this address (HTTP %1).</source>
        <translation>Der Server kennt diese Adresse nicht (HTTP %1).</translation>
    </message>
    <message>
        <source>The server is receiving too many requests (HTTP %1). Try again later.</source>
        <translation>Der Server erhält zu viele Anfragen (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP %1). Try again later.</source>
        <translation>Der Server ist vorübergehend nicht verfügbar (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server failed to handle the request (HTTP %1).</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>The server answered with something that is not a list.</source>
        <translation>Der Server hat mit etwas geantwortet, das keine Liste ist.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Tasklane on %1</source>
        <translation>Tasklane auf %1</translation>
    </message>
</context>
<context>
    <name>AuditLogEntry</name>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Signed a session out</source>
        <translation>Sitzung abgemeldet</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoked everything</source>
        <translation>Alles widerrufen</translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation>Zwei-Faktor zurückgesetzt</translation>
    </message>
    <message>
        <source>Disabled the account</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <source>Enabled the account</source>
        <translation>Konto aktiviert</translation>
    </message>
    <message>
        <source>Created the account</source>
        <translation>Konto angelegt</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Changed the role</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>An unnamed device</source>
        <translation>Ein unbenanntes Gerät</translation>
    </message>
    <message>
        <source>An administrator</source>
        <translation>Ein Administrator</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>Ein Benutzer</translation>
    </message>
    <message>
        <source>Made an administrator</source>
        <translation>Zum Administrator gemacht</translation>
    </message>
    <message>
        <source>No longer an administrator</source>
        <translation>Kein Administrator mehr</translation>
    </message>
    <message>
        <source>Nothing was left to revoke</source>
        <translation>Es gab nichts mehr zu widerrufen</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 token</source>
        <translation>1 Token</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 revoked</source>
        <translation>%1 und %2 widerrufen</translation>
    </message>
    <message>
        <source>Created a service account</source>
        <translation>Dienstkonto erstellt</translation>
    </message>
    <message>
        <source>Rotated a service account&apos;s secret</source>
        <translation>Geheimnis eines Dienstkontos erneuert</translation>
    </message>
    <message>
        <source>Revoked a service account</source>
        <translation>Dienstkonto widerrufen</translation>
    </message>
    <message>
        <source>A service account got a token</source>
        <translation>Ein Dienstkonto hat ein Token erhalten</translation>
    </message>
    <message>
        <source>A service account was refused</source>
        <translation>Ein Dienstkonto wurde abgewiesen</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Done with the server&apos;s command line (tasklane-server user …)</source>
        <translation>Über die Befehlszeile des Servers ausgeführt (tasklane-server user …)</translation>
    </message>
    <message>
        <source>The administrator who did it</source>
        <translation>Der Administrator, der es ausgeführt hat</translation>
    </message>
    <message>
        <source>The address the request came from</source>
        <translation>Die Adresse, von der die Anfrage kam</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>The audit log could not be loaded.</source>
        <translation>Das Audit-Protokoll konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Everything administrators did to accounts, newest first. The users concerned see the same in their own security log.</source>
        <translation>Alles, was Administratoren an Konten geändert haben, neueste zuerst. Die betroffenen Benutzer sehen dasselbe in ihrem Sicherheitsprotokoll.</translation>
    </message>
    <message>
        <source>Load the audit log again</source>
        <translation>Audit-Protokoll neu laden</translation>
    </message>
    <message>
        <source>Try loading the audit log again</source>
        <translation>Erneut versuchen, das Audit-Protokoll zu laden</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Ältere Einträge laden</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Audit-Protokoll wird geladen …</translation>
    </message>
    <message>
        <source>No administrator has changed an account yet.</source>
        <translation>Noch hat kein Administrator ein Konto geändert.</translation>
    </message>
    <message>
        <source>The %1 most recent entries.</source>
        <translation>Die %1 neuesten Einträge.</translation>
    </message>
    <message>
        <source>1 entry.</source>
        <translation>1 Eintrag.</translation>
    </message>
    <message>
        <source>All %1 entries.</source>
        <translation>Alle %1 Einträge.</translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation>Das Audit-Protokoll konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>BackupCodeSheet</name>
    <message>
        <source>Tasklane backup codes</source>
        <translation>Tasklane-Backup-Codes</translation>
    </message>
    <message>
        <source>These are backup codes for two-factor authentication. When you cannot use your authenticator app, type one of them where the app asks for a code. Each code works once. Keep them somewhere safe and private, such as a password manager or a locked drawer. Making new backup codes makes these ones stop working.</source>
        <translation>Dies sind Backup-Codes für die Zwei-Faktor-Authentifizierung. Wenn Sie Ihre Authenticator-App nicht verwenden können, geben Sie einen davon ein, wo die App nach einem Code fragt. Jeder Code funktioniert nur einmal. Bewahren Sie sie sicher und privat auf, etwa in einem Passwortmanager oder einer verschlossenen Schublade. Wenn Sie neue Backup-Codes erzeugen, werden diese ungültig.</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
</context>
<context>
    <name>BackupCodesDialog</name>
    <message>
        <source>New Backup Codes</source>
        <translation>Neue Backup-Codes</translation>
    </message>
    <message>
        <source>Your old backup codes no longer work. Save these new ones now: they are shown only this once. Each code signs you in once when you cannot use your authenticator app.</source>
        <translation>Ihre alten Backup-Codes sind nicht mehr gültig. Speichern Sie die neuen jetzt: Sie werden nur dieses eine Mal angezeigt. Mit jedem Code können Sie sich einmal anmelden, wenn Sie Ihre Authenticator-App nicht verwenden können.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Tick “I have saved these backup codes” first</source>
        <translation>Setzen Sie zuerst das Häkchen bei „Ich habe diese Backup-Codes gespeichert“</translation>
    </message>
</context>
<context>
    <name>BackupCodesView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as text file…</source>
        <translation>Als Textdatei &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>I have &amp;saved these backup codes</source>
        <translation>Ich habe diese Backup-Codes &amp;gespeichert</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Backup-Codes</translation>
    </message>
    <message>
        <source>Copy the backup codes</source>
        <translation>Backup-Codes kopieren</translation>
    </message>
    <message>
        <source>Copy the codes to the clipboard, for a password manager</source>
        <translation>Die Codes in die Zwischenablage kopieren, für einen Passwortmanager</translation>
    </message>
    <message>
        <source>Save the backup codes as a text file</source>
        <translation>Backup-Codes als Textdatei speichern</translation>
    </message>
    <message>
        <source>Print the backup codes</source>
        <translation>Backup-Codes drucken</translation>
    </message>
    <message>
        <source>I have saved these backup codes</source>
        <translation>Ich habe diese Backup-Codes gespeichert</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Save Backup Codes</source>
        <translation>Backup-Codes speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>The backup codes could not be saved to %1: %2</source>
        <translation>Die Backup-Codes konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Tasklane backup codes</source>
        <translation>Tasklane-Backup-Codes</translation>
    </message>
    <message>
        <source>Print Backup Codes</source>
        <translation>Backup-Codes drucken</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Printing is not available. %1</source>
        <translation>Drucken ist nicht verfügbar. %1</translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Reload (take theirs)</source>
        <translation>&amp;Neu laden (andere Version)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>Mit meiner Version &amp;überschreiben</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>This task was changed elsewhere</source>
        <translation>Diese Aufgabe wurde anderswo geändert</translation>
    </message>
    <message>
        <source>Task changed elsewhere</source>
        <translation>Aufgabe anderswo geändert</translation>
    </message>
    <message>
        <source>“%1” was changed on another device while you were editing it. Your changes are not saved yet.</source>
        <translation>„%1“ wurde auf einem anderen Gerät geändert, während Sie es bearbeitet haben. Ihre Änderungen sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>“%1” was changed on another device (%2) while you were editing it. Your changes are not saved yet.</source>
        <translation>„%1“ wurde auf einem anderen Gerät (%2) geändert, während Sie es bearbeitet haben. Ihre Änderungen sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Both versions have the same content.</source>
        <translation>Beide Versionen haben denselben Inhalt.</translation>
    </message>
    <message>
        <source>Different in the two versions: %1.</source>
        <translation>Unterschiede zwischen den Versionen: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reload&lt;/b&gt; shows their version and drops your changes. &lt;b&gt;Overwrite&lt;/b&gt; saves your version over theirs.</source>
        <translation>&lt;b&gt;Neu laden&lt;/b&gt; zeigt die andere Version und verwirft Ihre Änderungen. &lt;b&gt;Überschreiben&lt;/b&gt; speichert Ihre Version über die andere.</translation>
    </message>
    <message>
        <source>Reload, taking their version</source>
        <translation>Neu laden und die andere Version übernehmen</translation>
    </message>
    <message>
        <source>Overwrite their version with mine</source>
        <translation>Die andere Version mit meiner überschreiben</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Open</source>
        <comment>verb: a notification&apos;s action, opens the alert</comment>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the message and request id</source>
        <translation>Meldung und Anfrage-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the message and the request id to the clipboard</source>
        <translation>Meldung und Anfrage-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
</context>
<context>
    <name>ExtrasModule</name>
    <message>
        <source>Tasklane&apos;s module %1 could not be loaded (%2). Reinstall Tasklane.</source>
        <translation>Das Tasklane-Modul %1 konnte nicht geladen werden (%2). Installieren Sie Tasklane neu.</translation>
    </message>
    <message>
        <source>Tasklane&apos;s module %1 is missing (looked in %2). Reinstall Tasklane.</source>
        <translation>Das Tasklane-Modul %1 fehlt (gesucht in %2). Installieren Sie Tasklane neu.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>Could not start the local server (%1): %2</source>
        <translation>Der lokale Server konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>The local server stopped unexpectedly (exit code %1).</source>
        <translation>Der lokale Server wurde unerwartet beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The local server could not start (%1): %2</source>
        <translation>Der lokale Server konnte nicht starten (%1): %2</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another Tasklane server (process %1) is using the data folder %2 but does not say where it listens. Stop it and try again.</source>
        <translation>Ein anderer Tasklane-Server (Prozess %1) verwendet den Datenordner %2, gibt aber nicht an, wo er lauscht. Beenden Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tasklane</source>
        <translation>Tasklane</translation>
    </message>
    <message>
        <source>The server on this computer is not running.</source>
        <translation>Der Server auf diesem Computer läuft nicht.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Konto wird angelegt …</translation>
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation>Das Konto konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Server busy, retrying in %1 s (attempt %2)…</source>
        <translation>Server ausgelastet, neuer Versuch in %1 s (Versuch %2) …</translation>
    </message>
    <message>
        <source>Sign-in link copied to the clipboard.</source>
        <translation>Anmeldelink in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Your unsaved changes to “%1” are back. They are not saved yet.</source>
        <translation>Ihre ungespeicherten Änderungen an „%1“ sind wieder da. Sie sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>The unsaved changes of %1 to “%2” were discarded.</source>
        <translation>Die ungespeicherten Änderungen von %1 an „%2“ wurden verworfen.</translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation>&amp;Neue Aufgabe</translation>
    </message>
    <message>
        <source>Create a new task</source>
        <translation>Neue Aufgabe anlegen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Change the settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>Account s&amp;ecurity…</source>
        <translation>Kontosi&amp;cherheit …</translation>
    </message>
    <message>
        <source>Manage your personal access tokens and signed-in sessions, and see the security log</source>
        <translation>Persönliche Zugriffstoken und angemeldete Sitzungen verwalten und das Sicherheitsprotokoll ansehen</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Verwaltung …</translation>
    </message>
    <message>
        <source>Manage users: their sessions, tokens and two-factor authentication, and the audit log</source>
        <translation>Benutzer verwalten: ihre Sitzungen, Token und Zwei-Faktor-Authentifizierung sowie das Audit-Protokoll</translation>
    </message>
    <message>
        <source>Administration needs &amp;two-factor authentication…</source>
        <translation>Verwaltung erfordert &amp;Zwei-Faktor-Authentifizierung …</translation>
    </message>
    <message>
        <source>This server gives administration only to accounts with two-factor authentication. Turn it on now, then sign in again.</source>
        <translation>Dieser Server gewährt Verwaltungsrechte nur Konten mit Zwei-Faktor-Authentifizierung. Schalten Sie sie jetzt ein und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Sign in again for &amp;administration…</source>
        <translation>Für die &amp;Verwaltung erneut anmelden …</translation>
    </message>
    <message>
        <source>Two-factor authentication is on: sign in again to get administration.</source>
        <translation>Zwei-Faktor-Authentifizierung ist eingeschaltet: Melden Sie sich erneut an, um Verwaltungsrechte zu erhalten.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out of this server</source>
        <translation>Von diesem Server abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Tasklane</source>
        <translation>Tasklane beenden</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <source>Bring back the task deleted last</source>
        <translation>Die zuletzt gelöschte Aufgabe wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected task</source>
        <translation>Ausgewählte Aufgabe löschen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the tasks</source>
        <translation>Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the tasks again</source>
        <translation>Aufgaben neu laden</translation>
    </message>
    <message>
        <source>&amp;About Tasklane</source>
        <translation>Ü&amp;ber Tasklane</translation>
    </message>
    <message>
        <source>About Tasklane</source>
        <translation>Über Tasklane</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. Sign in again to get administration (in the menu: Sign in again for administration).</source>
        <translation>Zwei-Faktor-Authentifizierung ist eingeschaltet. Melden Sie sich erneut an, um Verwaltungsrechte zu erhalten (im Menü: Für die Verwaltung erneut anmelden).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Looking for a Tasklane server at %1…</source>
        <translation>Suche nach einem Tasklane-Server unter %1 …</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Your unsaved changes to “%1” will be restored after you sign in again as %2. They are kept in this window only: quitting Tasklane discards them.</source>
        <translation>Ihre ungespeicherten Änderungen an „%1“ werden wiederhergestellt, nachdem Sie sich erneut als %2 angemeldet haben. Sie existieren nur in diesem Fenster: Wenn Sie Tasklane beenden, gehen sie verloren.</translation>
    </message>
    <message>
        <source>Starting the server on this computer…</source>
        <translation>Server auf diesem Computer wird gestartet …</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>Anmeldung bei %1 als %2 …</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>&amp;Two-factor</source>
        <translation>&amp;Zwei-Faktor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tasklane %1&lt;/h3&gt;&lt;p&gt;Your tasks, on your own server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tasklane %1&lt;/h3&gt;&lt;p&gt;Ihre Aufgaben, auf Ihrem eigenen Server.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign in to manage your account security.</source>
        <translation>Melden Sie sich an, um Ihre Kontosicherheit zu verwalten.</translation>
    </message>
    <message>
        <source>Account security is not available when signed in with a personal access token: sign in with your browser to manage tokens and sessions.</source>
        <translation>Die Kontosicherheit ist bei Anmeldung mit einem persönlichen Zugriffstoken nicht verfügbar: Melden Sie sich über Ihren Browser an, um Token und Sitzungen zu verwalten.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Server: this computer</source>
        <translation>Server: dieser Computer</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>NewServiceClientDialog</name>
    <message>
        <source>New service account</source>
        <translation>Neues Dienstkonto</translation>
    </message>
    <message>
        <source>A service account lets a program use one user&apos;s tasks without anyone signing in. It gets a secret, shown once.</source>
        <translation>Mit einem Dienstkonto nutzt ein Programm die Aufgaben eines Benutzers, ohne dass sich jemand anmeldet. Es erhält ein Geheimnis, das nur einmal angezeigt wird.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name of the service account</source>
        <translation>Name des Dienstkontos</translation>
    </message>
    <message>
        <source>e.g. Nightly export</source>
        <translation>z. B. Nächtlicher Export</translation>
    </message>
    <message>
        <source>Acts for &amp;user:</source>
        <translation>Handelt für &amp;Benutzer:</translation>
    </message>
    <message>
        <source>User name of the account whose tasks it uses</source>
        <translation>Benutzername des Kontos, dessen Aufgaben es nutzt</translation>
    </message>
    <message>
        <source>&amp;Read tasks</source>
        <translation>Aufgaben &amp;lesen</translation>
    </message>
    <message>
        <source>&amp;Change tasks</source>
        <translation>Aufgaben än&amp;dern</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>E&amp;rstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>NewTokenDialog</name>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>Zwei-Faktor-&amp;Code:</translation>
    </message>
    <message>
        <source>Creating the token</source>
        <translation>Token wird erstellt</translation>
    </message>
    <message>
        <source>C&amp;reate token</source>
        <translation>Token &amp;erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>New personal access token</source>
        <translation>Neues persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>A personal access token lets a script or another app use Tasklane as you, without your password. Give it only the access it needs. It cannot change your security settings.</source>
        <translation>Mit einem persönlichen Zugriffstoken kann ein Skript oder eine andere App Tasklane in Ihrem Namen nutzen, ohne Ihr Passwort. Geben Sie ihm nur den Zugriff, den es braucht. Ihre Sicherheitseinstellungen kann es nicht ändern.</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Name des Tokens</translation>
    </message>
    <message>
        <source>For example: Backup script</source>
        <translation>Zum Beispiel: Backup-Skript</translation>
    </message>
    <message>
        <source>So you can tell your tokens apart later.</source>
        <translation>Damit Sie Ihre Token später unterscheiden können.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Token expires after</source>
        <translation>Token läuft ab nach</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation>Der 6-stellige Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>&amp;Läuft ab nach:</translation>
    </message>
    <message>
        <source>Create the token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>Cancel without creating a token</source>
        <translation>Abbrechen, ohne ein Token zu erstellen</translation>
    </message>
    <message>
        <source>Give the token a name.</source>
        <translation>Geben Sie dem Token einen Namen.</translation>
    </message>
    <message>
        <source>You already have a token called “%1”. Choose another name.</source>
        <translation>Sie haben bereits ein Token namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Choose at least one kind of access.</source>
        <translation>Wählen Sie mindestens eine Zugriffsart.</translation>
    </message>
    <message>
        <source>The token works until you revoke it. Prefer an expiry date unless a script must run unattended for years.</source>
        <translation>Das Token gilt, bis Sie es widerrufen. Wählen Sie besser ein Ablaufdatum, es sei denn, ein Skript muss jahrelang unbeaufsichtigt laufen.</translation>
    </message>
    <message>
        <source>The token stops working on %1.</source>
        <translation>Das Token wird am %1 ungültig.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt …</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Administrator</translation>
    </message>
    <message>
        <source>Creating the account</source>
        <translation>Konto wird angelegt</translation>
    </message>
    <message>
        <source>C&amp;reate user</source>
        <translation>Benutzer an&amp;legen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>The new user gets a one-time password, shown to you once. At their first sign-in they must choose their own.</source>
        <translation>Der neue Benutzer erhält ein Einmalpasswort, das Ihnen einmal angezeigt wird. Bei der ersten Anmeldung muss ein eigenes gewählt werden.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>For example: carol</source>
        <translation>Zum Beispiel: carol</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Optional: the username stands in</source>
        <translation>Optional: sonst wird der Benutzername verwendet</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Administrators can manage every account, this one included.</source>
        <translation>Administratoren können alle Konten verwalten, auch dieses.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Create the user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>Cancel without creating a user</source>
        <translation>Abbrechen, ohne einen Benutzer anzulegen</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, „.“, „_“ oder „-“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter an address such as name@example.org.</source>
        <translation>Geben Sie eine Adresse wie name@example.org ein.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt …</translation>
    </message>
</context>
<context>
    <name>NoticeBanners</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No, sign it out and change my password</source>
        <translation>&amp;Nein, abmelden und mein Passwort ändern</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>Er&amp;neuern …</translation>
    </message>
</context>
<context>
    <name>NoticeService</name>
    <message>
        <source>New sign-in from %1, %2, %3. Was this you?</source>
        <translation>Neue Anmeldung von %1, %2, %3. Waren Sie das?</translation>
    </message>
    <message>
        <source>Your personal access token “%1” expires %2 (%3).</source>
        <translation>Ihr persönliches Zugriffstoken „%1“ läuft %2 ab (%3).</translation>
    </message>
    <message>
        <source>New sign-in to your account</source>
        <translation>Neue Anmeldung bei Ihrem Konto</translation>
    </message>
    <message>
        <source>A personal access token expires soon</source>
        <translation>Ein persönliches Zugriffstoken läuft bald ab</translation>
    </message>
    <message>
        <source>New sign-in from another device, “%1” (%2), %3, %4. Was this you?</source>
        <translation>Neue Anmeldung von einem anderen Gerät, „%1“ (%2), %3, %4. Waren Sie das?</translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not open a local port to receive the sign-in result.</source>
        <translation>Es konnte kein lokaler Port geöffnet werden, um das Anmeldeergebnis zu empfangen.</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in. Please try again.</source>
        <translation>Der Browser hat eine Antwort geliefert, die nicht zu dieser Anmeldung gehört. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access was denied in the browser.</source>
        <translation>Der Zugriff wurde im Browser verweigert.</translation>
    </message>
    <message>
        <source>Could not open a web browser. Copy the sign-in link and open it yourself.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Kopieren Sie den Anmeldelink und öffnen Sie ihn selbst.</translation>
    </message>
    <message>
        <source>The sign-in answer came from %1, not from the server you chose (%2). For your safety it was refused. Please try again.</source>
        <translation>Die Anmeldeantwort kam von %1, nicht von dem gewählten Server (%2). Zu Ihrer Sicherheit wurde sie abgelehnt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in answer does not say which server it came from, though %1 always says so. For your safety it was refused. Please try again.</source>
        <translation>Die Anmeldeantwort gibt nicht an, von welchem Server sie kommt, obwohl %1 das immer tut. Zu Ihrer Sicherheit wurde sie abgelehnt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server answered the token request with HTTP %1.</source>
        <translation>Der Server hat die Token-Anfrage mit HTTP %1 beantwortet.</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <source>Give %1 this one-time password</source>
        <translation>Übergeben Sie dieses Einmalpasswort an %1</translation>
    </message>
    <message>
        <source>This is the only time it is shown: the server keeps only a hash of it. %1 signs in with it once and must then choose a new password before going on.</source>
        <translation>Es wird nur dieses eine Mal angezeigt: Der Server speichert nur einen Hash davon. %1 meldet sich einmal damit an und muss dann ein neues Passwort wählen, bevor es weitergeht.</translation>
    </message>
    <message>
        <source>Hand it over in person or through a channel only %1 can read, not in a shared chat or ticket.</source>
        <translation>Übergeben Sie es persönlich oder über einen Kanal, den nur %1 lesen kann, nicht in einem gemeinsamen Chat oder Ticket.</translation>
    </message>
    <message>
        <source>The one-time password</source>
        <translation>Das Einmalpasswort</translation>
    </message>
    <message>
        <source>Copy the one-time password to the clipboard</source>
        <translation>Einmalpasswort in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>I have &amp;passed it on</source>
        <translation>Ich habe es &amp;weitergegeben</translation>
    </message>
    <message>
        <source>Close: the one-time password has been passed on</source>
        <translation>Schließen: Das Einmalpasswort wurde weitergegeben</translation>
    </message>
</context>
<context>
    <name>PagedModelBase</name>
    <message>
        <source>The list could not be loaded.</source>
        <translation>Die Liste konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>PasskeyModel</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Hinzugefügt %1</translation>
    </message>
    <message>
        <source>Last signed in %1</source>
        <translation>Zuletzt angemeldet %1</translation>
    </message>
    <message>
        <source>This passkey has not signed in yet.</source>
        <translation>Mit diesem Passkey wurde noch nie angemeldet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
</context>
<context>
    <name>PasskeyService</name>
    <message>
        <source>The server sent no usable link to add a passkey.</source>
        <translation>Der Server hat keinen brauchbaren Link zum Hinzufügen eines Passkeys gesendet.</translation>
    </message>
</context>
<context>
    <name>PasskeysTab</name>
    <message>
        <source>The passkey “%1” was removed.</source>
        <translation>Der Passkey „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>The page to add a passkey is open in your browser. Follow it there, then come back: the list updates by itself.</source>
        <translation>Die Seite zum Hinzufügen eines Passkeys ist in Ihrem Browser geöffnet. Folgen Sie ihr dort und kehren Sie dann zurück: Die Liste aktualisiert sich von selbst.</translation>
    </message>
    <message>
        <source>Could not open a web browser. Open this link yourself within 10 minutes: %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diesen Link innerhalb von 10 Minuten selbst: %1</translation>
    </message>
    <message>
        <source>Passkeys</source>
        <translation>Passkeys</translation>
    </message>
    <message>
        <source>A passkey signs you in with your fingerprint, face, screen lock or security key instead of a password or a code. It is kept by your device or password manager; the server knows only its public key.</source>
        <translation>Mit einem Passkey melden Sie sich per Fingerabdruck, Gesicht, Bildschirmsperre oder Sicherheitsschlüssel an statt mit einem Passwort oder Code. Er liegt auf Ihrem Gerät oder in Ihrem Passwortmanager; der Server kennt nur seinen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>&amp;Add a passkey…</source>
        <translation>Passkey &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add a passkey in the browser</source>
        <translation>Einen Passkey im Browser hinzufügen</translation>
    </message>
    <message>
        <source>Opens a page in your browser where you create the passkey</source>
        <translation>Öffnet in Ihrem Browser eine Seite, auf der Sie den Passkey erstellen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Remove the selected passkey</source>
        <translation>Den ausgewählten Passkey entfernen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the passkeys again</source>
        <translation>Die Passkeys erneut laden</translation>
    </message>
    <message>
        <source>Remove the selected passkey (Delete)</source>
        <translation>Den ausgewählten Passkey entfernen (Entf)</translation>
    </message>
    <message>
        <source>Select a passkey to remove it</source>
        <translation>Wählen Sie einen Passkey aus, um ihn zu entfernen</translation>
    </message>
    <message>
        <source>Remove passkey</source>
        <translation>Passkey entfernen</translation>
    </message>
    <message>
        <source>Remove the passkey “%1”?</source>
        <translation>Den Passkey „%1“ entfernen?</translation>
    </message>
    <message>
        <source>It no longer signs you in to this server.</source>
        <translation>Er meldet Sie nicht mehr bei diesem Server an.</translation>
    </message>
    <message>
        <source>The key stays on your device or in your password manager; delete it there too if you no longer need it.</source>
        <translation>Der Schlüssel bleibt auf Ihrem Gerät oder in Ihrem Passwortmanager; löschen Sie ihn auch dort, wenn Sie ihn nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>&amp;Remove passkey</source>
        <translation>Passkey &amp;entfernen</translation>
    </message>
    <message>
        <source>Keep the passkey</source>
        <translation>Den Passkey behalten</translation>
    </message>
    <message>
        <source>Passkeys need the server to be reached by a host name, not an IP address: browsers refuse passkeys for an address like 127.0.0.1. Ask your administrator to start the server with --issuer and its host name (for example http://localhost:8080).</source>
        <translation>Passkeys setzen voraus, dass der Server über einen Hostnamen erreicht wird, nicht über eine IP-Adresse: Browser lehnen Passkeys für eine Adresse wie 127.0.0.1 ab. Bitten Sie Ihren Administrator, den Server mit --issuer und seinem Hostnamen zu starten (zum Beispiel http://localhost:8080).</translation>
    </message>
    <message>
        <source>This account has the most passkeys allowed (20). Remove one you no longer use, then add the new one.</source>
        <translation>Dieses Konto hat bereits die höchstens erlaubten Passkeys (20). Entfernen Sie einen, den Sie nicht mehr verwenden, und fügen Sie dann den neuen hinzu.</translation>
    </message>
    <message>
        <source>The passkeys could not be loaded: %1</source>
        <translation>Die Passkeys konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The passkey was not removed: %1</source>
        <translation>Der Passkey wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>The page to add a passkey could not be opened: %1</source>
        <translation>Die Seite zum Hinzufügen eines Passkeys konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>You have no passkeys yet. With one you sign in to this server without typing a password or a code: “Add a passkey…” makes one in your browser.</source>
        <translation>Sie haben noch keine Passkeys. Mit einem Passkey melden Sie sich bei diesem Server an, ohne ein Passwort oder einen Code einzugeben: „Passkey hinzufügen …“ erstellt einen in Ihrem Browser.</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Enter a new password</source>
        <translation>Geben Sie ein neues Passwort ein</translation>
    </message>
    <message>
        <source>Too short: 1 more character</source>
        <translation>Zu kurz: noch 1 Zeichen</translation>
    </message>
    <message>
        <source>Too short: %1 more characters</source>
        <translation>Zu kurz: noch %1 Zeichen</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters</source>
        <translation>Zu lang: höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>This is a well-known password or contains your name.</source>
        <translation>Dies ist ein bekanntes Passwort oder es enthält Ihren Namen.</translation>
    </message>
    <message>
        <source>Make it longer, or mix words, digits and symbols.</source>
        <translation>Machen Sie es länger oder mischen Sie Wörter, Ziffern und Sonderzeichen.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>A few more characters or words would make it much stronger.</source>
        <translation>Ein paar Zeichen oder Wörter mehr würden es viel stärker machen.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Passwort wird geändert</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Changing your password signs out every other device and revokes every personal access token. This app stays signed in.</source>
        <translation>Wenn Sie Ihr Passwort ändern, werden alle anderen Geräte abgemeldet und alle persönlichen Zugriffstoken widerrufen. Diese App bleibt angemeldet.</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Die Feststelltaste scheint aktiv zu sein.</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation>Warnung zur Feststelltaste</translation>
    </message>
    <message>
        <source>Problem with the new password</source>
        <translation>Problem mit dem neuen Passwort</translation>
    </message>
    <message>
        <source>Result of the password change</source>
        <translation>Ergebnis der Passwortänderung</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Set the new password; every other session and personal access token ends</source>
        <translation>Neues Passwort festlegen; alle anderen Sitzungen und persönlichen Zugriffstoken enden</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Akt&amp;uelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>Neues Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>No other session was signed out</source>
        <translation>Keine andere Sitzung wurde abgemeldet</translation>
    </message>
    <message>
        <source>1 other session was signed out</source>
        <translation>1 andere Sitzung wurde abgemeldet</translation>
    </message>
    <message>
        <source>%1 other sessions were signed out</source>
        <translation>%1 andere Sitzungen wurden abgemeldet</translation>
    </message>
    <message>
        <source>no personal access token was revoked</source>
        <translation>kein persönliches Zugriffstoken wurde widerrufen</translation>
    </message>
    <message>
        <source>1 personal access token was revoked</source>
        <translation>1 persönliches Zugriffstoken wurde widerrufen</translation>
    </message>
    <message>
        <source>%1 personal access tokens were revoked</source>
        <translation>%1 persönliche Zugriffstoken wurden widerrufen</translation>
    </message>
    <message>
        <source>Password changed. %1 and %2.</source>
        <translation>Passwort geändert. %1 und %2.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Type the new password again to confirm it.</source>
        <translation>Geben Sie das neue Passwort zur Bestätigung noch einmal ein.</translation>
    </message>
    <message>
        <source>The current password is not right. Nothing was changed.</source>
        <translation>Das aktuelle Passwort ist falsch. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in a minute.</source>
        <translation>Zu viele falsche Passwörter. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in %1 minutes.</source>
        <translation>Zu viele falsche Passwörter. Versuchen Sie es in %1 Minuten erneut.</translation>
    </message>
</context>
<context>
    <name>PersonalToken</name>
    <message>
        <source>Read tasks</source>
        <translation>Aufgaben lesen</translation>
    </message>
    <message>
        <source>Change tasks</source>
        <translation>Aufgaben ändern</translation>
    </message>
    <message>
        <source>Administer users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>Sicherheitseinstellungen</translation>
    </message>
    <message>
        <source>See all your tasks, their notes and labels.</source>
        <translation>Alle Ihre Aufgaben mit Notizen und Schlagwörtern sehen.</translation>
    </message>
    <message>
        <source>Create, change, complete and delete your tasks.</source>
        <translation>Ihre Aufgaben anlegen, ändern, erledigen und löschen.</translation>
    </message>
    <message>
        <source>Manage other people&apos;s accounts on this server: their sessions, tokens and two-factor settings. Only for administrators; give it to as few tokens as you can.</source>
        <translation>Konten anderer Personen auf diesem Server verwalten: ihre Sitzungen, Token und Zwei-Faktor-Einstellungen. Nur für Administratoren; geben Sie dies so wenigen Token wie möglich.</translation>
    </message>
    <message>
        <source>See and change your security settings.</source>
        <translation>Ihre Sicherheitseinstellungen sehen und ändern.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PersonalTokenModel</name>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen: %1</translation>
    </message>
    <message>
        <source>%1 has expired and no longer works. Revoke it to free its name.</source>
        <translation>%1 ist abgelaufen und nicht mehr gültig. Widerrufen Sie es, um den Namen freizugeben.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>This token has not been used yet.</source>
        <translation>Dieses Token wurde noch nicht verwendet.</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation>Zuletzt verwendet am %1</translation>
    </message>
    <message>
        <source>From the address %1</source>
        <translation>Von der Adresse %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>This token works until you revoke it.</source>
        <translation>Dieses Token gilt, bis Sie es widerrufen.</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab am %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>%1 was rotated: a new token replaced it, and this one stops working on %2.</source>
        <translation>%1 wurde rotiert: Ein neues Token ersetzt es, und dieses hört am %2 auf zu funktionieren.</translation>
    </message>
    <message>
        <source>Replaced by a new token; works until %1</source>
        <translation>Durch ein neues Token ersetzt; funktioniert bis %1</translation>
    </message>
</context>
<context>
    <name>PersonalTokensTab</name>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Neues Token …</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation>Persönliche Zugriffstoken</translation>
    </message>
    <message>
        <source>Personal access tokens let scripts and other apps use your tasks without your password. Revoke a token as soon as you no longer need it.</source>
        <translation>Mit persönlichen Zugriffstoken können Skripte und andere Apps ohne Ihr Passwort auf Ihre Aufgaben zugreifen. Widerrufen Sie ein Token, sobald Sie es nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>You have no personal access tokens. Create one when a script or another app needs your tasks.</source>
        <translation>Sie haben keine persönlichen Zugriffstoken. Erstellen Sie eines, wenn ein Skript oder eine andere App Ihre Aufgaben braucht.</translation>
    </message>
    <message>
        <source>Create a new token</source>
        <translation>Neues Token erstellen</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Ausgewähltes Token widerrufen</translation>
    </message>
    <message>
        <source>Load the tokens again</source>
        <translation>Token neu laden</translation>
    </message>
    <message>
        <source>%1 of %2 tokens in use: the most an account can have. Revoke one before you create another.</source>
        <translation>%1 von %2 Token in Gebrauch: das Maximum pro Konto. Widerrufen Sie eines, bevor Sie ein weiteres erstellen.</translation>
    </message>
    <message>
        <source>%1 of %2 tokens in use.</source>
        <translation>%1 von %2 Token in Gebrauch.</translation>
    </message>
    <message>
        <source>Expired tokens do not count; revoke them to tidy up.</source>
        <translation>Abgelaufene Token zählen nicht; widerrufen Sie sie zum Aufräumen.</translation>
    </message>
    <message>
        <source>You have %1 active tokens, the most an account can have. Revoke one to create a new one.</source>
        <translation>Sie haben %1 aktive Token, das Maximum pro Konto. Widerrufen Sie eines, um ein neues zu erstellen.</translation>
    </message>
    <message>
        <source>Create a token for a script or another app</source>
        <translation>Ein Token für ein Skript oder eine andere App erstellen</translation>
    </message>
    <message>
        <source>Revoke the selected token (Delete)</source>
        <translation>Ausgewähltes Token widerrufen (Entf)</translation>
    </message>
    <message>
        <source>Select a token to revoke it</source>
        <translation>Wählen Sie ein Token, um es zu widerrufen</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke the token “%1”?</source>
        <translation>Das Token „%1“ widerrufen?</translation>
    </message>
    <message>
        <source>Scripts and apps that use it stop working at once. It was last used %1. This cannot be undone.</source>
        <translation>Skripte und Apps, die es verwenden, funktionieren sofort nicht mehr. Zuletzt verwendet: %1. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Scripts and apps that use it stop working at once. This cannot be undone.</source>
        <translation>Skripte und Apps, die es verwenden, funktionieren sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Revoke the token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Keep the token</source>
        <translation>Token behalten</translation>
    </message>
    <message>
        <source>Token “%1”</source>
        <translation>Token „%1“</translation>
    </message>
    <message>
        <source>The tokens could not be loaded: %1</source>
        <translation>Die Token konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>Das Token wurde nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>&amp;Rotieren …</translation>
    </message>
    <message>
        <source>Rotate the selected token</source>
        <translation>Ausgewähltes Token rotieren</translation>
    </message>
    <message>
        <source>Replace the selected token&apos;s secret with a new one</source>
        <translation>Das ausgewählte Token durch ein neues mit demselben Namen und Zugriff ersetzen</translation>
    </message>
    <message>
        <source>Only a token that has neither expired nor been rotated can be rotated</source>
        <translation>Nur ein Token, das weder abgelaufen noch schon rotiert ist, kann rotiert werden</translation>
    </message>
    <message>
        <source>Select a token to rotate it</source>
        <translation>Wählen Sie ein Token, um es zu rotieren</translation>
    </message>
    <message>
        <source>The token “%1” was revoked: scripts and apps that use it no longer work.</source>
        <translation>Das Token „%1“ wurde widerrufen: Skripte und Apps, die es verwenden, funktionieren nicht mehr.</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>Setup QR code</source>
        <translation>QR-Code zur Einrichtung</translation>
    </message>
    <message>
        <source>A QR code for setting up two-factor authentication. Scan it with your authenticator app, or type the key shown next to it.</source>
        <translation>Ein QR-Code zur Einrichtung der Zwei-Faktor-Authentifizierung. Scannen Sie ihn mit Ihrer Authenticator-App oder geben Sie den daneben angezeigten Schlüssel ein.</translation>
    </message>
    <message>
        <source>The QR code cannot be shown. %1</source>
        <translation>Der QR-Code kann nicht angezeigt werden. %1</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>vor einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>in a minute</source>
        <translation>in einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>vor einer Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>in an hour</source>
        <translation>in einer Stunde</translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>a day ago</source>
        <translation>vor einem Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>in a day</source>
        <translation>in einem Tag</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation>vor einem Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>in a month</source>
        <translation>in einem Monat</translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation>vor einem Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>in a year</source>
        <translation>in einem Jahr</translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotateServiceClientDialog</name>
    <message>
        <source>Rotate secret</source>
        <translation>Geheimnis erneuern</translation>
    </message>
    <message>
        <source>“%1” gets a new secret, shown once. Until the service uses it, the old secret can keep working for a while.</source>
        <translation>„%1“ erhält ein neues Geheimnis, das nur einmal angezeigt wird. Bis der Dienst es verwendet, kann das alte Geheimnis noch eine Weile funktionieren.</translation>
    </message>
    <message>
        <source>Old secret &amp;works for:</source>
        <translation>Altes Geheimnis &amp;gilt noch:</translation>
    </message>
    <message>
        <source>How long the old secret keeps working</source>
        <translation>Wie lange das alte Geheimnis noch funktioniert</translation>
    </message>
    <message>
        <source>No time: it stops now</source>
        <translation>Gar nicht: es endet sofort</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Erneuern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RotateTokenDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>Token rotieren</translation>
    </message>
    <message>
        <source>Rotate the token “%1”? You get a new secret with the same name, access and lifetime (counted from today), shown once. Put it where the old one is used; the old secret then stops working.</source>
        <translation>Das Token „%1“ rotieren? Sie erhalten ein neues Token mit demselben Namen, Zugriff und derselben Laufzeit (ab heute gerechnet), das nur einmal angezeigt wird. Setzen Sie es dort ein, wo das alte verwendet wird; das alte hört danach auf zu funktionieren.</translation>
    </message>
    <message>
        <source>Old secret &amp;works for:</source>
        <translation>Altes Token &amp;gilt noch:</translation>
    </message>
    <message>
        <source>How long the old secret keeps working</source>
        <translation>Wie lange das alte Token noch funktioniert</translation>
    </message>
    <message>
        <source>No time: it stops at once</source>
        <translation>Gar nicht: Es hört sofort auf</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>Zwei-Faktor-&amp;Code:</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation>Der 6-stellige Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Rotating the token</source>
        <translation>Das Token wird rotiert</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Wird rotiert …</translation>
    </message>
    <message>
        <source>&amp;Rotate token</source>
        <translation>Token &amp;rotieren</translation>
    </message>
    <message>
        <source>Rotate the token</source>
        <translation>Das Token rotieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel without rotating the token</source>
        <translation>Abbrechen, ohne das Token zu rotieren</translation>
    </message>
    <message>
        <source>Scripts and apps that use the old secret stop working at once. Choose this when the old secret may have leaked.</source>
        <translation>Skripte und Apps, die das alte Token verwenden, hören sofort auf zu funktionieren. Wählen Sie dies, wenn das alte Token in fremde Hände geraten sein könnte.</translation>
    </message>
    <message>
        <source>Scripts and apps can go on using the old secret until then, which gives you time to put the new one in place.</source>
        <translation>Skripte und Apps können das alte Token bis dahin weiter verwenden; so haben Sie Zeit, das neue einzusetzen.</translation>
    </message>
</context>
<context>
    <name>RowDetailsDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation>Details schließen</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>SecurityLogEntry</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Token created</source>
        <translation>Token erstellt</translation>
    </message>
    <message>
        <source>Token used from a new address</source>
        <translation>Token von neuer Adresse verwendet</translation>
    </message>
    <message>
        <source>Token revoked</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Two-factor turned on</source>
        <translation>Zwei-Faktor eingeschaltet</translation>
    </message>
    <message>
        <source>Two-factor turned off</source>
        <translation>Zwei-Faktor ausgeschaltet</translation>
    </message>
    <message>
        <source>Wrong two-factor code</source>
        <translation>Falscher Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>Two-factor codes locked</source>
        <translation>Zwei-Faktor-Codes gesperrt</translation>
    </message>
    <message>
        <source>Backup code used</source>
        <translation>Backup-Code verwendet</translation>
    </message>
    <message>
        <source>New backup codes</source>
        <translation>Neue Backup-Codes</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Session ended by an administrator</source>
        <translation>Sitzung von einem Administrator beendet</translation>
    </message>
    <message>
        <source>Token revoked by an administrator</source>
        <translation>Token von einem Administrator widerrufen</translation>
    </message>
    <message>
        <source>Everything revoked by an administrator</source>
        <translation>Alles von einem Administrator widerrufen</translation>
    </message>
    <message>
        <source>Two-factor reset by an administrator</source>
        <translation>Zwei-Faktor von einem Administrator zurückgesetzt</translation>
    </message>
    <message>
        <source>Account disabled by an administrator</source>
        <translation>Konto von einem Administrator deaktiviert</translation>
    </message>
    <message>
        <source>Account enabled by an administrator</source>
        <translation>Konto von einem Administrator aktiviert</translation>
    </message>
    <message>
        <source>Account created by an administrator</source>
        <translation>Konto von einem Administrator angelegt</translation>
    </message>
    <message>
        <source>Password reset by an administrator</source>
        <translation>Passwort von einem Administrator zurückgesetzt</translation>
    </message>
    <message>
        <source>Role changed by an administrator</source>
        <translation>Rolle von einem Administrator geändert</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Falsches Passwort</translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation>Das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>Wrong current password when changing the password</source>
        <translation>Falsches aktuelles Passwort beim Ändern des Passworts</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No attempts left</source>
        <translation>Keine Versuche mehr übrig</translation>
    </message>
    <message>
        <source>1 attempt left</source>
        <translation>1 Versuch übrig</translation>
    </message>
    <message numerus="yes">
        <source>%n attempts left</source>
        <translation>
            <numerusform>%n Versuch übrig</numerusform>
            <numerusform>%n Versuche übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Codes refused until %1</source>
        <translation>Codes abgelehnt bis %1</translation>
    </message>
    <message>
        <source>1 backup code left</source>
        <translation>1 Backup-Code übrig</translation>
    </message>
    <message numerus="yes">
        <source>%n backup codes left</source>
        <translation>
            <numerusform>%n Backup-Code übrig</numerusform>
            <numerusform>%n Backup-Codes übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>The old backup codes no longer work</source>
        <translation>Die alten Backup-Codes sind nicht mehr gültig</translation>
    </message>
    <message>
        <source>Chosen at the first sign-in with a one-time password</source>
        <translation>Bei der ersten Anmeldung mit einem Einmalpasswort gewählt</translation>
    </message>
    <message>
        <source>1 other session signed out</source>
        <translation>1 andere Sitzung abgemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%n other sessions signed out</source>
        <translation>
            <numerusform>%n andere Sitzung abgemeldet</numerusform>
            <numerusform>%n andere Sitzungen abgemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>1 token revoked</source>
        <translation>1 Token widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens revoked</source>
        <translation>
            <numerusform>%n Token widerrufen</numerusform>
            <numerusform>%n Token widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, durch %2</translation>
    </message>
    <message>
        <source>An unnamed device</source>
        <translation>Ein unbenanntes Gerät</translation>
    </message>
    <message>
        <source>%1 revoked, by %2</source>
        <translation>%1 widerrufen, durch %2</translation>
    </message>
    <message>
        <source>Made an administrator, by %1</source>
        <translation>Zum Administrator gemacht, durch %1</translation>
    </message>
    <message>
        <source>No longer an administrator, by %1</source>
        <translation>Kein Administrator mehr, durch %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Durch %1</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Zwei-Faktor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>with the password</source>
        <translation>mit Passwort</translation>
    </message>
    <message>
        <source>with the password and an authenticator code</source>
        <translation>mit Passwort und Authenticator-Code</translation>
    </message>
    <message>
        <source>with the password and a backup code</source>
        <translation>mit Passwort und Backup-Code</translation>
    </message>
    <message>
        <source>signed out from the account&apos;s security settings</source>
        <translation>in den Sicherheitseinstellungen des Kontos abgemeldet</translation>
    </message>
    <message>
        <source>signed out with “Sign out all other sessions”</source>
        <translation>über „Alle anderen Sitzungen abmelden“ abgemeldet</translation>
    </message>
    <message>
        <source>signed out on that device</source>
        <translation>auf dem Gerät selbst abgemeldet</translation>
    </message>
    <message>
        <source>signed out by an administrator</source>
        <translation>von einem Administrator abgemeldet</translation>
    </message>
    <message>
        <source>signed out because the account was disabled</source>
        <translation>abgemeldet, weil das Konto deaktiviert wurde</translation>
    </message>
    <message>
        <source>signed out because the password was changed</source>
        <translation>abgemeldet, weil das Passwort geändert wurde</translation>
    </message>
    <message>
        <source>ended because one of its old sign-in tokens was used again, so it may have leaked</source>
        <translation>beendet, weil ein altes Anmelde-Token dieser Sitzung erneut verwendet wurde; es ist möglicherweise in fremde Hände gelangt</translation>
    </message>
    <message>
        <source>ended because its one-time sign-in code was used twice, so it may have been intercepted</source>
        <translation>beendet, weil der einmalige Anmeldecode dieser Sitzung zweimal verwendet wurde; er wurde möglicherweise abgefangen</translation>
    </message>
    <message>
        <source>the server&apos;s command line</source>
        <translation>die Befehlszeile des Servers</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 token</source>
        <translation>1 Token</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Token rotated</source>
        <translation>Token rotiert</translation>
    </message>
    <message>
        <source>signed out because you said the new sign-in was not you</source>
        <translation>abgemeldet, weil Sie angegeben haben, dass die neue Anmeldung nicht von Ihnen war</translation>
    </message>
    <message>
        <source>New sign-in flagged</source>
        <translation>Neue Anmeldung gemeldet</translation>
    </message>
    <message>
        <source>New sign-in confirmed</source>
        <translation>Neue Anmeldung bestätigt</translation>
    </message>
    <message>
        <source>New sign-in denied</source>
        <translation>Neue Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>with the password and a passkey</source>
        <translation>mit Passwort und Passkey</translation>
    </message>
    <message>
        <source>with a passkey</source>
        <translation>mit einem Passkey</translation>
    </message>
    <message>
        <source>Passkey added</source>
        <translation>Passkey hinzugefügt</translation>
    </message>
    <message>
        <source>Passkey removed</source>
        <translation>Passkey entfernt</translation>
    </message>
    <message>
        <source>Passkey counter went backwards</source>
        <translation>Passkey-Zähler ist zurückgegangen</translation>
    </message>
    <message>
        <source>%1 may have been copied: its sign-in was refused</source>
        <translation>%1 wurde möglicherweise kopiert: die Anmeldung wurde abgelehnt</translation>
    </message>
    <message>
        <source>A new device, %1: %2</source>
        <translation>Ein neues Gerät, %1: %2</translation>
    </message>
</context>
<context>
    <name>SecurityLogModel</name>
    <message>
        <source>The security log could not be loaded.</source>
        <translation>Das Sicherheitsprotokoll konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>%1. If this was not you, sign out the other sessions and revoke tokens you do not recognise.</source>
        <translation>%1. Falls das nicht Sie waren, melden Sie die anderen Sitzungen ab und widerrufen Sie Token, die Sie nicht kennen.</translation>
    </message>
    <message>
        <source>The address the request came from</source>
        <translation>Die Adresse, von der die Anfrage kam</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
</context>
<context>
    <name>SecurityLogTab</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Security log</source>
        <translation>Sicherheitsprotokoll</translation>
    </message>
    <message>
        <source>Show events of kind</source>
        <translation>Ereignisse dieser Art anzeigen</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Search the security log</source>
        <translation>Sicherheitsprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Search events, names and addresses</source>
        <translation>Ereignisse, Namen und Adressen durchsuchen</translation>
    </message>
    <message>
        <source>Load the security log again</source>
        <translation>Sicherheitsprotokoll neu laden</translation>
    </message>
    <message>
        <source>Try loading the security log again</source>
        <translation>Erneut versuchen, das Sicherheitsprotokoll zu laden</translation>
    </message>
    <message>
        <source>Load older events</source>
        <translation>Ältere Ereignisse laden</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Ereignisse werden geladen …</translation>
    </message>
    <message>
        <source>No events of this kind.</source>
        <translation>Keine Ereignisse dieser Art.</translation>
    </message>
    <message>
        <source>Nothing has happened to this account yet.</source>
        <translation>Mit diesem Konto ist noch nichts geschehen.</translation>
    </message>
    <message>
        <source>No events match among the %1 loaded.</source>
        <translation>Keine Treffer unter den %1 geladenen Ereignissen.</translation>
    </message>
    <message>
        <source>%1 of %2 loaded events match.</source>
        <translation>%1 von %2 geladenen Ereignissen passen.</translation>
    </message>
    <message>
        <source>The %1 most recent events of this kind.</source>
        <translation>Die %1 neuesten Ereignisse dieser Art.</translation>
    </message>
    <message>
        <source>The %1 most recent events.</source>
        <translation>Die %1 neuesten Ereignisse.</translation>
    </message>
    <message>
        <source>All %1 events of this kind.</source>
        <translation>Alle %1 Ereignisse dieser Art.</translation>
    </message>
    <message>
        <source>All %1 events.</source>
        <translation>Alle %1 Ereignisse.</translation>
    </message>
    <message>
        <source>The security log could not be loaded: %1</source>
        <translation>Das Sicherheitsprotokoll konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>SecurityService</name>
    <message>
        <source>The server did not send the new token.</source>
        <translation>Der Server hat das neue Token nicht gesendet.</translation>
    </message>
    <message>
        <source>You signed this device out in Account security.</source>
        <translation>Sie haben dieses Gerät in der Kontosicherheit abgemeldet.</translation>
    </message>
    <message>
        <source>The server did not say how many sessions it ended.</source>
        <translation>Der Server hat nicht angegeben, wie viele Sitzungen er beendet hat.</translation>
    </message>
    <message>
        <source>The server did not say what the change signed out.</source>
        <translation>Der Server hat nicht angegeben, was durch die Änderung abgemeldet wurde.</translation>
    </message>
</context>
<context>
    <name>ServerDiscovery</name>
    <message>
        <source>No Tasklane server was found at %1: it does not publish OAuth server metadata (HTTP 404). Check the address.</source>
        <translation>Unter %1 wurde kein Tasklane-Server gefunden: Er veröffentlicht keine OAuth-Server-Metadaten (HTTP 404). Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer with OAuth server metadata (the answer is not JSON). Is this a Tasklane server?</source>
        <translation>Der Server unter %1 hat nicht mit OAuth-Server-Metadaten geantwortet (die Antwort ist kein JSON). Ist dies ein Tasklane-Server?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter one like https://tasks.example.org.</source>
        <translation>„%1“ ist keine Serveradresse. Geben Sie eine wie https://tasks.example.org ein.</translation>
    </message>
    <message>
        <source>The server address %1 does not use https. Tasklane only talks to servers on other computers over https, so that passwords and tokens cannot be read on the way. Use https://%2 instead.</source>
        <translation>Die Serveradresse %1 verwendet kein https. Tasklane spricht mit Servern auf anderen Computern nur über https, damit Passwörter und Token unterwegs nicht mitgelesen werden können. Verwenden Sie stattdessen https://%2.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer with OAuth server metadata (expected a JSON object). Is this a Tasklane server?</source>
        <translation>Der Server unter %1 hat nicht mit OAuth-Server-Metadaten geantwortet (JSON-Objekt erwartet). Ist dies ein Tasklane-Server?</translation>
    </message>
    <message>
        <source>The server at %1 does not say where to sign in (&quot;%2&quot; is missing from its OAuth metadata). Is this a Tasklane server?</source>
        <translation>Der Server unter %1 gibt nicht an, wo die Anmeldung erfolgt („%2“ fehlt in seinen OAuth-Metadaten). Ist dies ein Tasklane-Server?</translation>
    </message>
    <message>
        <source>The server at %1 published an invalid &quot;%2&quot; in its OAuth metadata.</source>
        <translation>Der Server unter %1 hat in seinen OAuth-Metadaten ein ungültiges „%2“ veröffentlicht.</translation>
    </message>
    <message>
        <source>The server at %1 published an insecure &quot;%2&quot; (%3); Tasklane only signs in over https.</source>
        <translation>Der Server unter %1 hat ein unsicheres „%2“ veröffentlicht (%3); Tasklane meldet sich nur über https an.</translation>
    </message>
    <message>
        <source>The server at %1 does not name its issuer in its OAuth metadata.</source>
        <translation>Der Server unter %1 nennt in seinen OAuth-Metadaten keinen Aussteller (issuer).</translation>
    </message>
    <message>
        <source>The server at %1 says its address is %2. Use that address, or ask the server&apos;s administrator to set the right issuer.</source>
        <translation>Der Server unter %1 gibt als seine Adresse %2 an. Verwenden Sie diese Adresse oder bitten Sie den Administrator des Servers, den richtigen Aussteller (issuer) einzustellen.</translation>
    </message>
    <message>
        <source>The server at %1 does not support PKCE with S256 (code_challenge_methods_supported), which Tasklane needs for a safe sign-in.</source>
        <translation>Der Server unter %1 unterstützt PKCE mit S256 nicht (code_challenge_methods_supported), das Tasklane für eine sichere Anmeldung braucht.</translation>
    </message>
</context>
<context>
    <name>ServiceClientModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen (%1)</translation>
    </message>
    <message>
        <source>Rotated; the old secret works until %1</source>
        <translation>Erneuert; das alte Geheimnis gilt bis %1</translation>
    </message>
    <message>
        <source>Rotated %1</source>
        <translation>Erneuert (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Client id: %1</source>
        <translation>Client-ID: %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Acts for</source>
        <translation>Handelt für</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
</context>
<context>
    <name>ServiceClientService</name>
    <message>
        <source>There is no user named %1.</source>
        <translation>Es gibt keinen Benutzer namens %1.</translation>
    </message>
</context>
<context>
    <name>ServiceClientsTab</name>
    <message>
        <source>Revoke service account</source>
        <translation>Dienstkonto widerrufen</translation>
    </message>
    <message>
        <source>Revoke “%1”?</source>
        <translation>„%1“ widerrufen?</translation>
    </message>
    <message>
        <source>Its secret stops working, and so do the tokens it has now, from their next request.</source>
        <translation>Sein Geheimnis funktioniert nicht mehr, ebenso wenig die Token, die es jetzt hat – ab ihrer nächsten Anfrage.</translation>
    </message>
    <message>
        <source>This cannot be undone: the service needs a new service account.</source>
        <translation>Das lässt sich nicht rückgängig machen: Der Dienst braucht dann ein neues Dienstkonto.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>„%1“ behalten</translation>
    </message>
    <message>
        <source>The service accounts could not be loaded: %1</source>
        <translation>Die Dienstkonten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The service account could not be created: %1</source>
        <translation>Das Dienstkonto konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The secret could not be rotated: %1</source>
        <translation>Das Geheimnis konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>The service account could not be revoked: %1</source>
        <translation>Das Dienstkonto konnte nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <source>Loading the service accounts…</source>
        <translation>Dienstkonten werden geladen…</translation>
    </message>
    <message>
        <source>No service accounts yet.</source>
        <translation>Noch keine Dienstkonten.</translation>
    </message>
    <message>
        <source>1 service account.</source>
        <translation>1 Dienstkonto.</translation>
    </message>
    <message>
        <source>%1 service accounts.</source>
        <translation>%1 Dienstkonten.</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
    <message>
        <source>Programs that use one user&apos;s tasks without anyone signing in (OAuth client credentials). Each has a secret, shown once.</source>
        <translation>Programme, die die Aufgaben eines Benutzers nutzen, ohne dass sich jemand anmeldet (OAuth Client Credentials). Jedes hat ein Geheimnis, das nur einmal angezeigt wird.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a service account</source>
        <translation>Ein Dienstkonto erstellen</translation>
    </message>
    <message>
        <source>R&amp;otate secret…</source>
        <translation>Geheimnis e&amp;rneuern…</translation>
    </message>
    <message>
        <source>Give the selected service account a new secret</source>
        <translation>Dem ausgewählten Dienstkonto ein neues Geheimnis geben</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the selected service account</source>
        <translation>Das ausgewählte Dienstkonto widerrufen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Load the service accounts again</source>
        <translation>Die Dienstkonten neu laden</translation>
    </message>
</context>
<context>
    <name>ServiceSecretDialog</name>
    <message>
        <source>Service account secret</source>
        <translation>Geheimnis des Dienstkontos</translation>
    </message>
    <message>
        <source>Copy the secret of “%1” now</source>
        <translation>Kopieren Sie jetzt das Geheimnis von „%1“</translation>
    </message>
    <message>
        <source>This is the only time the secret is shown; the server keeps only a fingerprint of it. The service signs in with the client id %1 and this secret.</source>
        <translation>Das Geheimnis wird nur dieses eine Mal angezeigt; der Server speichert nur einen Fingerabdruck davon. Der Dienst meldet sich mit der Client-ID %1 und diesem Geheimnis an.</translation>
    </message>
    <message>
        <source>Anyone who has the secret can use the owner&apos;s tasks with the scopes of this service account: keep it in the service&apos;s secret store, not in chats, tickets or email.</source>
        <translation>Wer das Geheimnis hat, kann die Aufgaben des Besitzers mit dem Zugriff dieses Dienstkontos nutzen: Bewahren Sie es im Geheimnisspeicher des Dienstes auf, nicht in Chats, Tickets oder E-Mails.</translation>
    </message>
    <message>
        <source>The service account&apos;s secret</source>
        <translation>Das Geheimnis des Dienstkontos</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Das Geheimnis in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>I have &amp;saved it</source>
        <translation>Ich habe es ge&amp;sichert</translation>
    </message>
    <message>
        <source>Close: the secret has been saved</source>
        <translation>Schließen: Das Geheimnis ist gesichert</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>Tasklane on %1</source>
        <translation>Tasklane auf %1</translation>
    </message>
    <message>
        <source>You are already signed in. Sign out first.</source>
        <translation>Sie sind bereits angemeldet. Melden Sie sich zuerst ab.</translation>
    </message>
    <message>
        <source>Connect to a server before signing in.</source>
        <translation>Verbinden Sie sich mit einem Server, bevor Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Paste a personal access token.</source>
        <translation>Fügen Sie ein persönliches Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read because the keychain is not available (%1). Please sign in.</source>
        <translation>Die gespeicherte Anmeldung konnte nicht gelesen werden, weil der Schlüsselbund nicht verfügbar ist (%1). Bitte melden Sie sich an.</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 was found on this computer. Please sign in.</source>
        <translation>Auf diesem Computer wurde keine gespeicherte Anmeldung für %1 gefunden. Bitte melden Sie sich an.</translation>
    </message>
    <message>
        <source>The server did not say who is signed in (GET /v1/me).</source>
        <translation>Der Server hat nicht angegeben, wer angemeldet ist (GET /v1/me).</translation>
    </message>
    <message>
        <source>The server did not accept this token (%1) Check that you copied all of it and that it has not expired or been revoked.</source>
        <translation>Der Server hat dieses Token nicht akzeptiert (%1) Prüfen Sie, ob Sie es vollständig kopiert haben und ob es nicht abgelaufen oder widerrufen ist.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server no longer accepts your personal access token.</source>
        <translation>Der Server akzeptiert Ihr persönliches Zugriffstoken nicht mehr.</translation>
    </message>
    <message>
        <source>Could not renew the sign-in: %1</source>
        <translation>Die Anmeldung konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>Tasklane cannot use the system keychain (%1), so this sign-in will not be remembered: you will need to sign in again next time you start Tasklane.</source>
        <translation>Tasklane kann den Schlüsselbund des Systems nicht verwenden (%1), daher wird diese Anmeldung nicht gespeichert: Beim nächsten Start von Tasklane müssen Sie sich erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (dieses Gerät)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>This is the session of this app. Revoking it signs this app out.</source>
        <translation>Dies ist die Sitzung dieser App. Wenn Sie sie widerrufen, wird diese App abgemeldet.</translation>
    </message>
    <message>
        <source>Application id: %1</source>
        <translation>Anwendungs-ID: %1</translation>
    </message>
    <message>
        <source>The address of the most recent activity</source>
        <translation>Die Adresse der letzten Aktivität</translation>
    </message>
    <message>
        <source>The device did not say which software it is.</source>
        <translation>Das Gerät hat nicht angegeben, welche Software es ist.</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation>Angemeldet am %1</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Zuletzt aktiv am %1</translation>
    </message>
    <message>
        <source>The server did not say when this session ends.</source>
        <translation>Der Server hat nicht angegeben, wann diese Sitzung endet.</translation>
    </message>
    <message>
        <source>The server ends this session %1 if it is not used before then. Each use moves the end, up to the longest time the server lets a session last.</source>
        <translation>Der Server beendet diese Sitzung am %1, wenn sie bis dahin nicht verwendet wird. Jede Verwendung verschiebt das Ende, bis zur längsten Dauer, die der Server für eine Sitzung erlaubt.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>Sign out &amp;all other sessions…</source>
        <translation>&amp;Alle anderen Sitzungen abmelden …</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>Angemeldete Sitzungen</translation>
    </message>
    <message>
        <source>These devices are signed in to your account. If you do not recognise one, revoke it: it is signed out at once and must sign in with your password again.</source>
        <translation>Diese Geräte sind an Ihrem Konto angemeldet. Wenn Sie eines nicht kennen, widerrufen Sie es: Es wird sofort abgemeldet und muss sich erneut mit Ihrem Passwort anmelden.</translation>
    </message>
    <message>
        <source>Revoke the selected session</source>
        <translation>Ausgewählte Sitzung widerrufen</translation>
    </message>
    <message>
        <source>Sign out all other sessions</source>
        <translation>Alle anderen Sitzungen abmelden</translation>
    </message>
    <message>
        <source>Load the sessions again</source>
        <translation>Sitzungen neu laden</translation>
    </message>
    <message>
        <source>“%1” was signed out.</source>
        <translation>„%1“ wurde abgemeldet.</translation>
    </message>
    <message>
        <source>There were no other sessions to sign out.</source>
        <translation>Es gab keine anderen Sitzungen zum Abmelden.</translation>
    </message>
    <message>
        <source>1 other session was signed out.</source>
        <translation>1 andere Sitzung wurde abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n other sessions were signed out.</source>
        <translation>
            <numerusform>%n andere Sitzung wurde abgemeldet.</numerusform>
            <numerusform>%n andere Sitzungen wurden abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a session to revoke it</source>
        <translation>Wählen Sie eine Sitzung, um sie zu widerrufen</translation>
    </message>
    <message>
        <source>Sign this app out (Delete)</source>
        <translation>Diese App abmelden (Entf)</translation>
    </message>
    <message>
        <source>Sign the selected device out (Delete)</source>
        <translation>Ausgewähltes Gerät abmelden (Entf)</translation>
    </message>
    <message>
        <source>Sign out every device except this one</source>
        <translation>Alle Geräte außer diesem abmelden</translation>
    </message>
    <message>
        <source>No other device is signed in</source>
        <translation>Kein anderes Gerät ist angemeldet</translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <source>Sign this app out?</source>
        <translation>Diese App abmelden?</translation>
    </message>
    <message>
        <source>“%1” is this device. Revoking its session signs Tasklane out here at once; you will need your password to sign in again.</source>
        <translation>„%1“ ist dieses Gerät. Wenn Sie seine Sitzung widerrufen, wird Tasklane hier sofort abgemeldet; zum erneuten Anmelden brauchen Sie Ihr Passwort.</translation>
    </message>
    <message>
        <source>&amp;Sign out this app</source>
        <translation>Diese App &amp;abmelden</translation>
    </message>
    <message>
        <source>Sign out “%1”?</source>
        <translation>„%1“ abmelden?</translation>
    </message>
    <message>
        <source>That device is signed out at once and needs the password to sign in again.</source>
        <translation>Das Gerät wird sofort abgemeldet und braucht das Passwort, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Sitzung behalten</translation>
    </message>
    <message>
        <source>Sign out the other signed-in device?</source>
        <translation>Das andere angemeldete Gerät abmelden?</translation>
    </message>
    <message>
        <source>Sign out the %1 other signed-in devices?</source>
        <translation>Die %1 anderen angemeldeten Geräte abmelden?</translation>
    </message>
    <message>
        <source>Every device except this one is signed out at once. Personal access tokens are not affected; revoke them on the Tokens tab.</source>
        <translation>Alle Geräte außer diesem werden sofort abgemeldet. Persönliche Zugriffstoken sind nicht betroffen; widerrufen Sie sie im Reiter „Token“.</translation>
    </message>
    <message>
        <source>Sign &amp;out others</source>
        <translation>Andere &amp;abmelden</translation>
    </message>
    <message>
        <source>Keep the other sessions</source>
        <translation>Andere Sitzungen behalten</translation>
    </message>
    <message>
        <source>Session of “%1”</source>
        <translation>Sitzung von „%1“</translation>
    </message>
    <message>
        <source>The sessions could not be loaded: %1</source>
        <translation>Die Sitzungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The session was not revoked: %1</source>
        <translation>Die Sitzung wurde nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>The other sessions were not signed out: %1</source>
        <translation>Die anderen Sitzungen wurden nicht abgemeldet: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>C&amp;hange server…</source>
        <translation>Server &amp;wechseln …</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Dieser Computer (%1)</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>Server wechseln</translation>
    </message>
    <message>
        <source>Signs you out and lets you choose another server</source>
        <translation>Meldet Sie ab und lässt Sie einen anderen Server wählen</translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation>Browser-Befehl</translation>
    </message>
    <message>
        <source>The system&apos;s default browser</source>
        <translation>Standardbrowser des Systems</translation>
    </message>
    <message>
        <source>The sign-in address is added as the last argument, for example: firefox --private-window. Leave empty to use the system&apos;s default browser.</source>
        <translation>Die Anmeldeadresse wird als letztes Argument angehängt, zum Beispiel: firefox --private-window. Leer lassen, um den Standardbrowser des Systems zu verwenden.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Tasklane follows the system&apos;s theme and colours.</source>
        <translation>Tasklane folgt dem Design und den Farben des Systems.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Browser command:</source>
        <translation>&amp;Browser-Befehl:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen ohne zu speichern</translation>
    </message>
    <message>
        <source>This run&apos;s language was chosen on the command line (--lang); a new language here takes effect when Tasklane is started without it.</source>
        <translation>Die Sprache dieses Starts wurde auf der Befehlszeile gewählt (--lang); eine hier gewählte Sprache wird wirksam, wenn Tasklane ohne diese Option gestartet wird.</translation>
    </message>
    <message>
        <source>A new language takes effect at once.</source>
        <translation>Eine neue Sprache wird sofort wirksam.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>C&amp;hange server…</source>
        <translation>Server &amp;wechseln …</translation>
    </message>
    <message>
        <source>Sign in with your &amp;browser</source>
        <translation>Mit Ihrem &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>Sign in with &amp;token</source>
        <translation>Mit &amp;Token anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>Server wechseln</translation>
    </message>
    <message>
        <source>With your browser</source>
        <translation>Mit Ihrem Browser</translation>
    </message>
    <message>
        <source>Tasklane opens the server&apos;s sign-in page in your web browser. Your password is typed there, never into this app.</source>
        <translation>Tasklane öffnet die Anmeldeseite des Servers in Ihrem Webbrowser. Ihr Passwort geben Sie dort ein, nie in dieser App.</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Mit Ihrem Browser anmelden</translation>
    </message>
    <message>
        <source>With a personal access token</source>
        <translation>Mit einem persönlichen Zugriffstoken</translation>
    </message>
    <message>
        <source>For computers without a browser: paste a token created in your account&apos;s security settings on another device.</source>
        <translation>Für Computer ohne Browser: Fügen Sie ein Token ein, das Sie auf einem anderen Gerät in den Sicherheitseinstellungen Ihres Kontos erstellt haben.</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>tlp_…</source>
        <translation>tlp_…</translation>
    </message>
    <message>
        <source>Sign in with the token</source>
        <translation>Mit dem Token anmelden</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Server: this computer (%1)</source>
        <translation>Server: dieser Computer (%1)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>SignedInSession</name>
    <message>
        <source>Unnamed device</source>
        <translation>Unbenanntes Gerät</translation>
    </message>
    <message>
        <source>Tasklane for desktop</source>
        <translation>Tasklane für den Desktop</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Select a task to see and edit its details.</source>
        <translation>Wählen Sie eine Aufgabe, um ihre Details zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Du&amp;e date:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Aufgabendetails</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>home, errands</source>
        <translation>Haushalt, Besorgungen</translation>
    </message>
    <message>
        <source>Labels, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Save the task</source>
        <translation>Aufgabe speichern</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
    <message>
        <source>Revert the task</source>
        <translation>Aufgabe zurücksetzen</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Zuletzt geändert am %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>The tasks could not be loaded.</source>
        <translation>Die Aufgaben konnten nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>The server sent no task.</source>
        <translation>Der Server hat keine Aufgabe gesendet.</translation>
    </message>
    <message>
        <source>The server answered the task list with something that is not one.</source>
        <translation>Der Server hat die Aufgabenliste mit etwas beantwortet, das keine ist.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Loading tasks</source>
        <translation>Aufgaben werden geladen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben suchen</translation>
    </message>
    <message>
        <source>Search titles and notes (%1)</source>
        <translation>Titel und Notizen durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Show tasks with status</source>
        <translation>Aufgaben mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Sort tasks by</source>
        <translation>Aufgaben sortieren nach</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>So&amp;rt by:</source>
        <translation>So&amp;rtieren nach:</translation>
    </message>
    <message>
        <source>Retry loading tasks</source>
        <translation>Erneut versuchen, die Aufgaben zu laden</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Fehlermeldung ausblenden</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Aufgabenliste</translation>
    </message>
    <message>
        <source>The tasks could not be loaded: %1</source>
        <translation>Die Aufgaben konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet.</source>
        <translation>„%1“ hat Änderungen, die noch nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>No tasks match the search or filter.</source>
        <translation>Keine Aufgaben passen zur Suche oder zum Filter.</translation>
    </message>
    <message>
        <source>No tasks yet.
Press %1 to create one.</source>
        <translation>Noch keine Aufgaben.
Drücken Sie %1, um eine anzulegen.</translation>
    </message>
</context>
<context>
    <name>TokenSecretDialog</name>
    <message>
        <source>Your new token</source>
        <translation>Ihr neues Token</translation>
    </message>
    <message>
        <source>Copy the token “%1” now</source>
        <translation>Kopieren Sie das Token „%1“ jetzt</translation>
    </message>
    <message>
        <source>This is the only time the token is shown. Tasklane and the server keep only a fingerprint of it, so nobody can show it to you again. Put it where your script or app will read it, or into a password manager. If you lose it, revoke it and create a new one.</source>
        <translation>Dies ist das einzige Mal, dass das Token angezeigt wird. Tasklane und der Server speichern nur einen Fingerabdruck davon, daher kann es Ihnen niemand erneut zeigen. Legen Sie es dort ab, wo Ihr Skript oder Ihre App es liest, oder in einem Passwortmanager. Wenn Sie es verlieren, widerrufen Sie es und erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>Anyone who has the token can use your tasks with the access you gave it: do not paste it into chats, tickets or email.</source>
        <translation>Wer das Token hat, kann mit dem von Ihnen gewährten Zugriff auf Ihre Aufgaben zugreifen: Fügen Sie es nicht in Chats, Tickets oder E-Mails ein.</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>Das neue Token</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Token in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>I have &amp;saved it</source>
        <translation>Ich habe es &amp;gespeichert</translation>
    </message>
    <message>
        <source>Close: the token has been saved</source>
        <translation>Schließen: Das Token wurde gespeichert</translation>
    </message>
</context>
<context>
    <name>TwoFactorBackupCodesPage</name>
    <message>
        <source>Save your backup codes</source>
        <translation>Speichern Sie Ihre Backup-Codes</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. If you lose your phone or cannot use the app, these backup codes are how you sign in: each one works once. They are shown only now, so save or print them and keep them somewhere safe.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist eingeschaltet. Wenn Sie Ihr Telefon verlieren oder die App nicht verwenden können, melden Sie sich mit diesen Backup-Codes an: Jeder funktioniert einmal. Sie werden nur jetzt angezeigt, also speichern oder drucken Sie sie und bewahren Sie sie sicher auf.</translation>
    </message>
</context>
<context>
    <name>TwoFactorCodeDialog</name>
    <message>
        <source>Checking the code</source>
        <translation>Code wird geprüft</translation>
    </message>
    <message>
        <source>Disable Two-Factor Authentication</source>
        <translation>Zwei-Faktor-Authentifizierung ausschalten</translation>
    </message>
    <message>
        <source>New Backup Codes</source>
        <translation>Neue Backup-Codes</translation>
    </message>
    <message>
        <source>Signing in will need only your password again, and your backup codes will stop working. To confirm that it is you, enter the current code from your authenticator app. If you lost the device, one of your backup codes works too.</source>
        <translation>Die Anmeldung erfordert dann wieder nur Ihr Passwort, und Ihre Backup-Codes werden ungültig. Geben Sie zur Bestätigung den aktuellen Code aus Ihrer Authenticator-App ein. Wenn Sie das Gerät verloren haben, funktioniert auch einer Ihrer Backup-Codes.</translation>
    </message>
    <message>
        <source>You get ten new backup codes, and the ones you have now stop working at once. To confirm that it is you, enter the current code from your authenticator app.</source>
        <translation>Sie erhalten zehn neue Backup-Codes, und Ihre bisherigen werden sofort ungültig. Geben Sie zur Bestätigung den aktuellen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Authentication code or backup code</source>
        <translation>Authentifizierungscode oder Backup-Code</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Authentifizierungscode</translation>
    </message>
    <message>
        <source>123456 or a backup code</source>
        <translation>123456 oder ein Backup-Code</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Authentication code:</source>
        <translation>&amp;Authentifizierungscode:</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Aus&amp;schalten</translation>
    </message>
    <message>
        <source>&amp;Make New Codes</source>
        <translation>&amp;Neue Codes erzeugen</translation>
    </message>
    <message>
        <source>Disable two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung ausschalten</translation>
    </message>
    <message>
        <source>Make new backup codes</source>
        <translation>Neue Backup-Codes erzeugen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TwoFactorScanPage</name>
    <message>
        <source>Getting a key from the server</source>
        <translation>Schlüssel wird vom Server abgerufen</translation>
    </message>
    <message>
        <source>&amp;Copy Key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>Add Tasklane to your authenticator app</source>
        <translation>Tasklane zu Ihrer Authenticator-App hinzufügen</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Open an authenticator app on your phone, such as Aegis, FreeOTP, Google Authenticator or your password manager.&lt;/li&gt;&lt;li&gt;Add an account and scan this QR code.&lt;/li&gt;&lt;li&gt;Cannot scan? Choose to enter a key instead, type the key below, and pick the settings shown under it.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Öffnen Sie eine Authenticator-App auf Ihrem Telefon, etwa Aegis, FreeOTP, Google Authenticator oder Ihren Passwortmanager.&lt;/li&gt;&lt;li&gt;Fügen Sie ein Konto hinzu und scannen Sie diesen QR-Code.&lt;/li&gt;&lt;li&gt;Scannen nicht möglich? Wählen Sie die Eingabe eines Schlüssels, geben Sie den Schlüssel unten ein und wählen Sie die darunter angezeigten Einstellungen.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>You started this setup earlier without finishing it. The key has not changed: if your app already shows codes for Tasklane, go straight to the next step.</source>
        <translation>Sie haben diese Einrichtung schon einmal begonnen, aber nicht abgeschlossen. Der Schlüssel ist unverändert: Wenn Ihre App bereits Codes für Tasklane anzeigt, gehen Sie direkt zum nächsten Schritt.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the key (without spaces) to the clipboard</source>
        <translation>Schlüssel (ohne Leerzeichen) in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Ask the server for the key again</source>
        <translation>Den Schlüssel erneut vom Server anfordern</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>TwoFactorService</name>
    <message>
        <source>That code is not valid. 1 attempt left before code checks are locked for a few minutes.</source>
        <translation>Dieser Code ist ungültig. Noch 1 Versuch, bevor die Codeprüfung für einige Minuten gesperrt wird.</translation>
    </message>
    <message>
        <source>That code is not valid. %1 attempts left.</source>
        <translation>Dieser Code ist ungültig. Noch %1 Versuche.</translation>
    </message>
    <message>
        <source>That code is not valid. No attempts left: code checks are locked for a few minutes.</source>
        <translation>Dieser Code ist ungültig. Keine Versuche mehr: Die Codeprüfung ist für einige Minuten gesperrt.</translation>
    </message>
    <message>
        <source>That code is not valid.</source>
        <translation>Dieser Code ist ungültig.</translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code from your authenticator app, then enter it.</source>
        <translation>Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten Code Ihrer Authenticator-App und geben Sie ihn dann ein.</translation>
    </message>
    <message>
        <source>Enter a current code from your authenticator app.</source>
        <translation>Geben Sie einen aktuellen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Code checks are locked for a few minutes; even a correct code is refused until then.</source>
        <translation>Zu viele falsche Codes. Die Codeprüfung ist für einige Minuten gesperrt; bis dahin wird auch ein richtiger Code abgelehnt.</translation>
    </message>
    <message>
        <source>in about a minute</source>
        <translation>in etwa einer Minute</translation>
    </message>
    <message>
        <source>in about %1 minutes</source>
        <translation>in etwa %1 Minuten</translation>
    </message>
    <message>
        <source>Too many wrong codes. Try again at %1 (%2); until then even a correct code is refused.</source>
        <translation>Zu viele falsche Codes. Versuchen Sie es um %1 (%2) erneut; bis dahin wird auch ein richtiger Code abgelehnt.</translation>
    </message>
</context>
<context>
    <name>TwoFactorSetup</name>
    <message>
        <source>Time-based, %1 digits, new code every %2 seconds, %3</source>
        <translation>Zeitbasiert, %1 Ziffern, alle %2 Sekunden ein neuer Code, %3</translation>
    </message>
</context>
<context>
    <name>TwoFactorSetupWizard</name>
    <message>
        <source>Enable Two-Factor Authentication</source>
        <translation>Zwei-Faktor-Authentifizierung einschalten</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>Code prüfen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel the setup</source>
        <translation>Einrichtung abbrechen</translation>
    </message>
</context>
<context>
    <name>TwoFactorTab</name>
    <message>
        <source>&amp;Enable Two-Factor Authentication…</source>
        <translation>Zwei-Faktor-Authentifizierung &amp;einschalten …</translation>
    </message>
    <message>
        <source>Enable two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung einschalten</translation>
    </message>
    <message>
        <source>&amp;New Backup Codes…</source>
        <translation>&amp;Neue Backup-Codes …</translation>
    </message>
    <message>
        <source>Regenerate backup codes</source>
        <translation>Backup-Codes neu erzeugen</translation>
    </message>
    <message>
        <source>&amp;Disable Two-Factor Authentication…</source>
        <translation>Zwei-Faktor-Authentifizierung &amp;ausschalten …</translation>
    </message>
    <message>
        <source>Disable two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung ausschalten</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Refresh the two-factor status</source>
        <translation>Zwei-Faktor-Status aktualisieren</translation>
    </message>
    <message>
        <source>Talking to the server</source>
        <translation>Verbindung zum Server</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Two-Factor Authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>With two-factor authentication, signing in takes a code from an app on your phone as well as your password, so a stolen password alone does not open your account.</source>
        <translation>Mit Zwei-Faktor-Authentifizierung brauchen Sie zum Anmelden neben Ihrem Passwort einen Code aus einer App auf Ihrem Telefon, sodass ein gestohlenes Passwort allein Ihr Konto nicht öffnet.</translation>
    </message>
    <message>
        <source>Checking two-factor authentication…</source>
        <translation>Zwei-Faktor-Authentifizierung wird geprüft …</translation>
    </message>
    <message>
        <source>Set up an authenticator app and get backup codes</source>
        <translation>Eine Authenticator-App einrichten und Backup-Codes erhalten</translation>
    </message>
    <message>
        <source>Make ten new backup codes; the ones you have now stop working</source>
        <translation>Zehn neue Backup-Codes erzeugen; Ihre bisherigen werden ungültig</translation>
    </message>
    <message>
        <source>Sign in with your password alone again</source>
        <translation>Wieder nur mit Ihrem Passwort anmelden</translation>
    </message>
    <message>
        <source>Two-factor authentication is on.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist eingeschaltet.</translation>
    </message>
    <message>
        <source>On since %1. Signing in asks for a code from your authenticator app.</source>
        <translation>Eingeschaltet seit %1. Beim Anmelden wird ein Code aus Ihrer Authenticator-App abgefragt.</translation>
    </message>
    <message>
        <source>Signing in asks for a code from your authenticator app.</source>
        <translation>Beim Anmelden wird ein Code aus Ihrer Authenticator-App abgefragt.</translation>
    </message>
    <message>
        <source>Two-factor authentication is off.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>A setup was started and not finished, so it is still off. Continue Setup picks it up with the same key.</source>
        <translation>Eine Einrichtung wurde begonnen, aber nicht abgeschlossen, daher ist sie noch aus. „Einrichtung fortsetzen“ macht mit demselben Schlüssel weiter.</translation>
    </message>
    <message>
        <source>Signing in needs only your password.</source>
        <translation>Zum Anmelden genügt Ihr Passwort.</translation>
    </message>
    <message>
        <source>1 unused backup code left.</source>
        <translation>1 unbenutzter Backup-Code übrig.</translation>
    </message>
    <message>
        <source>%1 unused backup codes left.</source>
        <translation>%1 unbenutzte Backup-Codes übrig.</translation>
    </message>
    <message>
        <source>Make new ones now, so you can still sign in if you lose your phone.</source>
        <translation>Erzeugen Sie jetzt neue, damit Sie sich auch nach Verlust Ihres Telefons noch anmelden können.</translation>
    </message>
    <message>
        <source>You have no backup codes left.</source>
        <translation>Sie haben keine Backup-Codes mehr.</translation>
    </message>
    <message>
        <source>Only 1 backup code is left.</source>
        <translation>Nur noch 1 Backup-Code übrig.</translation>
    </message>
    <message>
        <source>Only %1 backup codes are left.</source>
        <translation>Nur noch %1 Backup-Codes übrig.</translation>
    </message>
    <message>
        <source>&amp;Continue Setup…</source>
        <translation>Einrichtung &amp;fortsetzen …</translation>
    </message>
    <message>
        <source>The two-factor status could not be loaded: %1</source>
        <translation>Der Zwei-Faktor-Status konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>TwoFactorVerifyPage</name>
    <message>
        <source>Checking the code</source>
        <translation>Code wird geprüft</translation>
    </message>
    <message>
        <source>Checking the code with the server…</source>
        <translation>Code wird beim Server geprüft …</translation>
    </message>
    <message>
        <source>Enter a code from the app</source>
        <translation>Code aus der App eingeben</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Your authenticator app now shows a code for Tasklane that changes every 30 seconds. Type the code it shows now, then choose Verify. Two-factor authentication is turned on only when the code is right.</source>
        <translation>Ihre Authenticator-App zeigt jetzt einen Code für Tasklane, der sich alle 30 Sekunden ändert. Geben Sie den aktuell angezeigten Code ein und wählen Sie dann „Prüfen“. Die Zwei-Faktor-Authentifizierung wird nur eingeschaltet, wenn der Code stimmt.</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Authentifizierungscode</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
</context>
<context>
    <name>UserAgentText</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>WaitingForBrowserPage</name>
    <message>
        <source>Waiting for the browser</source>
        <translation>Warten auf den Browser</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Copy sign-in &amp;link</source>
        <translation>Anmelde&amp;link kopieren</translation>
    </message>
    <message>
        <source>Waiting for your browser</source>
        <translation>Warten auf Ihren Browser</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>Warten auf Ihren Browser …</translation>
    </message>
    <message>
        <source>Finish signing in there, then come back.</source>
        <translation>Schließen Sie die Anmeldung dort ab und kehren Sie dann zurück.</translation>
    </message>
    <message>
        <source>No browser window? Copy the sign-in link and open it in a browser on this computer.</source>
        <translation>Kein Browserfenster? Kopieren Sie den Anmeldelink und öffnen Sie ihn in einem Browser auf diesem Computer.</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Copy sign-in link</source>
        <translation>Anmeldelink kopieren</translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation>Kopierbestätigung</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Use a server on this computer</source>
        <translation>&amp;Server auf diesem Computer verwenden</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>On a server</source>
        <translation>Auf einem Server</translation>
    </message>
    <message>
        <source>Create the first account</source>
        <translation>Erstes Konto anlegen</translation>
    </message>
    <message>
        <source>C&amp;reate account</source>
        <translation>Konto an&amp;legen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to Tasklane</source>
        <translation>Willkommen bei Tasklane</translation>
    </message>
    <message>
        <source>Where should your tasks be kept?</source>
        <translation>Wo sollen Ihre Aufgaben gespeichert werden?</translation>
    </message>
    <message>
        <source>Tasklane runs its own server in the background and keeps your tasks in a file on this computer.</source>
        <translation>Tasklane betreibt im Hintergrund einen eigenen Server und speichert Ihre Aufgaben in einer Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Use a server on this computer</source>
        <translation>Server auf diesem Computer verwenden</translation>
    </message>
    <message>
        <source>Connect to a Tasklane server run by you or your team.</source>
        <translation>Mit einem Tasklane-Server verbinden, den Sie oder Ihr Team betreiben.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://tasks.example.org</source>
        <translation>https://tasks.example.org</translation>
    </message>
    <message>
        <source>Connect to the server</source>
        <translation>Mit dem Server verbinden</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>This server has no accounts yet. The account you create now can manage the server (it is an administrator).</source>
        <translation>Dieser Server hat noch keine Konten. Das Konto, das Sie jetzt anlegen, kann den Server verwalten (es ist ein Administrator).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Passwort bes&amp;tätigen:</translation>
    </message>
    <message>
        <source>Type the address of a Tasklane server, for example https://tasks.example.org.</source>
        <translation>Geben Sie die Adresse eines Tasklane-Servers ein, zum Beispiel https://tasks.example.org.</translation>
    </message>
    <message>
        <source>A user name has 1 to 64 letters, digits, dots, dashes or underscores and starts with a letter or digit.</source>
        <translation>Ein Benutzername hat 1 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Type an email address like name@example.org.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.org ein.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Das Passwort braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Das Passwort braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tasklane: your tasks, on your own server.</source>
        <translation>Tasklane: Ihre Aufgaben, auf Ihrem eigenen Server.</translation>
    </message>
    <message>
        <source>Connect to the Tasklane server at &lt;url&gt;.</source>
        <translation>Mit dem Tasklane-Server unter &lt;url&gt; verbinden.</translation>
    </message>
    <message>
        <source>Use a server on this computer.</source>
        <translation>Einen Server auf diesem Computer verwenden.</translation>
    </message>
    <message>
        <source>Use the settings and local data of profile &lt;name&gt;.</source>
        <translation>Die Einstellungen und lokalen Daten des Profils &lt;name&gt; verwenden.</translation>
    </message>
    <message>
        <source>tasklane: --server and --local cannot be used together.</source>
        <translation>tasklane: --server und --local können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>tasklane: not a server URL: %1</source>
        <translation>tasklane: keine Server-URL: %1</translation>
    </message>
    <message>
        <source>tasklane: a profile name cannot be empty or contain slashes.</source>
        <translation>tasklane: Ein Profilname darf nicht leer sein und keine Schrägstriche enthalten.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt; for this run (%1, or pseudo for QA).</source>
        <translation>Sprache &lt;code&gt; für diesen Start verwenden (%1 oder pseudo für die Qualitätssicherung).</translation>
    </message>
    <message>
        <source>tasklane: unknown language %1 (use one of: %2).</source>
        <translation>tasklane: unbekannte Sprache %1 (möglich sind: %2).</translation>
    </message>
</context>
</TS>
