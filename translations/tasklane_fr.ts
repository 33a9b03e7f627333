<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountSecurityDialog</name>
    <message>
        <source>Talking to the server</source>
        <translation>Communication avec le serveur</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>Sécurité du compte</translation>
    </message>
    <message>
        <source>Account security – %1</source>
        <translation>Sécurité du compte – %1</translation>
    </message>
    <message>
        <source>Account security sections</source>
        <translation>Sections de la sécurité du compte</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Jetons</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>Security &amp;log</source>
        <translation>Jo&amp;urnal de sécurité</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <source>Personal access tokens for scripts and other apps</source>
        <translation>Jetons d&apos;accès personnels pour les scripts et autres applications</translation>
    </message>
    <message>
        <source>Devices signed in to your account</source>
        <translation>Appareils connectés à votre compte</translation>
    </message>
    <message>
        <source>What happened to your account</source>
        <translation>Ce qui est arrivé à votre compte</translation>
    </message>
    <message>
        <source>Close Account security</source>
        <translation>Fermer la sécurité du compte</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Changement du mot de passe…</translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation>Création du jeton…</translation>
    </message>
    <message>
        <source>Revoking the token…</source>
        <translation>Révocation du jeton…</translation>
    </message>
    <message>
        <source>Signing the session out…</source>
        <translation>Déconnexion de la session…</translation>
    </message>
    <message>
        <source>Signing out the other sessions…</source>
        <translation>Déconnexion des autres sessions…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading the security log…</source>
        <translation>Chargement du journal de sécurité…</translation>
    </message>
    <message>
        <source>Pass&amp;keys</source>
        <translation>&amp;Clés d&apos;accès</translation>
    </message>
    <message>
        <source>Sign in with your device instead of a password</source>
        <translation>Se connecter avec votre appareil au lieu d&apos;un mot de passe</translation>
    </message>
    <message>
        <source>Removing the passkey…</source>
        <translation>Suppression de la clé d&apos;accès…</translation>
    </message>
    <message>
        <source>Asking the server for a link to add a passkey…</source>
        <translation>Demande au serveur d&apos;un lien pour ajouter une clé d&apos;accès…</translation>
    </message>
</context>
<context>
    <name>AdminService</name>
    <message>
        <source>The server did not send the user asked for.</source>
        <translation>Le serveur n&apos;a pas envoyé l&apos;utilisateur demandé.</translation>
    </message>
    <message>
        <source>You revoked every session and token of your own account in Administration.</source>
        <translation>Vous avez révoqué toutes les sessions et tous les jetons de votre propre compte dans l&apos;administration.</translation>
    </message>
    <message>
        <source>You disabled your own account in Administration.</source>
        <translation>Vous avez désactivé votre propre compte dans l&apos;administration.</translation>
    </message>
    <message>
        <source>You reset the password of your own account in Administration.</source>
        <translation>Vous avez réinitialisé le mot de passe de votre propre compte dans l&apos;administration.</translation>
    </message>
</context>
<context>
    <name>AdminUser</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
</context>
<context>
    <name>AdminUserModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is disabled: they cannot sign in.</source>
        <translation>%1 &lt;%2&gt; est désactivé&#xa0;: cet utilisateur ne peut pas se connecter.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Can manage other users</source>
        <translation>Peut gérer les autres utilisateurs</translation>
    </message>
    <message>
        <source>Manages only their own tasks</source>
        <translation>Gère uniquement ses propres tâches</translation>
    </message>
    <message>
        <source>Signs in with a password and an authenticator code</source>
        <translation>Se connecte avec un mot de passe et un code d&apos;authentification</translation>
    </message>
    <message>
        <source>Signs in with a password only</source>
        <translation>Se connecte avec un mot de passe uniquement</translation>
    </message>
    <message>
        <source>Devices signed in now</source>
        <translation>Appareils actuellement connectés</translation>
    </message>
    <message>
        <source>Personal access tokens that still work</source>
        <translation>Jetons d&apos;accès personnels encore valides</translation>
    </message>
    <message>
        <source>Last signed in %1</source>
        <translation>Dernière connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Has never signed in</source>
        <translation>Ne s&apos;est jamais connecté</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Deux facteurs</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>The users could not be loaded.</source>
        <translation>Impossible de charger les utilisateurs.</translation>
    </message>
