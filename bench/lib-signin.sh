# shellcheck shell=bash
# Sourced by the benchmark scripts, not run. The OAuth 2.0 Authorization Code + PKCE sign-in
# of tests/server/pkce_with_curl.sh (curl + openssl only, through the server's HTML form),
# kept as one function so a benchmark gets a token the way a real client does.
#
# tasklane_sign_in BASE_URL USERNAME PASSWORD WORK_DIR
#   prints the access token (scope "tasks:read tasks:write") on stdout; on failure says why
#   on stderr and returns 1. WORK_DIR holds the cookie jar.

_signin_fail() { echo "sign-in: $*" >&2; }
_tasklane_field() { sed -n "s/.*name=\"$1\" value=\"\([^\"]*\)\".*/\1/p" <<<"$2" | head -n 1; }

tasklane_sign_in() {
  local base=$1 username=$2 password=$3 jar=$4/signin-cookies
  local code_verifier code_challenge state redirect_uri page request_id csrf_token
  local location code returned_state tokens access_token

  # 1. PKCE pair (RFC 7636 section 4.1 and 4.2).
  code_verifier=$(openssl rand -base64 60 | tr -d '\n=' | tr '/+' '_-' | cut -c1-64)
  code_challenge=$(printf '%s' "$code_verifier" | openssl dgst -sha256 -binary \
    | openssl base64 -A | tr '/+' '_-' | tr -d '=')
  state=$(openssl rand -hex 16)
  redirect_uri="http://127.0.0.1:53682/callback"

  # 2. The authorization request; the server answers with its sign-in page.
  page=$(curl -sS -c "$jar" -b "$jar" -G "$base/oauth2/authorize" \
    --data-urlencode "response_type=code" \
    --data-urlencode "client_id=tasklane-desktop" \
    --data-urlencode "redirect_uri=$redirect_uri" \
    --data-urlencode "scope=tasks:read tasks:write" \
    --data-urlencode "state=$state" \
    --data-urlencode "code_challenge=$code_challenge" \
    --data-urlencode "code_challenge_method=S256" \
    --data-urlencode "device_name=benchmark") || { _signin_fail "authorize failed"; return 1; }
  request_id=$(_tasklane_field request_id "$page")
  csrf_token=$(_tasklane_field csrf_token "$page")
  if [ -z "$request_id" ] || [ -z "$csrf_token" ]; then
    _signin_fail "no sign-in form in: $page"
    return 1
  fi

  # 3. Sign in through the HTML form, then approve on the consent page.
  page=$(curl -sS -c "$jar" -b "$jar" "$base/oauth2/authorize/sign-in" \
    --data-urlencode "request_id=$request_id" --data-urlencode "csrf_token=$csrf_token" \
    --data-urlencode "username=$username" --data-urlencode "password=$password") \
    || { _signin_fail "sign-in request failed"; return 1; }
  grep -q 'Allow access' <<<"$page" || { _signin_fail "no consent page: $page"; return 1; }
  csrf_token=$(_tasklane_field csrf_token "$page")
  location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
    "$base/oauth2/authorize/consent" \
    --data-urlencode "request_id=$request_id" --data-urlencode "csrf_token=$csrf_token" \
    --data-urlencode "decision=approve") || { _signin_fail "consent request failed"; return 1; }
  code=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$location")
  returned_state=$(sed -n 's/.*[?&]state=\([^&]*\).*/\1/p' <<<"$location")
  [ -n "$code" ] || { _signin_fail "no code in the redirect: $location"; return 1; }
  [ "$returned_state" = "$state" ] || { _signin_fail "state changed: $returned_state"; return 1; }

  # 4. Exchange the code, form-encoded, with the code_verifier.
  tokens=$(curl -sS "$base/oauth2/token" \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    --data-urlencode "grant_type=authorization_code" \
    --data-urlencode "client_id=tasklane-desktop" \
    --data-urlencode "code=$code" \
    --data-urlencode "redirect_uri=$redirect_uri" \
    --data-urlencode "code_verifier=$code_verifier") \
    || { _signin_fail "token request failed"; return 1; }
  access_token=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$tokens")
  [ -n "$access_token" ] || { _signin_fail "no access_token: $tokens"; return 1; }
  printf '%s\n' "$access_token"
}
