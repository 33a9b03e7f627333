<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuthorizeEndpoint</name>
    <message>
        <source>The form could not be read</source>
        <translation>Le formulaire n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>Return to the app and start signing in again. Details: %1</source>
        <translation>Revenez à l&apos;application et recommencez la connexion. Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Administration was left out: it needs two-factor authentication on your account. Turn it on in Account security, then sign in again.</source>
        <translation>L&apos;administration a été omise&#xa0;: elle nécessite l&apos;authentification à deux facteurs sur votre compte. Activez-la dans Sécurité du compte, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>This sign-in page has expired</source>
        <translation>Cette page de connexion a expiré</translation>
    </message>
    <message>
        <source>Return to the app and start signing in again.</source>
        <translation>Revenez à l&apos;application et recommencez la connexion.</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Application inconnue</translation>
    </message>
    <message>
        <source>The application was removed.</source>
        <translation>L&apos;application a été supprimée.</translation>
    </message>
    <message>
        <source>to continue to %1</source>
        <translation>pour continuer vers %1</translation>
    </message>
    <message>
        <source>This sign-in link is not valid</source>
        <translation>Ce lien de connexion n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The application that sent you here is not registered with this server (unknown client_id).</source>
        <translation>L&apos;application qui vous a envoyé ici n&apos;est pas enregistrée sur ce serveur (client_id inconnu).</translation>
    </message>
    <message>
        <source>The application asked to return to an address it has not registered (redirect_uri).</source>
        <translation>L&apos;application a demandé à revenir à une adresse qu&apos;elle n&apos;a pas enregistrée (redirect_uri).</translation>
    </message>
    <message>
        <source>Too many sign-ins</source>
        <translation>Trop de connexions</translation>
    </message>
    <message>
        <source>Too many sign-ins were started from your network. Try again in %1.</source>
        <translation>Trop de connexions ont été commencées depuis votre réseau. Réessayez dans %1.</translation>
    </message>
    <message>
        <source>Too many sign-ins are in progress on this server. Try again in %1.</source>
        <translation>Trop de connexions sont en cours sur ce serveur. Réessayez dans %1.</translation>
    </message>
    <message>
        <source>This form was not sent from this server&apos;s page</source>
        <translation>Ce formulaire n&apos;a pas été envoyé depuis la page de ce serveur</translation>
    </message>
    <message>
        <source>For your safety the request was refused. Return to the app and start signing in again.</source>
        <translation>Pour votre sécurité, la requête a été refusée. Revenez à l&apos;application et recommencez la connexion.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again in 1 minute.</source>
        <translation>Trop de tentatives de connexion échouées. Réessayez dans 1 minute.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Try again in %n minutes.</source>
        <translation>
            <numerusform>Trop de tentatives de connexion échouées. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives de connexion échouées. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>Ce compte est désactivé. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Saisissez le code de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>That code is not valid. 1 attempt left.</source>
        <translation>Ce code n&apos;est pas valide. Il reste 1 tentative.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not valid. %n attempts left.</source>
        <translation>
            <numerusform>Ce code n&apos;est pas valide. Il reste %n tentative.</numerusform>
            <numerusform>Ce code n&apos;est pas valide. Il reste %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code from your app.</source>
        <translation>Ce code a déjà été utilisé. Attendez le code suivant de votre application.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Try again after %1 (in %2).</source>
        <translation>Trop de codes erronés. Réessayez après %1 (dans %2).</translation>
    </message>
    <message>
        <source>You used a backup code; 1 remains.</source>
        <translation>Vous avez utilisé un code de secours&#x202f;; il en reste 1.</translation>
    </message>
    <message numerus="yes">
        <source>You used a backup code; %n remain.</source>
        <translation>
            <numerusform>Vous avez utilisé un code de secours&#x202f;; il en reste %n.</numerusform>
            <numerusform>Vous avez utilisé un code de secours&#x202f;; il en reste %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Saisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Choose a password other than the one you were given.</source>
        <translation>Choisissez un mot de passe différent de celui qui vous a été donné.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Votre nouveau mot de passe est défini.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Signing in on: %1</source>
        <translation>Connexion sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Code d&apos;authentification</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app. If you do not have your device, a backup code (xxxx-xxxx) works too.</source>
        <translation>Saisissez le code à 6 chiffres de votre application d&apos;authentification. Si vous n&apos;avez pas votre appareil, un code de secours (xxxx-xxxx) fonctionne aussi.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Your administrator gave you a one-time password. Choose your own to go on: at least %1 characters, not the one you were given.</source>
        <translation>Votre administrateur vous a donné un mot de passe à usage unique. Choisissez le vôtre pour continuer&#xa0;: au moins %1 caractères, différent de celui qui vous a été donné.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Allow access</source>
        <translation>Autoriser l&apos;accès</translation>
    </message>
    <message>
        <source>Allow access?</source>
        <translation>Autoriser l&apos;accès&#x202f;?</translation>
    </message>
    <message>
        <source>%1 on %2 wants to:</source>
        <translation>%1 sur %2 souhaite&#xa0;:</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Signed in as %1. You can end this access at any time under Account security, Sessions.</source>
        <translation>Connecté en tant que %1. Vous pouvez mettre fin à cet accès à tout moment dans Sécurité du compte, Sessions.</translation>
    </message>
    <message>
        <source>Use a passkey instead</source>
        <translation>Utiliser plutôt une clé d&apos;accès</translation>
    </message>
    <message>
        <source>Sign in with a passkey</source>
        <translation>Se connecter avec une clé d&apos;accès</translation>
    </message>
    <message>
        <source>That passkey was not accepted. Try again, or sign in another way.</source>
        <translation>Cette clé d&apos;accès n&apos;a pas été acceptée. Réessayez ou connectez-vous autrement.</translation>
    </message>
    <message>
        <source>The passkey prompt has expired. Try again.</source>
        <translation>La demande de clé d&apos;accès a expiré. Réessayez.</translation>
    </message>
