<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountSecurityDialog</name>
    <message>
        <source>Talking to the server</source>
        <translation>Comunicando con el servidor</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>Seguridad de la cuenta</translation>
    </message>
    <message>
        <source>Account security – %1</source>
        <translation>Seguridad de la cuenta – %1</translation>
    </message>
    <message>
        <source>Account security sections</source>
        <translation>Secciones de seguridad de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>Security &amp;log</source>
        <translation>Re&amp;gistro de seguridad</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Cambia tu contraseña</translation>
    </message>
    <message>
        <source>Personal access tokens for scripts and other apps</source>
        <translation>Tokens de acceso personal para scripts y otras aplicaciones</translation>
    </message>
    <message>
        <source>Devices signed in to your account</source>
        <translation>Dispositivos con sesión iniciada en tu cuenta</translation>
    </message>
    <message>
        <source>What happened to your account</source>
        <translation>Lo que ha pasado en tu cuenta</translation>
    </message>
    <message>
        <source>Close Account security</source>
        <translation>Cerrar Seguridad de la cuenta</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Cambiando la contraseña…</translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation>Creando el token…</translation>
    </message>
    <message>
        <source>Revoking the token…</source>
        <translation>Revocando el token…</translation>
    </message>
    <message>
        <source>Signing the session out…</source>
        <translation>Cerrando la sesión…</translation>
    </message>
    <message>
        <source>Signing out the other sessions…</source>
        <translation>Cerrando las otras sesiones…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Loading the security log…</source>
        <translation>Cargando el registro de seguridad…</translation>
    </message>
    <message>
        <source>Pass&amp;keys</source>
        <translation>&amp;Llaves de acceso</translation>
    </message>
    <message>
        <source>Sign in with your device instead of a password</source>
        <translation>Inicia sesión con tu dispositivo en lugar de una contraseña</translation>
    </message>
    <message>
        <source>Removing the passkey…</source>
        <translation>Quitando la llave de acceso…</translation>
    </message>
    <message>
        <source>Asking the server for a link to add a passkey…</source>
        <translation>Pidiendo al servidor un enlace para añadir una llave de acceso…</translation>
    </message>
</context>
<context>
    <name>AdminService</name>
    <message>
        <source>The server did not send the user asked for.</source>
        <translation>El servidor no envió el usuario solicitado.</translation>
    </message>
    <message>
        <source>You revoked every session and token of your own account in Administration.</source>
        <translation>Revocaste todas las sesiones y tokens de tu propia cuenta en Administración.</translation>
    </message>
    <message>
        <source>You disabled your own account in Administration.</source>
        <translation>Desactivaste tu propia cuenta en Administración.</translation>
    </message>
    <message>
        <source>You reset the password of your own account in Administration.</source>
        <translation>Restableciste la contraseña de tu propia cuenta en Administración.</translation>
    </message>
</context>
<context>
    <name>AdminUser</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
</context>
<context>
    <name>AdminUserModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is disabled: they cannot sign in.</source>
        <translation>La cuenta de %1 &lt;%2&gt; está desactivada: no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Can manage other users</source>
        <translation>Puede gestionar otros usuarios</translation>
    </message>
    <message>
        <source>Manages only their own tasks</source>
        <translation>Gestiona solo sus propias tareas</translation>
    </message>
    <message>
        <source>Signs in with a password and an authenticator code</source>
        <translation>Inicia sesión con contraseña y código de autenticación</translation>
    </message>
    <message>
        <source>Signs in with a password only</source>
        <translation>Inicia sesión solo con contraseña</translation>
    </message>
    <message>
        <source>Devices signed in now</source>
        <translation>Dispositivos con sesión iniciada ahora</translation>
    </message>
    <message>
        <source>Personal access tokens that still work</source>
        <translation>Tokens de acceso personal que siguen funcionando</translation>
    </message>
    <message>
        <source>Last signed in %1</source>
        <translation>Último inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Has never signed in</source>
        <translation>Nunca ha iniciado sesión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Dos factores</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>The users could not be loaded.</source>
        <translation>No se pudieron cargar los usuarios.</translation>
    </message>
</context>
<context>
    <name>AdminUserPanel</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Autenticación de dos factores</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Cuenta creada</translation>
    </message>
    <message>
        <source>Re&amp;voke everything for this user…</source>
        <translation>Re&amp;vocar todo de este usuario…</translation>
    </message>
    <message>
        <source>Revoke every session and token of this user</source>
        <translation>Revocar todas las sesiones y tokens de este usuario</translation>
    </message>
    <message>
        <source>Reset &amp;two-factor…</source>
        <translation>Restablecer dos &amp;factores…</translation>
    </message>
    <message>
        <source>Reset this user&apos;s two-factor authentication</source>
        <translation>Restablecer la autenticación de dos factores de este usuario</translation>
    </message>
    <message>
        <source>&amp;Disable account…</source>
        <translation>&amp;Desactivar cuenta…</translation>
    </message>
    <message>
        <source>Disable this user&apos;s account</source>
        <translation>Desactivar la cuenta de este usuario</translation>
    </message>
    <message>
        <source>&amp;Enable account</source>
        <translation>Ac&amp;tivar cuenta</translation>
    </message>
    <message>
        <source>Enable this user&apos;s account</source>
        <translation>Activar la cuenta de este usuario</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer contra&amp;seña…</translation>
    </message>
    <message>
        <source>Give this user a new one-time password</source>
        <translation>Dar a este usuario una nueva contraseña de un solo uso</translation>
    </message>
    <message>
        <source>&amp;Make administrator…</source>
        <translation>&amp;Hacer administrador…</translation>
    </message>
    <message>
        <source>Make this user an administrator</source>
        <translation>Hacer administrador a este usuario</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sign &amp;out session…</source>
        <translation>C&amp;errar sesión…</translation>
    </message>
    <message>
        <source>Sign out the selected session</source>
        <translation>Cerrar la sesión seleccionada</translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation>Tokens de acceso personal</translation>
    </message>
    <message>
        <source>Revoke to&amp;ken…</source>
        <translation>Revocar to&amp;ken…</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Revocar el token seleccionado</translation>
    </message>
    <message>
        <source>The selected user</source>
        <translation>El usuario seleccionado</translation>
    </message>
    <message>
        <source>Select a user on the left to see their sessions and tokens.</source>
        <translation>Selecciona un usuario a la izquierda para ver sus sesiones y tokens.</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Two-factor:</source>
        <translation>Dos factores:</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Último inicio de sesión:</translation>
    </message>
    <message>
        <source>Member since:</source>
        <translation>Miembro desde:</translation>
    </message>
    <message>
        <source>The user&apos;s sessions</source>
        <translation>Las sesiones del usuario</translation>
    </message>
    <message>
        <source>No device is signed in.</source>
        <translation>Ningún dispositivo tiene la sesión iniciada.</translation>
    </message>
    <message>
        <source>The user&apos;s personal access tokens</source>
        <translation>Los tokens de acceso personal del usuario</translation>
    </message>
    <message>
        <source>No personal access tokens.</source>
        <translation>No hay tokens de acceso personal.</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sesión de %1</translation>
    </message>
    <message>
        <source>Token “%1”</source>
        <translation>Token «%1»</translation>
    </message>
    <message>
        <source>“%1” was signed out. %2 needs the password to sign in there again.</source>
        <translation>Se cerró «%1». %2 necesita la contraseña para volver a iniciar sesión allí.</translation>
    </message>
    <message>
        <source>The token “%1” was revoked: it no longer works.</source>
        <translation>Se revocó el token «%1»: ya no funciona.</translation>
    </message>
    <message>
        <source>1 session was signed out</source>
        <translation>se cerró 1 sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions were signed out</source>
        <translation>
            <numerusform>se cerró %n sesión</numerusform>
            <numerusform>se cerraron %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>1 token was revoked</source>
        <translation>se revocó 1 token</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens were revoked</source>
        <translation>
            <numerusform>se revocó %n token</numerusform>
            <numerusform>se revocaron %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 and %3. %4</source>
        <translation>%1: %2 y %3. %4</translation>
    </message>
    <message>
        <source>The account stays disabled.</source>
        <translation>La cuenta sigue desactivada.</translation>
    </message>
    <message>
        <source>They can sign in again with their password.</source>
        <translation>Puede volver a iniciar sesión con su contraseña.</translation>
    </message>
    <message>
        <source>Two-factor authentication is off for %1. They sign in with their password only until they set it up again.</source>
        <translation>La autenticación de dos factores está desactivada para %1. Iniciará sesión solo con su contraseña hasta que vuelva a configurarla.</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled: they are signed out everywhere and cannot sign in.</source>
        <translation>La cuenta de %1 está desactivada: se han cerrado todas sus sesiones y no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1&apos;s account is enabled: they can sign in again.</source>
        <translation>La cuenta de %1 está activada: puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 has a new one-time password and must choose their own at the next sign-in; %2 and %3.</source>
        <translation>%1 tiene una nueva contraseña de un solo uso y debe elegir la suya en el próximo inicio de sesión; %2 y %3.</translation>
    </message>
    <message>
        <source>%1 is an administrator now: the next sign-in gets administration.</source>
        <translation>%1 es ahora administrador: tendrá administración en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 is no longer an administrator: administration stopped working for their sessions and tokens at once.</source>
        <translation>%1 ya no es administrador: la administración dejó de funcionar al instante en sus sesiones y tokens.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – your account</source>
        <translation>%1 – tu cuenta</translation>
    </message>
    <message>
        <source>Disabled: cannot sign in</source>
        <translation>Desactivada: no puede iniciar sesión</translation>
    </message>
    <message>
        <source>On: signs in with a password and an authenticator code</source>
        <translation>Activada: inicia sesión con contraseña y código de autenticación</translation>
    </message>
    <message>
        <source>Off: signs in with a password only</source>
        <translation>Desactivada: inicia sesión solo con contraseña</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Sesiones (%1)</translation>
    </message>
    <message>
        <source>Personal access tokens (%1)</source>
        <translation>Tokens de acceso personal (%1)</translation>
    </message>
    <message>
        <source>Sign out every session of this user and revoke every one of their tokens</source>
        <translation>Cerrar todas las sesiones de este usuario y revocar todos sus tokens</translation>
    </message>
    <message>
        <source>Turn off two-factor authentication, e.g. after a lost phone</source>
        <translation>Desactivar la autenticación de dos factores, p. ej. tras perder el teléfono</translation>
    </message>
    <message>
        <source>%1 does not use two-factor authentication.</source>
        <translation>%1 no usa la autenticación de dos factores.</translation>
    </message>
    <message>
        <source>Sign this user out everywhere and stop them signing in</source>
        <translation>Cerrar todas las sesiones de este usuario e impedirle iniciar sesión</translation>
    </message>
    <message>
        <source>Let this user sign in again</source>
        <translation>Permitir que este usuario vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Sign this user out everywhere and give them a one-time password</source>
        <translation>Cerrar todas las sesiones de este usuario y darle una contraseña de un solo uso</translation>
    </message>
    <message>
        <source>Remove &amp;administrator…</source>
        <translation>&amp;Quitar administrador…</translation>
    </message>
    <message>
        <source>Remove this user&apos;s administrator role</source>
        <translation>Quitar el rol de administrador a este usuario</translation>
    </message>
    <message>
        <source>Make this administrator a normal user</source>
        <translation>Convertir a este administrador en un usuario normal</translation>
    </message>
    <message>
        <source>Let this user manage every account</source>
        <translation>Permitir que este usuario gestione todas las cuentas</translation>
    </message>
    <message>
        <source>Sign out the selected session (Delete)</source>
        <translation>Cerrar la sesión seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Select a session to sign it out</source>
        <translation>Selecciona una sesión para cerrarla</translation>
    </message>
    <message>
        <source>Revoke the selected token (Delete)</source>
        <translation>Revocar el token seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Select a token to revoke it</source>
        <translation>Selecciona un token para revocarlo</translation>
    </message>
    <message>
        <source>No device is signed in now.</source>
        <translation>Ningún dispositivo tiene la sesión iniciada ahora.</translation>
    </message>
    <message>
        <source>1 session is signed out on its device at once.</source>
        <translation>1 sesión se cierra en su dispositivo al instante.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions are signed out on their devices at once.</source>
        <translation>
            <numerusform>%n sesión se cierra en su dispositivo al instante.</numerusform>
            <numerusform>%n sesiones se cierran en sus dispositivos al instante.</numerusform>
        </translation>
    </message>
    <message>
        <source>No personal access token is in use.</source>
        <translation>No hay ningún token de acceso personal en uso.</translation>
    </message>
    <message>
        <source>1 personal access token stops working at once.</source>
        <translation>1 token de acceso personal deja de funcionar al instante.</translation>
    </message>
    <message numerus="yes">
        <source>%n personal access tokens stop working at once.</source>
        <translation>
            <numerusform>%n token de acceso personal deja de funcionar al instante.</numerusform>
            <numerusform>%n tokens de acceso personal dejan de funcionar al instante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their apps and scripts must sign in again (or get a new token).</source>
        <translation>Sus aplicaciones y scripts deben volver a iniciar sesión (o conseguir un token nuevo).</translation>
    </message>
    <message>
        <source>The account is disabled, so %1 cannot sign in again until you enable it.</source>
        <translation>La cuenta está desactivada, así que %1 no podrá volver a iniciar sesión hasta que la actives.</translation>
    </message>
    <message>
        <source>%1 can sign in again with their password; the account stays enabled.</source>
        <translation>%1 puede volver a iniciar sesión con su contraseña; la cuenta sigue activada.</translation>
    </message>
    <message>
        <source>This is your own account: Tasklane signs you out here too.</source>
        <translation>Esta es tu propia cuenta: Tasklane también cerrará tu sesión aquí.</translation>
    </message>
    <message>
        <source>Revoke everything</source>
        <translation>Revocar todo</translation>
    </message>
    <message>
        <source>Revoke every session and token of %1?</source>
        <translation>¿Revocar todas las sesiones y tokens de %1?</translation>
    </message>
    <message>
        <source>&amp;Revoke everything</source>
        <translation>&amp;Revocar todo</translation>
    </message>
    <message>
        <source>Keep %1&apos;s sessions and tokens</source>
        <translation>Conservar las sesiones y tokens de %1</translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation>Restablecer dos factores</translation>
    </message>
    <message>
        <source>Reset two-factor authentication for %1?</source>
        <translation>¿Restablecer la autenticación de dos factores de %1?</translation>
    </message>
    <message>
        <source>Their authenticator app&apos;s codes and their backup codes stop working.</source>
        <translation>Los códigos de su aplicación de autenticación y sus códigos de respaldo dejan de funcionar.</translation>
    </message>
    <message>
        <source>Until %1 sets up two-factor authentication again in Account security, they sign in with their password only.</source>
        <translation>Hasta que %1 vuelva a configurar la autenticación de dos factores en Seguridad de la cuenta, iniciará sesión solo con su contraseña.</translation>
    </message>
    <message>
        <source>Their sessions and tokens are not affected.</source>
        <translation>Sus sesiones y tokens no se ven afectados.</translation>
    </message>
    <message>
        <source>&amp;Reset two-factor</source>
        <translation>&amp;Restablecer dos factores</translation>
    </message>
    <message>
        <source>Keep two-factor on for %1</source>
        <translation>Mantener activados los dos factores para %1</translation>
    </message>
    <message>
        <source>%1 cannot sign in until you enable the account again.</source>
        <translation>%1 no podrá iniciar sesión hasta que vuelvas a activar la cuenta.</translation>
    </message>
    <message>
        <source>This is your own account: Tasklane signs you out at once, and only another administrator can enable it again.</source>
        <translation>Esta es tu propia cuenta: Tasklane cerrará tu sesión al instante y solo otro administrador podrá volver a activarla.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <source>Disable the account of %1?</source>
        <translation>¿Desactivar la cuenta de %1?</translation>
    </message>
    <message>
        <source>&amp;Disable account</source>
        <translation>&amp;Desactivar cuenta</translation>
    </message>
    <message>
        <source>Keep %1&apos;s account enabled</source>
        <translation>Mantener activada la cuenta de %1</translation>
    </message>
    <message>
        <source>%1 will be signed out everywhere and must choose a new password at next sign-in.</source>
        <translation>Se cerrarán todas las sesiones de %1 y deberá elegir una contraseña nueva en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Every personal access token of %1 stops working at once.</source>
        <translation>Todos los tokens de acceso personal de %1 dejan de funcionar al instante.</translation>
    </message>
    <message>
        <source>Their current password stops working; you get a one-time password to hand them, shown once.</source>
        <translation>Su contraseña actual deja de funcionar; recibirás una contraseña de un solo uso para entregársela, que se muestra una sola vez.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Reset the password of %1?</source>
        <translation>¿Restablecer la contraseña de %1?</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Restablecer contraseña</translation>
    </message>
    <message>
        <source>Keep %1&apos;s password</source>
        <translation>Conservar la contraseña de %1</translation>
    </message>
    <message>
        <source>%1 can then see and change every account, yours included, and use Administration at their next sign-in.</source>
        <translation>%1 podrá ver y cambiar todas las cuentas, incluida la tuya, y usar Administración en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 loses Administration at once: their sessions and tokens keep working for their own tasks only.</source>
        <translation>%1 pierde Administración al instante: sus sesiones y tokens siguen funcionando solo para sus propias tareas.</translation>
    </message>
    <message>
        <source>This is your own account: Administration stops working for you at once.</source>
        <translation>Esta es tu propia cuenta: Administración deja de funcionar para ti al instante.</translation>
    </message>
    <message>
        <source>Make administrator</source>
        <translation>Hacer administrador</translation>
    </message>
    <message>
        <source>Remove administrator</source>
        <translation>Quitar administrador</translation>
    </message>
    <message>
        <source>Make %1 an administrator?</source>
        <translation>¿Hacer administrador a %1?</translation>
    </message>
    <message>
        <source>Remove the administrator role of %1?</source>
        <translation>¿Quitar el rol de administrador a %1?</translation>
    </message>
    <message>
        <source>&amp;Make administrator</source>
        <translation>&amp;Hacer administrador</translation>
    </message>
    <message>
        <source>&amp;Remove administrator</source>
        <translation>&amp;Quitar administrador</translation>
    </message>
    <message>
        <source>Keep %1 a user</source>
        <translation>Mantener a %1 como usuario</translation>
    </message>
    <message>
        <source>Keep %1 an administrator</source>
        <translation>Mantener a %1 como administrador</translation>
    </message>
    <message>
        <source>That device is signed out at once; %1 needs the password to sign in there again.</source>
        <translation>La sesión de ese dispositivo se cierra al instante; %1 necesita la contraseña para volver a iniciar sesión allí.</translation>
    </message>
    <message>
        <source>This is the session you are using: Tasklane signs you out.</source>
        <translation>Esta es la sesión que estás usando: Tasklane cerrará tu sesión.</translation>
    </message>
    <message>
        <source>Sign out session</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out “%1” of %2?</source>
        <translation>¿Cerrar la sesión «%1» de %2?</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Conservar la sesión</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Revocar token</translation>
    </message>
    <message>
        <source>Revoke the token “%1” of %2?</source>
        <translation>¿Revocar el token «%1» de %2?</translation>
    </message>
    <message>
        <source>Scripts and apps that use it stop working at once. This cannot be undone.</source>
        <translation>Los scripts y aplicaciones que lo usan dejan de funcionar al instante. No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Keep the token</source>
        <translation>Conservar el token</translation>
    </message>
    <message>
        <source>The user could not be loaded: %1</source>
        <translation>No se pudo cargar el usuario: %1</translation>
    </message>
    <message>
        <source>The sessions could not be loaded: %1</source>
        <translation>No se pudieron cargar las sesiones: %1</translation>
    </message>
    <message>
        <source>The tokens could not be loaded: %1</source>
        <translation>No se pudieron cargar los tokens: %1</translation>
    </message>
    <message>
        <source>The session was not signed out: %1</source>
        <translation>No se cerró la sesión: %1</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>No se revocó el token: %1</translation>
    </message>
    <message>
        <source>Nothing was revoked: %1</source>
        <translation>No se revocó nada: %1</translation>
    </message>
    <message>
        <source>Two-factor authentication was not reset: %1</source>
        <translation>No se restableció la autenticación de dos factores: %1</translation>
    </message>
    <message>
        <source>The account was not disabled: %1</source>
        <translation>No se desactivó la cuenta: %1</translation>
    </message>
    <message>
        <source>The account was not enabled: %1</source>
        <translation>No se activó la cuenta: %1</translation>
    </message>
    <message>
        <source>The password was not reset: %1</source>
        <translation>No se restableció la contraseña: %1</translation>
    </message>
    <message>
        <source>The role was not changed: %1</source>
        <translation>No se cambió el rol: %1</translation>
    </message>
