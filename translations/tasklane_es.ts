<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountSecurityDialog</name>
    <message>
        <source>Talking to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account security – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account security sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access tokens for scripts and other apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices signed in to your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Account security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the session out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out the other sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the security log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminService</name>
    <message>
        <source>The server did not send the user asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You revoked every session and token of your own account in Administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You disabled your own account in Administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reset the password of your own account in Administration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminUser</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminUserModel</name>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is disabled: they cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can manage other users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages only their own tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with a password and an authenticator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with a password only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices signed in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access tokens that still work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has never signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminUserPanel</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke everything for this user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every session and token of this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;two-factor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset this user&apos;s two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable this user&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable this user&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this user a new one-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this user an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke to&amp;ken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user on the left to see their sessions and tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s personal access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal access tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was signed out. %2 needs the password to sign in there again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” was revoked: it no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session was signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions were signed out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 token was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tokens were revoked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 and %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account stays disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They can sign in again with their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is off for %1. They sign in with their password only until they set it up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled: they are signed out everywhere and cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is enabled: they can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new one-time password and must choose their own at the next sign-in; %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an administrator now: the next sign-in gets administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer an administrator: administration stopped working for their sessions and tokens at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: signs in with a password and an authenticator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: signs in with a password only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access tokens (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out every session of this user and revoke every one of their tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off two-factor authentication, e.g. after a lost phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not use two-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this user out everywhere and stop them signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this user sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this user out everywhere and give them a one-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this user&apos;s administrator role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this administrator a normal user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this user manage every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out the selected session (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session to sign it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected token (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a token to revoke it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device is signed in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session is signed out on its device at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions are signed out on their devices at once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No personal access token is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 personal access token stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n personal access tokens stop working at once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their apps and scripts must sign in again (or get a new token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled, so %1 cannot sign in again until you enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again with their password; the account stays enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own account: Tasklane signs you out here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every session and token of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1&apos;s sessions and tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset two-factor authentication for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their authenticator app&apos;s codes and their backup codes stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1 sets up two-factor authentication again in Account security, they sign in with their password only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their sessions and tokens are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep two-factor on for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot sign in until you enable the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own account: Tasklane signs you out at once, and only another administrator can enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1&apos;s account enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be signed out everywhere and must choose a new password at next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every personal access token of %1 stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their current password stops working; you get a one-time password to hand them, shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can then see and change every account, yours included, and use Administration at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loses Administration at once: their sessions and tokens keep working for their own tasks only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own account: Administration stops working for you at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 an administrator?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the administrator role of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That device is signed out at once; %1 needs the password to sign in there again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the session you are using: Tasklane signs you out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out “%1” of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the token “%1” of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts and apps that use it stop working at once. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not signed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication was not reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not enabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminUsersTab</name>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name, name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account with a one-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try loading the users again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 users matching “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n users.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 user matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n users match “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>Talking to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a user, see and end their sessions and tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What administrators did to accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the users and the audit log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking every session and token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting two-factor authentication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the session out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>No valid server address is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 (request id: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer with valid HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (it is not JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the server at %1: the connection was refused. Check the address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before it finished answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server at %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server at %1 could not be established (TLS handshake failed). The server&apos;s certificate may not be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 redirected too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 redirected to an insecure (http) address; the request was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server could not be used to reach %1. Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 could not be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP %1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this address (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is receiving too many requests (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to handle the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>The server answered with something that is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Tasklane on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogEntry</name>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed a session out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unnamed device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was left to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 token</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Done with the server&apos;s command line (tasklane-server user …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the request came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything administrators did to accounts, newest first. The users concerned see the same in their own security log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the audit log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try loading the audit log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No administrator has changed an account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 most recent entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCodeSheet</name>
    <message>
        <source>Tasklane backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are backup codes for two-factor authentication. When you cannot use your authenticator app, type one of them where the app asks for a code. Each code works once. Keep them somewhere safe and private, such as a password manager or a locked drawer. Making new backup codes makes these ones stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCodesDialog</name>
    <message>
        <source>New Backup Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old backup codes no longer work. Save these new ones now: they are shown only this once. Each code signs you in once when you cannot use your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “I have saved these backup codes” first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCodesView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;saved these backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the codes to the clipboard, for a password manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup codes as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have saved these backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Backup Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup codes could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasklane backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Backup Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Reload (take theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task was changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on another device while you were editing it. Your changes are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on another device (%2) while you were editing it. Your changes are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions have the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different in the two versions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reload&lt;/b&gt; shows their version and drops your changes. &lt;b&gt;Overwrite&lt;/b&gt; saves your version over theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload, taking their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite their version with mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message and request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message and the request id to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>Could not start the local server (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local server stopped unexpectedly (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local server could not start (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Tasklane server (process %1) is using the data folder %2 but does not say where it listens. Stop it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tasklane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server on this computer is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server busy, retrying in %1 s (attempt %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in link copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes to “%1” are back. They are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved changes of %1 to “%2” were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account s&amp;ecurity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage your personal access tokens and signed-in sessions, and see the security log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage users: their sessions, tokens and two-factor authentication, and the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration needs &amp;two-factor authentication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server gives administration only to accounts with two-factor authentication. Turn it on now, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again for &amp;administration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is on: sign in again to get administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Tasklane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the task deleted last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the tasks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tasklane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tasklane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is on. Sign in again to get administration (in the menu: Sign in again for administration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a Tasklane server at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes to “%1” will be restored after you sign in again as %2. They are kept in this window only: quitting Tasklane discards them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the server on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tasklane %1&lt;/h3&gt;&lt;p&gt;Your tasks, on your own server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to manage your account security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account security is not available when signed in with a personal access token: sign in with your browser to manage tokens and sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTokenDialog</name>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal access token lets a script or another app use Tasklane as you, without your password. Give it only the access it needs. It cannot change your security settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Backup script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So you can tell your tokens apart later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without creating a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the token a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a token called “%1”. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one kind of access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works until you revoke it. Prefer an expiry date unless a script must run unattended for years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token stops working on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>&amp;Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user gets a one-time password, shown to you once. At their first sign-in they must choose their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: carol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the username stands in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators can manage every account, this one included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without creating a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address such as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a local port to receive the sign-in result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a web browser. Copy the sign-in link and open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer came from %1, not from the server you chose (%2). For your safety it was refused. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer does not say which server it came from, though %1 always says so. For your safety it was refused. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the token request with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 this one-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time it is shown: the server keeps only a hash of it. %1 signs in with it once and must then choose a new password before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand it over in person or through a channel only %1 can read, not in a shared chat or ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the one-time password to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;passed it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close: the one-time password has been passed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedModelBase</name>
    <message>
        <source>The list could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Enter a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: 1 more character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: %1 more characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a well-known password or contains your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it longer, or mix words, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few more characters or words would make it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your password signs out every other device and revokes every personal access token. This app stays signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the password change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the new password; every other session and personal access token ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other session was signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 other session was signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other sessions were signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no personal access token was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 personal access token was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 personal access tokens were revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed. %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new password again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalToken</name>
    <message>
        <source>Read tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administer users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all your tasks, their notes and labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, change, complete and delete your tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage other people&apos;s accounts on this server: their sessions, tokens and two-factor settings. Only for administrators; give it to as few tokens as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and change your security settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalTokenModel</name>
    <message>
        <source>Never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has expired and no longer works. Revoke it to free its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has not been used yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token works until you revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalTokensTab</name>
    <message>
        <source>&amp;New token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access tokens let scripts and other apps use your tasks without your password. Revoke a token as soon as you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no personal access tokens. Create one when a script or another app needs your tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the tokens again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tokens in use: the most an account can have. Revoke one before you create another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tokens in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired tokens do not count; revoke them to tidy up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have %1 active tokens, the most an account can have. Revoke one to create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a token for a script or another app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected token (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a token to revoke it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the token “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts and apps that use it stop working at once. It was last used %1. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts and apps that use it stop working at once. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>Setup QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR code for setting up two-factor authentication. Scan it with your authenticator app, or type the key shown next to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowDetailsDialog</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityLogEntry</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token used from a new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong two-factor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor codes locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup code used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token revoked by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything revoked by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor reset by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account disabled by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account enabled by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong current password when changing the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 attempt left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempts left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Codes refused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 backup code left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup codes left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The old backup codes no longer work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen at the first sign-in with a one-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 other session signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other sessions signed out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 token revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tokens revoked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unnamed device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revoked, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made an administrator, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer an administrator, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the password and an authenticator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the password and a backup code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out from the account&apos;s security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out with “Sign out all other sessions”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out on that device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out because the account was disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out because the password was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended because one of its old sign-in tokens was used again, so it may have leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended because its one-time sign-in code was used twice, so it may have been intercepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 token</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityLogModel</name>
    <message>
        <source>The security log could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. If this was not you, sign out the other sessions and revoke tokens you do not recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the request came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityLogTab</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the security log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events, names and addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the security log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try loading the security log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load older events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened to this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match among the %1 loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 loaded events match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 most recent events of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 most recent events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 events of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security log could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityService</name>
    <message>
        <source>The server did not send the new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed this device out in Account security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say how many sessions it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say what the change signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDiscovery</name>
    <message>
        <source>No Tasklane server was found at %1: it does not publish OAuth server metadata (HTTP 404). Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer with OAuth server metadata (the answer is not JSON). Is this a Tasklane server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter one like https://tasks.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address %1 does not use https. Tasklane only talks to servers on other computers over https, so that passwords and tokens cannot be read on the way. Use https://%2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer with OAuth server metadata (expected a JSON object). Is this a Tasklane server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 does not say where to sign in (&quot;%2&quot; is missing from its OAuth metadata). Is this a Tasklane server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 published an invalid &quot;%2&quot; in its OAuth metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 published an insecure &quot;%2&quot; (%3); Tasklane only signs in over https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 does not name its issuer in its OAuth metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 says its address is %2. Use that address, or ask the server&apos;s administrator to set the right issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 does not support PKCE with S256 (code_challenge_methods_supported), which Tasklane needs for a safe sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>Tasklane on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already signed in. Sign out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server before signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a personal access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in could not be read because the keychain is not available (%1). Please sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sign-in for %1 was found on this computer. Please sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say who is signed in (GET /v1/me).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this token (%1) Check that you copied all of it and that it has not expired or been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts your personal access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not renew the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasklane cannot use the system keychain (%1), so this sign-in will not be remembered: you will need to sign in again next time you start Tasklane.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>%1 (this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the session of this app. Revoking it signs this app out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the most recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device did not say which software it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say when this session ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ends this session %1 if it is not used before then. Each use moves the end, up to the longest time the server lets a session last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out &amp;all other sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These devices are signed in to your account. If you do not recognise one, revoke it: it is signed out at once and must sign in with your password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out all other sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the sessions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were no other sessions to sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 other session was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other sessions were signed out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a session to revoke it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this app out (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the selected device out (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out every device except this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other device is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this app out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is this device. Revoking its session signs Tasklane out here at once; you will need your password to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That device is signed out at once and needs the password to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out the other signed-in device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out the %1 other signed-in devices?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device except this one is signed out at once. Personal access tokens are not affected; revoke them on the Tokens tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other sessions were not signed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>C&amp;hange server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs you out and lets you choose another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s default browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in address is added as the last argument, for example: firefox --private-window. Leave empty to use the system&apos;s default browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when Tasklane is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasklane follows the system&apos;s theme and colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browser command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>C&amp;hange server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasklane opens the server&apos;s sign-in page in your web browser. Your password is typed there, never into this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For computers without a browser: paste a token created in your account&apos;s security settings on another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tlp_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: this computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedInSession</name>
    <message>
        <source>Unnamed device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Select a task to see and edit its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;e date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home, errands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>The server sent no task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the task list with something that is not one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Loading tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tasks with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort tasks by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;rt by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks match the search or filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet.
Press %1 to create one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSecretDialog</name>
    <message>
        <source>Your new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token “%1” now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time the token is shown. Tasklane and the server keep only a fingerprint of it, so nobody can show it to you again. Put it where your script or app will read it, or into a password manager. If you lose it, revoke it and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has the token can use your tasks with the access you gave it: do not paste it into chats, tickets or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;saved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close: the token has been saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoFactorBackupCodesPage</name>
    <message>
        <source>Save your backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is on. If you lose your phone or cannot use the app, these backup codes are how you sign in: each one works once. They are shown only now, so save or print them and keep them somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoFactorCodeDialog</name>
    <message>
        <source>Checking the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Two-Factor Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Backup Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in will need only your password again, and your backup codes will stop working. To confirm that it is you, enter the current code from your authenticator app. If you lost the device, one of your backup codes works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get ten new backup codes, and the ones you have now stop working at once. To confirm that it is you, enter the current code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication code or backup code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123456 or a backup code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make New Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make new backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoFactorScanPage</name>
    <message>
        <source>Getting a key from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tasklane to your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Open an authenticator app on your phone, such as Aegis, FreeOTP, Google Authenticator or your password manager.&lt;/li&gt;&lt;li&gt;Add an account and scan this QR code.&lt;/li&gt;&lt;li&gt;Cannot scan? Choose to enter a key instead, type the key below, and pick the settings shown under it.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You started this setup earlier without finishing it. The key has not changed: if your app already shows codes for Tasklane, go straight to the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key (without spaces) to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for the key again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoFactorService</name>
    <message>
        <source>That code is not valid. 1 attempt left before code checks are locked for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not valid. %1 attempts left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not valid. No attempts left: code checks are locked for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code from your authenticator app, then enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a current code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes. Code checks are locked for a few minutes; even a correct code is refused until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in about a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in about %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes. Try again at %1 (%2); until then even a correct code is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoFactorSetup</name>
    <message>
        <source>Time-based, %1 digits, new code every %2 seconds, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoFactorSetupWizard</name>
    <message>
        <source>Enable Two-Factor Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoFactorTab</name>
    <message>
        <source>&amp;Enable Two-Factor Authentication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Backup Codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable Two-Factor Authentication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the two-factor status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-Factor Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two-factor authentication, signing in takes a code from an app on your phone as well as your password, so a stolen password alone does not open your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking two-factor authentication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up an authenticator app and get backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make ten new backup codes; the ones you have now stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your password alone again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On since %1. Signing in asks for a code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in asks for a code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setup was started and not finished, so it is still off. Continue Setup picks it up with the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in needs only your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unused backup code left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unused backup codes left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make new ones now, so you can still sign in if you lose your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no backup codes left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 1 backup code is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 backup codes are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue Setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two-factor status could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoFactorVerifyPage</name>
    <message>
        <source>Checking the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a code from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your authenticator app now shows a code for Tasklane that changes every 30 seconds. Type the code it shows now, then choose Verify. Two-factor authentication is turned on only when the code is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserAgentText</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingForBrowserPage</name>
    <message>
        <source>Waiting for the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy sign-in &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in there, then come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser window? Copy the sign-in link and open it in a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy sign-in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Use a server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Tasklane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should your tasks be kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasklane runs its own server in the background and keeps your tasks in a file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Tasklane server run by you or your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://tasks.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no accounts yet. The account you create now can manage the server (it is an administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address of a Tasklane server, for example https://tasks.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 1 to 64 letters, digits, dots, dashes or underscores and starts with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an email address like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tasklane: your tasks, on your own server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the Tasklane server at &lt;url&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the settings and local data of profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklane: --server and --local cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklane: not a server URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklane: a profile name cannot be empty or contain slashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use language &lt;code&gt; for this run (%1, or pseudo for QA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklane: unknown language %1 (use one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