</context>
<context>
    <name>ErrorResponses</name>
    <message>
        <source>Request id: %1</source>
        <translation>Identifiant de requête&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Page not found</source>
        <translation>Page introuvable</translation>
    </message>
    <message>
        <source>There is no page at this address.</source>
        <translation>Il n&apos;y a pas de page à cette adresse.</translation>
    </message>
</context>
<context>
    <name>PasskeyForm</name>
    <message>
        <source>Passkeys work only when this server is reached by a host name (for example localhost), not by an IP address.</source>
        <translation>Les clés d&apos;accès ne fonctionnent que si ce serveur est joint par un nom d&apos;hôte (par exemple localhost), pas par une adresse IP.</translation>
    </message>
    <message>
        <source>Follow your browser&apos;s prompt to use your passkey…</source>
        <translation>Suivez les instructions de votre navigateur pour utiliser votre clé d&apos;accès…</translation>
    </message>
    <message>
        <source>The passkey prompt was closed or failed. Try again.</source>
        <translation>La demande de clé d&apos;accès a été fermée ou a échoué. Réessayez.</translation>
    </message>
    <message>
        <source>Passkey name</source>
        <translation>Nom de la clé d&apos;accès</translation>
    </message>
</context>
<context>
    <name>PasskeysEndpoint</name>
    <message>
        <source>This link has expired</source>
        <translation>Ce lien a expiré</translation>
    </message>
    <message>
        <source>Return to the app and add the passkey again.</source>
        <translation>Revenez à l&apos;application et ajoutez de nouveau la clé d&apos;accès.</translation>
    </message>
    <message>
        <source>Add a passkey</source>
        <translation>Ajouter une clé d&apos;accès</translation>
    </message>
    <message>
        <source>A passkey signs you in as %1 without your password: your device checks your fingerprint, face or PIN.</source>
        <translation>Une clé d&apos;accès vous connecte en tant que %1 sans votre mot de passe&#xa0;: votre appareil vérifie votre empreinte, votre visage ou votre code PIN.</translation>
    </message>
    <message>
        <source>Passkey %1</source>
        <translation>Clé d&apos;accès %1</translation>
    </message>
    <message>
        <source>Create passkey</source>
        <translation>Créer la clé d&apos;accès</translation>
    </message>
    <message>
        <source>Give the passkey a name of 1 to %1 characters.</source>
        <translation>Donnez à la clé d&apos;accès un nom de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>This page has expired. Try again on this new one.</source>
        <translation>Cette page a expiré. Réessayez sur cette nouvelle page.</translation>
    </message>
    <message>
        <source>The passkey could not be added (%1). Try again.</source>
        <translation>La clé d&apos;accès n&apos;a pas pu être ajoutée (%1). Réessayez.</translation>
    </message>
    <message>
        <source>Passkey added</source>
        <translation>Clé d&apos;accès ajoutée</translation>
    </message>
    <message>
        <source>“%1” can now sign you in. Return to the app.</source>
        <translation>«&#x202f;%1&#x202f;» peut maintenant vous connecter. Revenez à l&apos;application.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation>Le mot de passe doit comporter au plus %1 caractères.</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>See your tasks</source>
        <translation>Voir vos tâches</translation>
    </message>
    <message>
        <source>Create, change and delete your tasks</source>
        <translation>Créer, modifier et supprimer vos tâches</translation>
    </message>
    <message>
        <source>See and change your account security settings: tokens, sessions, two-factor authentication</source>
        <translation>Voir et modifier les paramètres de sécurité de votre compte&#xa0;: jetons, sessions, authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Administer other users&apos; accounts (administrators only)</source>
        <translation>Administrer les comptes des autres utilisateurs (administrateurs uniquement)</translation>
    </message>
</context>
<context>
    <name>SiteEndpoint</name>
    <message>
        <source>tasklane-server is running</source>
        <translation>tasklane-server est en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Connect to it from the Tasklane app with this address: %1</source>
        <translation>Connectez-vous-y depuis l&apos;application Tasklane avec cette adresse&#xa0;: %1</translation>
    </message>
</context>
</TS>
