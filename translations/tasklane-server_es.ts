<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AuthorizeEndpoint</name>
    <message>
        <source>The form could not be read</source>
        <translation>No se pudo leer el formulario</translation>
    </message>
    <message>
        <source>Return to the app and start signing in again. Details: %1</source>
        <translation>Vuelve a la aplicación e inicia sesión de nuevo. Detalles: %1</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Administration was left out: it needs two-factor authentication on your account. Turn it on in Account security, then sign in again.</source>
        <translation>Se ha omitido la administración: requiere la autenticación de dos factores en tu cuenta. Actívala en Seguridad de la cuenta y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>This sign-in page has expired</source>
        <translation>Esta página de inicio de sesión ha caducado</translation>
    </message>
    <message>
        <source>Return to the app and start signing in again.</source>
        <translation>Vuelve a la aplicación e inicia sesión de nuevo.</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Aplicación desconocida</translation>
    </message>
    <message>
        <source>The application was removed.</source>
        <translation>La aplicación se ha eliminado.</translation>
    </message>
    <message>
        <source>to continue to %1</source>
        <translation>para continuar en %1</translation>
    </message>
    <message>
        <source>This sign-in link is not valid</source>
        <translation>Este enlace de inicio de sesión no es válido</translation>
    </message>
    <message>
        <source>The application that sent you here is not registered with this server (unknown client_id).</source>
        <translation>La aplicación que te ha enviado aquí no está registrada en este servidor (client_id desconocido).</translation>
    </message>
    <message>
        <source>The application asked to return to an address it has not registered (redirect_uri).</source>
        <translation>La aplicación ha pedido volver a una dirección que no ha registrado (redirect_uri).</translation>
    </message>
    <message>
        <source>Too many sign-ins</source>
        <translation>Demasiados inicios de sesión</translation>
    </message>
    <message>
        <source>Too many sign-ins were started from your network. Try again in %1.</source>
        <translation>Se han empezado demasiados inicios de sesión desde tu red. Vuelve a intentarlo en %1.</translation>
    </message>
    <message>
        <source>Too many sign-ins are in progress on this server. Try again in %1.</source>
        <translation>Hay demasiados inicios de sesión en curso en este servidor. Vuelve a intentarlo en %1.</translation>
    </message>
    <message>
        <source>This form was not sent from this server&apos;s page</source>
        <translation>Este formulario no se envió desde la página de este servidor</translation>
    </message>
    <message>
        <source>For your safety the request was refused. Return to the app and start signing in again.</source>
        <translation>Por tu seguridad, se ha rechazado la solicitud. Vuelve a la aplicación e inicia sesión de nuevo.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Introduce tu nombre de usuario y tu contraseña.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again in 1 minute.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión. Vuelve a intentarlo en 1 minuto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Try again in %n minutes.</source>
        <translation>
            <numerusform>Demasiados intentos fallidos de inicio de sesión. Vuelve a intentarlo en %n minuto.</numerusform>
            <numerusform>Demasiados intentos fallidos de inicio de sesión. Vuelve a intentarlo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>Esta cuenta está desactivada. Pregunta a tu administrador.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Introduce el código de tu aplicación de autenticación.</translation>
    </message>
    <message>
        <source>That code is not valid. 1 attempt left.</source>
        <translation>Ese código no es válido. Queda 1 intento.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not valid. %n attempts left.</source>
        <translation>
            <numerusform>Ese código no es válido. Queda %n intento.</numerusform>
            <numerusform>Ese código no es válido. Quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code from your app.</source>
        <translation>Ese código ya se ha usado. Espera al siguiente código de tu aplicación.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Try again after %1 (in %2).</source>
        <translation>Demasiados códigos incorrectos. Vuelve a intentarlo a partir de %1 (dentro de %2).</translation>
    </message>
    <message>
        <source>You used a backup code; 1 remains.</source>
        <translation>Has usado un código de respaldo; te queda 1.</translation>
    </message>
    <message numerus="yes">
        <source>You used a backup code; %n remain.</source>
        <translation>
            <numerusform>Has usado un código de respaldo; te queda %n.</numerusform>
            <numerusform>Has usado un código de respaldo; te quedan %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Introduce una contraseña nueva.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Choose a password other than the one you were given.</source>
        <translation>Elige una contraseña distinta de la que te dieron.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Se ha establecido tu contraseña nueva.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Signing in on: %1</source>
        <translation>Iniciando sesión en: %1</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Autenticación de dos factores</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Código de autenticación</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app. If you do not have your device, a backup code (xxxx-xxxx) works too.</source>
        <translation>Introduce el código de 6 dígitos de tu aplicación de autenticación. Si no tienes tu dispositivo, también sirve un código de respaldo (xxxx-xxxx).</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Elige una contraseña nueva</translation>
    </message>
    <message>
        <source>Your administrator gave you a one-time password. Choose your own to go on: at least %1 characters, not the one you were given.</source>
        <translation>Tu administrador te ha dado una contraseña de un solo uso. Elige la tuya para continuar: al menos %1 caracteres, distinta de la que te dieron.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirma la contraseña nueva</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>Allow access</source>
        <translation>Permitir el acceso</translation>
    </message>
    <message>
        <source>Allow access?</source>
        <translation>¿Permitir el acceso?</translation>
    </message>
    <message>
        <source>%1 on %2 wants to:</source>
        <translation>%1 en %2 quiere:</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Signed in as %1. You can end this access at any time under Account security, Sessions.</source>
        <translation>Sesión iniciada como %1. Puedes terminar este acceso cuando quieras en Seguridad de la cuenta, Sesiones.</translation>
    </message>
    <message>
        <source>Use a passkey instead</source>
        <translation>Usar una llave de acceso en su lugar</translation>
    </message>
    <message>
        <source>Sign in with a passkey</source>
        <translation>Iniciar sesión con una llave de acceso</translation>
    </message>
    <message>
        <source>That passkey was not accepted. Try again, or sign in another way.</source>
        <translation>No se aceptó esa llave de acceso. Inténtalo de nuevo o inicia sesión de otra forma.</translation>
    </message>
    <message>
        <source>The passkey prompt has expired. Try again.</source>
        <translation>La solicitud de la llave de acceso ha caducado. Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ErrorResponses</name>
    <message>
        <source>Request id: %1</source>
        <translation>Id. de solicitud: %1</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Page not found</source>
        <translation>Página no encontrada</translation>
    </message>
    <message>
        <source>There is no page at this address.</source>
        <translation>No hay ninguna página en esta dirección.</translation>
    </message>
