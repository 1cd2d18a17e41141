# shellcheck shell=bash
#
# Node.js and npm, which build and test the TypeScript client (clients/typescript) and run the OpenAPI
# document's checks (tools/openapi).
#
# Source this file (after postgres.sh and apt.sh), then:
#   scc_node_ensure          installs Debian's nodejs and npm packages when node or npm is missing;
#                            returns 1 (after a warning) when they are still missing
#   scc_npm_ci <folder>      'npm ci' in <folder>, skipped when its node_modules was installed from the
#                            same package-lock.json; returns npm's status
#
# Environment knobs:
#   SCC_NO_APT=1             never try to install nodejs or npm with apt-get

# The oldest Node.js the client's tests run on (node --test with --test-concurrency, global crypto).
_SCC_NODE_MIN_MAJOR=20

scc_node_ensure() {
    local missing=()
    command -v node >/dev/null 2>&1 || missing+=(nodejs)
    command -v npm >/dev/null 2>&1 || missing+=(npm)
    if (( ${#missing[@]} > 0 )); then
        scc_apt_install "Node.js not found (TypeScript client and OpenAPI checks)" "${missing[@]}" || true
    fi
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        scc_log "warning: node or npm not found and apt-get may not install them: the TypeScript client's tests and the OpenAPI checks will fail." \
            "Install Node.js $_SCC_NODE_MIN_MAJOR or later with npm (Debian/Ubuntu: apt-get install nodejs npm)."
        return 1
    fi
    local version
    version=$(node --version 2>/dev/null || true)
    local major=${version#v}
    major=${major%%.*}
    if [[ ! "$major" =~ ^[0-9]+$ ]] || (( major < _SCC_NODE_MIN_MAJOR )); then
        scc_log "warning: node $version is older than $_SCC_NODE_MIN_MAJOR: the TypeScript client's tests and the OpenAPI checks will fail."
        return 1
    fi
    scc_log "the TypeScript client and OpenAPI checks use node $version, npm $(npm --version 2>/dev/null || echo '?')"
}

# The stamp holds the hash of the lock file that node_modules was installed from: comparing two hashes is
# cheaper than asking npm whether anything changed.
scc_npm_ci() {
    local folder=$1 stamp lock_hash log
    stamp="$folder/node_modules/.scc-lock.sha256"
    lock_hash=$(sha256sum "$folder/package-lock.json" | cut -d ' ' -f 1) || return 1
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$lock_hash" ]]; then
        scc_log "$folder: node_modules is up to date with package-lock.json"
        return 0
    fi
    scc_log "$folder: npm ci"
    log=$(mktemp)
    if ! (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error) >"$log" 2>&1; then
        cat "$log" >&2
        rm -f -- "$log"
        scc_log "warning: npm ci failed in $folder: the tests that need its packages will fail."
        return 1
    fi
    rm -f -- "$log"
    printf '%s\n' "$lock_hash" >"$stamp"
}
