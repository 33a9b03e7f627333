#include "Migrations.h"

namespace {

// Migration 18's triggers, on PostgreSQL only. They run when the transaction commits (deferred
// constraint triggers), so the row of credential_versions is the last lock a transaction takes:
// a transaction that holds a user's row (a password change) and then revokes sessions cannot
// deadlock with one that revokes one of those sessions. Each fires only on the columns a
// credential look-up reads (SessionStore::findAccess, PersonalTokenStore::findForBearer), not on
// those of last activity or last use, which move without changing a credential: otherwise the
// version would move on nearly every request and the cache would never be used. Inserts move
// nothing: a look-up that found no row keeps nothing. A missing row is version 0.
QStringList credentialVersionTriggers(const SqlDialect &dialect)
{
    if (!dialect.tracksCredentialVersions())
        return {};
    return {
        QStringLiteral(
            "CREATE FUNCTION tasklane_bump_credential_version(changed_user TEXT) RETURNS void"
            " LANGUAGE sql AS $$"
            " INSERT INTO credential_versions (user_id, version) VALUES (changed_user, 1)"
            " ON CONFLICT (user_id) DO UPDATE SET version = credential_versions.version + 1"
            " $$"),
        QStringLiteral("CREATE FUNCTION tasklane_user_credentials_changed() RETURNS trigger"
                       " LANGUAGE plpgsql AS $$ BEGIN"
                       " PERFORM tasklane_bump_credential_version(OLD.id);"
                       " RETURN NULL; END $$"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER users_credential_version"
                       " AFTER UPDATE OF id, username, email, display_name, role, disabled,"
                       " password_hash, created_at ON users DEFERRABLE INITIALLY DEFERRED"
                       " FOR EACH ROW WHEN ((OLD.id, OLD.username, OLD.email, OLD.display_name,"
                       " OLD.role, OLD.disabled, OLD.password_hash, OLD.created_at)"
                       " IS DISTINCT FROM (NEW.id, NEW.username, NEW.email, NEW.display_name,"
                       " NEW.role, NEW.disabled, NEW.password_hash, NEW.created_at))"
                       " EXECUTE FUNCTION tasklane_user_credentials_changed()"),
        // Sessions: revocation, the refresh that starts the idle time again, and deletion.
        QStringLiteral("CREATE FUNCTION tasklane_session_credentials_changed() RETURNS trigger"
                       " LANGUAGE plpgsql AS $$ BEGIN"
                       " PERFORM tasklane_bump_credential_version(OLD.user_id);"
                       " IF TG_OP = 'UPDATE' AND NEW.user_id IS DISTINCT FROM OLD.user_id THEN"
                       " PERFORM tasklane_bump_credential_version(NEW.user_id); END IF;"
                       " RETURN NULL; END $$"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER sessions_credential_version"
                       " AFTER UPDATE OF id, user_id, created_at, revoked_at, last_refresh_at"
                       " ON sessions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
                       " WHEN ((OLD.id, OLD.user_id, OLD.created_at, OLD.revoked_at,"
                       " OLD.last_refresh_at) IS DISTINCT FROM (NEW.id, NEW.user_id,"
                       " NEW.created_at, NEW.revoked_at, NEW.last_refresh_at))"
                       " EXECUTE FUNCTION tasklane_session_credentials_changed()"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER sessions_deleted_credential_version"
                       " AFTER DELETE ON sessions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
                       " EXECUTE FUNCTION tasklane_session_credentials_changed()"),
        // Access tokens: deleted (revocation, sign-out) or changed (an expiry set by hand). The
        // user is their session's; a session deleted in the same transaction moved it already.
        QStringLiteral(
            "CREATE FUNCTION tasklane_access_token_credentials_changed() RETURNS trigger"
            " LANGUAGE plpgsql AS $$ BEGIN"
            " PERFORM tasklane_bump_credential_version(s.user_id) FROM sessions s"
            " WHERE s.id = OLD.session_id;"
            " IF TG_OP = 'UPDATE' AND NEW.session_id IS DISTINCT FROM OLD.session_id THEN"
            " PERFORM tasklane_bump_credential_version(s.user_id) FROM sessions s"
            " WHERE s.id = NEW.session_id; END IF;"
            " RETURN NULL; END $$"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER access_tokens_credential_version"
                       " AFTER UPDATE OF token_hash, id, session_id, scope, expires_at"
                       " ON access_tokens DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
                       " WHEN ((OLD.token_hash, OLD.id, OLD.session_id, OLD.scope,"
                       " OLD.expires_at) IS DISTINCT FROM (NEW.token_hash, NEW.id,"
                       " NEW.session_id, NEW.scope, NEW.expires_at))"
                       " EXECUTE FUNCTION tasklane_access_token_credentials_changed()"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER access_tokens_deleted_credential_version"
                       " AFTER DELETE ON access_tokens DEFERRABLE INITIALLY DEFERRED"
                       " FOR EACH ROW EXECUTE FUNCTION"
                       " tasklane_access_token_credentials_changed()"),
        // Personal access tokens: revocation and rotation (revoked_at), expiry, scope; not the
        // last use.
        QStringLiteral(
            "CREATE FUNCTION tasklane_personal_token_credentials_changed() RETURNS trigger"
            " LANGUAGE plpgsql AS $$ BEGIN"
            " PERFORM tasklane_bump_credential_version(OLD.user_id);"
            " IF TG_OP = 'UPDATE' AND NEW.user_id IS DISTINCT FROM OLD.user_id THEN"
            " PERFORM tasklane_bump_credential_version(NEW.user_id); END IF;"
            " RETURN NULL; END $$"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER personal_access_tokens_credential_version"
                       " AFTER UPDATE OF id, user_id, name, token_hash, scope, created_at,"
                       " expires_at, revoked_at, replaced_by ON personal_access_tokens"
                       " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
                       " WHEN ((OLD.id, OLD.user_id, OLD.name, OLD.token_hash, OLD.scope,"
                       " OLD.created_at, OLD.expires_at, OLD.revoked_at, OLD.replaced_by)"
                       " IS DISTINCT FROM (NEW.id, NEW.user_id, NEW.name, NEW.token_hash,"
                       " NEW.scope, NEW.created_at, NEW.expires_at, NEW.revoked_at,"
                       " NEW.replaced_by))"
                       " EXECUTE FUNCTION tasklane_personal_token_credentials_changed()"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER personal_access_tokens_deleted_credential_version"
                       " AFTER DELETE ON personal_access_tokens DEFERRABLE INITIALLY DEFERRED"
                       " FOR EACH ROW EXECUTE FUNCTION"
                       " tasklane_personal_token_credentials_changed()"),
        // Service clients: a revocation, a new owner or scope moves the owner's version (the
        // client's tokens are read with their owner).
        QStringLiteral(
            "CREATE FUNCTION tasklane_service_client_credentials_changed() RETURNS trigger"
            " LANGUAGE plpgsql AS $$ BEGIN"
            " IF OLD.owner_id IS NOT NULL THEN"
            " PERFORM tasklane_bump_credential_version(OLD.owner_id); END IF;"
            " IF NEW.owner_id IS DISTINCT FROM OLD.owner_id AND NEW.owner_id IS NOT NULL THEN"
            " PERFORM tasklane_bump_credential_version(NEW.owner_id); END IF;"
            " RETURN NULL; END $$"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER clients_credential_version"
                       " AFTER UPDATE OF owner_id, scope, revoked_at ON clients"
                       " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
                       " WHEN ((OLD.owner_id, OLD.scope, OLD.revoked_at) IS DISTINCT FROM"
                       " (NEW.owner_id, NEW.scope, NEW.revoked_at))"
                       " EXECUTE FUNCTION tasklane_service_client_credentials_changed()"),
    };
}

// Migration 21: one b-tree fewer per write on the two tables every service token writes to
// (TokenEndpoint: the token's row and its audit entry, docs/admin.md "Token issuance").
// access_tokens.id was UNIQUE, an index no statement reads (tokens are found by token_hash, by
// session_id for revocation, by expires_at for the purge; the id is only reported). audit_log
// had its primary key on id and a second index on (occurred_at, id), the only order anything
// reads it in (AuditLogStore::list, newest first, with a keyset cursor on both columns): that
// pair becomes the primary key. On SQLite both tables become WITHOUT ROWID tables, stored in
// their primary key's b-tree, so a token's row is one b-tree (plus its two indexes) instead of
// a rowid table plus three indexes, and an audit entry one instead of three. SQLite cannot drop
// a constraint or change a table's key in place: the tables are made anew and their rows
// copied. PostgreSQL drops and adds the constraints on the tables in place (keeping migration
// 18's triggers on access_tokens).
QStringList leanerTokenTables(const SqlDialect &dialect)
{
    if (dialect.engine() == SqlDialect::Engine::Postgres) {
        return {
            QStringLiteral("ALTER TABLE access_tokens DROP CONSTRAINT access_tokens_id_key"),
            QStringLiteral("ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey"),
            QStringLiteral("DROP INDEX audit_log_time"),
            QStringLiteral("ALTER TABLE audit_log ADD PRIMARY KEY (occurred_at, id)"),
        };
    }
    return {
        QStringLiteral("CREATE TABLE access_tokens_21 ("
                       " token_hash TEXT PRIMARY KEY,"
                       " id TEXT NOT NULL,"
                       " session_id TEXT NOT NULL REFERENCES sessions(id),"
                       " scope TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " expires_at BIGINT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO access_tokens_21 (token_hash, id, session_id, scope,"
                       " created_at, expires_at) SELECT token_hash, id, session_id, scope,"
                       " created_at, expires_at FROM access_tokens"),
        QStringLiteral("DROP TABLE access_tokens"),
        QStringLiteral("ALTER TABLE access_tokens_21 RENAME TO access_tokens"),
        QStringLiteral("CREATE INDEX access_tokens_session ON access_tokens (session_id)"),
        QStringLiteral("CREATE INDEX access_tokens_purge ON access_tokens (expires_at)"),
        QStringLiteral("CREATE TABLE audit_log_21 ("
                       " id TEXT NOT NULL,"
                       " occurred_at BIGINT NOT NULL,"
                       " admin_id TEXT REFERENCES users(id),"
                       " admin_username TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " target_user_id TEXT NOT NULL REFERENCES users(id),"
                       " target_username TEXT NOT NULL,"
                       " details TEXT NOT NULL,"
                       " ip TEXT,"
                       " user_agent TEXT,"
                       " PRIMARY KEY (occurred_at, id)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO audit_log_21 (id, occurred_at, admin_id, admin_username,"
                       " action, target_user_id, target_username, details, ip, user_agent)"
                       " SELECT id, occurred_at, admin_id, admin_username, action,"
                       " target_user_id, target_username, details, ip, user_agent FROM audit_log"),
        QStringLiteral("DROP TABLE audit_log"),
        QStringLiteral("ALTER TABLE audit_log_21 RENAME TO audit_log"),
    };
}

} // namespace

namespace Migrations {

QList<Migration> all(const SqlDialect &dialect)
{
    // Portable SQL only: TEXT ids made by the server, BIGINT millisecond timestamps,
    // INTEGER 0/1 booleans. Both SQLite and PostgreSQL accept every statement as written.
    return {
        {1,
         {
             QStringLiteral("CREATE TABLE users ("
                            " id TEXT PRIMARY KEY,"
                            " username TEXT NOT NULL,"
                            " username_key TEXT NOT NULL UNIQUE,"
                            " email TEXT NOT NULL,"
                            " display_name TEXT NOT NULL,"
                            " role TEXT NOT NULL,"
                            " password_hash TEXT NOT NULL,"
                            " disabled INTEGER NOT NULL DEFAULT 0,"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE clients ("
                            " id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " secret_hash TEXT,"
                            " redirect_uris TEXT NOT NULL,"
                            " builtin INTEGER NOT NULL DEFAULT 0,"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE authorization_requests ("
                            " id TEXT PRIMARY KEY,"
                            " client_id TEXT NOT NULL REFERENCES clients(id),"
                            " redirect_uri TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " scope TEXT NOT NULL,"
                            " code_challenge TEXT NOT NULL,"
                            " device_name TEXT NOT NULL,"
                            " csrf_token TEXT NOT NULL,"
                            " browser_binding TEXT NOT NULL,"
                            " user_id TEXT REFERENCES users(id),"
                            " stage TEXT NOT NULL,"
                            " expires_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE sessions ("
                            " id TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " client_id TEXT NOT NULL REFERENCES clients(id),"
                            " device_name TEXT NOT NULL,"
                            " ip TEXT NOT NULL,"
                            " user_agent TEXT NOT NULL,"
                            " scope TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " last_active_at BIGINT NOT NULL,"
                            " revoked_at BIGINT,"
                            " revoked_reason TEXT)"),
             QStringLiteral("CREATE INDEX sessions_user ON sessions (user_id)"),
             QStringLiteral("CREATE TABLE authorization_codes ("
                            " code_hash TEXT PRIMARY KEY,"
                            " client_id TEXT NOT NULL REFERENCES clients(id),"
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " redirect_uri TEXT NOT NULL,"
                            " scope TEXT NOT NULL,"
                            " code_challenge TEXT NOT NULL,"
                            " device_name TEXT NOT NULL,"
                            " expires_at BIGINT NOT NULL,"
                            " used_at BIGINT,"
                            " session_id TEXT REFERENCES sessions(id))"),
             QStringLiteral("CREATE TABLE refresh_tokens ("
                            " token_hash TEXT PRIMARY KEY,"
                            " session_id TEXT NOT NULL REFERENCES sessions(id),"
                            " created_at BIGINT NOT NULL,"
                            " used_at BIGINT)"),
             QStringLiteral("CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id)"),
             QStringLiteral("CREATE TABLE access_tokens ("
                            " token_hash TEXT PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " session_id TEXT NOT NULL REFERENCES sessions(id),"
                            " scope TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " expires_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX access_tokens_session ON access_tokens (session_id)"),
             QStringLiteral("CREATE TABLE tasks ("
                            " id TEXT PRIMARY KEY,"
                            " owner_id TEXT NOT NULL REFERENCES users(id),"
                            " title TEXT NOT NULL,"
                            " notes TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " priority INTEGER NOT NULL,"
                            " due_date TEXT,"
                            " due_sort TEXT NOT NULL,"
                            " labels TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " version BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX tasks_owner_updated ON tasks (owner_id, updated_at, id)"),
             QStringLiteral("CREATE INDEX tasks_owner_created ON tasks (owner_id, created_at, id)"),
             QStringLiteral("CREATE INDEX tasks_owner_due ON tasks (owner_id, due_sort, id)"),
             QStringLiteral("CREATE INDEX tasks_owner_priority ON tasks (owner_id, priority, id)"),
             QStringLiteral("CREATE INDEX tasks_owner_title ON tasks (owner_id, title, id)"),
         }},
        // Each task's API JSON, written with the task, so a listing splices stored bytes
        // instead of building every object again. NULL means "not written yet": TaskStore::list
        // materialises such rows, so a later change of Task::toJson needs only a migration
        // that sets the column back to NULL.
        {2,
         {
             QStringLiteral("ALTER TABLE tasks ADD COLUMN json TEXT"),
         }},
        // Personal access tokens. Revoked rows stay (revoked_at set); the partial unique index
        // keeps names unique among a user's tokens that are not revoked, so a name frees up
        // when its token is revoked. Partial indexes work the same in SQLite and PostgreSQL.
        {3,
         {
             QStringLiteral("CREATE TABLE personal_access_tokens ("
                            " id TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " name TEXT NOT NULL,"
                            " token_hash TEXT NOT NULL UNIQUE,"
                            " scope TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " expires_at BIGINT,"
                            " last_used_at BIGINT,"
                            " last_used_ip TEXT,"
                            " last_used_user_agent TEXT,"
                            " revoked_at BIGINT)"),
             QStringLiteral("CREATE INDEX personal_access_tokens_user"
                            " ON personal_access_tokens (user_id, created_at)"),
             QStringLiteral("CREATE UNIQUE INDEX personal_access_tokens_active_name"
                            " ON personal_access_tokens (user_id, name) WHERE revoked_at IS NULL"),
         }},
        // The account security log (docs/api.md 12.7). Append-only; details is a JSON object.
        {4,
         {
             QStringLiteral("CREATE TABLE security_events ("
                            " id TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " type TEXT NOT NULL,"
                            " occurred_at BIGINT NOT NULL,"
                            " ip TEXT,"
                            " user_agent TEXT,"
                            " session_id TEXT,"
                            " details TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX security_events_user"
                            " ON security_events (user_id, occurred_at, id)"),
         }},
        // Two-factor authentication (docs/api.md 12.6). Secrets are SecretBox-sealed (base64);
        // last_step is the last accepted TOTP time step (replay guard). Backup codes are keyed
        // hashes, kept after use. authorization_requests.sign_in_method carries "password",
        // "password+totp" or "password+backup_code" from the browser sign-in to consent, which
        // puts it on the code (migration 6).
        {5,
         {
             QStringLiteral("CREATE TABLE two_factor ("
                            " user_id TEXT PRIMARY KEY REFERENCES users(id),"
                            " secret TEXT,"
                            " pending_secret TEXT,"
                            " enabled_at BIGINT,"
                            " last_step BIGINT,"
                            " failed_count INTEGER NOT NULL DEFAULT 0,"
                            " locked_until BIGINT)"),
             QStringLiteral("CREATE TABLE backup_codes ("
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " code_hash TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " used_at BIGINT,"
                            " PRIMARY KEY (user_id, code_hash))"),
             QStringLiteral("ALTER TABLE authorization_requests ADD COLUMN sign_in_method TEXT"),
         }},
        // How the user proved who they were, carried from consent to the code exchange, where
        // the sign-in is logged. Codes issued before this migration were password sign-ins.
        {6,
         {
             QStringLiteral("ALTER TABLE authorization_codes"
                            " ADD COLUMN sign_in_method TEXT NOT NULL DEFAULT 'password'"),
         }},
        // What administrators did to other accounts (docs/api.md 12.8), append-only. admin_id is
        // NULL for the command line, which has no account; the user names are copied so the
        // log reads the same whatever happens to the accounts later.
        {7,
         {
             QStringLiteral("CREATE TABLE audit_log ("
                            " id TEXT PRIMARY KEY,"
                            " occurred_at BIGINT NOT NULL,"
                            " admin_id TEXT REFERENCES users(id),"
                            " admin_username TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " target_user_id TEXT NOT NULL REFERENCES users(id),"
                            " target_username TEXT NOT NULL,"
                            " details TEXT NOT NULL,"
                            " ip TEXT,"
                            " user_agent TEXT)"),
             QStringLiteral("CREATE INDEX audit_log_time ON audit_log (occurred_at, id)"),
         }},
        // A counter bumped in the same transaction as every write to a user's tasks. The API
        // guard reads it with the credential, so a cached task page is reused only while it
        // matches, also when another server instance wrote (docs/api.md 13.3).
        {8,
         {
             QStringLiteral("ALTER TABLE users ADD COLUMN tasks_version BIGINT NOT NULL DEFAULT 0"),
         }},
        // An account whose password an administrator chose (a one-time password): the sign-in
        // pages ask for a new one before any code is issued (docs/api.md 3.1, 12.8).
        {9,
         {
             QStringLiteral("ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL "
                            "DEFAULT 0"),
         }},
        // Sign-in hardening (docs/api.md 3.2, 12.6): lockouts in a row of an account's code
        // checks, so each one can last longer than the one before; and the client IP of a
        // pending authorization request, so pending requests can be bounded per IP.
        {10,
         {
             QStringLiteral(
                 "ALTER TABLE two_factor ADD COLUMN lockout_count INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE authorization_requests ADD COLUMN ip TEXT"),
             QStringLiteral("CREATE INDEX authorization_requests_ip"
                            " ON authorization_requests (ip, expires_at)"),
         }},
        // Session lifetimes and the purge of spent rows (docs/api.md 12.5, 16.1). A session ends
        // idle days after last_refresh_at (sessions from before this migration start from their
        // last activity). The indexes serve the purge, which looks rows up by when they ended;
        // their names say so, so they cannot clash with another migration's.
        {11,
         {
             QStringLiteral("ALTER TABLE sessions ADD COLUMN last_refresh_at BIGINT"),
             QStringLiteral("UPDATE sessions SET last_refresh_at = last_active_at"),
             QStringLiteral("CREATE INDEX sessions_purge_refresh ON sessions (last_refresh_at)"),
             QStringLiteral("CREATE INDEX sessions_purge_created ON sessions (created_at)"),
             QStringLiteral("CREATE INDEX sessions_purge_revoked ON sessions (revoked_at)"),
             QStringLiteral("CREATE INDEX refresh_tokens_purge ON refresh_tokens (used_at)"),
             QStringLiteral("CREATE INDEX access_tokens_purge ON access_tokens (expires_at)"),
             QStringLiteral("CREATE INDEX authorization_codes_purge"
                            " ON authorization_codes (expires_at)"),
             QStringLiteral("CREATE INDEX authorization_codes_purge_session"
                            " ON authorization_codes (session_id)"),
             QStringLiteral("CREATE INDEX authorization_requests_purge"
                            " ON authorization_requests (expires_at)"),
         }},
        // Rate-limit counters shared by every server instance on the database (RateLimitStore,
        // docs/admin.md "State shared by instances"): one fixed window per bucket
        // ("<limiter>:<key>"), counted with INSERT ... ON CONFLICT so concurrent instances never
        // fail on each other's rows. The index serves the purge of ended windows.
        {12,
         {
             QStringLiteral("CREATE TABLE rate_limits ("
                            " bucket TEXT PRIMARY KEY,"
                            " hits INTEGER NOT NULL,"
                            " window_end BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX rate_limits_purge ON rate_limits (window_end)"),
         }},
        // 13: left unused (it was kept for a credential-cache change on PostgreSQL that did not
        // land, docs/admin.md section 10); numbers are never reused.
        // Passkeys (WebAuthn, docs/api.md 12.11). credential_id and public_key are base64 (the
        // authenticator's id, the COSE key); sign_count is compared and set on each sign-in. The
        // challenges are single-use rows any instance can take (a DELETE decides), short-lived;
        // registration tickets (the link the app opens) live there too, under the hash of their
        // secret.
        {14,
         {
             QStringLiteral("CREATE TABLE webauthn_credentials ("
                            " id TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " credential_id TEXT NOT NULL UNIQUE,"
                            " public_key TEXT NOT NULL,"
                            " sign_count BIGINT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " last_used_at BIGINT)"),
             QStringLiteral("CREATE INDEX webauthn_credentials_user"
                            " ON webauthn_credentials (user_id, created_at)"),
             QStringLiteral("CREATE TABLE webauthn_challenges ("
                            " id TEXT PRIMARY KEY,"
                            " purpose TEXT NOT NULL,"
                            " challenge TEXT NOT NULL,"
                            " user_id TEXT,"
                            " request_id TEXT,"
                            " expires_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX webauthn_challenges_expiry"
                            " ON webauthn_challenges (expires_at)"),
         }},
        // Service accounts (docs/api.md 8.3, 12.8a): a service client is a `clients` row of kind
        // "service" that acts on its owner's tasks with its own scope. A rotation keeps the
        // previous secret's hash until previous_secret_until; revoked_at ends the client. Its
        // tokens hang on sessions of the client (one per token issued), so the index serves the
        // revocation, which ends them all.
        {15,
         {
             QStringLiteral("ALTER TABLE clients ADD COLUMN owner_id TEXT REFERENCES users(id)"),
             QStringLiteral("ALTER TABLE clients ADD COLUMN scope TEXT"),
             QStringLiteral("ALTER TABLE clients ADD COLUMN previous_secret_hash TEXT"),
             QStringLiteral("ALTER TABLE clients ADD COLUMN previous_secret_until BIGINT"),
             QStringLiteral("ALTER TABLE clients ADD COLUMN secret_rotated_at BIGINT"),
             QStringLiteral("ALTER TABLE clients ADD COLUMN revoked_at BIGINT"),
             QStringLiteral("ALTER TABLE clients ADD COLUMN last_used_at BIGINT"),
             QStringLiteral("CREATE INDEX sessions_client ON sessions (client_id)"),
         }},
        // New sign-in alerts (docs/api.md 12.10): what each account has signed in from (kind
        // "network": an IPv4 /24 or IPv6 /48; kind "software": product and operating system), and
        // the alerts raised for a sign-in from something new, until their user answers them.
        {16,
         {
             QStringLiteral("CREATE TABLE sign_in_origins ("
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " kind TEXT NOT NULL,"
                            " value TEXT NOT NULL,"
                            " first_seen_at BIGINT NOT NULL,"
                            " PRIMARY KEY (user_id, kind, value))"),
             QStringLiteral("CREATE TABLE sign_in_alerts ("
                            " id TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL REFERENCES users(id),"
                            " session_id TEXT NOT NULL,"
                            " occurred_at BIGINT NOT NULL,"
                            " ip TEXT,"
                            " user_agent TEXT,"
                            " device_name TEXT,"
                            " reasons TEXT NOT NULL,"
                            " answered_at BIGINT,"
                            " answer TEXT)"),
             QStringLiteral(
                 "CREATE INDEX sign_in_alerts_open ON sign_in_alerts (user_id, answered_at)"),
         }},
        // Personal access token rotation (docs/api.md 12.4a): the old token gets the end of its
        // overlap in revoked_at (possibly ahead, so the partial unique index frees its name for
        // the replacement at once) and the replacement's id here.
        {17,
         {
             QStringLiteral("ALTER TABLE personal_access_tokens ADD COLUMN replaced_by TEXT"),
         }},
        // The credential cache on PostgreSQL (CredentialCache, docs/admin.md 10): a version per
        // user that moves in the same transaction as any change to what a credential look-up
        // reads. The table exists on both engines (one schema for migrate-to); only PostgreSQL
        // fills it, through the triggers, since SQLite's cache follows PRAGMA data_version.
        {18,
         QStringList{
             QStringLiteral("CREATE TABLE credential_versions ("
                            " user_id TEXT PRIMARY KEY,"
                            " version BIGINT NOT NULL)"),
         } + credentialVersionTriggers(dialect)},
        // Service tokens (docs/api.md 8.3): a service client's access tokens hang on one session
        // of the client, named here, instead of one session each; a new one starts when it is
        // revoked or comes within a token's lifetime of its end (TokenIssuer::serviceToken). No
        // foreign key: the purge of spent sessions (SpentRowPurge) may delete the one named.
        // Sessions that tokens issued before have stay as they are and end with their tokens.
        {19,
         {
             QStringLiteral("ALTER TABLE clients ADD COLUMN token_session_id TEXT"),
         }},
        // The session whose sign-in first brought each origin, so that "No, that was not me"
        // forgets what the intruder's sign-in taught (docs/api.md 12.10). NULL for origins
        // remembered before.
        {20,
         {
             QStringLiteral("ALTER TABLE sign_in_origins ADD COLUMN session_id TEXT"),
         }},
        // Leaner token and audit tables (leanerTokenTables above).
        {21, leanerTokenTables(dialect)},
    };
}

} // namespace Migrations