</context>
<context>
    <name>PasskeyForm</name>
    <message>
        <source>Passkeys work only when this server is reached by a host name (for example localhost), not by an IP address.</source>
        <translation>Las llaves de acceso solo funcionan si se accede a este servidor por un nombre de host (por ejemplo localhost), no por una dirección IP.</translation>
    </message>
    <message>
        <source>Follow your browser&apos;s prompt to use your passkey…</source>
        <translation>Sigue las indicaciones de tu navegador para usar tu llave de acceso…</translation>
    </message>
    <message>
        <source>The passkey prompt was closed or failed. Try again.</source>
        <translation>La solicitud de la llave de acceso se cerró o falló. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Passkey name</source>
        <translation>Nombre de la llave de acceso</translation>
    </message>
</context>
<context>
    <name>PasskeysEndpoint</name>
    <message>
        <source>This link has expired</source>
        <translation>Este enlace ha caducado</translation>
    </message>
    <message>
        <source>Return to the app and add the passkey again.</source>
        <translation>Vuelve a la aplicación y añade de nuevo la llave de acceso.</translation>
    </message>
    <message>
        <source>Add a passkey</source>
        <translation>Añadir una llave de acceso</translation>
    </message>
    <message>
        <source>A passkey signs you in as %1 without your password: your device checks your fingerprint, face or PIN.</source>
        <translation>Una llave de acceso te permite iniciar sesión como %1 sin tu contraseña: tu dispositivo comprueba tu huella, tu rostro o tu PIN.</translation>
    </message>
    <message>
        <source>Passkey %1</source>
        <translation>Llave de acceso %1</translation>
    </message>
    <message>
        <source>Create passkey</source>
        <translation>Crear llave de acceso</translation>
    </message>
    <message>
        <source>Give the passkey a name of 1 to %1 characters.</source>
        <translation>Dale a la llave de acceso un nombre de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>This page has expired. Try again on this new one.</source>
        <translation>Esta página ha caducado. Inténtalo de nuevo en esta página nueva.</translation>
    </message>
    <message>
        <source>The passkey could not be added (%1). Try again.</source>
        <translation>No se pudo añadir la llave de acceso (%1). Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Passkey added</source>
        <translation>Llave de acceso añadida</translation>
    </message>
    <message>
        <source>“%1” can now sign you in. Return to the app.</source>
        <translation>«%1» ya puede iniciar tu sesión. Vuelve a la aplicación.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation>La contraseña debe tener como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>See your tasks</source>
        <translation>Ver tus tareas</translation>
    </message>
    <message>
        <source>Create, change and delete your tasks</source>
        <translation>Crear, cambiar y eliminar tus tareas</translation>
    </message>
    <message>
        <source>See and change your account security settings: tokens, sessions, two-factor authentication</source>
        <translation>Ver y cambiar la configuración de seguridad de tu cuenta: tokens, sesiones, autenticación de dos factores</translation>
    </message>
    <message>
        <source>Administer other users&apos; accounts (administrators only)</source>
        <translation>Administrar las cuentas de otros usuarios (solo administradores)</translation>
    </message>
</context>
<context>
    <name>SiteEndpoint</name>
    <message>
        <source>tasklane-server is running</source>
        <translation>tasklane-server está en marcha</translation>
    </message>
    <message>
        <source>Connect to it from the Tasklane app with this address: %1</source>
        <translation>Conéctate a él desde la aplicación Tasklane con esta dirección: %1</translation>
    </message>
</context>
</TS>
