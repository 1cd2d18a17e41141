#!/usr/bin/env bash
#
# Prints a staff token (an HS256 JWT) that the API started by "docker compose up" accepts: signed with
# SCC_JWT_SIGNING_KEY for SCC_JWT_ISSUER and SCC_JWT_AUDIENCE, the values the compose file gives the API.
# They are read from the environment, else from the .env file at the repository's root.
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

env_file="$(dirname "${BASH_SOURCE[0]}")/../.env"
# Reads one variable from .env unless the environment already has it (no shell evaluation of the file).
from_env_file() { # <name>
    [[ -n "${!1:-}" ]] && { printf '%s' "${!1}"; return; }
    [[ -f "$env_file" ]] || return 0
    sed -n "s/^$1=//p" "$env_file" | tail -n 1 | sed -e 's/^"\(.*\)"$/\1/' -e "s/^'\(.*\)'$/\1/"
}
issuer=$(from_env_file SCC_JWT_ISSUER)
audience=$(from_env_file SCC_JWT_AUDIENCE)
key=$(from_env_file SCC_JWT_SIGNING_KEY)
[[ -n "$issuer" && -n "$audience" && -n "$key" ]] ||
    { echo "set SCC_JWT_ISSUER, SCC_JWT_AUDIENCE and SCC_JWT_SIGNING_KEY (in .env: see .env.example)" >&2; exit 1; }

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
