#!/usr/bin/env bash
#
# Prints a staff token (an HS256 JWT) that the API started by ./scripts/run.sh or by "docker compose up" accepts:
# signed with SCC_JWT_SIGNING_KEY for SCC_JWT_ISSUER and SCC_JWT_AUDIENCE. They are read from the environment, else
# from the .env file at the repository's root (the values the compose file gives the API), else from
# .local/staff-token.env, which run.sh writes on its first start (scripts/lib/staff-token-settings.sh).
#
#   ./scripts/staff-token.sh admin              # role admin, subject "local-admin", valid 60 minutes
#   ./scripts/staff-token.sh editor jane 15     # role editor, subject "jane", valid 15 minutes
#
# For a local stack only: in a real deployment staff get their tokens from the identity provider
# (Authentication:Schemes:Bearer:Authority).
set -euo pipefail

role=${1:-}
subject=${2:-local-$role}
minutes=${3:-60}
case "$role" in
    admin | editor) ;;
    *) echo "usage: $0 admin|editor [subject] [minutes]" >&2; exit 2 ;;
esac
[[ "$minutes" =~ ^[1-9][0-9]*$ ]] || { echo "minutes must be a positive whole number" >&2; exit 2; }

# shellcheck source=scripts/lib/staff-token-settings.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/staff-token-settings.sh"
scc_staff_token_settings ||
    { echo "no signing key: start ./scripts/run.sh once (it makes one), or set SCC_JWT_SIGNING_KEY (in .env: see .env.example)" >&2; exit 1; }
issuer=$SCC_JWT_ISSUER
audience=$SCC_JWT_AUDIENCE
key=$SCC_JWT_SIGNING_KEY

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","aud":"%s","sub":"%s","role":"%s","nbf":%d,"iat":%d,"exp":%d}' \
    "$issuer" "$audience" "$subject" "$role" "$now" "$now" "$((now + minutes * 60))" | b64url)
# The key is base64, as the API reads SigningKeys:N:Value; openssl takes it as hex.
hex_key=$(printf '%s' "$key" | openssl base64 -d -A | od -An -v -tx1 | tr -d ' \n')
[[ -n "$hex_key" ]] || { echo "SCC_JWT_SIGNING_KEY is not base64" >&2; exit 1; }
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$hex_key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