</context>
<context>
    <name>AdminUserPanel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Re&amp;voke everything for this user…</source>
        <translation>Tout ré&amp;voquer pour cet utilisateur…</translation>
    </message>
    <message>
        <source>Revoke every session and token of this user</source>
        <translation>Révoquer toutes les sessions et tous les jetons de cet utilisateur</translation>
    </message>
    <message>
        <source>Reset &amp;two-factor…</source>
        <translation>Réinitialiser les &amp;deux facteurs…</translation>
    </message>
    <message>
        <source>Reset this user&apos;s two-factor authentication</source>
        <translation>Réinitialiser l&apos;authentification à deux facteurs de cet utilisateur</translation>
    </message>
    <message>
        <source>&amp;Disable account…</source>
        <translation>Dé&amp;sactiver le compte…</translation>
    </message>
    <message>
        <source>Disable this user&apos;s account</source>
        <translation>Désactiver le compte de cet utilisateur</translation>
    </message>
    <message>
        <source>&amp;Enable account</source>
        <translation>Activ&amp;er le compte</translation>
    </message>
    <message>
        <source>Enable this user&apos;s account</source>
        <translation>Activer le compte de cet utilisateur</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Give this user a new one-time password</source>
        <translation>Donner à cet utilisateur un nouveau mot de passe à usage unique</translation>
    </message>
    <message>
        <source>&amp;Make administrator…</source>
        <translation>&amp;Nommer administrateur…</translation>
    </message>
    <message>
        <source>Make this user an administrator</source>
        <translation>Nommer cet utilisateur administrateur</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sign &amp;out session…</source>
        <translation>Dé&amp;connecter la session…</translation>
    </message>
    <message>
        <source>Sign out the selected session</source>
        <translation>Déconnecter la session sélectionnée</translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation>Jetons d&apos;accès personnels</translation>
    </message>
    <message>
        <source>Revoke to&amp;ken…</source>
        <translation>Révoquer le &amp;jeton…</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Révoquer le jeton sélectionné</translation>
    </message>
    <message>
        <source>The selected user</source>
        <translation>L&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Select a user on the left to see their sessions and tokens.</source>
        <translation>Sélectionnez un utilisateur à gauche pour voir ses sessions et ses jetons.</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Two-factor:</source>
        <translation>Deux facteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Dernière connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Member since:</source>
        <translation>Membre depuis&#xa0;:</translation>
    </message>
    <message>
        <source>The user&apos;s sessions</source>
        <translation>Les sessions de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>No device is signed in.</source>
        <translation>Aucun appareil n&apos;est connecté.</translation>
    </message>
    <message>
        <source>The user&apos;s personal access tokens</source>
        <translation>Les jetons d&apos;accès personnels de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>No personal access tokens.</source>
        <translation>Aucun jeton d&apos;accès personnel.</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Session de %1</translation>
    </message>
    <message>
        <source>Token “%1”</source>
        <translation>Jeton «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>“%1” was signed out. %2 needs the password to sign in there again.</source>
        <translation>La session «&#x202f;%1&#x202f;» a été déconnectée. %2 doit saisir le mot de passe pour s&apos;y reconnecter.</translation>
    </message>
    <message>
        <source>The token “%1” was revoked: it no longer works.</source>
        <translation>Le jeton «&#x202f;%1&#x202f;» a été révoqué&#xa0;: il ne fonctionne plus.</translation>
    </message>
    <message>
        <source>1 session was signed out</source>
        <translation>1 session a été déconnectée</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions were signed out</source>
        <translation>
            <numerusform>%n session a été déconnectée</numerusform>
            <numerusform>%n sessions ont été déconnectées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 token was revoked</source>
        <translation>1 jeton a été révoqué</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens were revoked</source>
        <translation>
            <numerusform>%n jeton a été révoqué</numerusform>
            <numerusform>%n jetons ont été révoqués</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 and %3. %4</source>
        <translation>%1&#xa0;: %2 et %3. %4</translation>
    </message>
    <message>
        <source>The account stays disabled.</source>
        <translation>Le compte reste désactivé.</translation>
    </message>
    <message>
        <source>They can sign in again with their password.</source>
        <translation>Cet utilisateur peut se reconnecter avec son mot de passe.</translation>
    </message>
    <message>
        <source>Two-factor authentication is off for %1. They sign in with their password only until they set it up again.</source>
        <translation>L&apos;authentification à deux facteurs est désactivée pour %1. Cet utilisateur se connecte avec son seul mot de passe jusqu&apos;à ce qu&apos;il la configure à nouveau.</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled: they are signed out everywhere and cannot sign in.</source>
        <translation>Le compte de %1 est désactivé&#xa0;: cet utilisateur est déconnecté partout et ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>%1&apos;s account is enabled: they can sign in again.</source>
        <translation>Le compte de %1 est activé&#xa0;: cet utilisateur peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>%1 has a new one-time password and must choose their own at the next sign-in; %2 and %3.</source>
        <translation>%1 a un nouveau mot de passe à usage unique et doit choisir le sien à la prochaine connexion&#x202f;; %2 et %3.</translation>
    </message>
    <message>
        <source>%1 is an administrator now: the next sign-in gets administration.</source>
        <translation>%1 est désormais administrateur&#xa0;: la prochaine connexion donne accès à l&apos;administration.</translation>
    </message>
    <message>
        <source>%1 is no longer an administrator: administration stopped working for their sessions and tokens at once.</source>
        <translation>%1 n&apos;est plus administrateur&#xa0;: l&apos;administration a immédiatement cessé de fonctionner pour ses sessions et ses jetons.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – your account</source>
        <translation>%1 – votre compte</translation>
    </message>
    <message>
        <source>Disabled: cannot sign in</source>
        <translation>Désactivé&#xa0;: ne peut pas se connecter</translation>
    </message>
    <message>
        <source>On: signs in with a password and an authenticator code</source>
        <translation>Activée&#xa0;: se connecte avec un mot de passe et un code d&apos;authentification</translation>
    </message>
    <message>
        <source>Off: signs in with a password only</source>
        <translation>Désactivée&#xa0;: se connecte avec un mot de passe uniquement</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Sessions (%1)</translation>
    </message>
    <message>
        <source>Personal access tokens (%1)</source>
        <translation>Jetons d&apos;accès personnels (%1)</translation>
    </message>
    <message>
        <source>Sign out every session of this user and revoke every one of their tokens</source>
        <translation>Déconnecter toutes les sessions de cet utilisateur et révoquer tous ses jetons</translation>
    </message>
    <message>
        <source>Turn off two-factor authentication, e.g. after a lost phone</source>
        <translation>Désactiver l&apos;authentification à deux facteurs, par ex. après la perte d&apos;un téléphone</translation>
    </message>
    <message>
        <source>%1 does not use two-factor authentication.</source>
        <translation>%1 n&apos;utilise pas l&apos;authentification à deux facteurs.</translation>
    </message>
    <message>
        <source>Sign this user out everywhere and stop them signing in</source>
        <translation>Déconnecter cet utilisateur partout et l&apos;empêcher de se connecter</translation>
    </message>
    <message>
        <source>Let this user sign in again</source>
        <translation>Permettre à cet utilisateur de se reconnecter</translation>
    </message>
    <message>
        <source>Sign this user out everywhere and give them a one-time password</source>
        <translation>Déconnecter cet utilisateur partout et lui donner un mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Remove &amp;administrator…</source>
        <translation>Retirer le rôle d&apos;&amp;administrateur…</translation>
    </message>
    <message>
        <source>Remove this user&apos;s administrator role</source>
        <translation>Retirer le rôle d&apos;administrateur de cet utilisateur</translation>
    </message>
    <message>
        <source>Make this administrator a normal user</source>
        <translation>Faire de cet administrateur un utilisateur normal</translation>
    </message>
    <message>
        <source>Let this user manage every account</source>
        <translation>Permettre à cet utilisateur de gérer tous les comptes</translation>
    </message>
    <message>
        <source>Sign out the selected session (Delete)</source>
        <translation>Déconnecter la session sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Select a session to sign it out</source>
        <translation>Sélectionnez une session pour la déconnecter</translation>
    </message>
    <message>
        <source>Revoke the selected token (Delete)</source>
        <translation>Révoquer le jeton sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Select a token to revoke it</source>
        <translation>Sélectionnez un jeton pour le révoquer</translation>
    </message>
    <message>
        <source>No device is signed in now.</source>
        <translation>Aucun appareil n&apos;est connecté actuellement.</translation>
    </message>
    <message>
        <source>1 session is signed out on its device at once.</source>
        <translation>1 session est immédiatement déconnectée sur son appareil.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions are signed out on their devices at once.</source>
        <translation>
            <numerusform>%n session est immédiatement déconnectée sur son appareil.</numerusform>
            <numerusform>%n sessions sont immédiatement déconnectées sur leurs appareils.</numerusform>
        </translation>
    </message>
    <message>
        <source>No personal access token is in use.</source>
        <translation>Aucun jeton d&apos;accès personnel n&apos;est utilisé.</translation>
    </message>
    <message>
        <source>1 personal access token stops working at once.</source>
        <translation>1 jeton d&apos;accès personnel cesse immédiatement de fonctionner.</translation>
    </message>
    <message numerus="yes">
        <source>%n personal access tokens stop working at once.</source>
        <translation>
            <numerusform>%n jeton d&apos;accès personnel cesse immédiatement de fonctionner.</numerusform>
            <numerusform>%n jetons d&apos;accès personnels cessent immédiatement de fonctionner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their apps and scripts must sign in again (or get a new token).</source>
        <translation>Ses applications et scripts doivent se reconnecter (ou obtenir un nouveau jeton).</translation>
    </message>
    <message>
        <source>The account is disabled, so %1 cannot sign in again until you enable it.</source>
        <translation>Le compte est désactivé&#xa0;: %1 ne pourra pas se reconnecter avant que vous le réactiviez.</translation>
    </message>
    <message>
        <source>%1 can sign in again with their password; the account stays enabled.</source>
        <translation>%1 peut se reconnecter avec son mot de passe&#x202f;; le compte reste activé.</translation>
    </message>
    <message>
        <source>This is your own account: Tasklane signs you out here too.</source>
        <translation>C&apos;est votre propre compte&#xa0;: Tasklane vous déconnecte ici aussi.</translation>
    </message>
    <message>
        <source>Revoke everything</source>
        <translation>Tout révoquer</translation>
    </message>
    <message>
        <source>Revoke every session and token of %1?</source>
        <translation>Révoquer toutes les sessions et tous les jetons de %1&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Revoke everything</source>
        <translation>&amp;Tout révoquer</translation>
    </message>
    <message>
        <source>Keep %1&apos;s sessions and tokens</source>
        <translation>Conserver les sessions et les jetons de %1</translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation>Réinitialiser les deux facteurs</translation>
    </message>
    <message>
        <source>Reset two-factor authentication for %1?</source>
        <translation>Réinitialiser l&apos;authentification à deux facteurs de %1&#x202f;?</translation>
    </message>
    <message>
        <source>Their authenticator app&apos;s codes and their backup codes stop working.</source>
        <translation>Les codes de son application d&apos;authentification et ses codes de secours cessent de fonctionner.</translation>
    </message>
    <message>
        <source>Until %1 sets up two-factor authentication again in Account security, they sign in with their password only.</source>
        <translation>Tant que %1 n&apos;a pas reconfiguré l&apos;authentification à deux facteurs dans la sécurité du compte, la connexion se fait avec le seul mot de passe.</translation>
    </message>
    <message>
        <source>Their sessions and tokens are not affected.</source>
        <translation>Ses sessions et ses jetons ne sont pas concernés.</translation>
    </message>
    <message>
        <source>&amp;Reset two-factor</source>
        <translation>&amp;Réinitialiser les deux facteurs</translation>
    </message>
    <message>
        <source>Keep two-factor on for %1</source>
        <translation>Garder les deux facteurs activés pour %1</translation>
    </message>
    <message>
        <source>%1 cannot sign in until you enable the account again.</source>
        <translation>%1 ne peut pas se connecter tant que vous n&apos;avez pas réactivé le compte.</translation>
    </message>
    <message>
        <source>This is your own account: Tasklane signs you out at once, and only another administrator can enable it again.</source>
        <translation>C&apos;est votre propre compte&#xa0;: Tasklane vous déconnecte immédiatement, et seul un autre administrateur pourra le réactiver.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <source>Disable the account of %1?</source>
        <translation>Désactiver le compte de %1&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Disable account</source>
        <translation>&amp;Désactiver le compte</translation>
    </message>
    <message>
        <source>Keep %1&apos;s account enabled</source>
        <translation>Garder le compte de %1 activé</translation>
    </message>
    <message>
        <source>%1 will be signed out everywhere and must choose a new password at next sign-in.</source>
        <translation>%1 sera déconnecté partout et devra choisir un nouveau mot de passe à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Every personal access token of %1 stops working at once.</source>
        <translation>Tous les jetons d&apos;accès personnels de %1 cessent immédiatement de fonctionner.</translation>
    </message>
    <message>
        <source>Their current password stops working; you get a one-time password to hand them, shown once.</source>
        <translation>Son mot de passe actuel cesse de fonctionner&#x202f;; vous recevez un mot de passe à usage unique à lui transmettre, affiché une seule fois.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Reset the password of %1?</source>
        <translation>Réinitialiser le mot de passe de %1&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Keep %1&apos;s password</source>
        <translation>Conserver le mot de passe de %1</translation>
    </message>
    <message>
        <source>%1 can then see and change every account, yours included, and use Administration at their next sign-in.</source>
        <translation>%1 pourra alors voir et modifier tous les comptes, y compris le vôtre, et utiliser l&apos;administration dès sa prochaine connexion.</translation>
    </message>
    <message>
        <source>%1 loses Administration at once: their sessions and tokens keep working for their own tasks only.</source>
        <translation>%1 perd immédiatement l&apos;accès à l&apos;administration&#xa0;: ses sessions et ses jetons continuent de fonctionner pour ses propres tâches uniquement.</translation>
    </message>
    <message>
        <source>This is your own account: Administration stops working for you at once.</source>
        <translation>C&apos;est votre propre compte&#xa0;: l&apos;administration cesse immédiatement de fonctionner pour vous.</translation>
    </message>
    <message>
        <source>Make administrator</source>
        <translation>Nommer administrateur</translation>
    </message>
    <message>
        <source>Remove administrator</source>
        <translation>Retirer le rôle d&apos;administrateur</translation>
    </message>
    <message>
        <source>Make %1 an administrator?</source>
        <translation>Nommer %1 administrateur&#x202f;?</translation>
    </message>
    <message>
        <source>Remove the administrator role of %1?</source>
        <translation>Retirer le rôle d&apos;administrateur de %1&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Make administrator</source>
        <translation>&amp;Nommer administrateur</translation>
    </message>
    <message>
        <source>&amp;Remove administrator</source>
        <translation>&amp;Retirer le rôle d&apos;administrateur</translation>
    </message>
    <message>
        <source>Keep %1 a user</source>
        <translation>Laisser %1 utilisateur</translation>
    </message>
    <message>
        <source>Keep %1 an administrator</source>
        <translation>Laisser %1 administrateur</translation>
    </message>
    <message>
        <source>That device is signed out at once; %1 needs the password to sign in there again.</source>
        <translation>Cet appareil est immédiatement déconnecté&#x202f;; %1 doit saisir le mot de passe pour s&apos;y reconnecter.</translation>
    </message>
    <message>
        <source>This is the session you are using: Tasklane signs you out.</source>
        <translation>C&apos;est la session que vous utilisez&#xa0;: Tasklane vous déconnecte.</translation>
    </message>
    <message>
        <source>Sign out session</source>
        <translation>Déconnecter la session</translation>
    </message>
    <message>
        <source>Sign out “%1” of %2?</source>
        <translation>Déconnecter «&#x202f;%1&#x202f;» de %2&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Conserver la session</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Revoke the token “%1” of %2?</source>
        <translation>Révoquer le jeton «&#x202f;%1&#x202f;» de %2&#x202f;?</translation>
    </message>
    <message>
        <source>Scripts and apps that use it stop working at once. This cannot be undone.</source>
        <translation>Les scripts et applications qui l&apos;utilisent cessent immédiatement de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Keep the token</source>
        <translation>Conserver le jeton</translation>
    </message>
    <message>
        <source>The user could not be loaded: %1</source>
        <translation>Impossible de charger l&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sessions could not be loaded: %1</source>
        <translation>Impossible de charger les sessions&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tokens could not be loaded: %1</source>
        <translation>Impossible de charger les jetons&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session was not signed out: %1</source>
        <translation>La session n&apos;a pas été déconnectée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>Le jeton n&apos;a pas été révoqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was revoked: %1</source>
        <translation>Rien n&apos;a été révoqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Two-factor authentication was not reset: %1</source>
        <translation>L&apos;authentification à deux facteurs n&apos;a pas été réinitialisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The account was not disabled: %1</source>
        <translation>Le compte n&apos;a pas été désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The account was not enabled: %1</source>
        <translation>Le compte n&apos;a pas été activé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The password was not reset: %1</source>
        <translation>Le mot de passe n&apos;a pas été réinitialisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The role was not changed: %1</source>
        <translation>Le rôle n&apos;a pas été modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AdminUsersTab</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>&amp;Charger plus</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>User name, name or email</source>
        <translation>Nom d&apos;utilisateur, nom ou e-mail</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Create a new user</source>
        <translation>Créer un nouvel utilisateur</translation>
    </message>
    <message>
        <source>Create an account with a one-time password</source>
        <translation>Créer un compte avec un mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Try loading the users again</source>
        <translation>Réessayer de charger les utilisateurs</translation>
    </message>
    <message>
        <source>Load more users</source>
        <translation>Charger plus d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <source>There are no users.</source>
        <translation>Il n&apos;y a aucun utilisateur.</translation>
    </message>
    <message>
        <source>No user matches “%1”.</source>
        <translation>Aucun utilisateur ne correspond à «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The first %1 users.</source>
        <translation>Les %1 premiers utilisateurs.</translation>
    </message>
    <message>
        <source>The first %1 users matching “%2”.</source>
        <translation>Les %1 premiers utilisateurs correspondant à «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>1 user.</source>
        <translation>1 utilisateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n users.</source>
        <translation>
            <numerusform>%n utilisateur.</numerusform>
            <numerusform>%n utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 user matches “%1”.</source>
        <translation>1 utilisateur correspond à «&#x202f;%1&#x202f;».</translation>
    </message>
    <message numerus="yes">
        <source>%n users match “%1”.</source>
        <translation>
            <numerusform>%n utilisateur correspond à «&#x202f;%1&#x202f;».</numerusform>
            <numerusform>%n utilisateurs correspondent à «&#x202f;%1&#x202f;».</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>Impossible de charger les utilisateurs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>Talking to the server</source>
        <translation>Communication avec le serveur</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Administration – %1</source>
        <translation>Administration – %1</translation>
    </message>
    <message>
        <source>Administration sections</source>
        <translation>Sections de l&apos;administration</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Find a user, see and end their sessions and tokens</source>
        <translation>Rechercher un utilisateur, voir et fermer ses sessions et ses jetons</translation>
    </message>
    <message>
        <source>What administrators did to accounts</source>
        <translation>Ce que les administrateurs ont fait aux comptes</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close Administration</source>
        <translation>Fermer l&apos;administration</translation>
    </message>
    <message>
        <source>&amp;Find user</source>
        <translation>&amp;Rechercher un utilisateur</translation>
    </message>
    <message>
        <source>Search the users</source>
        <translation>Rechercher parmi les utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load the users and the audit log again</source>
        <translation>Recharger les utilisateurs et le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Revoking every session and token…</source>
        <translation>Révocation de toutes les sessions et de tous les jetons…</translation>
    </message>
    <message>
        <source>Disabling the account…</source>
        <translation>Désactivation du compte…</translation>
    </message>
    <message>
        <source>Enabling the account…</source>
        <translation>Activation du compte…</translation>
    </message>
    <message>
        <source>Resetting two-factor authentication…</source>
        <translation>Réinitialisation de l&apos;authentification à deux facteurs…</translation>
    </message>
    <message>
        <source>Signing the session out…</source>
        <translation>Déconnexion de la session…</translation>
    </message>
    <message>
        <source>Revoking the token…</source>
        <translation>Révocation du jeton…</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
    <message>
        <source>Resetting the password…</source>
        <translation>Réinitialisation du mot de passe…</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Modification du rôle…</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <source>Loading the user…</source>
        <translation>Chargement de l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Chargement du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Service accounts</source>
        <translation>Comptes de &amp;service</translation>
    </message>
    <message>
        <source>Programs that use a user&apos;s tasks with a secret of their own</source>
        <translation>Programmes qui utilisent les tâches d&apos;un utilisateur avec leur propre secret</translation>
    </message>
    <message>
        <source>Loading the service accounts…</source>
        <translation>Chargement des comptes de service…</translation>
    </message>
    <message>
        <source>Changing the service account…</source>
        <translation>Modification du compte de service…</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>No valid server address is set.</source>
        <translation>Aucune adresse de serveur valide n&apos;est définie.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 (request id: %2)</source>
        <translation>%1 (identifiant de requête&#xa0;: %2)</translation>
    </message>
    <message>
        <source>The server at %1 did not answer with valid HTTP.</source>
        <translation>Le serveur %1 n&apos;a pas répondu en HTTP valide.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (it is not JSON).</source>
        <translation>Impossible de lire la réponse du serveur (ce n&apos;est pas du JSON).</translation>
    </message>
    <message>
        <source>Could not connect to the server at %1: the connection was refused. Check the address and that the server is running.</source>
        <translation>Impossible de se connecter au serveur %1&#xa0;: la connexion a été refusée. Vérifiez l&apos;adresse et que le serveur est bien démarré.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before it finished answering.</source>
        <translation>Le serveur %1 a fermé la connexion avant la fin de sa réponse.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address.</source>
        <translation>Le nom de serveur %1 est introuvable. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The connection to the server at %1 timed out.</source>
        <translation>Le délai de connexion au serveur %1 a expiré.</translation>
    </message>
    <message>
        <source>A secure connection to the server at %1 could not be established (TLS handshake failed). The server&apos;s certificate may not be trusted.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le serveur %1 (échec de la négociation TLS). Le certificat du serveur n&apos;est peut-être pas reconnu comme fiable.</translation>
    </message>
    <message>
        <source>The network is not available. Check your connection and try again.</source>
        <translation>Le réseau n&apos;est pas disponible. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The server at %1 redirected too many times.</source>
        <translation>Le serveur %1 a effectué trop de redirections.</translation>
    </message>
    <message>
        <source>The server at %1 redirected to an insecure (http) address; the request was stopped.</source>
        <translation>Le serveur %1 a redirigé vers une adresse non sécurisée (http)&#x202f;; la requête a été arrêtée.</translation>
    </message>
    <message>
        <source>The proxy server could not be used to reach %1. Check the proxy settings.</source>
        <translation>Impossible d&apos;utiliser le serveur proxy pour joindre %1. Vérifiez les paramètres du proxy.</translation>
    </message>
    <message>
        <source>The server at %1 could not be reached.</source>
        <translation>Impossible de joindre le serveur %1.</translation>
    </message>
    <message>
        <source>The server at %1 could not be reached (%2).</source>
        <translation>Impossible de joindre le serveur %1 (%2).</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds. Try again later.</source>
        <translation>Le serveur %1 n&apos;a pas répondu en %2 secondes. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again later.</source>
        <translation>Le serveur %1 n&apos;a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>(adresse inconnue)</translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP %1). Sign in again.</source>
        <translation>Le serveur a refusé les identifiants (HTTP %1). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You are not allowed to do this (HTTP %1).</source>
        <translation>Vous n&apos;êtes pas autorisé à effectuer cette action (HTTP %1).</translation>
    </message>
    <message>
        <source>The server does not know this address (HTTP %1).</source>
        <translation>Le serveur ne connaît pas cette adresse (HTTP %1).</translation>
    </message>
    <message>
        <source>The server is receiving too many requests (HTTP %1). Try again later.</source>
        <translation>Le serveur reçoit trop de requêtes (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP %1). Try again later.</source>
        <translation>Le serveur est temporairement indisponible (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server failed to handle the request (HTTP %1).</source>
        <translation>Le serveur n&apos;a pas pu traiter la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>The server answered with something that is not a list.</source>
        <translation>Le serveur a répondu avec autre chose qu&apos;une liste.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Tasklane on %1</source>
        <translation>Tasklane sur %1</translation>
    </message>
</context>
<context>
    <name>AuditLogEntry</name>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Signed a session out</source>
        <translation>A déconnecté une session</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>A révoqué un jeton</translation>
    </message>
    <message>
        <source>Revoked everything</source>
        <translation>A tout révoqué</translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation>A réinitialisé les deux facteurs</translation>
    </message>
    <message>
        <source>Disabled the account</source>
        <translation>A désactivé le compte</translation>
    </message>
    <message>
        <source>Enabled the account</source>
        <translation>A activé le compte</translation>
    </message>
    <message>
        <source>Created the account</source>
        <translation>A créé le compte</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>A réinitialisé le mot de passe</translation>
    </message>
    <message>
        <source>Changed the role</source>
        <translation>A modifié le rôle</translation>
    </message>
    <message>
        <source>An unnamed device</source>
        <translation>Un appareil sans nom</translation>
    </message>
    <message>
        <source>An administrator</source>
        <translation>Un administrateur</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>Un utilisateur</translation>
    </message>
    <message>
        <source>Made an administrator</source>
        <translation>Nommé administrateur</translation>
    </message>
    <message>
        <source>No longer an administrator</source>
        <translation>N&apos;est plus administrateur</translation>
    </message>
    <message>
        <source>Nothing was left to revoke</source>
        <translation>Il ne restait rien à révoquer</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>1 token</source>
        <translation>1 jeton</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 revoked</source>
        <translation>%1 et %2 révoqués</translation>
    </message>
    <message>
        <source>Created a service account</source>
        <translation>Compte de service créé</translation>
    </message>
    <message>
        <source>Rotated a service account&apos;s secret</source>
        <translation>Secret d&apos;un compte de service renouvelé</translation>
    </message>
    <message>
        <source>Revoked a service account</source>
        <translation>Compte de service révoqué</translation>
    </message>
    <message>
        <source>A service account got a token</source>
        <translation>Un compte de service a obtenu un jeton</translation>
    </message>
    <message>
        <source>A service account was refused</source>
        <translation>Un compte de service a été refusé</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Done with the server&apos;s command line (tasklane-server user …)</source>
        <translation>Fait avec la ligne de commande du serveur (tasklane-server user …)</translation>
    </message>
    <message>
        <source>The administrator who did it</source>
        <translation>L&apos;administrateur qui l&apos;a fait</translation>
    </message>
    <message>
        <source>The address the request came from</source>
        <translation>L&apos;adresse d&apos;où provenait la requête</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>The audit log could not be loaded.</source>
        <translation>Impossible de charger le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>&amp;Charger plus</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Everything administrators did to accounts, newest first. The users concerned see the same in their own security log.</source>
        <translation>Tout ce que les administrateurs ont fait aux comptes, du plus récent au plus ancien. Les utilisateurs concernés voient la même chose dans leur propre journal de sécurité.</translation>
    </message>
    <message>
        <source>Load the audit log again</source>
        <translation>Recharger le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Try loading the audit log again</source>
        <translation>Réessayer de charger le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Charger les entrées plus anciennes</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Chargement du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>No administrator has changed an account yet.</source>
        <translation>Aucun administrateur n&apos;a encore modifié de compte.</translation>
    </message>
    <message>
        <source>The %1 most recent entries.</source>
        <translation>Les %1 entrées les plus récentes.</translation>
    </message>
    <message>
        <source>1 entry.</source>
        <translation>1 entrée.</translation>
    </message>
    <message>
        <source>All %1 entries.</source>
        <translation>Toutes les %1 entrées.</translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation>Impossible de charger le journal d&apos;audit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BackupCodeSheet</name>
    <message>
        <source>Tasklane backup codes</source>
        <translation>Codes de secours Tasklane</translation>
    </message>
    <message>
        <source>These are backup codes for two-factor authentication. When you cannot use your authenticator app, type one of them where the app asks for a code. Each code works once. Keep them somewhere safe and private, such as a password manager or a locked drawer. Making new backup codes makes these ones stop working.</source>
        <translation>Voici des codes de secours pour l&apos;authentification à deux facteurs. Si vous ne pouvez pas utiliser votre application d&apos;authentification, saisissez l&apos;un d&apos;eux lorsque l&apos;application demande un code. Chaque code ne fonctionne qu&apos;une fois. Conservez-les dans un endroit sûr et privé, comme un gestionnaire de mots de passe ou un tiroir fermé à clé. Générer de nouveaux codes de secours rend ceux-ci inutilisables.</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créés le&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BackupCodesDialog</name>
    <message>
        <source>New Backup Codes</source>
        <translation>Nouveaux codes de secours</translation>
    </message>
    <message>
        <source>Your old backup codes no longer work. Save these new ones now: they are shown only this once. Each code signs you in once when you cannot use your authenticator app.</source>
        <translation>Vos anciens codes de secours ne fonctionnent plus. Enregistrez ces nouveaux codes maintenant&#xa0;: ils ne sont affichés qu&apos;une seule fois. Chaque code vous permet de vous connecter une fois si vous ne pouvez pas utiliser votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Tick “I have saved these backup codes” first</source>
        <translation>Cochez d&apos;abord «&#x202f;J&apos;ai enregistré ces codes de secours&#x202f;»</translation>
    </message>
</context>
<context>
    <name>BackupCodesView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save as text file…</source>
        <translation>&amp;Enregistrer en fichier texte…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>I have &amp;saved these backup codes</source>
        <translation>J&apos;ai enregi&amp;stré ces codes de secours</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Codes de secours</translation>
    </message>
    <message>
        <source>Copy the backup codes</source>
        <translation>Copier les codes de secours</translation>
    </message>
    <message>
        <source>Copy the codes to the clipboard, for a password manager</source>
        <translation>Copier les codes dans le presse-papiers, pour un gestionnaire de mots de passe</translation>
    </message>
    <message>
        <source>Save the backup codes as a text file</source>
        <translation>Enregistrer les codes de secours dans un fichier texte</translation>
    </message>
    <message>
        <source>Print the backup codes</source>
        <translation>Imprimer les codes de secours</translation>
    </message>
    <message>
        <source>I have saved these backup codes</source>
        <translation>J&apos;ai enregistré ces codes de secours</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Save Backup Codes</source>
        <translation>Enregistrer les codes de secours</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>The backup codes could not be saved to %1: %2</source>
        <translation>Impossible d&apos;enregistrer les codes de secours dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Tasklane backup codes</source>
        <translation>Codes de secours Tasklane</translation>
    </message>
    <message>
        <source>Print Backup Codes</source>
        <translation>Imprimer les codes de secours</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Printing is not available. %1</source>
        <translation>L&apos;impression n&apos;est pas disponible. %1</translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Reload (take theirs)</source>
        <translation>&amp;Recharger (garder leur version)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>Écraser avec la &amp;mienne</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la modification</translation>
    </message>
    <message>
        <source>This task was changed elsewhere</source>
        <translation>Cette tâche a été modifiée ailleurs</translation>
    </message>
    <message>
        <source>Task changed elsewhere</source>
        <translation>Tâche modifiée ailleurs</translation>
    </message>
    <message>
        <source>“%1” was changed on another device while you were editing it. Your changes are not saved yet.</source>
        <translation>La tâche «&#x202f;%1&#x202f;» a été modifiée sur un autre appareil pendant que vous la modifiiez. Vos modifications ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>“%1” was changed on another device (%2) while you were editing it. Your changes are not saved yet.</source>
        <translation>La tâche «&#x202f;%1&#x202f;» a été modifiée sur un autre appareil (%2) pendant que vous la modifiiez. Vos modifications ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Both versions have the same content.</source>
        <translation>Les deux versions ont le même contenu.</translation>
    </message>
    <message>
        <source>Different in the two versions: %1.</source>
        <translation>Différences entre les deux versions&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reload&lt;/b&gt; shows their version and drops your changes. &lt;b&gt;Overwrite&lt;/b&gt; saves your version over theirs.</source>
        <translation>&lt;b&gt;Recharger&lt;/b&gt; affiche l&apos;autre version et abandonne vos modifications. &lt;b&gt;Écraser&lt;/b&gt; enregistre votre version à la place de l&apos;autre.</translation>
    </message>
    <message>
        <source>Reload, taking their version</source>
        <translation>Recharger, en gardant l&apos;autre version</translation>
    </message>
    <message>
        <source>Overwrite their version with mine</source>
        <translation>Écraser l&apos;autre version avec la mienne</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Open</source>
        <comment>verb: a notification&apos;s action, opens the alert</comment>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the message and request id</source>
        <translation>Copier le message et l&apos;identifiant de requête</translation>
    </message>
    <message>
        <source>Copy the message and the request id to the clipboard</source>
        <translation>Copier le message et l&apos;identifiant de requête dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Identifiant de requête&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExtrasModule</name>
    <message>
        <source>Tasklane&apos;s module %1 could not be loaded (%2). Reinstall Tasklane.</source>
        <translation>Le module %1 de Tasklane n&apos;a pas pu être chargé (%2). Réinstallez Tasklane.</translation>
    </message>
    <message>
        <source>Tasklane&apos;s module %1 is missing (looked in %2). Reinstall Tasklane.</source>
        <translation>Le module %1 de Tasklane est introuvable (recherché dans %2). Réinstallez Tasklane.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>Could not start the local server (%1): %2</source>
        <translation>Impossible de démarrer le serveur local (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The local server stopped unexpectedly (exit code %1).</source>
        <translation>Le serveur local s&apos;est arrêté de manière inattendue (code de sortie %1).</translation>
    </message>
    <message>
        <source>The local server could not start (%1): %2</source>
        <translation>Le serveur local n&apos;a pas pu démarrer (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>planté</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Another Tasklane server (process %1) is using the data folder %2 but does not say where it listens. Stop it and try again.</source>
        <translation>Un autre serveur Tasklane (processus %1) utilise le dossier de données %2 mais n&apos;indique pas sur quelle adresse il écoute. Arrêtez-le et réessayez.</translation>
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
        <translation>Le serveur de cet ordinateur n&apos;est pas démarré.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation>Impossible de créer le compte.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Tâche «&#x202f;%1&#x202f;» supprimée.</translation>
    </message>
    <message>
        <source>Server busy, retrying in %1 s (attempt %2)…</source>
        <translation>Serveur occupé, nouvel essai dans %1 s (tentative %2)…</translation>
    </message>
    <message>
        <source>Sign-in link copied to the clipboard.</source>
        <translation>Lien de connexion copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Your unsaved changes to “%1” are back. They are not saved yet.</source>
        <translation>Vos modifications non enregistrées de «&#x202f;%1&#x202f;» sont restaurées. Elles ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>The unsaved changes of %1 to “%2” were discarded.</source>
        <translation>Les modifications non enregistrées de %1 sur «&#x202f;%2&#x202f;» ont été abandonnées.</translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation>&amp;Nouvelle tâche</translation>
    </message>
    <message>
        <source>Create a new task</source>
        <translation>Créer une nouvelle tâche</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Change the settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <source>Account s&amp;ecurity…</source>
        <translation>Sécurité du &amp;compte…</translation>
    </message>
    <message>
        <source>Manage your personal access tokens and signed-in sessions, and see the security log</source>
        <translation>Gérer vos jetons d&apos;accès personnels et vos sessions connectées, et consulter le journal de sécurité</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Administration…</translation>
    </message>
    <message>
        <source>Manage users: their sessions, tokens and two-factor authentication, and the audit log</source>
        <translation>Gérer les utilisateurs (leurs sessions, jetons et authentification à deux facteurs) et le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Administration needs &amp;two-factor authentication…</source>
        <translation>L&apos;administration exige l&apos;authentification à deux &amp;facteurs…</translation>
    </message>
    <message>
        <source>This server gives administration only to accounts with two-factor authentication. Turn it on now, then sign in again.</source>
        <translation>Ce serveur ne donne accès à l&apos;administration qu&apos;aux comptes protégés par l&apos;authentification à deux facteurs. Activez-la maintenant, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Sign in again for &amp;administration…</source>
        <translation>Se reconnecter pour l&apos;&amp;administration…</translation>
    </message>
    <message>
        <source>Two-factor authentication is on: sign in again to get administration.</source>
        <translation>L&apos;authentification à deux facteurs est activée&#xa0;: reconnectez-vous pour accéder à l&apos;administration.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out of this server</source>
        <translation>Se déconnecter de ce serveur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Tasklane</source>
        <translation>Quitter Tasklane</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>Bring back the task deleted last</source>
        <translation>Restaurer la dernière tâche supprimée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected task</source>
        <translation>Supprimer la tâche sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search the tasks</source>
        <translation>Rechercher dans les tâches</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load the tasks again</source>
        <translation>Recharger les tâches</translation>
    </message>
    <message>
        <source>&amp;About Tasklane</source>
        <translation>À &amp;propos de Tasklane</translation>
    </message>
    <message>
        <source>About Tasklane</source>
        <translation>À propos de Tasklane</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. Sign in again to get administration (in the menu: Sign in again for administration).</source>
        <translation>L&apos;authentification à deux facteurs est activée. Reconnectez-vous pour accéder à l&apos;administration (dans le menu&#xa0;: Se reconnecter pour l&apos;administration).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Looking for a Tasklane server at %1…</source>
        <translation>Recherche d&apos;un serveur Tasklane à l&apos;adresse %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Your unsaved changes to “%1” will be restored after you sign in again as %2. They are kept in this window only: quitting Tasklane discards them.</source>
        <translation>Vos modifications non enregistrées de «&#x202f;%1&#x202f;» seront restaurées lorsque vous vous reconnecterez en tant que %2. Elles ne sont conservées que dans cette fenêtre&#xa0;: quitter Tasklane les abandonne.</translation>
    </message>
    <message>
        <source>Starting the server on this computer…</source>
        <translation>Démarrage du serveur sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>Connexion à %1 en tant que %2…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>&amp;Two-factor</source>
        <translation>&amp;Deux facteurs</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tasklane %1&lt;/h3&gt;&lt;p&gt;Your tasks, on your own server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tasklane %1&lt;/h3&gt;&lt;p&gt;Vos tâches, sur votre propre serveur.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign in to manage your account security.</source>
        <translation>Connectez-vous pour gérer la sécurité de votre compte.</translation>
    </message>
    <message>
        <source>Account security is not available when signed in with a personal access token: sign in with your browser to manage tokens and sessions.</source>
        <translation>La sécurité du compte n&apos;est pas disponible lorsque vous êtes connecté avec un jeton d&apos;accès personnel&#xa0;: connectez-vous avec votre navigateur pour gérer les jetons et les sessions.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server: this computer</source>
        <translation>Serveur&#xa0;: cet ordinateur</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NewServiceClientDialog</name>
    <message>
        <source>New service account</source>
        <translation>Nouveau compte de service</translation>
    </message>
    <message>
        <source>A service account lets a program use one user&apos;s tasks without anyone signing in. It gets a secret, shown once.</source>
        <translation>Un compte de service permet à un programme d&apos;utiliser les tâches d&apos;un utilisateur sans que personne ne se connecte. Il reçoit un secret, affiché une seule fois.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the service account</source>
        <translation>Nom du compte de service</translation>
    </message>
    <message>
        <source>e.g. Nightly export</source>
        <translation>p. ex. Export nocturne</translation>
    </message>
    <message>
        <source>Acts for &amp;user:</source>
        <translation>Agit pour l&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User name of the account whose tasks it uses</source>
        <translation>Nom d&apos;utilisateur du compte dont il utilise les tâches</translation>
    </message>
    <message>
        <source>&amp;Read tasks</source>
        <translation>&amp;Lire les tâches</translation>
    </message>
    <message>
        <source>&amp;Change tasks</source>
        <translation>&amp;Modifier les tâches</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NewTokenDialog</name>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>&amp;Code d&apos;authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Creating the token</source>
        <translation>Création du jeton</translation>
    </message>
    <message>
        <source>C&amp;reate token</source>
        <translation>C&amp;réer le jeton</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New personal access token</source>
        <translation>Nouveau jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>A personal access token lets a script or another app use Tasklane as you, without your password. Give it only the access it needs. It cannot change your security settings.</source>
        <translation>Un jeton d&apos;accès personnel permet à un script ou à une autre application d&apos;utiliser Tasklane en votre nom, sans votre mot de passe. Ne lui donnez que les accès nécessaires. Il ne peut pas modifier vos paramètres de sécurité.</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <source>For example: Backup script</source>
        <translation>Par exemple&#xa0;: Script de sauvegarde</translation>
    </message>
    <message>
        <source>So you can tell your tokens apart later.</source>
        <translation>Pour distinguer vos jetons par la suite.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Token expires after</source>
        <translation>Le jeton expire après</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Code d&apos;authentification</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation>Le code à 6 chiffres de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>E&amp;xpire après&#xa0;:</translation>
    </message>
    <message>
        <source>Create the token</source>
        <translation>Créer le jeton</translation>
    </message>
    <message>
        <source>Cancel without creating a token</source>
        <translation>Annuler sans créer de jeton</translation>
    </message>
    <message>
        <source>Give the token a name.</source>
        <translation>Donnez un nom au jeton.</translation>
    </message>
    <message>
        <source>You already have a token called “%1”. Choose another name.</source>
        <translation>Vous avez déjà un jeton nommé «&#x202f;%1&#x202f;». Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Choose at least one kind of access.</source>
        <translation>Choisissez au moins un type d&apos;accès.</translation>
    </message>
    <message>
        <source>The token works until you revoke it. Prefer an expiry date unless a script must run unattended for years.</source>
        <translation>Le jeton fonctionne jusqu&apos;à ce que vous le révoquiez. Préférez une date d&apos;expiration, sauf si un script doit fonctionner sans surveillance pendant des années.</translation>
    </message>
    <message>
        <source>The token stops working on %1.</source>
        <translation>Le jeton cessera de fonctionner le %1.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Administrateur</translation>
    </message>
    <message>
        <source>Creating the account</source>
        <translation>Création du compte</translation>
    </message>
    <message>
        <source>C&amp;reate user</source>
        <translation>C&amp;réer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>The new user gets a one-time password, shown to you once. At their first sign-in they must choose their own.</source>
        <translation>Le nouvel utilisateur reçoit un mot de passe à usage unique, qui vous est affiché une seule fois. À sa première connexion, il doit choisir son propre mot de passe.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>For example: carol</source>
        <translation>Par exemple&#xa0;: carol</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Optional: the username stands in</source>
        <translation>Facultatif&#xa0;: le nom d&apos;utilisateur est utilisé à défaut</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Administrators can manage every account, this one included.</source>
        <translation>Les administrateurs peuvent gérer tous les comptes, y compris celui-ci.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom a&amp;ffiché&#xa0;:</translation>
    </message>
    <message>
        <source>Create the user</source>
        <translation>Créer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Cancel without creating a user</source>
        <translation>Annuler sans créer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Saisissez un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Utilisez des lettres, des chiffres, «&#x202f;.&#x202f;», «&#x202f;_&#x202f;» ou «&#x202f;-&#x202f;», en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter an address such as name@example.org.</source>
        <translation>Saisissez une adresse comme nom@example.org.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
</context>
<context>
    <name>NoticeBanners</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No, sign it out and change my password</source>
        <translation>&amp;Non, la déconnecter et changer mon mot de passe</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>Re&amp;nouveler…</translation>
    </message>
</context>
<context>
    <name>NoticeService</name>
    <message>
        <source>New sign-in from %1, %2, %3. Was this you?</source>
        <translation>Nouvelle connexion depuis %1, %2, %3. Était-ce vous&#x202f;?</translation>
    </message>
    <message>
        <source>Your personal access token “%1” expires %2 (%3).</source>
        <translation>Votre jeton d&apos;accès personnel «&#x202f;%1&#x202f;» expire %2 (%3).</translation>
    </message>
    <message>
        <source>New sign-in to your account</source>
        <translation>Nouvelle connexion à votre compte</translation>
    </message>
    <message>
        <source>A personal access token expires soon</source>
        <translation>Un jeton d&apos;accès personnel expire bientôt</translation>
    </message>
    <message>
        <source>New sign-in from another device, “%1” (%2), %3, %4. Was this you?</source>
        <translation>Nouvelle connexion depuis un autre appareil, «&#x202f;%1&#x202f;» (%2), %3, %4. Était-ce vous&#x202f;?</translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Could not open a local port to receive the sign-in result.</source>
        <translation>Impossible d&apos;ouvrir un port local pour recevoir le résultat de la connexion.</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in. Please try again.</source>
        <translation>Le navigateur a renvoyé une réponse qui n&apos;appartient pas à cette connexion. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Access was denied in the browser.</source>
        <translation>L&apos;accès a été refusé dans le navigateur.</translation>
    </message>
    <message>
        <source>Could not open a web browser. Copy the sign-in link and open it yourself.</source>
        <translation>Impossible d&apos;ouvrir un navigateur web. Copiez le lien de connexion et ouvrez-le vous-même.</translation>
    </message>
    <message>
        <source>The sign-in answer came from %1, not from the server you chose (%2). For your safety it was refused. Please try again.</source>
        <translation>La réponse de connexion provient de %1, et non du serveur que vous avez choisi (%2). Pour votre sécurité, elle a été refusée. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The sign-in answer does not say which server it came from, though %1 always says so. For your safety it was refused. Please try again.</source>
        <translation>La réponse de connexion n&apos;indique pas de quel serveur elle provient, alors que %1 l&apos;indique toujours. Pour votre sécurité, elle a été refusée. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Impossible de joindre le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server answered the token request with HTTP %1.</source>
        <translation>Le serveur a répondu à la demande de jeton par HTTP %1.</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Give %1 this one-time password</source>
        <translation>Transmettez ce mot de passe à usage unique à %1</translation>
    </message>
    <message>
        <source>This is the only time it is shown: the server keeps only a hash of it. %1 signs in with it once and must then choose a new password before going on.</source>
        <translation>C&apos;est la seule fois qu&apos;il est affiché&#xa0;: le serveur n&apos;en conserve qu&apos;une empreinte (hash). %1 s&apos;en sert pour se connecter une fois, puis doit choisir un nouveau mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Hand it over in person or through a channel only %1 can read, not in a shared chat or ticket.</source>
        <translation>Transmettez-le en personne ou par un canal que seul %1 peut lire, pas dans une discussion partagée ni un ticket.</translation>
    </message>
    <message>
        <source>The one-time password</source>
        <translation>Le mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Copy the one-time password to the clipboard</source>
        <translation>Copier le mot de passe à usage unique dans le presse-papiers</translation>
    </message>
    <message>
        <source>I have &amp;passed it on</source>
        <translation>Je l&apos;ai &amp;transmis</translation>
    </message>
    <message>
        <source>Close: the one-time password has been passed on</source>
        <translation>Fermer&#xa0;: le mot de passe à usage unique a été transmis</translation>
    </message>
</context>
<context>
    <name>PagedModelBase</name>
    <message>
        <source>The list could not be loaded.</source>
        <translation>Impossible de charger la liste.</translation>
    </message>
</context>
<context>
    <name>PasskeyModel</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Ajoutée %1</translation>
    </message>
    <message>
        <source>Last signed in %1</source>
        <translation>Dernière connexion %1</translation>
    </message>
    <message>
        <source>This passkey has not signed in yet.</source>
        <translation>Cette clé d&apos;accès n&apos;a encore jamais servi à se connecter.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
</context>
<context>
    <name>PasskeyService</name>
    <message>
        <source>The server sent no usable link to add a passkey.</source>
        <translation>Le serveur n&apos;a envoyé aucun lien utilisable pour ajouter une clé d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>PasskeysTab</name>
    <message>
        <source>The passkey “%1” was removed.</source>
        <translation>La clé d&apos;accès «&#x202f;%1&#x202f;» a été supprimée.</translation>
    </message>
    <message>
        <source>The page to add a passkey is open in your browser. Follow it there, then come back: the list updates by itself.</source>
        <translation>La page pour ajouter une clé d&apos;accès est ouverte dans votre navigateur. Suivez-la, puis revenez ici&#xa0;: la liste se met à jour d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Could not open a web browser. Open this link yourself within 10 minutes: %1</source>
        <translation>Impossible d&apos;ouvrir un navigateur web. Ouvrez vous-même ce lien dans les 10 minutes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Passkeys</source>
        <translation>Clés d&apos;accès</translation>
    </message>
    <message>
        <source>A passkey signs you in with your fingerprint, face, screen lock or security key instead of a password or a code. It is kept by your device or password manager; the server knows only its public key.</source>
        <translation>Une clé d&apos;accès vous connecte avec votre empreinte digitale, votre visage, le verrouillage de l&apos;écran ou une clé de sécurité au lieu d&apos;un mot de passe ou d&apos;un code. Elle est conservée par votre appareil ou votre gestionnaire de mots de passe&#x202f;; le serveur ne connaît que sa clé publique.</translation>
    </message>
    <message>
        <source>&amp;Add a passkey…</source>
        <translation>&amp;Ajouter une clé d&apos;accès…</translation>
    </message>
    <message>
        <source>Add a passkey in the browser</source>
        <translation>Ajouter une clé d&apos;accès dans le navigateur</translation>
    </message>
    <message>
        <source>Opens a page in your browser where you create the passkey</source>
        <translation>Ouvre dans votre navigateur une page où vous créez la clé d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Remove the selected passkey</source>
        <translation>Supprimer la clé d&apos;accès sélectionnée</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Load the passkeys again</source>
        <translation>Recharger les clés d&apos;accès</translation>
    </message>
    <message>
        <source>Remove the selected passkey (Delete)</source>
        <translation>Supprimer la clé d&apos;accès sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Select a passkey to remove it</source>
        <translation>Sélectionnez une clé d&apos;accès pour la supprimer</translation>
    </message>
    <message>
        <source>Remove passkey</source>
        <translation>Supprimer la clé d&apos;accès</translation>
    </message>
    <message>
        <source>Remove the passkey “%1”?</source>
        <translation>Supprimer la clé d&apos;accès «&#x202f;%1&#x202f;»&#x202f;?</translation>
    </message>
    <message>
        <source>It no longer signs you in to this server.</source>
        <translation>Elle ne vous connectera plus à ce serveur.</translation>
    </message>
    <message>
        <source>The key stays on your device or in your password manager; delete it there too if you no longer need it.</source>
        <translation>La clé reste sur votre appareil ou dans votre gestionnaire de mots de passe&#x202f;; supprimez-la aussi là-bas si vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>&amp;Remove passkey</source>
        <translation>Supp&amp;rimer la clé d&apos;accès</translation>
    </message>
    <message>
        <source>Keep the passkey</source>
        <translation>Conserver la clé d&apos;accès</translation>
    </message>
    <message>
        <source>Passkeys need the server to be reached by a host name, not an IP address: browsers refuse passkeys for an address like 127.0.0.1. Ask your administrator to start the server with --issuer and its host name (for example http://localhost:8080).</source>
        <translation>Les clés d&apos;accès exigent que le serveur soit joint par un nom d&apos;hôte, pas par une adresse IP&#xa0;: les navigateurs refusent les clés d&apos;accès pour une adresse comme 127.0.0.1. Demandez à votre administrateur de démarrer le serveur avec --issuer et son nom d&apos;hôte (par exemple http://localhost:8080).</translation>
    </message>
    <message>
        <source>This account has the most passkeys allowed (20). Remove one you no longer use, then add the new one.</source>
        <translation>Ce compte a déjà le nombre maximal de clés d&apos;accès (20). Supprimez-en une que vous n&apos;utilisez plus, puis ajoutez la nouvelle.</translation>
    </message>
    <message>
        <source>The passkeys could not be loaded: %1</source>
        <translation>Les clés d&apos;accès n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The passkey was not removed: %1</source>
        <translation>La clé d&apos;accès n&apos;a pas été supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The page to add a passkey could not be opened: %1</source>
        <translation>La page pour ajouter une clé d&apos;accès n&apos;a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>You have no passkeys yet. With one you sign in to this server without typing a password or a code: “Add a passkey…” makes one in your browser.</source>
        <translation>Vous n&apos;avez pas encore de clé d&apos;accès. Avec une clé d&apos;accès, vous vous connectez à ce serveur sans saisir de mot de passe ni de code&#xa0;: «&#x202f;Ajouter une clé d&apos;accès…&#x202f;» en crée une dans votre navigateur.</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Enter a new password</source>
        <translation>Saisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Too short: 1 more character</source>
        <translation>Trop court&#xa0;: 1 caractère de plus</translation>
    </message>
    <message>
        <source>Too short: %1 more characters</source>
        <translation>Trop court&#xa0;: %1 caractères de plus</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters</source>
        <translation>Trop long&#xa0;: %1 caractères au maximum</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>This is a well-known password or contains your name.</source>
        <translation>C&apos;est un mot de passe très connu, ou il contient votre nom.</translation>
    </message>
    <message>
        <source>Make it longer, or mix words, digits and symbols.</source>
        <translation>Allongez-le, ou mélangez mots, chiffres et symboles.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>A few more characters or words would make it much stronger.</source>
        <translation>Quelques caractères ou mots de plus le rendraient bien plus robuste.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirmez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Changement du mot de passe</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <source>Changing your password signs out every other device and revokes every personal access token. This app stays signed in.</source>
        <translation>Changer votre mot de passe déconnecte tous les autres appareils et révoque tous les jetons d&apos;accès personnels. Cette application reste connectée.</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Le verrouillage des majuscules semble activé.</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation>Avertissement de verrouillage des majuscules</translation>
    </message>
    <message>
        <source>Problem with the new password</source>
        <translation>Problème avec le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Result of the password change</source>
        <translation>Résultat du changement de mot de passe</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Set the new password; every other session and personal access token ends</source>
        <translation>Définir le nouveau mot de passe&#x202f;; toutes les autres sessions et tous les jetons d&apos;accès personnels prennent fin</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>Con&amp;firmer le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>No other session was signed out</source>
        <translation>Aucune autre session n&apos;a été déconnectée</translation>
    </message>
    <message>
        <source>1 other session was signed out</source>
        <translation>1 autre session a été déconnectée</translation>
    </message>
    <message>
        <source>%1 other sessions were signed out</source>
        <translation>%1 autres sessions ont été déconnectées</translation>
    </message>
    <message>
        <source>no personal access token was revoked</source>
        <translation>aucun jeton d&apos;accès personnel n&apos;a été révoqué</translation>
    </message>
    <message>
        <source>1 personal access token was revoked</source>
        <translation>1 jeton d&apos;accès personnel a été révoqué</translation>
    </message>
    <message>
        <source>%1 personal access tokens were revoked</source>
        <translation>%1 jetons d&apos;accès personnels ont été révoqués</translation>
    </message>
    <message>
        <source>Password changed. %1 and %2.</source>
        <translation>Mot de passe changé. %1 et %2.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>Les deux nouveaux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Type the new password again to confirm it.</source>
        <translation>Saisissez à nouveau le nouveau mot de passe pour le confirmer.</translation>
    </message>
    <message>
        <source>The current password is not right. Nothing was changed.</source>
        <translation>Le mot de passe actuel est incorrect. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in a minute.</source>
        <translation>Trop de mots de passe erronés. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in %1 minutes.</source>
        <translation>Trop de mots de passe erronés. Réessayez dans %1 minutes.</translation>
    </message>
</context>
<context>
    <name>PersonalToken</name>
    <message>
        <source>Read tasks</source>
        <translation>Lire les tâches</translation>
    </message>
    <message>
        <source>Change tasks</source>
        <translation>Modifier les tâches</translation>
    </message>
    <message>
        <source>Administer users</source>
        <translation>Administrer les utilisateurs</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>Paramètres de sécurité</translation>
    </message>
    <message>
        <source>See all your tasks, their notes and labels.</source>
        <translation>Voir toutes vos tâches, leurs notes et leurs étiquettes.</translation>
    </message>
    <message>
        <source>Create, change, complete and delete your tasks.</source>
        <translation>Créer, modifier, terminer et supprimer vos tâches.</translation>
    </message>
    <message>
        <source>Manage other people&apos;s accounts on this server: their sessions, tokens and two-factor settings. Only for administrators; give it to as few tokens as you can.</source>
        <translation>Gérer les comptes des autres personnes sur ce serveur&#xa0;: leurs sessions, leurs jetons et leurs paramètres d&apos;authentification à deux facteurs. Réservé aux administrateurs&#x202f;; accordez-le au moins de jetons possible.</translation>
    </message>
    <message>
        <source>See and change your security settings.</source>
        <translation>Voir et modifier vos paramètres de sécurité.</translation>
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
        <translation>Jamais utilisé</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1, depuis %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has expired and no longer works. Revoke it to free its name.</source>
        <translation>%1 a expiré et ne fonctionne plus. Révoquez-le pour libérer son nom.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This token has not been used yet.</source>
        <translation>Ce jeton n&apos;a pas encore été utilisé.</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation>Dernière utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>From the address %1</source>
        <translation>Depuis l&apos;adresse %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>This token works until you revoke it.</source>
        <translation>Ce jeton fonctionne jusqu&apos;à ce que vous le révoquiez.</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expiration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 was rotated: a new token replaced it, and this one stops working on %2.</source>
        <translation>%1 a été renouvelé&#xa0;: un nouveau jeton le remplace, et celui-ci cesse de fonctionner le %2.</translation>
    </message>
    <message>
        <source>Replaced by a new token; works until %1</source>
        <translation>Remplacé par un nouveau jeton&#xa0;; fonctionne jusqu&apos;au %1</translation>
    </message>
</context>
<context>
    <name>PersonalTokensTab</name>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Nouveau jeton…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation>Jetons d&apos;accès personnels</translation>
    </message>
    <message>
        <source>Personal access tokens let scripts and other apps use your tasks without your password. Revoke a token as soon as you no longer need it.</source>
        <translation>Les jetons d&apos;accès personnels permettent à des scripts et à d&apos;autres applications d&apos;utiliser vos tâches sans votre mot de passe. Révoquez un jeton dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>You have no personal access tokens. Create one when a script or another app needs your tasks.</source>
        <translation>Vous n&apos;avez aucun jeton d&apos;accès personnel. Créez-en un lorsqu&apos;un script ou une autre application a besoin de vos tâches.</translation>
    </message>
    <message>
        <source>Create a new token</source>
        <translation>Créer un nouveau jeton</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Révoquer le jeton sélectionné</translation>
    </message>
    <message>
        <source>Load the tokens again</source>
        <translation>Recharger les jetons</translation>
    </message>
    <message>
        <source>%1 of %2 tokens in use: the most an account can have. Revoke one before you create another.</source>
        <translation>%1 jetons utilisés sur %2&#xa0;: le maximum pour un compte. Révoquez-en un avant d&apos;en créer un autre.</translation>
    </message>
    <message>
        <source>%1 of %2 tokens in use.</source>
        <translation>%1 jetons utilisés sur %2.</translation>
    </message>
    <message>
        <source>Expired tokens do not count; revoke them to tidy up.</source>
        <translation>Les jetons expirés ne comptent pas&#x202f;; révoquez-les pour faire le ménage.</translation>
    </message>
    <message>
        <source>You have %1 active tokens, the most an account can have. Revoke one to create a new one.</source>
        <translation>Vous avez %1 jetons actifs, le maximum pour un compte. Révoquez-en un pour en créer un nouveau.</translation>
    </message>
    <message>
        <source>Create a token for a script or another app</source>
        <translation>Créer un jeton pour un script ou une autre application</translation>
    </message>
    <message>
        <source>Revoke the selected token (Delete)</source>
        <translation>Révoquer le jeton sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Select a token to revoke it</source>
        <translation>Sélectionnez un jeton pour le révoquer</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Revoke the token “%1”?</source>
        <translation>Révoquer le jeton «&#x202f;%1&#x202f;»&#x202f;?</translation>
    </message>
    <message>
        <source>Scripts and apps that use it stop working at once. It was last used %1. This cannot be undone.</source>
        <translation>Les scripts et applications qui l&apos;utilisent cessent immédiatement de fonctionner. Dernière utilisation&#xa0;: %1. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Scripts and apps that use it stop working at once. This cannot be undone.</source>
        <translation>Les scripts et applications qui l&apos;utilisent cessent immédiatement de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Revoke the token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Keep the token</source>
        <translation>Conserver le jeton</translation>
    </message>
    <message>
        <source>Token “%1”</source>
        <translation>Jeton «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>The tokens could not be loaded: %1</source>
        <translation>Impossible de charger les jetons&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>Le jeton n&apos;a pas été révoqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>Ren&amp;ouveler…</translation>
    </message>
    <message>
        <source>Rotate the selected token</source>
        <translation>Renouveler le jeton sélectionné</translation>
    </message>
    <message>
        <source>Replace the selected token&apos;s secret with a new one</source>
        <translation>Remplacer le jeton sélectionné par un nouveau, avec le même nom et le même accès</translation>
    </message>
    <message>
        <source>Only a token that has neither expired nor been rotated can be rotated</source>
        <translation>Seul un jeton ni expiré ni déjà renouvelé peut être renouvelé</translation>
    </message>
    <message>
        <source>Select a token to rotate it</source>
        <translation>Sélectionnez un jeton pour le renouveler</translation>
    </message>
    <message>
        <source>The token “%1” was revoked: scripts and apps that use it no longer work.</source>
        <translation>Le jeton «&#x202f;%1&#x202f;» a été révoqué&#xa0;: les scripts et applications qui l&apos;utilisent ne fonctionnent plus.</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>Setup QR code</source>
        <translation>QR code de configuration</translation>
    </message>
    <message>
        <source>A QR code for setting up two-factor authentication. Scan it with your authenticator app, or type the key shown next to it.</source>
        <translation>Un QR code pour configurer l&apos;authentification à deux facteurs. Scannez-le avec votre application d&apos;authentification, ou saisissez la clé affichée à côté.</translation>
    </message>
    <message>
        <source>The QR code cannot be shown. %1</source>
        <translation>Le QR code ne peut pas être affiché. %1</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>il y a une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>in a minute</source>
        <translation>dans une minute</translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>il y a une heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>in an hour</source>
        <translation>dans une heure</translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>a day ago</source>
        <translation>il y a un jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>in a day</source>
        <translation>dans un jour</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation>il y a un mois</translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>in a month</source>
        <translation>dans un mois</translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>dans %n mois</numerusform>
            <numerusform>dans %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation>il y a un an</translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>in a year</source>
        <translation>dans un an</translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>dans %n an</numerusform>
            <numerusform>dans %n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotateServiceClientDialog</name>
    <message>
        <source>Rotate secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>“%1” gets a new secret, shown once. Until the service uses it, the old secret can keep working for a while.</source>
        <translation>«&#x202f;%1&#x202f;» reçoit un nouveau secret, affiché une seule fois. En attendant que le service l&apos;utilise, l&apos;ancien secret peut rester valable un moment.</translation>
    </message>
    <message>
        <source>Old secret &amp;works for:</source>
        <translation>L&apos;ancien secret &amp;reste valable&#xa0;:</translation>
    </message>
    <message>
        <source>How long the old secret keeps working</source>
        <translation>Combien de temps l&apos;ancien secret reste valable</translation>
    </message>
    <message>
        <source>No time: it stops now</source>
        <translation>Pas du tout&#xa0;: il cesse maintenant</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>Re&amp;nouveler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RotateTokenDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>Renouveler le jeton</translation>
    </message>
    <message>
        <source>Rotate the token “%1”? You get a new secret with the same name, access and lifetime (counted from today), shown once. Put it where the old one is used; the old secret then stops working.</source>
        <translation>Renouveler le jeton «&#xa0;%1&#xa0;»&#xa0;? Vous obtenez un nouveau jeton avec le même nom, le même accès et la même durée de validité (comptée à partir d&apos;aujourd&apos;hui), affiché une seule fois. Mettez-le là où l&apos;ancien est utilisé&#xa0;; l&apos;ancien cesse ensuite de fonctionner.</translation>
    </message>
    <message>
        <source>Old secret &amp;works for:</source>
        <translation>L&apos;ancien jeton &amp;reste valide&#xa0;:</translation>
    </message>
    <message>
        <source>How long the old secret keeps working</source>
        <translation>Durée pendant laquelle l&apos;ancien jeton fonctionne encore</translation>
    </message>
    <message>
        <source>No time: it stops at once</source>
        <translation>Pas du tout&#xa0;: il s&apos;arrête aussitôt</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>&amp;Code d&apos;authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Code d&apos;authentification</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation>Le code à 6 chiffres de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Rotating the token</source>
        <translation>Renouvellement du jeton</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Renouvellement…</translation>
    </message>
    <message>
        <source>&amp;Rotate token</source>
        <translation>Re&amp;nouveler le jeton</translation>
    </message>
    <message>
        <source>Rotate the token</source>
        <translation>Renouveler ce jeton</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel without rotating the token</source>
        <translation>Annuler sans renouveler le jeton</translation>
    </message>
    <message>
        <source>Scripts and apps that use the old secret stop working at once. Choose this when the old secret may have leaked.</source>
        <translation>Les scripts et applications qui utilisent l&apos;ancien jeton cessent aussitôt de fonctionner. Choisissez ceci si l&apos;ancien jeton a pu fuiter.</translation>
    </message>
    <message>
        <source>Scripts and apps can go on using the old secret until then, which gives you time to put the new one in place.</source>
        <translation>Les scripts et applications peuvent utiliser l&apos;ancien jeton jusque-là, ce qui vous laisse le temps de mettre le nouveau en place.</translation>
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
        <translation>Fermer les détails</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>SecurityLogEntry</name>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <source>Token created</source>
        <translation>Jeton créé</translation>
    </message>
    <message>
        <source>Token used from a new address</source>
        <translation>Jeton utilisé depuis une nouvelle adresse</translation>
    </message>
    <message>
        <source>Token revoked</source>
        <translation>Jeton révoqué</translation>
    </message>
    <message>
        <source>Two-factor turned on</source>
        <translation>Deux facteurs activés</translation>
    </message>
    <message>
        <source>Two-factor turned off</source>
        <translation>Deux facteurs désactivés</translation>
    </message>
    <message>
        <source>Wrong two-factor code</source>
        <translation>Code d&apos;authentification erroné</translation>
    </message>
    <message>
        <source>Two-factor codes locked</source>
        <translation>Codes d&apos;authentification bloqués</translation>
    </message>
    <message>
        <source>Backup code used</source>
        <translation>Code de secours utilisé</translation>
    </message>
    <message>
        <source>New backup codes</source>
        <translation>Nouveaux codes de secours</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Session ended by an administrator</source>
        <translation>Session terminée par un administrateur</translation>
    </message>
    <message>
        <source>Token revoked by an administrator</source>
        <translation>Jeton révoqué par un administrateur</translation>
    </message>
    <message>
        <source>Everything revoked by an administrator</source>
        <translation>Tout révoqué par un administrateur</translation>
    </message>
    <message>
        <source>Two-factor reset by an administrator</source>
        <translation>Deux facteurs réinitialisés par un administrateur</translation>
    </message>
    <message>
        <source>Account disabled by an administrator</source>
        <translation>Compte désactivé par un administrateur</translation>
    </message>
    <message>
        <source>Account enabled by an administrator</source>
        <translation>Compte activé par un administrateur</translation>
    </message>
    <message>
        <source>Account created by an administrator</source>
        <translation>Compte créé par un administrateur</translation>
    </message>
    <message>
        <source>Password reset by an administrator</source>
        <translation>Mot de passe réinitialisé par un administrateur</translation>
    </message>
    <message>
        <source>Role changed by an administrator</source>
        <translation>Rôle modifié par un administrateur</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Mot de passe erroné</translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation>Le compte est désactivé</translation>
    </message>
    <message>
        <source>Wrong current password when changing the password</source>
        <translation>Mot de passe actuel erroné lors du changement de mot de passe</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>No attempts left</source>
        <translation>Plus aucune tentative</translation>
    </message>
    <message>
        <source>1 attempt left</source>
        <translation>1 tentative restante</translation>
    </message>
    <message numerus="yes">
        <source>%n attempts left</source>
        <translation>
            <numerusform>%n tentative restante</numerusform>
            <numerusform>%n tentatives restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Codes refused until %1</source>
        <translation>Codes refusés jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>1 backup code left</source>
        <translation>1 code de secours restant</translation>
    </message>
    <message numerus="yes">
        <source>%n backup codes left</source>
        <translation>
            <numerusform>%n code de secours restant</numerusform>
            <numerusform>%n codes de secours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>The old backup codes no longer work</source>
        <translation>Les anciens codes de secours ne fonctionnent plus</translation>
    </message>
    <message>
        <source>Chosen at the first sign-in with a one-time password</source>
        <translation>Choisi à la première connexion avec un mot de passe à usage unique</translation>
    </message>
    <message>
        <source>1 other session signed out</source>
        <translation>1 autre session déconnectée</translation>
    </message>
    <message numerus="yes">
        <source>%n other sessions signed out</source>
        <translation>
            <numerusform>%n autre session déconnectée</numerusform>
            <numerusform>%n autres sessions déconnectées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 token revoked</source>
        <translation>1 jeton révoqué</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens revoked</source>
        <translation>
            <numerusform>%n jeton révoqué</numerusform>
            <numerusform>%n jetons révoqués</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <source>An unnamed device</source>
        <translation>Un appareil sans nom</translation>
    </message>
    <message>
        <source>%1 revoked, by %2</source>
        <translation>%1 révoqués, par %2</translation>
    </message>
    <message>
        <source>Made an administrator, by %1</source>
        <translation>Nommé administrateur, par %1</translation>
    </message>
    <message>
        <source>No longer an administrator, by %1</source>
        <translation>N&apos;est plus administrateur, par %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Deux facteurs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>with the password</source>
        <translation>avec le mot de passe</translation>
    </message>
    <message>
        <source>with the password and an authenticator code</source>
        <translation>avec le mot de passe et un code d&apos;authentification</translation>
    </message>
    <message>
        <source>with the password and a backup code</source>
        <translation>avec le mot de passe et un code de secours</translation>
    </message>
    <message>
        <source>signed out from the account&apos;s security settings</source>
        <translation>déconnectée depuis la sécurité du compte</translation>
    </message>
    <message>
        <source>signed out with “Sign out all other sessions”</source>
        <translation>déconnectée avec «&#x202f;Déconnecter toutes les autres sessions&#x202f;»</translation>
    </message>
    <message>
        <source>signed out on that device</source>
        <translation>déconnectée sur cet appareil</translation>
    </message>
    <message>
        <source>signed out by an administrator</source>
        <translation>déconnectée par un administrateur</translation>
    </message>
    <message>
        <source>signed out because the account was disabled</source>
        <translation>déconnectée car le compte a été désactivé</translation>
    </message>
    <message>
        <source>signed out because the password was changed</source>
        <translation>déconnectée car le mot de passe a été changé</translation>
    </message>
    <message>
        <source>ended because one of its old sign-in tokens was used again, so it may have leaked</source>
        <translation>terminée car l&apos;un de ses anciens jetons de connexion a été réutilisé&#xa0;: il a peut-être fuité</translation>
    </message>
    <message>
        <source>ended because its one-time sign-in code was used twice, so it may have been intercepted</source>
        <translation>terminée car son code de connexion à usage unique a été utilisé deux fois&#xa0;: il a peut-être été intercepté</translation>
    </message>
    <message>
        <source>the server&apos;s command line</source>
        <translation>la ligne de commande du serveur</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>1 token</source>
        <translation>1 jeton</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Token rotated</source>
        <translation>Jeton renouvelé</translation>
    </message>
    <message>
        <source>signed out because you said the new sign-in was not you</source>
        <translation>déconnectée parce que vous avez indiqué que la nouvelle connexion n&apos;était pas la vôtre</translation>
    </message>
    <message>
        <source>New sign-in flagged</source>
        <translation>Nouvelle connexion signalée</translation>
    </message>
    <message>
        <source>New sign-in confirmed</source>
        <translation>Nouvelle connexion confirmée</translation>
    </message>
    <message>
        <source>New sign-in denied</source>
        <translation>Nouvelle connexion refusée</translation>
    </message>
    <message>
        <source>with the password and a passkey</source>
        <translation>avec le mot de passe et une clé d&apos;accès</translation>
    </message>
    <message>
        <source>with a passkey</source>
        <translation>avec une clé d&apos;accès</translation>
    </message>
    <message>
        <source>Passkey added</source>
        <translation>Clé d&apos;accès ajoutée</translation>
    </message>
    <message>
        <source>Passkey removed</source>
        <translation>Clé d&apos;accès supprimée</translation>
    </message>
    <message>
        <source>Passkey counter went backwards</source>
        <translation>Le compteur de la clé d&apos;accès a reculé</translation>
    </message>
    <message>
        <source>%1 may have been copied: its sign-in was refused</source>
        <translation>%1 a peut-être été copiée&#xa0;: la connexion a été refusée</translation>
    </message>
    <message>
        <source>A new device, %1: %2</source>
        <translation>Un nouvel appareil, %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SecurityLogModel</name>
    <message>
        <source>The security log could not be loaded.</source>
        <translation>Impossible de charger le journal de sécurité.</translation>
    </message>
    <message>
        <source>%1. If this was not you, sign out the other sessions and revoke tokens you do not recognise.</source>
        <translation>%1. Si ce n&apos;était pas vous, déconnectez les autres sessions et révoquez les jetons que vous ne reconnaissez pas.</translation>
    </message>
    <message>
        <source>The address the request came from</source>
        <translation>L&apos;adresse d&apos;où provenait la requête</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
</context>
<context>
    <name>SecurityLogTab</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>&amp;Charger plus</translation>
    </message>
    <message>
        <source>Security log</source>
        <translation>Journal de sécurité</translation>
    </message>
    <message>
        <source>Show events of kind</source>
        <translation>Afficher les événements de type</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Search the security log</source>
        <translation>Rechercher dans le journal de sécurité</translation>
    </message>
    <message>
        <source>Search events, names and addresses</source>
        <translation>Rechercher des événements, des noms et des adresses</translation>
    </message>
    <message>
        <source>Load the security log again</source>
        <translation>Recharger le journal de sécurité</translation>
    </message>
    <message>
        <source>Try loading the security log again</source>
        <translation>Réessayer de charger le journal de sécurité</translation>
    </message>
    <message>
        <source>Load older events</source>
        <translation>Charger les événements plus anciens</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Chargement des événements…</translation>
    </message>
    <message>
        <source>No events of this kind.</source>
        <translation>Aucun événement de ce type.</translation>
    </message>
    <message>
        <source>Nothing has happened to this account yet.</source>
        <translation>Il ne s&apos;est encore rien passé sur ce compte.</translation>
    </message>
    <message>
        <source>No events match among the %1 loaded.</source>
        <translation>Aucun événement ne correspond parmi les %1 chargés.</translation>
    </message>
    <message>
        <source>%1 of %2 loaded events match.</source>
        <translation>%1 des %2 événements chargés correspondent.</translation>
    </message>
    <message>
        <source>The %1 most recent events of this kind.</source>
        <translation>Les %1 événements les plus récents de ce type.</translation>
    </message>
    <message>
        <source>The %1 most recent events.</source>
        <translation>Les %1 événements les plus récents.</translation>
    </message>
    <message>
        <source>All %1 events of this kind.</source>
        <translation>Tous les %1 événements de ce type.</translation>
    </message>
    <message>
        <source>All %1 events.</source>
        <translation>Tous les %1 événements.</translation>
    </message>
    <message>
        <source>The security log could not be loaded: %1</source>
        <translation>Impossible de charger le journal de sécurité&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SecurityService</name>
    <message>
        <source>The server did not send the new token.</source>
        <translation>Le serveur n&apos;a pas envoyé le nouveau jeton.</translation>
    </message>
    <message>
        <source>You signed this device out in Account security.</source>
        <translation>Vous avez déconnecté cet appareil dans la sécurité du compte.</translation>
    </message>
    <message>
        <source>The server did not say how many sessions it ended.</source>
        <translation>Le serveur n&apos;a pas indiqué combien de sessions il a fermées.</translation>
    </message>
    <message>
        <source>The server did not say what the change signed out.</source>
        <translation>Le serveur n&apos;a pas indiqué ce que la modification a déconnecté.</translation>
    </message>
</context>
<context>
    <name>ServerDiscovery</name>
    <message>
        <source>No Tasklane server was found at %1: it does not publish OAuth server metadata (HTTP 404). Check the address.</source>
        <translation>Aucun serveur Tasklane trouvé à l&apos;adresse %1&#xa0;: il ne publie pas de métadonnées de serveur OAuth (HTTP 404). Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer with OAuth server metadata (the answer is not JSON). Is this a Tasklane server?</source>
        <translation>Le serveur %1 n&apos;a pas répondu avec des métadonnées de serveur OAuth (la réponse n&apos;est pas du JSON). Est-ce bien un serveur Tasklane&#x202f;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter one like https://tasks.example.org.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une adresse de serveur. Saisissez-en une comme https://tasks.example.org.</translation>
    </message>
    <message>
        <source>The server address %1 does not use https. Tasklane only talks to servers on other computers over https, so that passwords and tokens cannot be read on the way. Use https://%2 instead.</source>
        <translation>L&apos;adresse de serveur %1 n&apos;utilise pas https. Tasklane ne communique avec les serveurs d&apos;autres ordinateurs qu&apos;en https, afin que les mots de passe et les jetons ne puissent pas être lus en chemin. Utilisez plutôt https://%2.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer with OAuth server metadata (expected a JSON object). Is this a Tasklane server?</source>
        <translation>Le serveur %1 n&apos;a pas répondu avec des métadonnées de serveur OAuth (un objet JSON était attendu). Est-ce bien un serveur Tasklane&#x202f;?</translation>
    </message>
    <message>
        <source>The server at %1 does not say where to sign in (&quot;%2&quot; is missing from its OAuth metadata). Is this a Tasklane server?</source>
        <translation>Le serveur %1 n&apos;indique pas où se connecter («&#x202f;%2&#x202f;» manque dans ses métadonnées OAuth). Est-ce bien un serveur Tasklane&#x202f;?</translation>
    </message>
    <message>
        <source>The server at %1 published an invalid &quot;%2&quot; in its OAuth metadata.</source>
        <translation>Le serveur %1 a publié un «&#x202f;%2&#x202f;» non valide dans ses métadonnées OAuth.</translation>
    </message>
    <message>
        <source>The server at %1 published an insecure &quot;%2&quot; (%3); Tasklane only signs in over https.</source>
        <translation>Le serveur %1 a publié un «&#x202f;%2&#x202f;» non sécurisé (%3)&#x202f;; Tasklane ne se connecte qu&apos;en https.</translation>
    </message>
    <message>
        <source>The server at %1 does not name its issuer in its OAuth metadata.</source>
        <translation>Le serveur %1 n&apos;indique pas son émetteur (issuer) dans ses métadonnées OAuth.</translation>
    </message>
    <message>
        <source>The server at %1 says its address is %2. Use that address, or ask the server&apos;s administrator to set the right issuer.</source>
        <translation>Le serveur %1 indique que son adresse est %2. Utilisez cette adresse, ou demandez à l&apos;administrateur du serveur de configurer le bon émetteur (issuer).</translation>
    </message>
    <message>
        <source>The server at %1 does not support PKCE with S256 (code_challenge_methods_supported), which Tasklane needs for a safe sign-in.</source>
        <translation>Le serveur %1 ne prend pas en charge PKCE avec S256 (code_challenge_methods_supported), dont Tasklane a besoin pour une connexion sûre.</translation>
    </message>
</context>
<context>
    <name>ServiceClientModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>Révoqué (%1)</translation>
    </message>
    <message>
        <source>Rotated; the old secret works until %1</source>
        <translation>Renouvelé&#x202f;; l&apos;ancien secret reste valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Rotated %1</source>
        <translation>Renouvelé (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Client id: %1</source>
        <translation>Identifiant client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acts for</source>
        <translation>Agit pour</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
</context>
<context>
    <name>ServiceClientService</name>
    <message>
        <source>There is no user named %1.</source>
        <translation>Il n&apos;existe aucun utilisateur nommé %1.</translation>
    </message>
</context>
<context>
    <name>ServiceClientsTab</name>
    <message>
        <source>Revoke service account</source>
        <translation>Révoquer le compte de service</translation>
    </message>
    <message>
        <source>Revoke “%1”?</source>
        <translation>Révoquer «&#x202f;%1&#x202f;»&#x202f;?</translation>
    </message>
    <message>
        <source>Its secret stops working, and so do the tokens it has now, from their next request.</source>
        <translation>Son secret cesse de fonctionner, tout comme les jetons qu&apos;il détient, dès leur prochaine requête.</translation>
    </message>
    <message>
        <source>This cannot be undone: the service needs a new service account.</source>
        <translation>C&apos;est irréversible&#xa0;: le service aura besoin d&apos;un nouveau compte de service.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>Conserver «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>The service accounts could not be loaded: %1</source>
        <translation>Impossible de charger les comptes de service&#xa0;: %1</translation>
    </message>
    <message>
        <source>The service account could not be created: %1</source>
        <translation>Impossible de créer le compte de service&#xa0;: %1</translation>
    </message>
    <message>
        <source>The secret could not be rotated: %1</source>
        <translation>Impossible de renouveler le secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>The service account could not be revoked: %1</source>
        <translation>Impossible de révoquer le compte de service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading the service accounts…</source>
        <translation>Chargement des comptes de service…</translation>
    </message>
    <message>
        <source>No service accounts yet.</source>
        <translation>Aucun compte de service pour l&apos;instant.</translation>
    </message>
    <message>
        <source>1 service account.</source>
        <translation>1 compte de service.</translation>
    </message>
    <message>
        <source>%1 service accounts.</source>
        <translation>%1 comptes de service.</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>Comptes de service</translation>
    </message>
    <message>
        <source>Programs that use one user&apos;s tasks without anyone signing in (OAuth client credentials). Each has a secret, shown once.</source>
        <translation>Programmes qui utilisent les tâches d&apos;un utilisateur sans que personne ne se connecte (OAuth client credentials). Chacun a un secret, affiché une seule fois.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Create a service account</source>
        <translation>Créer un compte de service</translation>
    </message>
    <message>
        <source>R&amp;otate secret…</source>
        <translation>Renou&amp;veler le secret…</translation>
    </message>
    <message>
        <source>Give the selected service account a new secret</source>
        <translation>Donner un nouveau secret au compte de service sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Revoke the selected service account</source>
        <translation>Révoquer le compte de service sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Load the service accounts again</source>
        <translation>Recharger les comptes de service</translation>
    </message>
</context>
<context>
    <name>ServiceSecretDialog</name>
    <message>
        <source>Service account secret</source>
        <translation>Secret du compte de service</translation>
    </message>
    <message>
        <source>Copy the secret of “%1” now</source>
        <translation>Copiez maintenant le secret de «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>This is the only time the secret is shown; the server keeps only a fingerprint of it. The service signs in with the client id %1 and this secret.</source>
        <translation>Le secret n&apos;est affiché que cette fois&#x202f;; le serveur n&apos;en garde qu&apos;une empreinte. Le service se connecte avec l&apos;identifiant client %1 et ce secret.</translation>
    </message>
    <message>
        <source>Anyone who has the secret can use the owner&apos;s tasks with the scopes of this service account: keep it in the service&apos;s secret store, not in chats, tickets or email.</source>
        <translation>Quiconque détient le secret peut utiliser les tâches du propriétaire avec les accès de ce compte de service&#xa0;: gardez-le dans le coffre à secrets du service, pas dans des discussions, des tickets ou des e-mails.</translation>
    </message>
    <message>
        <source>The service account&apos;s secret</source>
        <translation>Le secret du compte de service</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copier le secret dans le presse-papiers</translation>
    </message>
    <message>
        <source>I have &amp;saved it</source>
        <translation>Je l&apos;ai &amp;enregistré</translation>
    </message>
    <message>
        <source>Close: the secret has been saved</source>
        <translation>Fermer&#xa0;: le secret a été enregistré</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>Tasklane on %1</source>
        <translation>Tasklane sur %1</translation>
    </message>
    <message>
        <source>You are already signed in. Sign out first.</source>
        <translation>Vous êtes déjà connecté. Déconnectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Connect to a server before signing in.</source>
        <translation>Connectez-vous à un serveur avant de vous identifier.</translation>
    </message>
    <message>
        <source>Paste a personal access token.</source>
        <translation>Collez un jeton d&apos;accès personnel.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read because the keychain is not available (%1). Please sign in.</source>
        <translation>Impossible de lire la connexion enregistrée, car le trousseau n&apos;est pas disponible (%1). Veuillez vous connecter.</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 was found on this computer. Please sign in.</source>
        <translation>Aucune connexion enregistrée pour %1 n&apos;a été trouvée sur cet ordinateur. Veuillez vous connecter.</translation>
    </message>
    <message>
        <source>The server did not say who is signed in (GET /v1/me).</source>
        <translation>Le serveur n&apos;a pas indiqué qui est connecté (GET /v1/me).</translation>
    </message>
    <message>
        <source>The server did not accept this token (%1) Check that you copied all of it and that it has not expired or been revoked.</source>
        <translation>Le serveur n&apos;a pas accepté ce jeton (%1). Vérifiez que vous l&apos;avez copié en entier et qu&apos;il n&apos;a pas expiré ni été révoqué.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The server no longer accepts your personal access token.</source>
        <translation>Le serveur n&apos;accepte plus votre jeton d&apos;accès personnel.</translation>
    </message>
    <message>
        <source>Could not renew the sign-in: %1</source>
        <translation>Impossible de renouveler la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tasklane cannot use the system keychain (%1), so this sign-in will not be remembered: you will need to sign in again next time you start Tasklane.</source>
        <translation>Tasklane ne peut pas utiliser le trousseau du système (%1)&#xa0;: cette connexion ne sera pas mémorisée et vous devrez vous reconnecter au prochain démarrage de Tasklane.</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (cet appareil)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>This is the session of this app. Revoking it signs this app out.</source>
        <translation>C&apos;est la session de cette application. La révoquer déconnecte cette application.</translation>
    </message>
    <message>
        <source>Application id: %1</source>
        <translation>Identifiant de l&apos;application&#xa0;: %1</translation>
    </message>
    <message>
        <source>The address of the most recent activity</source>
        <translation>L&apos;adresse de l&apos;activité la plus récente</translation>
    </message>
    <message>
        <source>The device did not say which software it is.</source>
        <translation>L&apos;appareil n&apos;a pas indiqué de quel logiciel il s&apos;agit.</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation>Connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Dernière activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not say when this session ends.</source>
        <translation>Le serveur n&apos;a pas indiqué quand cette session prend fin.</translation>
    </message>
    <message>
        <source>The server ends this session %1 if it is not used before then. Each use moves the end, up to the longest time the server lets a session last.</source>
        <translation>Fin de la session&#xa0;: %1, si elle n&apos;est pas utilisée d&apos;ici là. Chaque utilisation repousse la fin, jusqu&apos;à la durée maximale qu&apos;une session peut avoir sur ce serveur.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Sign out &amp;all other sessions…</source>
        <translation>Déconnecter &amp;toutes les autres sessions…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>Sessions connectées</translation>
    </message>
    <message>
        <source>These devices are signed in to your account. If you do not recognise one, revoke it: it is signed out at once and must sign in with your password again.</source>
        <translation>Ces appareils sont connectés à votre compte. Si vous n&apos;en reconnaissez pas un, révoquez-le&#xa0;: il est immédiatement déconnecté et devra se reconnecter avec votre mot de passe.</translation>
    </message>
    <message>
        <source>Revoke the selected session</source>
        <translation>Révoquer la session sélectionnée</translation>
    </message>
    <message>
        <source>Sign out all other sessions</source>
        <translation>Déconnecter toutes les autres sessions</translation>
    </message>
    <message>
        <source>Load the sessions again</source>
        <translation>Recharger les sessions</translation>
    </message>
    <message>
        <source>“%1” was signed out.</source>
        <translation>La session «&#x202f;%1&#x202f;» a été déconnectée.</translation>
    </message>
    <message>
        <source>There were no other sessions to sign out.</source>
        <translation>Il n&apos;y avait aucune autre session à déconnecter.</translation>
    </message>
    <message>
        <source>1 other session was signed out.</source>
        <translation>1 autre session a été déconnectée.</translation>
    </message>
    <message numerus="yes">
        <source>%n other sessions were signed out.</source>
        <translation>
            <numerusform>%n autre session a été déconnectée.</numerusform>
            <numerusform>%n autres sessions ont été déconnectées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a session to revoke it</source>
        <translation>Sélectionnez une session pour la révoquer</translation>
    </message>
    <message>
        <source>Sign this app out (Delete)</source>
        <translation>Déconnecter cette application (Suppr)</translation>
    </message>
    <message>
        <source>Sign the selected device out (Delete)</source>
        <translation>Déconnecter l&apos;appareil sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Sign out every device except this one</source>
        <translation>Déconnecter tous les appareils sauf celui-ci</translation>
    </message>
    <message>
        <source>No other device is signed in</source>
        <translation>Aucun autre appareil n&apos;est connecté</translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>Révoquer la session</translation>
    </message>
    <message>
        <source>Sign this app out?</source>
        <translation>Déconnecter cette application&#x202f;?</translation>
    </message>
    <message>
        <source>“%1” is this device. Revoking its session signs Tasklane out here at once; you will need your password to sign in again.</source>
        <translation>«&#x202f;%1&#x202f;» est cet appareil. Révoquer sa session déconnecte immédiatement Tasklane ici&#x202f;; il vous faudra votre mot de passe pour vous reconnecter.</translation>
    </message>
    <message>
        <source>&amp;Sign out this app</source>
        <translation>&amp;Déconnecter cette application</translation>
    </message>
    <message>
        <source>Sign out “%1”?</source>
        <translation>Déconnecter «&#x202f;%1&#x202f;»&#x202f;?</translation>
    </message>
    <message>
        <source>That device is signed out at once and needs the password to sign in again.</source>
        <translation>Cet appareil est immédiatement déconnecté et devra saisir le mot de passe pour se reconnecter.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Conserver la session</translation>
    </message>
    <message>
        <source>Sign out the other signed-in device?</source>
        <translation>Déconnecter l&apos;autre appareil connecté&#x202f;?</translation>
    </message>
    <message>
        <source>Sign out the %1 other signed-in devices?</source>
        <translation>Déconnecter les %1 autres appareils connectés&#x202f;?</translation>
    </message>
    <message>
        <source>Every device except this one is signed out at once. Personal access tokens are not affected; revoke them on the Tokens tab.</source>
        <translation>Tous les appareils sauf celui-ci sont immédiatement déconnectés. Les jetons d&apos;accès personnels ne sont pas concernés&#x202f;; révoquez-les dans l&apos;onglet Jetons.</translation>
    </message>
    <message>
        <source>Sign &amp;out others</source>
        <translation>Déconnecter les &amp;autres</translation>
    </message>
    <message>
        <source>Keep the other sessions</source>
        <translation>Conserver les autres sessions</translation>
    </message>
    <message>
        <source>Session of “%1”</source>
        <translation>Session de «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>The sessions could not be loaded: %1</source>
        <translation>Impossible de charger les sessions&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session was not revoked: %1</source>
        <translation>La session n&apos;a pas été révoquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The other sessions were not signed out: %1</source>
        <translation>Les autres sessions n&apos;ont pas été déconnectées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>C&amp;hange server…</source>
        <translation>C&amp;hanger de serveur…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>Changer de serveur</translation>
    </message>
    <message>
        <source>Signs you out and lets you choose another server</source>
        <translation>Vous déconnecte et vous permet de choisir un autre serveur</translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation>Commande du navigateur</translation>
    </message>
    <message>
        <source>The system&apos;s default browser</source>
        <translation>Le navigateur par défaut du système</translation>
    </message>
    <message>
        <source>The sign-in address is added as the last argument, for example: firefox --private-window. Leave empty to use the system&apos;s default browser.</source>
        <translation>L&apos;adresse de connexion est ajoutée comme dernier argument, par exemple&#xa0;: firefox --private-window. Laissez vide pour utiliser le navigateur par défaut du système.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Tasklane follows the system&apos;s theme and colours.</source>
        <translation>Tasklane suit le thème et les couleurs du système.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browser command:</source>
        <translation>Commande du &amp;navigateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>This run&apos;s language was chosen on the command line (--lang); a new language here takes effect when Tasklane is started without it.</source>
        <translation>La langue de cette exécution a été choisie en ligne de commande (--lang)&#x202f;; une langue choisie ici s&apos;appliquera quand Tasklane sera démarré sans cette option.</translation>
    </message>
    <message>
        <source>A new language takes effect at once.</source>
        <translation>Une nouvelle langue s&apos;applique immédiatement.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>C&amp;hange server…</source>
        <translation>C&amp;hanger de serveur…</translation>
    </message>
    <message>
        <source>Sign in with your &amp;browser</source>
        <translation>Se connecter avec votre &amp;navigateur</translation>
    </message>
    <message>
        <source>Sign in with &amp;token</source>
        <translation>Se connecter avec un &amp;jeton</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>Changer de serveur</translation>
    </message>
    <message>
        <source>With your browser</source>
        <translation>Avec votre navigateur</translation>
    </message>
    <message>
        <source>Tasklane opens the server&apos;s sign-in page in your web browser. Your password is typed there, never into this app.</source>
        <translation>Tasklane ouvre la page de connexion du serveur dans votre navigateur web. Votre mot de passe est saisi là-bas, jamais dans cette application.</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Se connecter avec votre navigateur</translation>
    </message>
    <message>
        <source>With a personal access token</source>
        <translation>Avec un jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>For computers without a browser: paste a token created in your account&apos;s security settings on another device.</source>
        <translation>Pour les ordinateurs sans navigateur&#xa0;: collez un jeton créé dans les paramètres de sécurité de votre compte sur un autre appareil.</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>tlp_…</source>
        <translation>tlp_…</translation>
    </message>
    <message>
        <source>Sign in with the token</source>
        <translation>Se connecter avec le jeton</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>Je&amp;ton&#xa0;:</translation>
    </message>
    <message>
        <source>Server: this computer (%1)</source>
        <translation>Serveur&#xa0;: cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SignedInSession</name>
    <message>
        <source>Unnamed device</source>
        <translation>Appareil sans nom</translation>
    </message>
    <message>
        <source>Tasklane for desktop</source>
        <translation>Tasklane pour ordinateur</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Select a task to see and edit its details.</source>
        <translation>Sélectionnez une tâche pour voir et modifier ses détails.</translation>
    </message>
    <message>
        <source>Du&amp;e date:</source>
        <translation>Éc&amp;héance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>A une échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>home, errands</source>
        <translation>maison, courses</translation>
    </message>
    <message>
        <source>Labels, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Save the task</source>
        <translation>Enregistrer la tâche</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Enregistrer (%1)</translation>
    </message>
    <message>
        <source>Revert the task</source>
        <translation>Rétablir la tâche</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Ét&amp;at&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Dernière modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>The tasks could not be loaded.</source>
        <translation>Impossible de charger les tâches.</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>The server sent no task.</source>
        <translation>Le serveur n&apos;a envoyé aucune tâche.</translation>
    </message>
    <message>
        <source>The server answered the task list with something that is not one.</source>
        <translation>Le serveur a répondu à la liste des tâches avec autre chose qu&apos;une liste.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Loading tasks</source>
        <translation>Chargement des tâches</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <source>Search titles and notes (%1)</source>
        <translation>Rechercher dans les titres et les notes (%1)</translation>
    </message>
    <message>
        <source>Show tasks with status</source>
        <translation>Afficher les tâches à l&apos;état</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Sort tasks by</source>
        <translation>Trier les tâches par</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>So&amp;rt by:</source>
        <translation>&amp;Trier par&#xa0;:</translation>
    </message>
    <message>
        <source>Retry loading tasks</source>
        <translation>Réessayer de charger les tâches</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Ignorer l&apos;erreur</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Liste des tâches</translation>
    </message>
    <message>
        <source>The tasks could not be loaded: %1</source>
        <translation>Impossible de charger les tâches&#xa0;: %1</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet.</source>
        <translation>«&#x202f;%1&#x202f;» comporte des modifications qui ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Voulez-vous les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>No tasks match the search or filter.</source>
        <translation>Aucune tâche ne correspond à la recherche ou au filtre.</translation>
    </message>
    <message>
        <source>No tasks yet.
Press %1 to create one.</source>
        <translation>Aucune tâche pour l&apos;instant.
Appuyez sur %1 pour en créer une.</translation>
    </message>
</context>
<context>
    <name>TokenSecretDialog</name>
    <message>
        <source>Your new token</source>
        <translation>Votre nouveau jeton</translation>
    </message>
    <message>
        <source>Copy the token “%1” now</source>
        <translation>Copiez le jeton «&#x202f;%1&#x202f;» maintenant</translation>
    </message>
    <message>
        <source>This is the only time the token is shown. Tasklane and the server keep only a fingerprint of it, so nobody can show it to you again. Put it where your script or app will read it, or into a password manager. If you lose it, revoke it and create a new one.</source>
        <translation>C&apos;est la seule fois que le jeton est affiché. Tasklane et le serveur n&apos;en conservent qu&apos;une empreinte&#xa0;: personne ne pourra vous le montrer à nouveau. Placez-le là où votre script ou votre application le lira, ou dans un gestionnaire de mots de passe. Si vous le perdez, révoquez-le et créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Anyone who has the token can use your tasks with the access you gave it: do not paste it into chats, tickets or email.</source>
        <translation>Toute personne qui possède le jeton peut utiliser vos tâches avec les accès que vous lui avez donnés&#xa0;: ne le collez pas dans une discussion, un ticket ou un e-mail.</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>Le nouveau jeton</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Copier le jeton dans le presse-papiers</translation>
    </message>
    <message>
        <source>I have &amp;saved it</source>
        <translation>Je l&apos;ai &amp;enregistré</translation>
    </message>
    <message>
        <source>Close: the token has been saved</source>
        <translation>Fermer&#xa0;: le jeton a été enregistré</translation>
    </message>
</context>
<context>
    <name>TwoFactorBackupCodesPage</name>
    <message>
        <source>Save your backup codes</source>
        <translation>Enregistrez vos codes de secours</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. If you lose your phone or cannot use the app, these backup codes are how you sign in: each one works once. They are shown only now, so save or print them and keep them somewhere safe.</source>
        <translation>L&apos;authentification à deux facteurs est activée. Si vous perdez votre téléphone ou ne pouvez pas utiliser l&apos;application, ces codes de secours vous permettent de vous connecter&#xa0;: chacun fonctionne une fois. Ils ne sont affichés que maintenant&#xa0;: enregistrez-les ou imprimez-les et conservez-les en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>TwoFactorCodeDialog</name>
    <message>
        <source>Checking the code</source>
        <translation>Vérification du code</translation>
    </message>
    <message>
        <source>Disable Two-Factor Authentication</source>
        <translation>Désactiver l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <source>New Backup Codes</source>
        <translation>Nouveaux codes de secours</translation>
    </message>
    <message>
        <source>Signing in will need only your password again, and your backup codes will stop working. To confirm that it is you, enter the current code from your authenticator app. If you lost the device, one of your backup codes works too.</source>
        <translation>La connexion ne demandera plus que votre mot de passe, et vos codes de secours cesseront de fonctionner. Pour confirmer qu&apos;il s&apos;agit bien de vous, saisissez le code actuel de votre application d&apos;authentification. Si vous avez perdu l&apos;appareil, l&apos;un de vos codes de secours fonctionne aussi.</translation>
    </message>
    <message>
        <source>You get ten new backup codes, and the ones you have now stop working at once. To confirm that it is you, enter the current code from your authenticator app.</source>
        <translation>Vous recevez dix nouveaux codes de secours, et ceux que vous avez actuellement cessent immédiatement de fonctionner. Pour confirmer qu&apos;il s&apos;agit bien de vous, saisissez le code actuel de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Authentication code or backup code</source>
        <translation>Code d&apos;authentification ou code de secours</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Code d&apos;authentification</translation>
    </message>
    <message>
        <source>123456 or a backup code</source>
        <translation>123456 ou un code de secours</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Authentication code:</source>
        <translation>Code d&apos;&amp;authentification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Make New Codes</source>
        <translation>&amp;Générer de nouveaux codes</translation>
    </message>
    <message>
        <source>Disable two-factor authentication</source>
        <translation>Désactiver l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Make new backup codes</source>
        <translation>Générer de nouveaux codes de secours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TwoFactorScanPage</name>
    <message>
        <source>Getting a key from the server</source>
        <translation>Obtention d&apos;une clé auprès du serveur</translation>
    </message>
    <message>
        <source>&amp;Copy Key</source>
        <translation>&amp;Copier la clé</translation>
    </message>
    <message>
        <source>Add Tasklane to your authenticator app</source>
        <translation>Ajoutez Tasklane à votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Open an authenticator app on your phone, such as Aegis, FreeOTP, Google Authenticator or your password manager.&lt;/li&gt;&lt;li&gt;Add an account and scan this QR code.&lt;/li&gt;&lt;li&gt;Cannot scan? Choose to enter a key instead, type the key below, and pick the settings shown under it.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Ouvrez une application d&apos;authentification sur votre téléphone, comme Aegis, FreeOTP, Google Authenticator ou votre gestionnaire de mots de passe.&lt;/li&gt;&lt;li&gt;Ajoutez un compte et scannez ce QR code.&lt;/li&gt;&lt;li&gt;Impossible de scanner&#x202f;? Choisissez de saisir une clé, tapez la clé ci-dessous et sélectionnez les paramètres indiqués en dessous.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>You started this setup earlier without finishing it. The key has not changed: if your app already shows codes for Tasklane, go straight to the next step.</source>
        <translation>Vous avez commencé cette configuration sans la terminer. La clé n&apos;a pas changé&#xa0;: si votre application affiche déjà des codes pour Tasklane, passez directement à l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Copier la clé</translation>
    </message>
    <message>
        <source>Copy the key (without spaces) to the clipboard</source>
        <translation>Copier la clé (sans espaces) dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Ask the server for the key again</source>
        <translation>Redemander la clé au serveur</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>TwoFactorService</name>
    <message>
        <source>That code is not valid. 1 attempt left before code checks are locked for a few minutes.</source>
        <translation>Ce code n&apos;est pas valide. Encore 1 tentative avant que la vérification des codes soit bloquée pendant quelques minutes.</translation>
    </message>
    <message>
        <source>That code is not valid. %1 attempts left.</source>
        <translation>Ce code n&apos;est pas valide. %1 tentatives restantes.</translation>
    </message>
    <message>
        <source>That code is not valid. No attempts left: code checks are locked for a few minutes.</source>
        <translation>Ce code n&apos;est pas valide. Plus aucune tentative&#xa0;: la vérification des codes est bloquée pendant quelques minutes.</translation>
    </message>
    <message>
        <source>That code is not valid.</source>
        <translation>Ce code n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code from your authenticator app, then enter it.</source>
        <translation>Ce code a déjà été utilisé. Attendez le code suivant de votre application d&apos;authentification, puis saisissez-le.</translation>
    </message>
    <message>
        <source>Enter a current code from your authenticator app.</source>
        <translation>Saisissez un code actuel de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Code checks are locked for a few minutes; even a correct code is refused until then.</source>
        <translation>Trop de codes erronés. La vérification des codes est bloquée pendant quelques minutes&#x202f;; d&apos;ici là, même un code correct est refusé.</translation>
    </message>
    <message>
        <source>in about a minute</source>
        <translation>dans une minute environ</translation>
    </message>
    <message>
        <source>in about %1 minutes</source>
        <translation>dans %1 minutes environ</translation>
    </message>
    <message>
        <source>Too many wrong codes. Try again at %1 (%2); until then even a correct code is refused.</source>
        <translation>Trop de codes erronés. Réessayez à %1 (%2)&#x202f;; d&apos;ici là, même un code correct est refusé.</translation>
    </message>
</context>
<context>
    <name>TwoFactorSetup</name>
    <message>
        <source>Time-based, %1 digits, new code every %2 seconds, %3</source>
        <translation>Basé sur le temps, %1 chiffres, nouveau code toutes les %2 secondes, %3</translation>
    </message>
</context>
<context>
    <name>TwoFactorSetupWizard</name>
    <message>
        <source>Enable Two-Factor Authentication</source>
        <translation>Activer l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>Vérifier le code</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Cancel the setup</source>
        <translation>Annuler la configuration</translation>
    </message>
</context>
<context>
    <name>TwoFactorTab</name>
    <message>
        <source>&amp;Enable Two-Factor Authentication…</source>
        <translation>&amp;Activer l&apos;authentification à deux facteurs…</translation>
    </message>
    <message>
        <source>Enable two-factor authentication</source>
        <translation>Activer l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <source>&amp;New Backup Codes…</source>
        <translation>&amp;Nouveaux codes de secours…</translation>
    </message>
    <message>
        <source>Regenerate backup codes</source>
        <translation>Générer de nouveaux codes de secours</translation>
    </message>
    <message>
        <source>&amp;Disable Two-Factor Authentication…</source>
        <translation>&amp;Désactiver l&apos;authentification à deux facteurs…</translation>
    </message>
    <message>
        <source>Disable two-factor authentication</source>
        <translation>Désactiver l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Refresh the two-factor status</source>
        <translation>Actualiser l&apos;état de l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Talking to the server</source>
        <translation>Communication avec le serveur</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Two-Factor Authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <source>With two-factor authentication, signing in takes a code from an app on your phone as well as your password, so a stolen password alone does not open your account.</source>
        <translation>Avec l&apos;authentification à deux facteurs, la connexion demande, en plus de votre mot de passe, un code fourni par une application sur votre téléphone&#xa0;: un mot de passe volé ne suffit donc pas à ouvrir votre compte.</translation>
    </message>
    <message>
        <source>Checking two-factor authentication…</source>
        <translation>Vérification de l&apos;authentification à deux facteurs…</translation>
    </message>
    <message>
        <source>Set up an authenticator app and get backup codes</source>
        <translation>Configurer une application d&apos;authentification et obtenir des codes de secours</translation>
    </message>
    <message>
        <source>Make ten new backup codes; the ones you have now stop working</source>
        <translation>Générer dix nouveaux codes de secours&#x202f;; ceux que vous avez actuellement cessent de fonctionner</translation>
    </message>
    <message>
        <source>Sign in with your password alone again</source>
        <translation>Se connecter de nouveau avec le seul mot de passe</translation>
    </message>
    <message>
        <source>Two-factor authentication is on.</source>
        <translation>L&apos;authentification à deux facteurs est activée.</translation>
    </message>
    <message>
        <source>On since %1. Signing in asks for a code from your authenticator app.</source>
        <translation>Activée depuis %1. La connexion demande un code de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Signing in asks for a code from your authenticator app.</source>
        <translation>La connexion demande un code de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Two-factor authentication is off.</source>
        <translation>L&apos;authentification à deux facteurs est désactivée.</translation>
    </message>
    <message>
        <source>A setup was started and not finished, so it is still off. Continue Setup picks it up with the same key.</source>
        <translation>Une configuration a été commencée sans être terminée&#xa0;: l&apos;authentification reste donc désactivée. «&#x202f;Continuer la configuration&#x202f;» la reprend avec la même clé.</translation>
    </message>
    <message>
        <source>Signing in needs only your password.</source>
        <translation>La connexion ne demande que votre mot de passe.</translation>
    </message>
    <message>
        <source>1 unused backup code left.</source>
        <translation>1 code de secours inutilisé restant.</translation>
    </message>
    <message>
        <source>%1 unused backup codes left.</source>
        <translation>%1 codes de secours inutilisés restants.</translation>
    </message>
    <message>
        <source>Make new ones now, so you can still sign in if you lose your phone.</source>
        <translation>Générez-en de nouveaux maintenant, pour pouvoir toujours vous connecter si vous perdez votre téléphone.</translation>
    </message>
    <message>
        <source>You have no backup codes left.</source>
        <translation>Il ne vous reste aucun code de secours.</translation>
    </message>
    <message>
        <source>Only 1 backup code is left.</source>
        <translation>Il ne reste qu&apos;un seul code de secours.</translation>
    </message>
    <message>
        <source>Only %1 backup codes are left.</source>
        <translation>Il ne reste que %1 codes de secours.</translation>
    </message>
    <message>
        <source>&amp;Continue Setup…</source>
        <translation>&amp;Continuer la configuration…</translation>
    </message>
    <message>
        <source>The two-factor status could not be loaded: %1</source>
        <translation>Impossible de charger l&apos;état de l&apos;authentification à deux facteurs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TwoFactorVerifyPage</name>
    <message>
        <source>Checking the code</source>
        <translation>Vérification du code</translation>
    </message>
    <message>
        <source>Checking the code with the server…</source>
        <translation>Vérification du code auprès du serveur…</translation>
    </message>
    <message>
        <source>Enter a code from the app</source>
        <translation>Saisissez un code de l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Your authenticator app now shows a code for Tasklane that changes every 30 seconds. Type the code it shows now, then choose Verify. Two-factor authentication is turned on only when the code is right.</source>
        <translation>Votre application d&apos;authentification affiche maintenant pour Tasklane un code qui change toutes les 30 secondes. Saisissez le code affiché, puis choisissez Vérifier. L&apos;authentification à deux facteurs n&apos;est activée que si le code est correct.</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Code d&apos;authentification</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
</context>
<context>
    <name>UserAgentText</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>WaitingForBrowserPage</name>
    <message>
        <source>Waiting for the browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Copy sign-in &amp;link</source>
        <translation>Copier le &amp;lien de connexion</translation>
    </message>
    <message>
        <source>Waiting for your browser</source>
        <translation>En attente de votre navigateur</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>En attente de votre navigateur…</translation>
    </message>
    <message>
        <source>Finish signing in there, then come back.</source>
        <translation>Terminez la connexion dans le navigateur, puis revenez ici.</translation>
    </message>
    <message>
        <source>No browser window? Copy the sign-in link and open it in a browser on this computer.</source>
        <translation>Aucune fenêtre de navigateur&#x202f;? Copiez le lien de connexion et ouvrez-le dans un navigateur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Copy sign-in link</source>
        <translation>Copier le lien de connexion</translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation>Confirmation de copie</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Use a server on this computer</source>
        <translation>&amp;Utiliser un serveur sur cet ordinateur</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>On a server</source>
        <translation>Sur un serveur</translation>
    </message>
    <message>
        <source>Create the first account</source>
        <translation>Créer le premier compte</translation>
    </message>
    <message>
        <source>C&amp;reate account</source>
        <translation>C&amp;réer le compte</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to Tasklane</source>
        <translation>Bienvenue dans Tasklane</translation>
    </message>
    <message>
        <source>Where should your tasks be kept?</source>
        <translation>Où vos tâches doivent-elles être conservées&#x202f;?</translation>
    </message>
    <message>
        <source>Tasklane runs its own server in the background and keeps your tasks in a file on this computer.</source>
        <translation>Tasklane exécute son propre serveur en arrière-plan et conserve vos tâches dans un fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Use a server on this computer</source>
        <translation>Utiliser un serveur sur cet ordinateur</translation>
    </message>
    <message>
        <source>Connect to a Tasklane server run by you or your team.</source>
        <translation>Se connecter à un serveur Tasklane géré par vous ou votre équipe.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>https://tasks.example.org</source>
        <translation>https://tasks.example.org</translation>
    </message>
    <message>
        <source>Connect to the server</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>This server has no accounts yet. The account you create now can manage the server (it is an administrator).</source>
        <translation>Ce serveur n&apos;a encore aucun compte. Le compte que vous créez maintenant pourra gérer le serveur (il est administrateur).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Type the address of a Tasklane server, for example https://tasks.example.org.</source>
        <translation>Saisissez l&apos;adresse d&apos;un serveur Tasklane, par exemple https://tasks.example.org.</translation>
    </message>
    <message>
        <source>A user name has 1 to 64 letters, digits, dots, dashes or underscores and starts with a letter or digit.</source>
        <translation>Un nom d&apos;utilisateur comporte de 1 à 64 lettres, chiffres, points, tirets ou tirets bas, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Type an email address like name@example.org.</source>
        <translation>Saisissez une adresse e-mail comme nom@example.org.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Le mot de passe doit comporter au moins %n caractère.</numerusform>
            <numerusform>Le mot de passe doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tasklane: your tasks, on your own server.</source>
        <translation>Tasklane&#xa0;: vos tâches, sur votre propre serveur.</translation>
    </message>
    <message>
        <source>Connect to the Tasklane server at &lt;url&gt;.</source>
        <translation>Se connecter au serveur Tasklane à l&apos;adresse &lt;url&gt;.</translation>
    </message>
    <message>
        <source>Use a server on this computer.</source>
        <translation>Utiliser un serveur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Use the settings and local data of profile &lt;name&gt;.</source>
        <translation>Utiliser les paramètres et les données locales du profil &lt;name&gt;.</translation>
    </message>
    <message>
        <source>tasklane: --server and --local cannot be used together.</source>
        <translation>tasklane&#xa0;: --server et --local ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>tasklane: not a server URL: %1</source>
        <translation>tasklane&#xa0;: pas une URL de serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>tasklane: a profile name cannot be empty or contain slashes.</source>
        <translation>tasklane&#xa0;: un nom de profil ne peut pas être vide ni contenir de barres obliques.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt; for this run (%1, or pseudo for QA).</source>
        <translation>Utiliser la langue &lt;code&gt; pour cette exécution (%1, ou pseudo pour les tests de traduction).</translation>
    </message>
    <message>
        <source>tasklane: unknown language %1 (use one of: %2).</source>
        <translation>tasklane&#xa0;: langue inconnue %1 (choisissez parmi&#xa0;: %2).</translation>
    </message>
</context>
</TS>
