#!/usr/bin/env bash
# The OAuth 2.0 Authorization Code + PKCE exchange written the way services' public docs show
# it, with nothing but curl and openssl, against a real tasklane-server:
#   code_verifier  = random from `openssl rand`
#   code_challenge = BASE64URL(SHA256(code_verifier))
#   sign in through the server's HTML form, approve, read ?code= from the redirect,
#   then a form-encoded POST to /oauth2/token.
# Usage: pkce_with_curl.sh PATH/TO/tasklane-server
set -euo pipefail

server_bin=${1:?usage: pkce_with_curl.sh PATH/TO/tasklane-server}
work=$(mktemp -d)
server_pid=
database=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ -n "$database" ]; then psql -q "$TASKLANE_TEST_POSTGRES" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Against PostgreSQL when the tests run there (scripts/with-postgres.sh): a database of its own.
storage=(--data-dir "$work/data")
if [ -n "${TASKLANE_TEST_POSTGRES:-}" ]; then
  database="pkce_$(openssl rand -hex 8)"
  psql -q "$TASKLANE_TEST_POSTGRES" -c "CREATE DATABASE $database"
  storage+=(--database "${TASKLANE_TEST_POSTGRES%/*}/$database")
fi

printf 'curl-and-openssl\n' | "$server_bin" "${storage[@]}" user add carol \
  --email carol@example.org --password-stdin >/dev/null
"$server_bin" "${storage[@]}" --listen 127.0.0.1:0 >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  base=$(grep -o 'http://[0-9.:]*' "$work/server.log" || true)
  [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || fail "the server did not start: $(cat "$work/server.log")"

# 1. PKCE pair (RFC 7636 section 4.1 and 4.2).
code_verifier=$(openssl rand -base64 60 | tr -d '\n=' | tr '/+' '_-' | cut -c1-64)
code_challenge=$(printf '%s' "$code_verifier" | openssl dgst -sha256 -binary | openssl base64 -A \
  | tr '/+' '_-' | tr -d '=')
state=$(openssl rand -hex 16)
redirect_uri="http://127.0.0.1:53682/callback"
jar="$work/cookies"

# 2. The authorization request; the server answers with its sign-in page.
page=$(curl -sS -c "$jar" -b "$jar" -G "$base/oauth2/authorize" \
  --data-urlencode "response_type=code" \
  --data-urlencode "client_id=tasklane-desktop" \
  --data-urlencode "redirect_uri=$redirect_uri" \
  --data-urlencode "scope=tasks:read tasks:write" \
  --data-urlencode "state=$state" \
  --data-urlencode "code_challenge=$code_challenge" \
  --data-urlencode "code_challenge_method=S256" \
  --data-urlencode "device_name=curl")
field() { sed -n "s/.*name=\"$1\" value=\"\([^\"]*\)\".*/\1/p" <<<"$2" | head -n 1; }
request_id=$(field request_id "$page")
csrf_token=$(field csrf_token "$page")
[ -n "$request_id" ] && [ -n "$csrf_token" ] || fail "no sign-in form in: $page"

# 3. Sign in through the HTML form, then approve on the consent page.
page=$(curl -sS -c "$jar" -b "$jar" "$base/oauth2/authorize/sign-in" \
  --data-urlencode "request_id=$request_id" --data-urlencode "csrf_token=$csrf_token" \
  --data-urlencode "username=carol" --data-urlencode "password=curl-and-openssl")
grep -q 'Allow access' <<<"$page" || fail "no consent page after signing in: $page"
csrf_token=$(field csrf_token "$page")
answer=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
  "$base/oauth2/authorize/consent" \
  --data-urlencode "request_id=$request_id" --data-urlencode "csrf_token=$csrf_token" \
  --data-urlencode "decision=approve")
# A POST ends in 303 See Other (RFC 9700 4.11), never 302.
[ "${answer%% *}" = 303 ] || fail "approving answered ${answer%% *}, not 303"
location=${answer#* }
code=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$location")
returned_state=$(sed -n 's/.*[?&]state=\([^&]*\).*/\1/p' <<<"$location")
[ -n "$code" ] || fail "no code in the redirect: $location"
[ "$returned_state" = "$state" ] || fail "state changed: $returned_state != $state"
# RFC 9207: the answer names its issuer, the one the metadata gives.
issuer=$(curl -sS "$base/.well-known/oauth-authorization-server" | sed -n 's/.*"issuer":"\([^"]*\)".*/\1/p')
returned_iss=$(sed -n 's/.*[?&]iss=\([^&]*\).*/\1/p' <<<"$location")
[ "$(printf '%b' "${returned_iss//%/\\x}")" = "$issuer" ] || fail "iss $returned_iss is not $issuer"
case "$location" in "$redirect_uri"?*) ;; *) fail "redirected elsewhere: $location" ;; esac

# 4. Exchange the code, form-encoded, with the code_verifier.
tokens=$(curl -sS "$base/oauth2/token" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode "grant_type=authorization_code" \
  --data-urlencode "client_id=tasklane-desktop" \
  --data-urlencode "code=$code" \
  --data-urlencode "redirect_uri=$redirect_uri" \
  --data-urlencode "code_verifier=$code_verifier")
access_token=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$tokens")
grep -q '"token_type":"Bearer"' <<<"$tokens" || fail "no Bearer token: $tokens"
grep -q '"expires_in":3600' <<<"$tokens" || fail "expires_in is not 3600: $tokens"
[ -n "$access_token" ] || fail "no access_token: $tokens"

# 5. The token works, and the code does not work twice.
me=$(curl -sS "$base/v1/me" -H "Authorization: Bearer $access_token")
grep -q '"username":"carol"' <<<"$me" || fail "/v1/me did not answer for carol: $me"
replay=$(curl -sS -o /dev/null -w '%{http_code}' "$base/oauth2/token" \
  --data-urlencode "grant_type=authorization_code" --data-urlencode "client_id=tasklane-desktop" \
  --data-urlencode "code=$code" --data-urlencode "redirect_uri=$redirect_uri" \
  --data-urlencode "code_verifier=$code_verifier")
[ "$replay" = 400 ] || fail "a replayed code answered $replay"
status=$(curl -sS -o /dev/null -w '%{http_code}' "$base/v1/me" -H "Authorization: Bearer $access_token")
[ "$status" = 401 ] || fail "the replay did not revoke the token issued for the code ($status)"

echo "PKCE with curl and openssl: signed in as carol, token works, replay revoked it"
