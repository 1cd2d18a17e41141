# shellcheck shell=bash
#
# The issuer, audience and signing key of local staff tokens, shared by run.sh (the API trusts them) and
# staff-token.sh (which signs with them), so that a token printed by one is accepted by the other.
#
# Source this file, then:
#   scc_staff_token_settings [--create]   sets SCC_JWT_ISSUER, SCC_JWT_AUDIENCE and SCC_JWT_SIGNING_KEY from, in
#                                          order: the environment, the .env file at the repository's root (docker
#                                          compose's), and .local/staff-token.env; with --create, a key is generated
#                                          into .local/staff-token.env when none of them has one. Returns 1 when the
#                                          key is still missing.
#
# .local/ is ignored by git: the generated key never leaves this checkout.

_scc_repo_root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
SCC_LOCAL_TOKEN_FILE="$_scc_repo_root/.local/staff-token.env"

# One variable's value in a file of NAME=value lines (quotes removed; the file is never evaluated).
_scc_value_in() { # <file> <name>
    [[ -f "$1" ]] || return 0
    sed -n "s/^$2=//p" "$1" | tail -n 1 | sed -e 's/^"\(.*\)"$/\1/' -e "s/^'\(.*\)'$/\1/"
}

_scc_setting() { # <name> <default>
    local value="${!1:-}"
    [[ -n "$value" ]] || value=$(_scc_value_in "$_scc_repo_root/.env" "$1")
    [[ -n "$value" ]] || value=$(_scc_value_in "$SCC_LOCAL_TOKEN_FILE" "$1")
    printf '%s' "${value:-$2}"
}

scc_staff_token_settings() {
    SCC_JWT_ISSUER=$(_scc_setting SCC_JWT_ISSUER scc-local)
    SCC_JWT_AUDIENCE=$(_scc_setting SCC_JWT_AUDIENCE scc-api)
    SCC_JWT_SIGNING_KEY=$(_scc_setting SCC_JWT_SIGNING_KEY "")
    if [[ -z "$SCC_JWT_SIGNING_KEY" && "${1:-}" == "--create" ]]; then
        mkdir -p "$(dirname "$SCC_LOCAL_TOKEN_FILE")"
        SCC_JWT_SIGNING_KEY=$(openssl rand -base64 32)
        (
            umask 077
            printf '# Made by scripts/run.sh: the key of local staff tokens (scripts/staff-token.sh). Not for any deployment.\n'
            printf 'SCC_JWT_ISSUER=%s\nSCC_JWT_AUDIENCE=%s\nSCC_JWT_SIGNING_KEY=%s\n' "$SCC_JWT_ISSUER" "$SCC_JWT_AUDIENCE" "$SCC_JWT_SIGNING_KEY"
        ) >"$SCC_LOCAL_TOKEN_FILE"
    fi
    export SCC_JWT_ISSUER SCC_JWT_AUDIENCE SCC_JWT_SIGNING_KEY
    [[ -n "$SCC_JWT_SIGNING_KEY" ]]
}