</context>
<context>
    <name>AdminUsersTab</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nuevo usuario…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <source>User name, name or email</source>
        <translation>Nombre de usuario, nombre o correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Create a new user</source>
        <translation>Crear un usuario nuevo</translation>
    </message>
    <message>
        <source>Create an account with a one-time password</source>
        <translation>Crear una cuenta con una contraseña de un solo uso</translation>
    </message>
    <message>
        <source>Try loading the users again</source>
        <translation>Intentar cargar los usuarios de nuevo</translation>
    </message>
    <message>
        <source>Load more users</source>
        <translation>Cargar más usuarios</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Cargando usuarios…</translation>
    </message>
    <message>
        <source>There are no users.</source>
        <translation>No hay usuarios.</translation>
    </message>
    <message>
        <source>No user matches “%1”.</source>
        <translation>Ningún usuario coincide con «%1».</translation>
    </message>
    <message>
        <source>The first %1 users.</source>
        <translation>Los primeros %1 usuarios.</translation>
    </message>
    <message>
        <source>The first %1 users matching “%2”.</source>
        <translation>Los primeros %1 usuarios que coinciden con «%2».</translation>
    </message>
    <message>
        <source>1 user.</source>
        <translation>1 usuario.</translation>
    </message>
    <message numerus="yes">
        <source>%n users.</source>
        <translation>
            <numerusform>%n usuario.</numerusform>
            <numerusform>%n usuarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 user matches “%1”.</source>
        <translation>1 usuario coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n users match “%1”.</source>
        <translation>
            <numerusform>%n usuario coincide con «%1».</numerusform>
            <numerusform>%n usuarios coinciden con «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>No se pudieron cargar los usuarios: %1</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>Talking to the server</source>
        <translation>Comunicando con el servidor</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Administration – %1</source>
        <translation>Administración – %1</translation>
    </message>
    <message>
        <source>Administration sections</source>
        <translation>Secciones de administración</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <source>Find a user, see and end their sessions and tokens</source>
        <translation>Busca un usuario, consulta y cierra sus sesiones y tokens</translation>
    </message>
    <message>
        <source>What administrators did to accounts</source>
        <translation>Lo que los administradores hicieron en las cuentas</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close Administration</source>
        <translation>Cerrar Administración</translation>
    </message>
    <message>
        <source>&amp;Find user</source>
        <translation>&amp;Buscar usuario</translation>
    </message>
    <message>
        <source>Search the users</source>
        <translation>Buscar entre los usuarios</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Load the users and the audit log again</source>
        <translation>Volver a cargar los usuarios y el registro de auditoría</translation>
    </message>
    <message>
        <source>Revoking every session and token…</source>
        <translation>Revocando todas las sesiones y tokens…</translation>
    </message>
    <message>
        <source>Disabling the account…</source>
        <translation>Desactivando la cuenta…</translation>
    </message>
    <message>
        <source>Enabling the account…</source>
        <translation>Activando la cuenta…</translation>
    </message>
    <message>
        <source>Resetting two-factor authentication…</source>
        <translation>Restableciendo la autenticación de dos factores…</translation>
    </message>
    <message>
        <source>Signing the session out…</source>
        <translation>Cerrando la sesión…</translation>
    </message>
    <message>
        <source>Revoking the token…</source>
        <translation>Revocando el token…</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
    <message>
        <source>Resetting the password…</source>
        <translation>Restableciendo la contraseña…</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Cambiando el rol…</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Cargando usuarios…</translation>
    </message>
    <message>
        <source>Loading the user…</source>
        <translation>Cargando el usuario…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Cargando el registro de auditoría…</translation>
    </message>
    <message>
        <source>&amp;Service accounts</source>
        <translation>Cuentas de &amp;servicio</translation>
    </message>
    <message>
        <source>Programs that use a user&apos;s tasks with a secret of their own</source>
        <translation>Programas que usan las tareas de un usuario con un secreto propio</translation>
    </message>
    <message>
        <source>Loading the service accounts…</source>
        <translation>Cargando las cuentas de servicio…</translation>
    </message>
    <message>
        <source>Changing the service account…</source>
        <translation>Cambiando la cuenta de servicio…</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>No valid server address is set.</source>
        <translation>No hay ninguna dirección de servidor válida configurada.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 (request id: %2)</source>
        <translation>%1 (id. de solicitud: %2)</translation>
    </message>
    <message>
        <source>The server at %1 did not answer with valid HTTP.</source>
        <translation>El servidor en %1 no respondió con HTTP válido.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (it is not JSON).</source>
        <translation>No se pudo leer la respuesta del servidor (no es JSON).</translation>
    </message>
    <message>
        <source>Could not connect to the server at %1: the connection was refused. Check the address and that the server is running.</source>
        <translation>No se pudo conectar con el servidor en %1: se rechazó la conexión. Comprueba la dirección y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before it finished answering.</source>
        <translation>El servidor en %1 cerró la conexión antes de terminar de responder.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address.</source>
        <translation>No se encontró el nombre de servidor %1. Comprueba la dirección.</translation>
    </message>
    <message>
        <source>The connection to the server at %1 timed out.</source>
        <translation>Se agotó el tiempo de conexión con el servidor en %1.</translation>
    </message>
    <message>
        <source>A secure connection to the server at %1 could not be established (TLS handshake failed). The server&apos;s certificate may not be trusted.</source>
        <translation>No se pudo establecer una conexión segura con el servidor en %1 (falló el protocolo de enlace TLS). Puede que el certificado del servidor no sea de confianza.</translation>
    </message>
    <message>
        <source>The network is not available. Check your connection and try again.</source>
        <translation>La red no está disponible. Comprueba tu conexión e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The server at %1 redirected too many times.</source>
        <translation>El servidor en %1 redirigió demasiadas veces.</translation>
    </message>
    <message>
        <source>The server at %1 redirected to an insecure (http) address; the request was stopped.</source>
        <translation>El servidor en %1 redirigió a una dirección no segura (http); se detuvo la solicitud.</translation>
    </message>
    <message>
        <source>The proxy server could not be used to reach %1. Check the proxy settings.</source>
        <translation>No se pudo usar el servidor proxy para llegar a %1. Comprueba la configuración del proxy.</translation>
    </message>
    <message>
        <source>The server at %1 could not be reached.</source>
        <translation>No se pudo llegar al servidor en %1.</translation>
    </message>
    <message>
        <source>The server at %1 could not be reached (%2).</source>
        <translation>No se pudo llegar al servidor en %1 (%2).</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds. Try again later.</source>
        <translation>El servidor en %1 no respondió en %2 segundos. Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again later.</source>
        <translation>El servidor en %1 no respondió a tiempo. Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP %1). Sign in again.</source>
        <translation>El servidor rechazó las credenciales (HTTP %1). Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are not allowed to do this (HTTP %1).</source>
        <translation>No tienes permiso para hacer esto (HTTP %1).</translation>
    </message>
    <message>
        <source>The server does not know this address (HTTP %1).</source>
        <translation>El servidor no conoce esta dirección (HTTP %1).</translation>
    </message>
    <message>
        <source>The server is receiving too many requests (HTTP %1). Try again later.</source>
        <translation>El servidor está recibiendo demasiadas solicitudes (HTTP %1). Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP %1). Try again later.</source>
        <translation>El servidor no está disponible temporalmente (HTTP %1). Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server failed to handle the request (HTTP %1).</source>
        <translation>El servidor no pudo procesar la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>El servidor rechazó la solicitud (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>The server answered with something that is not a list.</source>
        <translation>El servidor respondió con algo que no es una lista.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Tasklane on %1</source>
        <translation>Tasklane en %1</translation>
    </message>
</context>
<context>
    <name>AuditLogEntry</name>
    <message>
        <source>Command line</source>
        <translation>Línea de órdenes</translation>
    </message>
    <message>
        <source>Signed a session out</source>
        <translation>Cerró una sesión</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Revocó un token</translation>
    </message>
    <message>
        <source>Revoked everything</source>
        <translation>Revocó todo</translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation>Restableció dos factores</translation>
    </message>
    <message>
        <source>Disabled the account</source>
        <translation>Desactivó la cuenta</translation>
    </message>
    <message>
        <source>Enabled the account</source>
        <translation>Activó la cuenta</translation>
    </message>
    <message>
        <source>Created the account</source>
        <translation>Creó la cuenta</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Restableció la contraseña</translation>
    </message>
    <message>
        <source>Changed the role</source>
        <translation>Cambió el rol</translation>
    </message>
    <message>
        <source>An unnamed device</source>
        <translation>Un dispositivo sin nombre</translation>
    </message>
    <message>
        <source>An administrator</source>
        <translation>Un administrador</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>Un usuario</translation>
    </message>
    <message>
        <source>Made an administrator</source>
        <translation>Nombrado administrador</translation>
    </message>
    <message>
        <source>No longer an administrator</source>
        <translation>Ya no es administrador</translation>
    </message>
    <message>
        <source>Nothing was left to revoke</source>
        <translation>No quedaba nada por revocar</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>1 token</source>
        <translation>1 token</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 revoked</source>
        <translation>%1 y %2 revocados</translation>
    </message>
    <message>
        <source>Created a service account</source>
        <translation>Creó una cuenta de servicio</translation>
    </message>
    <message>
        <source>Rotated a service account&apos;s secret</source>
        <translation>Renovó el secreto de una cuenta de servicio</translation>
    </message>
    <message>
        <source>Revoked a service account</source>
        <translation>Revocó una cuenta de servicio</translation>
    </message>
    <message>
        <source>A service account got a token</source>
        <translation>Una cuenta de servicio obtuvo un token</translation>
    </message>
    <message>
        <source>A service account was refused</source>
        <translation>Se rechazó una cuenta de servicio</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Done with the server&apos;s command line (tasklane-server user …)</source>
        <translation>Hecho con la línea de órdenes del servidor (tasklane-server user …)</translation>
    </message>
    <message>
        <source>The administrator who did it</source>
        <translation>El administrador que lo hizo</translation>
    </message>
    <message>
        <source>The address the request came from</source>
        <translation>La dirección de la que vino la solicitud</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Qué hizo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>The audit log could not be loaded.</source>
        <translation>No se pudo cargar el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Everything administrators did to accounts, newest first. The users concerned see the same in their own security log.</source>
        <translation>Todo lo que los administradores hicieron en las cuentas, lo más reciente primero. Los usuarios afectados ven lo mismo en su propio registro de seguridad.</translation>
    </message>
    <message>
        <source>Load the audit log again</source>
        <translation>Volver a cargar el registro de auditoría</translation>
    </message>
    <message>
        <source>Try loading the audit log again</source>
        <translation>Intentar cargar el registro de auditoría de nuevo</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Cargar entradas anteriores</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Cargando el registro de auditoría…</translation>
    </message>
    <message>
        <source>No administrator has changed an account yet.</source>
        <translation>Ningún administrador ha cambiado una cuenta todavía.</translation>
    </message>
    <message>
        <source>The %1 most recent entries.</source>
        <translation>Las %1 entradas más recientes.</translation>
    </message>
    <message>
        <source>1 entry.</source>
        <translation>1 entrada.</translation>
    </message>
    <message>
        <source>All %1 entries.</source>
        <translation>Las %1 entradas.</translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation>No se pudo cargar el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>BackupCodeSheet</name>
    <message>
        <source>Tasklane backup codes</source>
        <translation>Códigos de respaldo de Tasklane</translation>
    </message>
    <message>
        <source>These are backup codes for two-factor authentication. When you cannot use your authenticator app, type one of them where the app asks for a code. Each code works once. Keep them somewhere safe and private, such as a password manager or a locked drawer. Making new backup codes makes these ones stop working.</source>
        <translation>Estos son códigos de respaldo para la autenticación de dos factores. Cuando no puedas usar tu aplicación de autenticación, escribe uno de ellos donde la aplicación pida un código. Cada código funciona una vez. Guárdalos en un lugar seguro y privado, como un gestor de contraseñas o un cajón con llave. Si generas códigos de respaldo nuevos, estos dejarán de funcionar.</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creados: %1</translation>
    </message>
</context>
<context>
    <name>BackupCodesDialog</name>
    <message>
        <source>New Backup Codes</source>
        <translation>Códigos de respaldo nuevos</translation>
    </message>
    <message>
        <source>Your old backup codes no longer work. Save these new ones now: they are shown only this once. Each code signs you in once when you cannot use your authenticator app.</source>
        <translation>Tus códigos de respaldo anteriores ya no funcionan. Guarda estos nuevos ahora: solo se muestran esta vez. Cada código te permite iniciar sesión una vez cuando no puedas usar tu aplicación de autenticación.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Tick “I have saved these backup codes” first</source>
        <translation>Marca antes «He guardado estos códigos de respaldo»</translation>
    </message>
</context>
<context>
    <name>BackupCodesView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Save as text file…</source>
        <translation>&amp;Guardar como archivo de texto…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>I have &amp;saved these backup codes</source>
        <translation>He guar&amp;dado estos códigos de respaldo</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Códigos de respaldo</translation>
    </message>
    <message>
        <source>Copy the backup codes</source>
        <translation>Copiar los códigos de respaldo</translation>
    </message>
    <message>
        <source>Copy the codes to the clipboard, for a password manager</source>
        <translation>Copiar los códigos al portapapeles, para un gestor de contraseñas</translation>
    </message>
    <message>
        <source>Save the backup codes as a text file</source>
        <translation>Guardar los códigos de respaldo como archivo de texto</translation>
    </message>
    <message>
        <source>Print the backup codes</source>
        <translation>Imprimir los códigos de respaldo</translation>
    </message>
    <message>
        <source>I have saved these backup codes</source>
        <translation>He guardado estos códigos de respaldo</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Save Backup Codes</source>
        <translation>Guardar códigos de respaldo</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>The backup codes could not be saved to %1: %2</source>
        <translation>No se pudieron guardar los códigos de respaldo en %1: %2</translation>
    </message>
    <message>
        <source>Tasklane backup codes</source>
        <translation>Códigos de respaldo de Tasklane</translation>
    </message>
    <message>
        <source>Print Backup Codes</source>
        <translation>Imprimir códigos de respaldo</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Printing is not available. %1</source>
        <translation>La impresión no está disponible. %1</translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Espera, por favor</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Reload (take theirs)</source>
        <translation>&amp;Recargar (usar la suya)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Sobrescribir con la mía</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
    <message>
        <source>This task was changed elsewhere</source>
        <translation>Esta tarea se cambió en otro lugar</translation>
    </message>
    <message>
        <source>Task changed elsewhere</source>
        <translation>Tarea cambiada en otro lugar</translation>
    </message>
    <message>
        <source>“%1” was changed on another device while you were editing it. Your changes are not saved yet.</source>
        <translation>«%1» se cambió en otro dispositivo mientras la editabas. Tus cambios aún no están guardados.</translation>
    </message>
    <message>
        <source>“%1” was changed on another device (%2) while you were editing it. Your changes are not saved yet.</source>
        <translation>«%1» se cambió en otro dispositivo (%2) mientras la editabas. Tus cambios aún no están guardados.</translation>
    </message>
    <message>
        <source>Both versions have the same content.</source>
        <translation>Las dos versiones tienen el mismo contenido.</translation>
    </message>
    <message>
        <source>Different in the two versions: %1.</source>
        <translation>Diferente en las dos versiones: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reload&lt;/b&gt; shows their version and drops your changes. &lt;b&gt;Overwrite&lt;/b&gt; saves your version over theirs.</source>
        <translation>&lt;b&gt;Recargar&lt;/b&gt; muestra su versión y descarta tus cambios. &lt;b&gt;Sobrescribir&lt;/b&gt; guarda tu versión sobre la suya.</translation>
    </message>
    <message>
        <source>Reload, taking their version</source>
        <translation>Recargar, usando su versión</translation>
    </message>
    <message>
        <source>Overwrite their version with mine</source>
        <translation>Sobrescribir su versión con la mía</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Open</source>
        <comment>verb: a notification&apos;s action, opens the alert</comment>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the message and request id</source>
        <translation>Copiar el mensaje y el id. de solicitud</translation>
    </message>
    <message>
        <source>Copy the message and the request id to the clipboard</source>
        <translation>Copiar el mensaje y el id. de solicitud al portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Id. de solicitud: %1</translation>
    </message>
</context>
<context>
    <name>ExtrasModule</name>
    <message>
        <source>Tasklane&apos;s module %1 could not be loaded (%2). Reinstall Tasklane.</source>
        <translation>No se pudo cargar el módulo %1 de Tasklane (%2). Vuelve a instalar Tasklane.</translation>
    </message>
    <message>
        <source>Tasklane&apos;s module %1 is missing (looked in %2). Reinstall Tasklane.</source>
        <translation>Falta el módulo %1 de Tasklane (se buscó en %2). Vuelve a instalar Tasklane.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>Could not start the local server (%1): %2</source>
        <translation>No se pudo iniciar el servidor local (%1): %2</translation>
    </message>
    <message>
        <source>The local server stopped unexpectedly (exit code %1).</source>
        <translation>El servidor local se detuvo inesperadamente (código de salida %1).</translation>
    </message>
    <message>
        <source>The local server could not start (%1): %2</source>
        <translation>El servidor local no pudo iniciarse (%1): %2</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>se bloqueó</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>No se pudo crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Another Tasklane server (process %1) is using the data folder %2 but does not say where it listens. Stop it and try again.</source>
        <translation>Otro servidor de Tasklane (proceso %1) está usando la carpeta de datos %2, pero no indica dónde escucha. Detenlo e inténtalo de nuevo.</translation>
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
        <translation>El servidor de este equipo no está en marcha.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation>No se pudo crear la cuenta.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>Server busy, retrying in %1 s (attempt %2)…</source>
        <translation>Servidor ocupado, se reintentará en %1 s (intento %2)…</translation>
    </message>
    <message>
        <source>Sign-in link copied to the clipboard.</source>
        <translation>Enlace de inicio de sesión copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Your unsaved changes to “%1” are back. They are not saved yet.</source>
        <translation>Tus cambios sin guardar en «%1» han vuelto. Aún no están guardados.</translation>
    </message>
    <message>
        <source>The unsaved changes of %1 to “%2” were discarded.</source>
        <translation>Se descartaron los cambios sin guardar de %1 en «%2».</translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation>&amp;Nueva tarea</translation>
    </message>
    <message>
        <source>Create a new task</source>
        <translation>Crear una tarea nueva</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Change the settings</source>
        <translation>Cambiar la configuración</translation>
    </message>
    <message>
        <source>Account s&amp;ecurity…</source>
        <translation>S&amp;eguridad de la cuenta…</translation>
    </message>
    <message>
        <source>Manage your personal access tokens and signed-in sessions, and see the security log</source>
        <translation>Gestiona tus tokens de acceso personal y sesiones iniciadas, y consulta el registro de seguridad</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Administración…</translation>
    </message>
    <message>
        <source>Manage users: their sessions, tokens and two-factor authentication, and the audit log</source>
        <translation>Gestionar usuarios: sus sesiones, tokens y autenticación de dos factores, y el registro de auditoría</translation>
    </message>
    <message>
        <source>Administration needs &amp;two-factor authentication…</source>
        <translation>La administración requiere autenticación de dos &amp;factores…</translation>
    </message>
    <message>
        <source>This server gives administration only to accounts with two-factor authentication. Turn it on now, then sign in again.</source>
        <translation>Este servidor solo da administración a cuentas con autenticación de dos factores. Actívala ahora y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Sign in again for &amp;administration…</source>
        <translation>Volver a iniciar sesión para la &amp;administración…</translation>
    </message>
    <message>
        <source>Two-factor authentication is on: sign in again to get administration.</source>
        <translation>La autenticación de dos factores está activada: vuelve a iniciar sesión para obtener administración.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>Sign out of this server</source>
        <translation>Cerrar la sesión en este servidor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Tasklane</source>
        <translation>Salir de Tasklane</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>Bring back the task deleted last</source>
        <translation>Recuperar la última tarea eliminada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected task</source>
        <translation>Eliminar la tarea seleccionada</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search the tasks</source>
        <translation>Buscar en las tareas</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load the tasks again</source>
        <translation>Volver a cargar las tareas</translation>
    </message>
    <message>
        <source>&amp;About Tasklane</source>
        <translation>&amp;Acerca de Tasklane</translation>
    </message>
    <message>
        <source>About Tasklane</source>
        <translation>Acerca de Tasklane</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. Sign in again to get administration (in the menu: Sign in again for administration).</source>
        <translation>La autenticación de dos factores está activada. Vuelve a iniciar sesión para obtener administración (en el menú: Volver a iniciar sesión para la administración).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Looking for a Tasklane server at %1…</source>
        <translation>Buscando un servidor de Tasklane en %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Your unsaved changes to “%1” will be restored after you sign in again as %2. They are kept in this window only: quitting Tasklane discards them.</source>
        <translation>Tus cambios sin guardar en «%1» se restaurarán cuando vuelvas a iniciar sesión como %2. Solo se conservan en esta ventana: al salir de Tasklane se descartan.</translation>
    </message>
    <message>
        <source>Starting the server on this computer…</source>
        <translation>Iniciando el servidor en este equipo…</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>Iniciando sesión en %1 como %2…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>&amp;Two-factor</source>
        <translation>&amp;Dos factores</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tasklane %1&lt;/h3&gt;&lt;p&gt;Your tasks, on your own server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tasklane %1&lt;/h3&gt;&lt;p&gt;Tus tareas, en tu propio servidor.&lt;/p&gt;&lt;p&gt;Creado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign in to manage your account security.</source>
        <translation>Inicia sesión para gestionar la seguridad de tu cuenta.</translation>
    </message>
    <message>
        <source>Account security is not available when signed in with a personal access token: sign in with your browser to manage tokens and sessions.</source>
        <translation>La seguridad de la cuenta no está disponible con una sesión iniciada mediante un token de acceso personal: inicia sesión con el navegador para gestionar tokens y sesiones.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>Server: this computer</source>
        <translation>Servidor: este equipo</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
</context>
<context>
    <name>NewServiceClientDialog</name>
    <message>
        <source>New service account</source>
        <translation>Nueva cuenta de servicio</translation>
    </message>
    <message>
        <source>A service account lets a program use one user&apos;s tasks without anyone signing in. It gets a secret, shown once.</source>
        <translation>Una cuenta de servicio permite a un programa usar las tareas de un usuario sin que nadie inicie sesión. Recibe un secreto, que se muestra una sola vez.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name of the service account</source>
        <translation>Nombre de la cuenta de servicio</translation>
    </message>
    <message>
        <source>e.g. Nightly export</source>
        <translation>p. ej. Exportación nocturna</translation>
    </message>
    <message>
        <source>Acts for &amp;user:</source>
        <translation>Actúa por el &amp;usuario:</translation>
    </message>
    <message>
        <source>User name of the account whose tasks it uses</source>
        <translation>Nombre de usuario de la cuenta cuyas tareas usa</translation>
    </message>
    <message>
        <source>&amp;Read tasks</source>
        <translation>&amp;Leer tareas</translation>
    </message>
    <message>
        <source>&amp;Change tasks</source>
        <translation>&amp;Modificar tareas</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NewTokenDialog</name>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>&amp;Código de dos factores:</translation>
    </message>
    <message>
        <source>Creating the token</source>
        <translation>Creando el token</translation>
    </message>
    <message>
        <source>C&amp;reate token</source>
        <translation>C&amp;rear token</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>New personal access token</source>
        <translation>Nuevo token de acceso personal</translation>
    </message>
    <message>
        <source>A personal access token lets a script or another app use Tasklane as you, without your password. Give it only the access it needs. It cannot change your security settings.</source>
        <translation>Un token de acceso personal permite que un script u otra aplicación use Tasklane en tu nombre, sin tu contraseña. Dale solo el acceso que necesite. No puede cambiar tu configuración de seguridad.</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nombre del token</translation>
    </message>
    <message>
        <source>For example: Backup script</source>
        <translation>Por ejemplo: Script de copia de seguridad</translation>
    </message>
    <message>
        <source>So you can tell your tokens apart later.</source>
        <translation>Para que puedas distinguir tus tokens más adelante.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Token expires after</source>
        <translation>El token caduca tras</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Código de dos factores</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation>El código de 6 dígitos de tu aplicación de autenticación</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>Ca&amp;duca tras:</translation>
    </message>
    <message>
        <source>Create the token</source>
        <translation>Crear el token</translation>
    </message>
    <message>
        <source>Cancel without creating a token</source>
        <translation>Cancelar sin crear un token</translation>
    </message>
    <message>
        <source>Give the token a name.</source>
        <translation>Ponle un nombre al token.</translation>
    </message>
    <message>
        <source>You already have a token called “%1”. Choose another name.</source>
        <translation>Ya tienes un token llamado «%1». Elige otro nombre.</translation>
    </message>
    <message>
        <source>Choose at least one kind of access.</source>
        <translation>Elige al menos un tipo de acceso.</translation>
    </message>
    <message>
        <source>The token works until you revoke it. Prefer an expiry date unless a script must run unattended for years.</source>
        <translation>El token funciona hasta que lo revoques. Mejor pon una fecha de caducidad, salvo que un script deba funcionar desatendido durante años.</translation>
    </message>
    <message>
        <source>The token stops working on %1.</source>
        <translation>El token deja de funcionar el %1.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Administrador</translation>
    </message>
    <message>
        <source>Creating the account</source>
        <translation>Creando la cuenta</translation>
    </message>
    <message>
        <source>C&amp;reate user</source>
        <translation>C&amp;rear usuario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>The new user gets a one-time password, shown to you once. At their first sign-in they must choose their own.</source>
        <translation>El nuevo usuario recibe una contraseña de un solo uso, que se te muestra una vez. En su primer inicio de sesión debe elegir la suya.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>For example: carol</source>
        <translation>Por ejemplo: carol</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Optional: the username stands in</source>
        <translation>Opcional: si no, se usa el nombre de usuario</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Administrators can manage every account, this one included.</source>
        <translation>Los administradores pueden gestionar todas las cuentas, incluida esta.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre &amp;visible:</translation>
    </message>
    <message>
        <source>Create the user</source>
        <translation>Crear el usuario</translation>
    </message>
    <message>
        <source>Cancel without creating a user</source>
        <translation>Cancelar sin crear un usuario</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Introduce un nombre de usuario.</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Usa letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Introduce una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Enter an address such as name@example.org.</source>
        <translation>Introduce una dirección como nombre@example.org.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
</context>
<context>
    <name>NoticeBanners</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No, sign it out and change my password</source>
        <translation>&amp;No, cerrar esa sesión y cambiar mi contraseña</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>Re&amp;novar…</translation>
    </message>
</context>
<context>
    <name>NoticeService</name>
    <message>
        <source>New sign-in from %1, %2, %3. Was this you?</source>
        <translation>Nuevo inicio de sesión desde %1, %2, %3. ¿Fuiste tú?</translation>
    </message>
    <message>
        <source>Your personal access token “%1” expires %2 (%3).</source>
        <translation>Tu token de acceso personal «%1» caduca %2 (%3).</translation>
    </message>
    <message>
        <source>New sign-in to your account</source>
        <translation>Nuevo inicio de sesión en tu cuenta</translation>
    </message>
    <message>
        <source>A personal access token expires soon</source>
        <translation>Un token de acceso personal caduca pronto</translation>
    </message>
    <message>
        <source>New sign-in from another device, “%1” (%2), %3, %4. Was this you?</source>
        <translation>Nuevo inicio de sesión desde otro dispositivo, «%1» (%2), %3, %4. ¿Fuiste tú?</translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>Could not open a local port to receive the sign-in result.</source>
        <translation>No se pudo abrir un puerto local para recibir el resultado del inicio de sesión.</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in. Please try again.</source>
        <translation>El navegador devolvió una respuesta que no pertenece a este inicio de sesión. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Access was denied in the browser.</source>
        <translation>Se denegó el acceso en el navegador.</translation>
    </message>
    <message>
        <source>Could not open a web browser. Copy the sign-in link and open it yourself.</source>
        <translation>No se pudo abrir un navegador web. Copia el enlace de inicio de sesión y ábrelo tú mismo.</translation>
    </message>
    <message>
        <source>The sign-in answer came from %1, not from the server you chose (%2). For your safety it was refused. Please try again.</source>
        <translation>La respuesta de inicio de sesión vino de %1, no del servidor que elegiste (%2). Por tu seguridad, se rechazó. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The sign-in answer does not say which server it came from, though %1 always says so. For your safety it was refused. Please try again.</source>
        <translation>La respuesta de inicio de sesión no indica de qué servidor vino, aunque %1 siempre lo indica. Por tu seguridad, se rechazó. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>No se pudo llegar al servidor: %1</translation>
    </message>
    <message>
        <source>The server answered the token request with HTTP %1.</source>
        <translation>El servidor respondió a la solicitud del token con HTTP %1.</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Contraseña de un solo uso</translation>
    </message>
    <message>
        <source>Give %1 this one-time password</source>
        <translation>Dale a %1 esta contraseña de un solo uso</translation>
    </message>
    <message>
        <source>This is the only time it is shown: the server keeps only a hash of it. %1 signs in with it once and must then choose a new password before going on.</source>
        <translation>Esta es la única vez que se muestra: el servidor solo guarda un hash de ella. %1 inicia sesión con ella una vez y después debe elegir una contraseña nueva para continuar.</translation>
    </message>
    <message>
        <source>Hand it over in person or through a channel only %1 can read, not in a shared chat or ticket.</source>
        <translation>Entrégala en persona o por un canal que solo %1 pueda leer, no en un chat o una incidencia compartidos.</translation>
    </message>
    <message>
        <source>The one-time password</source>
        <translation>La contraseña de un solo uso</translation>
    </message>
    <message>
        <source>Copy the one-time password to the clipboard</source>
        <translation>Copiar la contraseña de un solo uso al portapapeles</translation>
    </message>
    <message>
        <source>I have &amp;passed it on</source>
        <translation>Ya la he &amp;entregado</translation>
    </message>
    <message>
        <source>Close: the one-time password has been passed on</source>
        <translation>Cerrar: la contraseña de un solo uso ya se ha entregado</translation>
    </message>
</context>
<context>
    <name>PagedModelBase</name>
    <message>
        <source>The list could not be loaded.</source>
        <translation>No se pudo cargar la lista.</translation>
    </message>
</context>
<context>
    <name>PasskeyModel</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Añadida %1</translation>
    </message>
    <message>
        <source>Last signed in %1</source>
        <translation>Último inicio de sesión %1</translation>
    </message>
    <message>
        <source>This passkey has not signed in yet.</source>
        <translation>Esta llave de acceso todavía no se ha usado para iniciar sesión.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
</context>
<context>
    <name>PasskeyService</name>
    <message>
        <source>The server sent no usable link to add a passkey.</source>
        <translation>El servidor no envió ningún enlace válido para añadir una llave de acceso.</translation>
    </message>
</context>
<context>
    <name>PasskeysTab</name>
    <message>
        <source>The passkey “%1” was removed.</source>
        <translation>Se ha quitado la llave de acceso «%1».</translation>
    </message>
    <message>
        <source>The page to add a passkey is open in your browser. Follow it there, then come back: the list updates by itself.</source>
        <translation>La página para añadir una llave de acceso está abierta en tu navegador. Síguela allí y luego vuelve: la lista se actualiza sola.</translation>
    </message>
    <message>
        <source>Could not open a web browser. Open this link yourself within 10 minutes: %1</source>
        <translation>No se pudo abrir un navegador web. Abre tú mismo este enlace en los próximos 10 minutos: %1</translation>
    </message>
    <message>
        <source>Passkeys</source>
        <translation>Llaves de acceso</translation>
    </message>
    <message>
        <source>A passkey signs you in with your fingerprint, face, screen lock or security key instead of a password or a code. It is kept by your device or password manager; the server knows only its public key.</source>
        <translation>Una llave de acceso te permite iniciar sesión con tu huella, tu cara, el bloqueo de pantalla o una llave de seguridad en lugar de una contraseña o un código. La guarda tu dispositivo o tu gestor de contraseñas; el servidor solo conoce su clave pública.</translation>
    </message>
    <message>
        <source>&amp;Add a passkey…</source>
        <translation>&amp;Añadir una llave de acceso…</translation>
    </message>
    <message>
        <source>Add a passkey in the browser</source>
        <translation>Añadir una llave de acceso en el navegador</translation>
    </message>
    <message>
        <source>Opens a page in your browser where you create the passkey</source>
        <translation>Abre en tu navegador una página donde creas la llave de acceso</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected passkey</source>
        <translation>Quitar la llave de acceso seleccionada</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Load the passkeys again</source>
        <translation>Volver a cargar las llaves de acceso</translation>
    </message>
    <message>
        <source>Remove the selected passkey (Delete)</source>
        <translation>Quitar la llave de acceso seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Select a passkey to remove it</source>
        <translation>Selecciona una llave de acceso para quitarla</translation>
    </message>
    <message>
        <source>Remove passkey</source>
        <translation>Quitar llave de acceso</translation>
    </message>
    <message>
        <source>Remove the passkey “%1”?</source>
        <translation>¿Quitar la llave de acceso «%1»?</translation>
    </message>
    <message>
        <source>It no longer signs you in to this server.</source>
        <translation>Ya no te permitirá iniciar sesión en este servidor.</translation>
    </message>
    <message>
        <source>The key stays on your device or in your password manager; delete it there too if you no longer need it.</source>
        <translation>La llave sigue en tu dispositivo o en tu gestor de contraseñas; bórrala también allí si ya no la necesitas.</translation>
    </message>
    <message>
        <source>&amp;Remove passkey</source>
        <translation>&amp;Quitar llave de acceso</translation>
    </message>
    <message>
        <source>Keep the passkey</source>
        <translation>Conservar la llave de acceso</translation>
    </message>
    <message>
        <source>Passkeys need the server to be reached by a host name, not an IP address: browsers refuse passkeys for an address like 127.0.0.1. Ask your administrator to start the server with --issuer and its host name (for example http://localhost:8080).</source>
        <translation>Las llaves de acceso necesitan que se llegue al servidor por un nombre de host, no por una dirección IP: los navegadores rechazan las llaves de acceso para una dirección como 127.0.0.1. Pide a tu administrador que inicie el servidor con --issuer y su nombre de host (por ejemplo http://localhost:8080).</translation>
    </message>
    <message>
        <source>This account has the most passkeys allowed (20). Remove one you no longer use, then add the new one.</source>
        <translation>Esta cuenta ya tiene el máximo de llaves de acceso permitidas (20). Quita una que ya no uses y luego añade la nueva.</translation>
    </message>
    <message>
        <source>The passkeys could not be loaded: %1</source>
        <translation>No se pudieron cargar las llaves de acceso: %1</translation>
    </message>
    <message>
        <source>The passkey was not removed: %1</source>
        <translation>No se quitó la llave de acceso: %1</translation>
    </message>
    <message>
        <source>The page to add a passkey could not be opened: %1</source>
        <translation>No se pudo abrir la página para añadir una llave de acceso: %1</translation>
    </message>
    <message>
        <source>You have no passkeys yet. With one you sign in to this server without typing a password or a code: “Add a passkey…” makes one in your browser.</source>
        <translation>Aún no tienes llaves de acceso. Con una inicias sesión en este servidor sin escribir una contraseña ni un código: «Añadir una llave de acceso…» crea una en tu navegador.</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Enter a new password</source>
        <translation>Introduce una contraseña nueva</translation>
    </message>
    <message>
        <source>Too short: 1 more character</source>
        <translation>Demasiado corta: falta 1 carácter</translation>
    </message>
    <message>
        <source>Too short: %1 more characters</source>
        <translation>Demasiado corta: faltan %1 caracteres</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters</source>
        <translation>Demasiado larga: como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>This is a well-known password or contains your name.</source>
        <translation>Es una contraseña muy conocida o contiene tu nombre.</translation>
    </message>
    <message>
        <source>Make it longer, or mix words, digits and symbols.</source>
        <translation>Hazla más larga o combina palabras, dígitos y símbolos.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>A few more characters or words would make it much stronger.</source>
        <translation>Unos pocos caracteres o palabras más la harían mucho más fuerte.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirma la contraseña nueva</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>Cam&amp;biar contraseña</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Cambiando la contraseña</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Cambia tu contraseña</translation>
    </message>
    <message>
        <source>Changing your password signs out every other device and revokes every personal access token. This app stays signed in.</source>
        <translation>Al cambiar la contraseña se cierra la sesión en todos los demás dispositivos y se revocan todos los tokens de acceso personal. Esta aplicación mantiene la sesión iniciada.</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Seguridad de la contraseña</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Parece que Bloq Mayús está activado.</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation>Aviso de Bloq Mayús</translation>
    </message>
    <message>
        <source>Problem with the new password</source>
        <translation>Problema con la contraseña nueva</translation>
    </message>
    <message>
        <source>Result of the password change</source>
        <translation>Resultado del cambio de contraseña</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Set the new password; every other session and personal access token ends</source>
        <translation>Establecer la contraseña nueva; todas las demás sesiones y tokens de acceso personal terminan</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>Con&amp;firmar contraseña nueva:</translation>
    </message>
    <message>
        <source>No other session was signed out</source>
        <translation>No se cerró ninguna otra sesión</translation>
    </message>
    <message>
        <source>1 other session was signed out</source>
        <translation>Se cerró otra sesión</translation>
    </message>
    <message>
        <source>%1 other sessions were signed out</source>
        <translation>Se cerraron otras %1 sesiones</translation>
    </message>
    <message>
        <source>no personal access token was revoked</source>
        <translation>no se revocó ningún token de acceso personal</translation>
    </message>
    <message>
        <source>1 personal access token was revoked</source>
        <translation>se revocó 1 token de acceso personal</translation>
    </message>
    <message>
        <source>%1 personal access tokens were revoked</source>
        <translation>se revocaron %1 tokens de acceso personal</translation>
    </message>
    <message>
        <source>Password changed. %1 and %2.</source>
        <translation>Contraseña cambiada. %1 y %2.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La contraseña nueva debe ser distinta de la actual.</translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Type the new password again to confirm it.</source>
        <translation>Vuelve a escribir la contraseña nueva para confirmarla.</translation>
    </message>
    <message>
        <source>The current password is not right. Nothing was changed.</source>
        <translation>La contraseña actual no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in a minute.</source>
        <translation>Demasiadas contraseñas incorrectas. Inténtalo de nuevo en un minuto.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in %1 minutes.</source>
        <translation>Demasiadas contraseñas incorrectas. Inténtalo de nuevo en %1 minutos.</translation>
    </message>
</context>
<context>
    <name>PersonalToken</name>
    <message>
        <source>Read tasks</source>
        <translation>Leer tareas</translation>
    </message>
    <message>
        <source>Change tasks</source>
        <translation>Cambiar tareas</translation>
    </message>
    <message>
        <source>Administer users</source>
        <translation>Administrar usuarios</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>Configuración de seguridad</translation>
    </message>
    <message>
        <source>See all your tasks, their notes and labels.</source>
        <translation>Ver todas tus tareas, sus notas y etiquetas.</translation>
    </message>
    <message>
        <source>Create, change, complete and delete your tasks.</source>
        <translation>Crear, cambiar, completar y eliminar tus tareas.</translation>
    </message>
    <message>
        <source>Manage other people&apos;s accounts on this server: their sessions, tokens and two-factor settings. Only for administrators; give it to as few tokens as you can.</source>
        <translation>Gestionar las cuentas de otras personas en este servidor: sus sesiones, tokens y configuración de dos factores. Solo para administradores; dáselo al menor número de tokens posible.</translation>
    </message>
    <message>
        <source>See and change your security settings.</source>
        <translation>Ver y cambiar tu configuración de seguridad.</translation>
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
        <translation>Nunca usado</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Caducado: %1</translation>
    </message>
    <message>
        <source>%1 has expired and no longer works. Revoke it to free its name.</source>
        <translation>%1 ha caducado y ya no funciona. Revócalo para liberar su nombre.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creado el %1</translation>
    </message>
    <message>
        <source>This token has not been used yet.</source>
        <translation>Este token aún no se ha usado.</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation>Último uso: %1</translation>
    </message>
    <message>
        <source>From the address %1</source>
        <translation>Desde la dirección %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>This token works until you revoke it.</source>
        <translation>Este token funciona hasta que lo revoques.</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Caduca el %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Válido hasta el %1</translation>
    </message>
    <message>
        <source>%1 was rotated: a new token replaced it, and this one stops working on %2.</source>
        <translation>%1 se ha rotado: un token nuevo lo sustituye y este deja de funcionar el %2.</translation>
    </message>
    <message>
        <source>Replaced by a new token; works until %1</source>
        <translation>Sustituido por un token nuevo; funciona hasta el %1</translation>
    </message>
</context>
<context>
    <name>PersonalTokensTab</name>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Nuevo token…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation>Tokens de acceso personal</translation>
    </message>
    <message>
        <source>Personal access tokens let scripts and other apps use your tasks without your password. Revoke a token as soon as you no longer need it.</source>
        <translation>Los tokens de acceso personal permiten que scripts y otras aplicaciones usen tus tareas sin tu contraseña. Revoca un token en cuanto ya no lo necesites.</translation>
    </message>
    <message>
        <source>You have no personal access tokens. Create one when a script or another app needs your tasks.</source>
        <translation>No tienes tokens de acceso personal. Crea uno cuando un script u otra aplicación necesite tus tareas.</translation>
    </message>
    <message>
        <source>Create a new token</source>
        <translation>Crear un token nuevo</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Revocar el token seleccionado</translation>
    </message>
    <message>
        <source>Load the tokens again</source>
        <translation>Volver a cargar los tokens</translation>
    </message>
    <message>
        <source>%1 of %2 tokens in use: the most an account can have. Revoke one before you create another.</source>
        <translation>%1 de %2 tokens en uso: el máximo que puede tener una cuenta. Revoca uno antes de crear otro.</translation>
    </message>
    <message>
        <source>%1 of %2 tokens in use.</source>
        <translation>%1 de %2 tokens en uso.</translation>
    </message>
    <message>
        <source>Expired tokens do not count; revoke them to tidy up.</source>
        <translation>Los tokens caducados no cuentan; revócalos para poner orden.</translation>
    </message>
    <message>
        <source>You have %1 active tokens, the most an account can have. Revoke one to create a new one.</source>
        <translation>Tienes %1 tokens activos, el máximo que puede tener una cuenta. Revoca uno para crear uno nuevo.</translation>
    </message>
    <message>
        <source>Create a token for a script or another app</source>
        <translation>Crear un token para un script u otra aplicación</translation>
    </message>
    <message>
        <source>Revoke the selected token (Delete)</source>
        <translation>Revocar el token seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Select a token to revoke it</source>
        <translation>Selecciona un token para revocarlo</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Revocar token</translation>
    </message>
    <message>
        <source>Revoke the token “%1”?</source>
        <translation>¿Revocar el token «%1»?</translation>
    </message>
    <message>
        <source>Scripts and apps that use it stop working at once. It was last used %1. This cannot be undone.</source>
        <translation>Los scripts y aplicaciones que lo usan dejan de funcionar al instante. Se usó por última vez %1. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Scripts and apps that use it stop working at once. This cannot be undone.</source>
        <translation>Los scripts y aplicaciones que lo usan dejan de funcionar al instante. No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Revoke the token</source>
        <translation>Revocar el token</translation>
    </message>
    <message>
        <source>Keep the token</source>
        <translation>Conservar el token</translation>
    </message>
    <message>
        <source>Token “%1”</source>
        <translation>Token «%1»</translation>
    </message>
    <message>
        <source>The tokens could not be loaded: %1</source>
        <translation>No se pudieron cargar los tokens: %1</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>No se revocó el token: %1</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>R&amp;otar…</translation>
    </message>
    <message>
        <source>Rotate the selected token</source>
        <translation>Rotar el token seleccionado</translation>
    </message>
    <message>
        <source>Replace the selected token&apos;s secret with a new one</source>
        <translation>Sustituir el token seleccionado por uno nuevo con el mismo nombre y acceso</translation>
    </message>
    <message>
        <source>Only a token that has neither expired nor been rotated can be rotated</source>
        <translation>Solo se puede rotar un token que no haya caducado ni se haya rotado ya</translation>
    </message>
    <message>
        <source>Select a token to rotate it</source>
        <translation>Selecciona un token para rotarlo</translation>
    </message>
    <message>
        <source>The token “%1” was revoked: scripts and apps that use it no longer work.</source>
        <translation>Se revocó el token «%1»: los scripts y aplicaciones que lo usan ya no funcionan.</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>Setup QR code</source>
        <translation>Código QR de configuración</translation>
    </message>
    <message>
        <source>A QR code for setting up two-factor authentication. Scan it with your authenticator app, or type the key shown next to it.</source>
        <translation>Un código QR para configurar la autenticación de dos factores. Escanéalo con tu aplicación de autenticación o escribe la clave que aparece al lado.</translation>
    </message>
    <message>
        <source>The QR code cannot be shown. %1</source>
        <translation>No se puede mostrar el código QR. %1</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>hace un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>in a minute</source>
        <translation>dentro de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>dentro de %n minuto</numerusform>
            <numerusform>dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>hace una hora</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>in an hour</source>
        <translation>dentro de una hora</translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>dentro de %n hora</numerusform>
            <numerusform>dentro de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>a day ago</source>
        <translation>hace un día</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>in a day</source>
        <translation>dentro de un día</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation>hace un mes</translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>in a month</source>
        <translation>dentro de un mes</translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>dentro de %n mes</numerusform>
            <numerusform>dentro de %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation>hace un año</translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>in a year</source>
        <translation>dentro de un año</translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>dentro de %n año</numerusform>
            <numerusform>dentro de %n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotateServiceClientDialog</name>
    <message>
        <source>Rotate secret</source>
        <translation>Renovar el secreto</translation>
    </message>
    <message>
        <source>“%1” gets a new secret, shown once. Until the service uses it, the old secret can keep working for a while.</source>
        <translation>«%1» recibe un secreto nuevo, que se muestra una sola vez. Hasta que el servicio lo use, el secreto antiguo puede seguir funcionando un tiempo.</translation>
    </message>
    <message>
        <source>Old secret &amp;works for:</source>
        <translation>El secreto antiguo &amp;sirve durante:</translation>
    </message>
    <message>
        <source>How long the old secret keeps working</source>
        <translation>Cuánto tiempo sigue funcionando el secreto antiguo</translation>
    </message>
    <message>
        <source>No time: it stops now</source>
        <translation>Nada: deja de funcionar ya</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>Re&amp;novar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RotateTokenDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>Rotar el token</translation>
    </message>
    <message>
        <source>Rotate the token “%1”? You get a new secret with the same name, access and lifetime (counted from today), shown once. Put it where the old one is used; the old secret then stops working.</source>
        <translation>¿Rotar el token «%1»? Recibirás un token nuevo con el mismo nombre, acceso y duración (contada desde hoy), que se muestra una sola vez. Ponlo donde se usa el anterior; después el anterior deja de funcionar.</translation>
    </message>
    <message>
        <source>Old secret &amp;works for:</source>
        <translation>El anterior &amp;funciona durante:</translation>
    </message>
    <message>
        <source>How long the old secret keeps working</source>
        <translation>Cuánto tiempo sigue funcionando el token anterior</translation>
    </message>
    <message>
        <source>No time: it stops at once</source>
        <translation>Nada: deja de funcionar al instante</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>&amp;Código de dos factores:</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Código de dos factores</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation>El código de 6 dígitos de tu aplicación de autenticación</translation>
    </message>
    <message>
        <source>Rotating the token</source>
        <translation>Rotando el token</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Rotando…</translation>
    </message>
    <message>
        <source>&amp;Rotate token</source>
        <translation>&amp;Rotar token</translation>
    </message>
    <message>
        <source>Rotate the token</source>
        <translation>Rotar este token</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel without rotating the token</source>
        <translation>Cancelar sin rotar el token</translation>
    </message>
    <message>
        <source>Scripts and apps that use the old secret stop working at once. Choose this when the old secret may have leaked.</source>
        <translation>Los scripts y aplicaciones que usan el token anterior dejan de funcionar al instante. Elige esta opción si el token anterior puede haberse filtrado.</translation>
    </message>
    <message>
        <source>Scripts and apps can go on using the old secret until then, which gives you time to put the new one in place.</source>
        <translation>Los scripts y aplicaciones pueden seguir usando el token anterior hasta entonces, lo que te da tiempo para poner el nuevo en su sitio.</translation>
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
        <translation>Cerrar los detalles</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>SecurityLogEntry</name>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión finalizada</translation>
    </message>
    <message>
        <source>Token created</source>
        <translation>Token creado</translation>
    </message>
    <message>
        <source>Token used from a new address</source>
        <translation>Token usado desde una dirección nueva</translation>
    </message>
    <message>
        <source>Token revoked</source>
        <translation>Token revocado</translation>
    </message>
    <message>
        <source>Two-factor turned on</source>
        <translation>Dos factores activados</translation>
    </message>
    <message>
        <source>Two-factor turned off</source>
        <translation>Dos factores desactivados</translation>
    </message>
    <message>
        <source>Wrong two-factor code</source>
        <translation>Código de dos factores incorrecto</translation>
    </message>
    <message>
        <source>Two-factor codes locked</source>
        <translation>Códigos de dos factores bloqueados</translation>
    </message>
    <message>
        <source>Backup code used</source>
        <translation>Código de respaldo usado</translation>
    </message>
    <message>
        <source>New backup codes</source>
        <translation>Códigos de respaldo nuevos</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Session ended by an administrator</source>
        <translation>Sesión finalizada por un administrador</translation>
    </message>
    <message>
        <source>Token revoked by an administrator</source>
        <translation>Token revocado por un administrador</translation>
    </message>
    <message>
        <source>Everything revoked by an administrator</source>
        <translation>Todo revocado por un administrador</translation>
    </message>
    <message>
        <source>Two-factor reset by an administrator</source>
        <translation>Dos factores restablecidos por un administrador</translation>
    </message>
    <message>
        <source>Account disabled by an administrator</source>
        <translation>Cuenta desactivada por un administrador</translation>
    </message>
    <message>
        <source>Account enabled by an administrator</source>
        <translation>Cuenta activada por un administrador</translation>
    </message>
    <message>
        <source>Account created by an administrator</source>
        <translation>Cuenta creada por un administrador</translation>
    </message>
    <message>
        <source>Password reset by an administrator</source>
        <translation>Contraseña restablecida por un administrador</translation>
    </message>
    <message>
        <source>Role changed by an administrator</source>
        <translation>Rol cambiado por un administrador</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Contraseña incorrecta</translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation>La cuenta está desactivada</translation>
    </message>
    <message>
        <source>Wrong current password when changing the password</source>
        <translation>Contraseña actual incorrecta al cambiar la contraseña</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>No attempts left</source>
        <translation>No quedan intentos</translation>
    </message>
    <message>
        <source>1 attempt left</source>
        <translation>Queda 1 intento</translation>
    </message>
    <message numerus="yes">
        <source>%n attempts left</source>
        <translation>
            <numerusform>Queda %n intento</numerusform>
            <numerusform>Quedan %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Codes refused until %1</source>
        <translation>Códigos rechazados hasta el %1</translation>
    </message>
    <message>
        <source>1 backup code left</source>
        <translation>Queda 1 código de respaldo</translation>
    </message>
    <message numerus="yes">
        <source>%n backup codes left</source>
        <translation>
            <numerusform>Queda %n código de respaldo</numerusform>
            <numerusform>Quedan %n códigos de respaldo</numerusform>
        </translation>
    </message>
    <message>
        <source>The old backup codes no longer work</source>
        <translation>Los códigos de respaldo anteriores ya no funcionan</translation>
    </message>
    <message>
        <source>Chosen at the first sign-in with a one-time password</source>
        <translation>Elegida en el primer inicio de sesión con una contraseña de un solo uso</translation>
    </message>
    <message>
        <source>1 other session signed out</source>
        <translation>Otra sesión cerrada</translation>
    </message>
    <message numerus="yes">
        <source>%n other sessions signed out</source>
        <translation>
            <numerusform>%n otra sesión cerrada</numerusform>
            <numerusform>Otras %n sesiones cerradas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 token revoked</source>
        <translation>1 token revocado</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens revoked</source>
        <translation>
            <numerusform>%n token revocado</numerusform>
            <numerusform>%n tokens revocados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, por %2</translation>
    </message>
    <message>
        <source>An unnamed device</source>
        <translation>Un dispositivo sin nombre</translation>
    </message>
    <message>
        <source>%1 revoked, by %2</source>
        <translation>%1 revocados, por %2</translation>
    </message>
    <message>
        <source>Made an administrator, by %1</source>
        <translation>Nombrado administrador, por %1</translation>
    </message>
    <message>
        <source>No longer an administrator, by %1</source>
        <translation>Ya no es administrador, por %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Inicios de sesión</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Dos factores</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>with the password</source>
        <translation>con la contraseña</translation>
    </message>
    <message>
        <source>with the password and an authenticator code</source>
        <translation>con la contraseña y un código de autenticación</translation>
    </message>
    <message>
        <source>with the password and a backup code</source>
        <translation>con la contraseña y un código de respaldo</translation>
    </message>
    <message>
        <source>signed out from the account&apos;s security settings</source>
        <translation>sesión cerrada desde la configuración de seguridad de la cuenta</translation>
    </message>
    <message>
        <source>signed out with “Sign out all other sessions”</source>
        <translation>sesión cerrada con «Cerrar todas las demás sesiones»</translation>
    </message>
    <message>
        <source>signed out on that device</source>
        <translation>sesión cerrada en ese dispositivo</translation>
    </message>
    <message>
        <source>signed out by an administrator</source>
        <translation>sesión cerrada por un administrador</translation>
    </message>
    <message>
        <source>signed out because the account was disabled</source>
        <translation>sesión cerrada porque se desactivó la cuenta</translation>
    </message>
    <message>
        <source>signed out because the password was changed</source>
        <translation>sesión cerrada porque se cambió la contraseña</translation>
    </message>
    <message>
        <source>ended because one of its old sign-in tokens was used again, so it may have leaked</source>
        <translation>sesión finalizada porque se volvió a usar uno de sus antiguos tokens de inicio de sesión; es posible que se haya filtrado</translation>
    </message>
    <message>
        <source>ended because its one-time sign-in code was used twice, so it may have been intercepted</source>
        <translation>sesión finalizada porque su código de inicio de sesión de un solo uso se usó dos veces; es posible que se haya interceptado</translation>
    </message>
    <message>
        <source>the server&apos;s command line</source>
        <translation>la línea de órdenes del servidor</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>1 token</source>
        <translation>1 token</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Token rotated</source>
        <translation>Token rotado</translation>
    </message>
    <message>
        <source>signed out because you said the new sign-in was not you</source>
        <translation>sesión cerrada porque indicaste que el nuevo inicio de sesión no fuiste tú</translation>
    </message>
    <message>
        <source>New sign-in flagged</source>
        <translation>Nuevo inicio de sesión señalado</translation>
    </message>
    <message>
        <source>New sign-in confirmed</source>
        <translation>Nuevo inicio de sesión confirmado</translation>
    </message>
    <message>
        <source>New sign-in denied</source>
        <translation>Nuevo inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>with the password and a passkey</source>
        <translation>con la contraseña y una llave de acceso</translation>
    </message>
    <message>
        <source>with a passkey</source>
        <translation>con una llave de acceso</translation>
    </message>
    <message>
        <source>Passkey added</source>
        <translation>Llave de acceso añadida</translation>
    </message>
    <message>
        <source>Passkey removed</source>
        <translation>Llave de acceso eliminada</translation>
    </message>
    <message>
        <source>Passkey counter went backwards</source>
        <translation>El contador de la llave de acceso retrocedió</translation>
    </message>
    <message>
        <source>%1 may have been copied: its sign-in was refused</source>
        <translation>Es posible que %1 se haya copiado: se rechazó el inicio de sesión</translation>
    </message>
    <message>
        <source>A new device, %1: %2</source>
        <translation>Un dispositivo nuevo, %1: %2</translation>
    </message>
</context>
<context>
    <name>SecurityLogModel</name>
    <message>
        <source>The security log could not be loaded.</source>
        <translation>No se pudo cargar el registro de seguridad.</translation>
    </message>
    <message>
        <source>%1. If this was not you, sign out the other sessions and revoke tokens you do not recognise.</source>
        <translation>%1. Si no fuiste tú, cierra las otras sesiones y revoca los tokens que no reconozcas.</translation>
    </message>
    <message>
        <source>The address the request came from</source>
        <translation>La dirección de la que vino la solicitud</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
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
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>Security log</source>
        <translation>Registro de seguridad</translation>
    </message>
    <message>
        <source>Show events of kind</source>
        <translation>Mostrar eventos del tipo</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>M&amp;ostrar:</translation>
    </message>
    <message>
        <source>Search the security log</source>
        <translation>Buscar en el registro de seguridad</translation>
    </message>
    <message>
        <source>Search events, names and addresses</source>
        <translation>Buscar eventos, nombres y direcciones</translation>
    </message>
    <message>
        <source>Load the security log again</source>
        <translation>Volver a cargar el registro de seguridad</translation>
    </message>
    <message>
        <source>Try loading the security log again</source>
        <translation>Intentar cargar el registro de seguridad de nuevo</translation>
    </message>
    <message>
        <source>Load older events</source>
        <translation>Cargar eventos anteriores</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Cargando eventos…</translation>
    </message>
    <message>
        <source>No events of this kind.</source>
        <translation>No hay eventos de este tipo.</translation>
    </message>
    <message>
        <source>Nothing has happened to this account yet.</source>
        <translation>Aún no ha pasado nada en esta cuenta.</translation>
    </message>
    <message>
        <source>No events match among the %1 loaded.</source>
        <translation>Ningún evento coincide entre los %1 cargados.</translation>
    </message>
    <message>
        <source>%1 of %2 loaded events match.</source>
        <translation>%1 de %2 eventos cargados coinciden.</translation>
    </message>
    <message>
        <source>The %1 most recent events of this kind.</source>
        <translation>Los %1 eventos más recientes de este tipo.</translation>
    </message>
    <message>
        <source>The %1 most recent events.</source>
        <translation>Los %1 eventos más recientes.</translation>
    </message>
    <message>
        <source>All %1 events of this kind.</source>
        <translation>Los %1 eventos de este tipo.</translation>
    </message>
    <message>
        <source>All %1 events.</source>
        <translation>Los %1 eventos.</translation>
    </message>
    <message>
        <source>The security log could not be loaded: %1</source>
        <translation>No se pudo cargar el registro de seguridad: %1</translation>
    </message>
</context>
<context>
    <name>SecurityService</name>
    <message>
        <source>The server did not send the new token.</source>
        <translation>El servidor no envió el token nuevo.</translation>
    </message>
    <message>
        <source>You signed this device out in Account security.</source>
        <translation>Cerraste la sesión de este dispositivo en Seguridad de la cuenta.</translation>
    </message>
    <message>
        <source>The server did not say how many sessions it ended.</source>
        <translation>El servidor no indicó cuántas sesiones cerró.</translation>
    </message>
    <message>
        <source>The server did not say what the change signed out.</source>
        <translation>El servidor no indicó qué sesiones cerró el cambio.</translation>
    </message>
</context>
<context>
    <name>ServerDiscovery</name>
    <message>
        <source>No Tasklane server was found at %1: it does not publish OAuth server metadata (HTTP 404). Check the address.</source>
        <translation>No se encontró ningún servidor de Tasklane en %1: no publica metadatos de servidor OAuth (HTTP 404). Comprueba la dirección.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer with OAuth server metadata (the answer is not JSON). Is this a Tasklane server?</source>
        <translation>El servidor en %1 no respondió con metadatos de servidor OAuth (la respuesta no es JSON). ¿Es un servidor de Tasklane?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter one like https://tasks.example.org.</source>
        <translation>&quot;%1&quot; no es una dirección de servidor. Introduce una como https://tasks.example.org.</translation>
    </message>
    <message>
        <source>The server address %1 does not use https. Tasklane only talks to servers on other computers over https, so that passwords and tokens cannot be read on the way. Use https://%2 instead.</source>
        <translation>La dirección de servidor %1 no usa https. Tasklane solo se comunica con servidores de otros equipos mediante https, para que las contraseñas y los tokens no se puedan leer por el camino. Usa https://%2 en su lugar.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer with OAuth server metadata (expected a JSON object). Is this a Tasklane server?</source>
        <translation>El servidor en %1 no respondió con metadatos de servidor OAuth (se esperaba un objeto JSON). ¿Es un servidor de Tasklane?</translation>
    </message>
    <message>
        <source>The server at %1 does not say where to sign in (&quot;%2&quot; is missing from its OAuth metadata). Is this a Tasklane server?</source>
        <translation>El servidor en %1 no indica dónde iniciar sesión (falta &quot;%2&quot; en sus metadatos OAuth). ¿Es un servidor de Tasklane?</translation>
    </message>
    <message>
        <source>The server at %1 published an invalid &quot;%2&quot; in its OAuth metadata.</source>
        <translation>El servidor en %1 publicó un &quot;%2&quot; no válido en sus metadatos OAuth.</translation>
    </message>
    <message>
        <source>The server at %1 published an insecure &quot;%2&quot; (%3); Tasklane only signs in over https.</source>
        <translation>El servidor en %1 publicó un &quot;%2&quot; no seguro (%3); Tasklane solo inicia sesión mediante https.</translation>
    </message>
    <message>
        <source>The server at %1 does not name its issuer in its OAuth metadata.</source>
        <translation>El servidor en %1 no indica su emisor en sus metadatos OAuth.</translation>
    </message>
    <message>
        <source>The server at %1 says its address is %2. Use that address, or ask the server&apos;s administrator to set the right issuer.</source>
        <translation>El servidor en %1 dice que su dirección es %2. Usa esa dirección o pide al administrador del servidor que configure el emisor correcto.</translation>
    </message>
    <message>
        <source>The server at %1 does not support PKCE with S256 (code_challenge_methods_supported), which Tasklane needs for a safe sign-in.</source>
        <translation>El servidor en %1 no admite PKCE con S256 (code_challenge_methods_supported), que Tasklane necesita para iniciar sesión de forma segura.</translation>
    </message>
</context>
<context>
    <name>ServiceClientModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>Revocada (%1)</translation>
    </message>
    <message>
        <source>Rotated; the old secret works until %1</source>
        <translation>Renovado; el secreto antiguo funciona hasta el %1</translation>
    </message>
    <message>
        <source>Rotated %1</source>
        <translation>Renovado (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Client id: %1</source>
        <translation>Id. de cliente: %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acts for</source>
        <translation>Actúa por</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
</context>
<context>
    <name>ServiceClientService</name>
    <message>
        <source>There is no user named %1.</source>
        <translation>No hay ningún usuario llamado %1.</translation>
    </message>
</context>
<context>
    <name>ServiceClientsTab</name>
    <message>
        <source>Revoke service account</source>
        <translation>Revocar la cuenta de servicio</translation>
    </message>
    <message>
        <source>Revoke “%1”?</source>
        <translation>¿Revocar «%1»?</translation>
    </message>
    <message>
        <source>Its secret stops working, and so do the tokens it has now, from their next request.</source>
        <translation>Su secreto deja de funcionar, y también los tokens que tiene ahora, desde su próxima solicitud.</translation>
    </message>
    <message>
        <source>This cannot be undone: the service needs a new service account.</source>
        <translation>No se puede deshacer: el servicio necesitará una cuenta de servicio nueva.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>Conservar «%1»</translation>
    </message>
    <message>
        <source>The service accounts could not be loaded: %1</source>
        <translation>No se pudieron cargar las cuentas de servicio: %1</translation>
    </message>
    <message>
        <source>The service account could not be created: %1</source>
        <translation>No se pudo crear la cuenta de servicio: %1</translation>
    </message>
    <message>
        <source>The secret could not be rotated: %1</source>
        <translation>No se pudo renovar el secreto: %1</translation>
    </message>
    <message>
        <source>The service account could not be revoked: %1</source>
        <translation>No se pudo revocar la cuenta de servicio: %1</translation>
    </message>
    <message>
        <source>Loading the service accounts…</source>
        <translation>Cargando las cuentas de servicio…</translation>
    </message>
    <message>
        <source>No service accounts yet.</source>
        <translation>Todavía no hay cuentas de servicio.</translation>
    </message>
    <message>
        <source>1 service account.</source>
        <translation>1 cuenta de servicio.</translation>
    </message>
    <message>
        <source>%1 service accounts.</source>
        <translation>%1 cuentas de servicio.</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>Cuentas de servicio</translation>
    </message>
    <message>
        <source>Programs that use one user&apos;s tasks without anyone signing in (OAuth client credentials). Each has a secret, shown once.</source>
        <translation>Programas que usan las tareas de un usuario sin que nadie inicie sesión (OAuth client credentials). Cada uno tiene un secreto, que se muestra una sola vez.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>Create a service account</source>
        <translation>Crear una cuenta de servicio</translation>
    </message>
    <message>
        <source>R&amp;otate secret…</source>
        <translation>Reno&amp;var el secreto…</translation>
    </message>
    <message>
        <source>Give the selected service account a new secret</source>
        <translation>Dar un secreto nuevo a la cuenta de servicio seleccionada</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Revoke the selected service account</source>
        <translation>Revocar la cuenta de servicio seleccionada</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Load the service accounts again</source>
        <translation>Volver a cargar las cuentas de servicio</translation>
    </message>
</context>
<context>
    <name>ServiceSecretDialog</name>
    <message>
        <source>Service account secret</source>
        <translation>Secreto de la cuenta de servicio</translation>
    </message>
    <message>
        <source>Copy the secret of “%1” now</source>
        <translation>Copie ahora el secreto de «%1»</translation>
    </message>
    <message>
        <source>This is the only time the secret is shown; the server keeps only a fingerprint of it. The service signs in with the client id %1 and this secret.</source>
        <translation>Es la única vez que se muestra el secreto; el servidor solo guarda una huella de él. El servicio inicia sesión con el id. de cliente %1 y este secreto.</translation>
    </message>
    <message>
        <source>Anyone who has the secret can use the owner&apos;s tasks with the scopes of this service account: keep it in the service&apos;s secret store, not in chats, tickets or email.</source>
        <translation>Quien tenga el secreto puede usar las tareas del propietario con el acceso de esta cuenta de servicio: guárdelo en el almacén de secretos del servicio, no en chats, tickets ni correos.</translation>
    </message>
    <message>
        <source>The service account&apos;s secret</source>
        <translation>El secreto de la cuenta de servicio</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copiar el secreto al portapapeles</translation>
    </message>
    <message>
        <source>I have &amp;saved it</source>
        <translation>Lo he &amp;guardado</translation>
    </message>
    <message>
        <source>Close: the secret has been saved</source>
        <translation>Cerrar: el secreto se ha guardado</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>Tasklane on %1</source>
        <translation>Tasklane en %1</translation>
    </message>
    <message>
        <source>You are already signed in. Sign out first.</source>
        <translation>Ya has iniciado sesión. Cierra la sesión primero.</translation>
    </message>
    <message>
        <source>Connect to a server before signing in.</source>
        <translation>Conéctate a un servidor antes de iniciar sesión.</translation>
    </message>
    <message>
        <source>Paste a personal access token.</source>
        <translation>Pega un token de acceso personal.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read because the keychain is not available (%1). Please sign in.</source>
        <translation>No se pudo leer el inicio de sesión guardado porque el llavero no está disponible (%1). Inicia sesión.</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 was found on this computer. Please sign in.</source>
        <translation>No se encontró ningún inicio de sesión guardado para %1 en este equipo. Inicia sesión.</translation>
    </message>
    <message>
        <source>The server did not say who is signed in (GET /v1/me).</source>
        <translation>El servidor no indicó quién ha iniciado sesión (GET /v1/me).</translation>
    </message>
    <message>
        <source>The server did not accept this token (%1) Check that you copied all of it and that it has not expired or been revoked.</source>
        <translation>El servidor no aceptó este token (%1). Comprueba que lo copiaste entero y que no ha caducado ni se ha revocado.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Tu sesión ha finalizado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server no longer accepts your personal access token.</source>
        <translation>El servidor ya no acepta tu token de acceso personal.</translation>
    </message>
    <message>
        <source>Could not renew the sign-in: %1</source>
        <translation>No se pudo renovar el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Tasklane cannot use the system keychain (%1), so this sign-in will not be remembered: you will need to sign in again next time you start Tasklane.</source>
        <translation>Tasklane no puede usar el llavero del sistema (%1), así que este inicio de sesión no se recordará: tendrás que volver a iniciar sesión la próxima vez que abras Tasklane.</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (este dispositivo)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>This is the session of this app. Revoking it signs this app out.</source>
        <translation>Esta es la sesión de esta aplicación. Si la revocas, se cerrará la sesión de esta aplicación.</translation>
    </message>
    <message>
        <source>Application id: %1</source>
        <translation>Id. de aplicación: %1</translation>
    </message>
    <message>
        <source>The address of the most recent activity</source>
        <translation>La dirección de la actividad más reciente</translation>
    </message>
    <message>
        <source>The device did not say which software it is.</source>
        <translation>El dispositivo no indicó qué software es.</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation>Sesión iniciada el %1</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Última actividad: %1</translation>
    </message>
    <message>
        <source>The server did not say when this session ends.</source>
        <translation>El servidor no indicó cuándo finaliza esta sesión.</translation>
    </message>
    <message>
        <source>The server ends this session %1 if it is not used before then. Each use moves the end, up to the longest time the server lets a session last.</source>
        <translation>El servidor finaliza esta sesión el %1 si no se usa antes. Cada uso aplaza el final, hasta el tiempo máximo que el servidor permite que dure una sesión.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Finaliza</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Sign out &amp;all other sessions…</source>
        <translation>Cerrar todas las demás sesio&amp;nes…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>Sesiones iniciadas</translation>
    </message>
    <message>
        <source>These devices are signed in to your account. If you do not recognise one, revoke it: it is signed out at once and must sign in with your password again.</source>
        <translation>Estos dispositivos tienen la sesión iniciada en tu cuenta. Si no reconoces alguno, revócalo: su sesión se cierra al instante y deberá volver a iniciar sesión con tu contraseña.</translation>
    </message>
    <message>
        <source>Revoke the selected session</source>
        <translation>Revocar la sesión seleccionada</translation>
    </message>
    <message>
        <source>Sign out all other sessions</source>
        <translation>Cerrar todas las demás sesiones</translation>
    </message>
    <message>
        <source>Load the sessions again</source>
        <translation>Volver a cargar las sesiones</translation>
    </message>
    <message>
        <source>“%1” was signed out.</source>
        <translation>Se cerró la sesión de «%1».</translation>
    </message>
    <message>
        <source>There were no other sessions to sign out.</source>
        <translation>No había otras sesiones que cerrar.</translation>
    </message>
    <message>
        <source>1 other session was signed out.</source>
        <translation>Se cerró otra sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n other sessions were signed out.</source>
        <translation>
            <numerusform>Se cerró %n sesión adicional.</numerusform>
            <numerusform>Se cerraron otras %n sesiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a session to revoke it</source>
        <translation>Selecciona una sesión para revocarla</translation>
    </message>
    <message>
        <source>Sign this app out (Delete)</source>
        <translation>Cerrar la sesión de esta aplicación (Supr)</translation>
    </message>
    <message>
        <source>Sign the selected device out (Delete)</source>
        <translation>Cerrar la sesión del dispositivo seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Sign out every device except this one</source>
        <translation>Cerrar la sesión en todos los dispositivos excepto este</translation>
    </message>
    <message>
        <source>No other device is signed in</source>
        <translation>Ningún otro dispositivo tiene la sesión iniciada</translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>Revocar sesión</translation>
    </message>
    <message>
        <source>Sign this app out?</source>
        <translation>¿Cerrar la sesión de esta aplicación?</translation>
    </message>
    <message>
        <source>“%1” is this device. Revoking its session signs Tasklane out here at once; you will need your password to sign in again.</source>
        <translation>«%1» es este dispositivo. Si revocas su sesión, Tasklane cerrará la sesión aquí al instante; necesitarás tu contraseña para volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>&amp;Sign out this app</source>
        <translation>C&amp;errar la sesión de esta aplicación</translation>
    </message>
    <message>
        <source>Sign out “%1”?</source>
        <translation>¿Cerrar la sesión de «%1»?</translation>
    </message>
    <message>
        <source>That device is signed out at once and needs the password to sign in again.</source>
        <translation>La sesión de ese dispositivo se cierra al instante y necesitará la contraseña para volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Conservar la sesión</translation>
    </message>
    <message>
        <source>Sign out the other signed-in device?</source>
        <translation>¿Cerrar la sesión del otro dispositivo?</translation>
    </message>
    <message>
        <source>Sign out the %1 other signed-in devices?</source>
        <translation>¿Cerrar la sesión de los otros %1 dispositivos?</translation>
    </message>
    <message>
        <source>Every device except this one is signed out at once. Personal access tokens are not affected; revoke them on the Tokens tab.</source>
        <translation>Todos los dispositivos excepto este cierran la sesión al instante. Los tokens de acceso personal no se ven afectados; revócalos en la pestaña Tokens.</translation>
    </message>
    <message>
        <source>Sign &amp;out others</source>
        <translation>Cerrar &amp;las demás</translation>
    </message>
    <message>
        <source>Keep the other sessions</source>
        <translation>Conservar las otras sesiones</translation>
    </message>
    <message>
        <source>Session of “%1”</source>
        <translation>Sesión de «%1»</translation>
    </message>
    <message>
        <source>The sessions could not be loaded: %1</source>
        <translation>No se pudieron cargar las sesiones: %1</translation>
    </message>
    <message>
        <source>The session was not revoked: %1</source>
        <translation>No se revocó la sesión: %1</translation>
    </message>
    <message>
        <source>The other sessions were not signed out: %1</source>
        <translation>No se cerraron las otras sesiones: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>C&amp;hange server…</source>
        <translation>Cam&amp;biar servidor…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Este equipo (%1)</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>Cambiar servidor</translation>
    </message>
    <message>
        <source>Signs you out and lets you choose another server</source>
        <translation>Cierra tu sesión y te permite elegir otro servidor</translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation>Orden del navegador</translation>
    </message>
    <message>
        <source>The system&apos;s default browser</source>
        <translation>El navegador predeterminado del sistema</translation>
    </message>
    <message>
        <source>The sign-in address is added as the last argument, for example: firefox --private-window. Leave empty to use the system&apos;s default browser.</source>
        <translation>La dirección de inicio de sesión se añade como último argumento, por ejemplo: firefox --private-window. Déjalo vacío para usar el navegador predeterminado del sistema.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Tasklane follows the system&apos;s theme and colours.</source>
        <translation>Tasklane sigue el tema y los colores del sistema.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Browser command:</source>
        <translation>Orden del &amp;navegador:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>This run&apos;s language was chosen on the command line (--lang); a new language here takes effect when Tasklane is started without it.</source>
        <translation>El idioma de esta ejecución se eligió en la línea de órdenes (--lang); un idioma elegido aquí se aplicará cuando Tasklane se inicie sin esa opción.</translation>
    </message>
    <message>
        <source>A new language takes effect at once.</source>
        <translation>Un idioma nuevo se aplica al instante.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>C&amp;hange server…</source>
        <translation>Cam&amp;biar servidor…</translation>
    </message>
    <message>
        <source>Sign in with your &amp;browser</source>
        <translation>Iniciar sesión con el &amp;navegador</translation>
    </message>
    <message>
        <source>Sign in with &amp;token</source>
        <translation>Iniciar sesión con &amp;token</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>Cambiar servidor</translation>
    </message>
    <message>
        <source>With your browser</source>
        <translation>Con el navegador</translation>
    </message>
    <message>
        <source>Tasklane opens the server&apos;s sign-in page in your web browser. Your password is typed there, never into this app.</source>
        <translation>Tasklane abre la página de inicio de sesión del servidor en tu navegador web. Tu contraseña se escribe allí, nunca en esta aplicación.</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Iniciar sesión con el navegador</translation>
    </message>
    <message>
        <source>With a personal access token</source>
        <translation>Con un token de acceso personal</translation>
    </message>
    <message>
        <source>For computers without a browser: paste a token created in your account&apos;s security settings on another device.</source>
        <translation>Para equipos sin navegador: pega un token creado en la configuración de seguridad de tu cuenta en otro dispositivo.</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acceso personal</translation>
    </message>
    <message>
        <source>tlp_…</source>
        <translation>tlp_…</translation>
    </message>
    <message>
        <source>Sign in with the token</source>
        <translation>Iniciar sesión con el token</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Server: this computer (%1)</source>
        <translation>Servidor: este equipo (%1)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
</context>
<context>
    <name>SignedInSession</name>
    <message>
        <source>Unnamed device</source>
        <translation>Dispositivo sin nombre</translation>
    </message>
    <message>
        <source>Tasklane for desktop</source>
        <translation>Tasklane para escritorio</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Select a task to see and edit its details.</source>
        <translation>Selecciona una tarea para ver y editar sus detalles.</translation>
    </message>
    <message>
        <source>Du&amp;e date:</source>
        <translation>&amp;Fecha de vencimiento:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Detalles de la tarea</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Tiene fecha de vencimiento</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>home, errands</source>
        <translation>casa, recados</translation>
    </message>
    <message>
        <source>Labels, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Save the task</source>
        <translation>Guardar la tarea</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Guardar (%1)</translation>
    </message>
    <message>
        <source>Revert the task</source>
        <translation>Revertir la tarea</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Último cambio: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>The tasks could not be loaded.</source>
        <translation>No se pudieron cargar las tareas.</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>The server sent no task.</source>
        <translation>El servidor no envió ninguna tarea.</translation>
    </message>
    <message>
        <source>The server answered the task list with something that is not one.</source>
        <translation>El servidor respondió a la lista de tareas con algo que no es una lista.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Loading tasks</source>
        <translation>Cargando tareas</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Buscar tareas</translation>
    </message>
    <message>
        <source>Search titles and notes (%1)</source>
        <translation>Buscar en títulos y notas (%1)</translation>
    </message>
    <message>
        <source>Show tasks with status</source>
        <translation>Mostrar tareas con el estado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Sort tasks by</source>
        <translation>Ordenar tareas por</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>So&amp;rt by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>Retry loading tasks</source>
        <translation>Reintentar la carga de tareas</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Ocu&amp;ltar</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Ocultar el error</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Lista de tareas</translation>
    </message>
    <message>
        <source>The tasks could not be loaded: %1</source>
        <translation>No se pudieron cargar las tareas: %1</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet.</source>
        <translation>«%1» tiene cambios que aún no se han guardado.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>¿Quieres guardarlos?</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>No tasks match the search or filter.</source>
        <translation>Ninguna tarea coincide con la búsqueda o el filtro.</translation>
    </message>
    <message>
        <source>No tasks yet.
Press %1 to create one.</source>
        <translation>Aún no hay tareas.
Pulsa %1 para crear una.</translation>
    </message>
</context>
<context>
    <name>TokenSecretDialog</name>
    <message>
        <source>Your new token</source>
        <translation>Tu token nuevo</translation>
    </message>
    <message>
        <source>Copy the token “%1” now</source>
        <translation>Copia ahora el token «%1»</translation>
    </message>
    <message>
        <source>This is the only time the token is shown. Tasklane and the server keep only a fingerprint of it, so nobody can show it to you again. Put it where your script or app will read it, or into a password manager. If you lose it, revoke it and create a new one.</source>
        <translation>Esta es la única vez que se muestra el token. Tasklane y el servidor solo guardan una huella de él, así que nadie podrá volver a mostrártelo. Ponlo donde tu script o aplicación vaya a leerlo, o en un gestor de contraseñas. Si lo pierdes, revócalo y crea uno nuevo.</translation>
    </message>
    <message>
        <source>Anyone who has the token can use your tasks with the access you gave it: do not paste it into chats, tickets or email.</source>
        <translation>Cualquiera que tenga el token puede usar tus tareas con el acceso que le diste: no lo pegues en chats, incidencias ni correos.</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>El token nuevo</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Copiar el token al portapapeles</translation>
    </message>
    <message>
        <source>I have &amp;saved it</source>
        <translation>Lo he &amp;guardado</translation>
    </message>
    <message>
        <source>Close: the token has been saved</source>
        <translation>Cerrar: el token se ha guardado</translation>
    </message>
</context>
<context>
    <name>TwoFactorBackupCodesPage</name>
    <message>
        <source>Save your backup codes</source>
        <translation>Guarda tus códigos de respaldo</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. If you lose your phone or cannot use the app, these backup codes are how you sign in: each one works once. They are shown only now, so save or print them and keep them somewhere safe.</source>
        <translation>La autenticación de dos factores está activada. Si pierdes el teléfono o no puedes usar la aplicación, estos códigos de respaldo te permitirán iniciar sesión: cada uno funciona una vez. Solo se muestran ahora, así que guárdalos o imprímelos y tenlos en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>TwoFactorCodeDialog</name>
    <message>
        <source>Checking the code</source>
        <translation>Comprobando el código</translation>
    </message>
    <message>
        <source>Disable Two-Factor Authentication</source>
        <translation>Desactivar la autenticación de dos factores</translation>
    </message>
    <message>
        <source>New Backup Codes</source>
        <translation>Códigos de respaldo nuevos</translation>
    </message>
    <message>
        <source>Signing in will need only your password again, and your backup codes will stop working. To confirm that it is you, enter the current code from your authenticator app. If you lost the device, one of your backup codes works too.</source>
        <translation>Para iniciar sesión volverá a bastar tu contraseña y tus códigos de respaldo dejarán de funcionar. Para confirmar que eres tú, introduce el código actual de tu aplicación de autenticación. Si perdiste el dispositivo, también sirve uno de tus códigos de respaldo.</translation>
    </message>
    <message>
        <source>You get ten new backup codes, and the ones you have now stop working at once. To confirm that it is you, enter the current code from your authenticator app.</source>
        <translation>Recibirás diez códigos de respaldo nuevos y los que tienes ahora dejarán de funcionar al instante. Para confirmar que eres tú, introduce el código actual de tu aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Authentication code or backup code</source>
        <translation>Código de autenticación o código de respaldo</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Código de autenticación</translation>
    </message>
    <message>
        <source>123456 or a backup code</source>
        <translation>123456 o un código de respaldo</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Authentication code:</source>
        <translation>Código de &amp;autenticación:</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Make New Codes</source>
        <translation>&amp;Generar códigos nuevos</translation>
    </message>
    <message>
        <source>Disable two-factor authentication</source>
        <translation>Desactivar la autenticación de dos factores</translation>
    </message>
    <message>
        <source>Make new backup codes</source>
        <translation>Generar códigos de respaldo nuevos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TwoFactorScanPage</name>
    <message>
        <source>Getting a key from the server</source>
        <translation>Obteniendo una clave del servidor</translation>
    </message>
    <message>
        <source>&amp;Copy Key</source>
        <translation>&amp;Copiar clave</translation>
    </message>
    <message>
        <source>Add Tasklane to your authenticator app</source>
        <translation>Añade Tasklane a tu aplicación de autenticación</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Open an authenticator app on your phone, such as Aegis, FreeOTP, Google Authenticator or your password manager.&lt;/li&gt;&lt;li&gt;Add an account and scan this QR code.&lt;/li&gt;&lt;li&gt;Cannot scan? Choose to enter a key instead, type the key below, and pick the settings shown under it.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left: 0; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Abre una aplicación de autenticación en tu teléfono, como Aegis, FreeOTP, Google Authenticator o tu gestor de contraseñas.&lt;/li&gt;&lt;li&gt;Añade una cuenta y escanea este código QR.&lt;/li&gt;&lt;li&gt;¿No puedes escanearlo? Elige introducir una clave, escribe la clave de abajo y selecciona la configuración que aparece debajo.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>You started this setup earlier without finishing it. The key has not changed: if your app already shows codes for Tasklane, go straight to the next step.</source>
        <translation>Empezaste esta configuración antes sin terminarla. La clave no ha cambiado: si tu aplicación ya muestra códigos para Tasklane, pasa directamente al siguiente paso.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Copiar la clave</translation>
    </message>
    <message>
        <source>Copy the key (without spaces) to the clipboard</source>
        <translation>Copiar la clave (sin espacios) al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Ask the server for the key again</source>
        <translation>Volver a pedir la clave al servidor</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiada</translation>
    </message>
</context>
<context>
    <name>TwoFactorService</name>
    <message>
        <source>That code is not valid. 1 attempt left before code checks are locked for a few minutes.</source>
        <translation>Ese código no es válido. Queda 1 intento antes de que la comprobación de códigos se bloquee unos minutos.</translation>
    </message>
    <message>
        <source>That code is not valid. %1 attempts left.</source>
        <translation>Ese código no es válido. Quedan %1 intentos.</translation>
    </message>
    <message>
        <source>That code is not valid. No attempts left: code checks are locked for a few minutes.</source>
        <translation>Ese código no es válido. No quedan intentos: la comprobación de códigos está bloqueada unos minutos.</translation>
    </message>
    <message>
        <source>That code is not valid.</source>
        <translation>Ese código no es válido.</translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code from your authenticator app, then enter it.</source>
        <translation>Ese código ya se usó. Espera al siguiente código de tu aplicación de autenticación e introdúcelo.</translation>
    </message>
    <message>
        <source>Enter a current code from your authenticator app.</source>
        <translation>Introduce un código actual de tu aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Code checks are locked for a few minutes; even a correct code is refused until then.</source>
        <translation>Demasiados códigos incorrectos. La comprobación de códigos está bloqueada unos minutos; hasta entonces se rechaza incluso un código correcto.</translation>
    </message>
    <message>
        <source>in about a minute</source>
        <translation>en un minuto aproximadamente</translation>
    </message>
    <message>
        <source>in about %1 minutes</source>
        <translation>en unos %1 minutos</translation>
    </message>
    <message>
        <source>Too many wrong codes. Try again at %1 (%2); until then even a correct code is refused.</source>
        <translation>Demasiados códigos incorrectos. Inténtalo de nuevo a las %1 (%2); hasta entonces se rechaza incluso un código correcto.</translation>
    </message>
</context>
<context>
    <name>TwoFactorSetup</name>
    <message>
        <source>Time-based, %1 digits, new code every %2 seconds, %3</source>
        <translation>Basado en tiempo, %1 dígitos, código nuevo cada %2 segundos, %3</translation>
    </message>
</context>
<context>
    <name>TwoFactorSetupWizard</name>
    <message>
        <source>Enable Two-Factor Authentication</source>
        <translation>Activar la autenticación de dos factores</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>Verificar el código</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Cancel the setup</source>
        <translation>Cancelar la configuración</translation>
    </message>
</context>
<context>
    <name>TwoFactorTab</name>
    <message>
        <source>&amp;Enable Two-Factor Authentication…</source>
        <translation>&amp;Activar la autenticación de dos factores…</translation>
    </message>
    <message>
        <source>Enable two-factor authentication</source>
        <translation>Activar la autenticación de dos factores</translation>
    </message>
    <message>
        <source>&amp;New Backup Codes…</source>
        <translation>Códigos de respaldo &amp;nuevos…</translation>
    </message>
    <message>
        <source>Regenerate backup codes</source>
        <translation>Regenerar los códigos de respaldo</translation>
    </message>
    <message>
        <source>&amp;Disable Two-Factor Authentication…</source>
        <translation>D&amp;esactivar la autenticación de dos factores…</translation>
    </message>
    <message>
        <source>Disable two-factor authentication</source>
        <translation>Desactivar la autenticación de dos factores</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Refresh the two-factor status</source>
        <translation>Actualizar el estado de la autenticación de dos factores</translation>
    </message>
    <message>
        <source>Talking to the server</source>
        <translation>Comunicando con el servidor</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Autenticación de dos factores</translation>
    </message>
    <message>
        <source>Two-Factor Authentication</source>
        <translation>Autenticación de dos factores</translation>
    </message>
    <message>
        <source>With two-factor authentication, signing in takes a code from an app on your phone as well as your password, so a stolen password alone does not open your account.</source>
        <translation>Con la autenticación de dos factores, para iniciar sesión hace falta un código de una aplicación de tu teléfono además de tu contraseña, así que una contraseña robada no basta para abrir tu cuenta.</translation>
    </message>
    <message>
        <source>Checking two-factor authentication…</source>
        <translation>Comprobando la autenticación de dos factores…</translation>
    </message>
    <message>
        <source>Set up an authenticator app and get backup codes</source>
        <translation>Configura una aplicación de autenticación y obtén códigos de respaldo</translation>
    </message>
    <message>
        <source>Make ten new backup codes; the ones you have now stop working</source>
        <translation>Genera diez códigos de respaldo nuevos; los que tienes ahora dejan de funcionar</translation>
    </message>
    <message>
        <source>Sign in with your password alone again</source>
        <translation>Vuelve a iniciar sesión solo con tu contraseña</translation>
    </message>
    <message>
        <source>Two-factor authentication is on.</source>
        <translation>La autenticación de dos factores está activada.</translation>
    </message>
    <message>
        <source>On since %1. Signing in asks for a code from your authenticator app.</source>
        <translation>Activada desde %1. Al iniciar sesión se pide un código de tu aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Signing in asks for a code from your authenticator app.</source>
        <translation>Al iniciar sesión se pide un código de tu aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Two-factor authentication is off.</source>
        <translation>La autenticación de dos factores está desactivada.</translation>
    </message>
    <message>
        <source>A setup was started and not finished, so it is still off. Continue Setup picks it up with the same key.</source>
        <translation>Se empezó una configuración y no se terminó, así que sigue desactivada. Continuar la configuración la retoma con la misma clave.</translation>
    </message>
    <message>
        <source>Signing in needs only your password.</source>
        <translation>Para iniciar sesión solo hace falta tu contraseña.</translation>
    </message>
    <message>
        <source>1 unused backup code left.</source>
        <translation>Queda 1 código de respaldo sin usar.</translation>
    </message>
    <message>
        <source>%1 unused backup codes left.</source>
        <translation>Quedan %1 códigos de respaldo sin usar.</translation>
    </message>
    <message>
        <source>Make new ones now, so you can still sign in if you lose your phone.</source>
        <translation>Genera otros nuevos ahora para poder seguir iniciando sesión si pierdes el teléfono.</translation>
    </message>
    <message>
        <source>You have no backup codes left.</source>
        <translation>No te quedan códigos de respaldo.</translation>
    </message>
    <message>
        <source>Only 1 backup code is left.</source>
        <translation>Solo queda 1 código de respaldo.</translation>
    </message>
    <message>
        <source>Only %1 backup codes are left.</source>
        <translation>Solo quedan %1 códigos de respaldo.</translation>
    </message>
    <message>
        <source>&amp;Continue Setup…</source>
        <translation>C&amp;ontinuar la configuración…</translation>
    </message>
    <message>
        <source>The two-factor status could not be loaded: %1</source>
        <translation>No se pudo cargar el estado de la autenticación de dos factores: %1</translation>
    </message>
</context>
<context>
    <name>TwoFactorVerifyPage</name>
    <message>
        <source>Checking the code</source>
        <translation>Comprobando el código</translation>
    </message>
    <message>
        <source>Checking the code with the server…</source>
        <translation>Comprobando el código con el servidor…</translation>
    </message>
    <message>
        <source>Enter a code from the app</source>
        <translation>Introduce un código de la aplicación</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Your authenticator app now shows a code for Tasklane that changes every 30 seconds. Type the code it shows now, then choose Verify. Two-factor authentication is turned on only when the code is right.</source>
        <translation>Tu aplicación de autenticación muestra ahora un código para Tasklane que cambia cada 30 segundos. Escribe el código que muestra ahora y elige Verificar. La autenticación de dos factores solo se activa si el código es correcto.</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Código de autenticación</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
</context>
<context>
    <name>UserAgentText</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>WaitingForBrowserPage</name>
    <message>
        <source>Waiting for the browser</source>
        <translation>Esperando al navegador</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Copy sign-in &amp;link</source>
        <translation>Copiar el &amp;enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>Waiting for your browser</source>
        <translation>Esperando a tu navegador</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>Esperando a tu navegador…</translation>
    </message>
    <message>
        <source>Finish signing in there, then come back.</source>
        <translation>Termina de iniciar sesión allí y vuelve.</translation>
    </message>
    <message>
        <source>No browser window? Copy the sign-in link and open it in a browser on this computer.</source>
        <translation>¿No aparece la ventana del navegador? Copia el enlace de inicio de sesión y ábrelo en un navegador de este equipo.</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>Copy sign-in link</source>
        <translation>Copiar el enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation>Confirmación de copia</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Use a server on this computer</source>
        <translation>&amp;Usar un servidor en este equipo</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>On a server</source>
        <translation>En un servidor</translation>
    </message>
    <message>
        <source>Create the first account</source>
        <translation>Crear la primera cuenta</translation>
    </message>
    <message>
        <source>C&amp;reate account</source>
        <translation>C&amp;rear cuenta</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to Tasklane</source>
        <translation>Te damos la bienvenida a Tasklane</translation>
    </message>
    <message>
        <source>Where should your tasks be kept?</source>
        <translation>¿Dónde quieres guardar tus tareas?</translation>
    </message>
    <message>
        <source>Tasklane runs its own server in the background and keeps your tasks in a file on this computer.</source>
        <translation>Tasklane ejecuta su propio servidor en segundo plano y guarda tus tareas en un archivo de este equipo.</translation>
    </message>
    <message>
        <source>Use a server on this computer</source>
        <translation>Usar un servidor en este equipo</translation>
    </message>
    <message>
        <source>Connect to a Tasklane server run by you or your team.</source>
        <translation>Conéctate a un servidor de Tasklane gestionado por ti o por tu equipo.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>https://tasks.example.org</source>
        <translation>https://tasks.example.org</translation>
    </message>
    <message>
        <source>Connect to the server</source>
        <translation>Conectar con el servidor</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>This server has no accounts yet. The account you create now can manage the server (it is an administrator).</source>
        <translation>Este servidor aún no tiene cuentas. La cuenta que crees ahora podrá gestionar el servidor (es administradora).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firmar contraseña:</translation>
    </message>
    <message>
        <source>Type the address of a Tasklane server, for example https://tasks.example.org.</source>
        <translation>Escribe la dirección de un servidor de Tasklane, por ejemplo https://tasks.example.org.</translation>
    </message>
    <message>
        <source>A user name has 1 to 64 letters, digits, dots, dashes or underscores and starts with a letter or digit.</source>
        <translation>Un nombre de usuario tiene de 1 a 64 letras, dígitos, puntos, guiones o guiones bajos y empieza por una letra o un dígito.</translation>
    </message>
    <message>
        <source>Type an email address like name@example.org.</source>
        <translation>Escribe una dirección de correo electrónico como nombre@example.org.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>La contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tasklane: your tasks, on your own server.</source>
        <translation>Tasklane: tus tareas, en tu propio servidor.</translation>
    </message>
    <message>
        <source>Connect to the Tasklane server at &lt;url&gt;.</source>
        <translation>Conectar con el servidor de Tasklane en &lt;url&gt;.</translation>
    </message>
    <message>
        <source>Use a server on this computer.</source>
        <translation>Usar un servidor en este equipo.</translation>
    </message>
    <message>
        <source>Use the settings and local data of profile &lt;name&gt;.</source>
        <translation>Usar la configuración y los datos locales del perfil &lt;name&gt;.</translation>
    </message>
    <message>
        <source>tasklane: --server and --local cannot be used together.</source>
        <translation>tasklane: --server y --local no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>tasklane: not a server URL: %1</source>
        <translation>tasklane: no es una URL de servidor: %1</translation>
    </message>
    <message>
        <source>tasklane: a profile name cannot be empty or contain slashes.</source>
        <translation>tasklane: un nombre de perfil no puede estar vacío ni contener barras.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt; for this run (%1, or pseudo for QA).</source>
        <translation>Usar el idioma &lt;code&gt; en esta ejecución (%1, o pseudo para control de calidad).</translation>
    </message>
    <message>
        <source>tasklane: unknown language %1 (use one of: %2).</source>
        <translation>tasklane: idioma desconocido: %1 (usa uno de estos: %2).</translation>
    </message>
</context>
</TS>
