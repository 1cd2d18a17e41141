#!/usr/bin/env bash
#
# Runs every test of the solution against a real PostgreSQL.
#
# Database, in this order:
#   1. SCC_TEST_CONNECTION when set (Npgsql connection string of a server on which
#      the tests may create and drop their own databases);
#   2. Docker, when a Docker engine answers (the tests start PostgreSQL with Testcontainers);
#   3. otherwise a throw-away local PostgreSQL started here (and removed afterwards),
#      exported to the tests as SCC_TEST_CONNECTION.
#
# Redis (the output cache shared by several API instances): SCC_TEST_REDIS when set, otherwise a
# throw-away local redis-server started here and exported as SCC_TEST_REDIS.
# The browser tests launch the system Chromium: Debian's chromium package is installed when missing.
# The TypeScript client's tests (clients/typescript, run by TypeScriptClientTests) and the OpenAPI document's
# checks (Redocly lint and diff, tools/openapi) need Node.js 20+ and npm: Debian's nodejs and npm packages are
# installed when missing, then 'npm ci' installs each folder's packages (skipped when its node_modules was
# installed from the same package-lock.json). tools/compose holds the Compose Specification's JSON schema, against which
# the tests validate docker-compose.yml; tools/ical holds ical.js, the second iCalendar parser the calendar feeds are read
# with; tools/axe holds axe-core, which the browser tests run over the embedded widget; tools/webhooks holds the Standard
# Webhooks reference library that verifies deliveries; samples/sync-node is the integration kit's Node.js sample. The
# PHP webhook snippet of docs/integration.md runs with Debian's php-cli. The scale-out test (ScaleOutTests) runs
# scripts/cluster.sh, with Debian's haproxy in front of the API instances; the documentation's curl examples keep ids
# with jq.
# PostgreSQL, redis-server, chromium, nodejs, npm, php-cli, haproxy and jq are installed with apt-get when missing (as
# root; not with SCC_NO_APT=1).
#
# Results (TRX) go to artifacts/test-results/; one-line reports of some tests (artifacts/reports/)
# are printed at the end. The last line printed is the summary:
#   "N passed, N failed" (", N skipped" is appended when tests were skipped).
# The exit code is the one of 'dotnet test' (non-zero when a test failed).
#
# Environment:
#   SCC_TEST_CONNECTION   use this PostgreSQL server
#   SCC_NO_DOCKER=1       ignore Docker and use a local PostgreSQL
#   SCC_TEST_REDIS        use this Redis server (host:port)
#   SCC_CHROMIUM          launch this Chromium binary in the browser tests
#   SCC_NO_APT=1          never install PostgreSQL, Redis, Chromium, Node.js, npm, PHP or HAProxy with apt-get
#
# Extra arguments are passed to 'dotnet test' (e.g. --filter "FullyQualifiedName~Orders").
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root=$(pwd)
# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh
# shellcheck source=scripts/lib/apt.sh
source scripts/lib/apt.sh
# shellcheck source=scripts/lib/redis.sh
source scripts/lib/redis.sh
# shellcheck source=scripts/lib/chromium.sh
source scripts/lib/chromium.sh
# shellcheck source=scripts/lib/node.sh
source scripts/lib/node.sh
# shellcheck source=scripts/lib/php.sh
source scripts/lib/php.sh
# shellcheck source=scripts/lib/cluster.sh
source scripts/lib/cluster.sh

command -v dotnet >/dev/null 2>&1 || scc_die "the .NET SDK (dotnet) is not installed: see https://dotnet.microsoft.com/download"

export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"
# No build processes left running after the tests.
export MSBUILDDISABLENODEREUSE="${MSBUILDDISABLENODEREUSE:-1}"

# True when a Docker engine answers, as Testcontainers would find it.
docker_usable() {
    local host=${DOCKER_HOST:-} sock
    if [[ -n "$host" ]]; then
        case "$host" in
            unix://*) sock=${host#unix://} ;;
            *) return 0 ;; # tcp://, ssh://, npipe://: trust the configured endpoint
        esac
    else
        sock=/var/run/docker.sock
    fi
    [[ -S "$sock" ]] || return 1
    if command -v curl >/dev/null 2>&1; then
        [[ "$(curl -s --max-time 5 --unix-socket "$sock" http://localhost/_ping 2>/dev/null || true)" == "OK" ]]
        return
    fi
    if command -v python3 >/dev/null 2>&1; then
        python3 - "$sock" <<'PY' >/dev/null 2>&1
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.settimeout(5)
s.connect(sys.argv[1])
s.sendall(b"GET /_ping HTTP/1.0\r\nHost: localhost\r\n\r\n")
data = b""
while True:
    chunk = s.recv(4096)
    if not chunk:
        break
    data += chunk
sys.exit(0 if b" 200 " in data.split(b"\r\n", 1)[0] + b" " else 1)
PY
        return
    fi
    return 1
}

if [[ -n "${SCC_TEST_CONNECTION:-}" ]]; then
    scc_log "using the PostgreSQL server from SCC_TEST_CONNECTION"
elif [[ -z "${SCC_NO_DOCKER:-}" ]] && docker_usable; then
    scc_log "Docker is available: the tests start PostgreSQL with Testcontainers"
else
    scc_log "no Docker engine: using a throw-away local PostgreSQL"
    scc_pg_start postgres -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300
    export SCC_TEST_CONNECTION="$SCC_PG_CONNECTION"
fi

# From here on, one cleanup stops whatever this script started (each stop is a no-op otherwise).
scc_stop_services() {
    scc_redis_stop
    scc_pg_stop
}
trap scc_stop_services EXIT
trap 'trap - INT; scc_stop_services; exit 130' INT
trap 'trap - TERM; scc_stop_services; exit 143' TERM

if [[ -n "${SCC_TEST_REDIS:-}" ]]; then
    scc_log "using the Redis server from SCC_TEST_REDIS"
else
    scc_redis_start
    export SCC_TEST_REDIS="$SCC_REDIS_CONNECTION"
fi

scc_chromium_ensure
# A failure here fails only the tests that need these packages (with its reason), not the run.
if scc_node_ensure; then
    scc_npm_ci clients/typescript || true
    scc_npm_ci tools/openapi || true
    scc_npm_ci tools/compose || true
    scc_npm_ci tools/webhooks || true
    scc_npm_ci tools/ical || true
    scc_npm_ci tools/axe || true
    scc_npm_ci samples/sync-node || true
fi
scc_php_ensure || true
# The curl examples of the README and docs/ keep ids with jq (DocExamplesTests).
command -v jq >/dev/null 2>&1 || scc_apt_install "jq not found (the documentation's curl examples)" jq || true
scc_haproxy_ensure || true

results_dir="$repo_root/artifacts/test-results"
reports_dir="$repo_root/artifacts/reports"
rm -rf -- "$results_dir" "$reports_dir"
mkdir -p "$results_dir"

# Microsoft.Testing.Platform (opted in through global.json) takes different switches.
if [[ -f global.json ]] && grep -q '"Microsoft.Testing.Platform"' global.json; then
    test_cmd=(dotnet test --solution Scc.Api.sln -c Release --report-trx --results-directory "$results_dir" "$@")
else
    test_cmd=(dotnet test Scc.Api.sln -c Release --logger trx --results-directory "$results_dir" "$@")
fi

scc_log "running: ${test_cmd[*]}"
test_status=0
"${test_cmd[@]}" || test_status=$?

# Stop Redis and PostgreSQL now so that the summary below stays the last line printed.
scc_stop_services
trap - EXIT INT TERM

summary_status=0
summary=$(python3 - "$results_dir" <<'PY' 2>/dev/null
import glob, os, sys
import xml.etree.ElementTree as ET

files = glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True)
passed = failed = skipped = 0
for path in files:
    for el in ET.parse(path).getroot().iter():
        if el.tag.rsplit("}", 1)[-1] != "Counters":
            continue
        n = lambda name: int(el.get(name, "0") or 0)
        passed += n("passed")
        failed += n("failed") + n("error") + n("timeout") + n("aborted")
        skipped += n("notExecuted")
text = f"{passed} passed, {failed} failed"
if skipped:
    text += f", {skipped} skipped"
print(text)
sys.exit(0 if files else 3)
PY
) || summary_status=$?

if [[ -z "$summary" || ( $summary_status -ne 0 && $summary_status -ne 3 ) ]]; then
    # No python3 (or it failed): read the counters with grep and sed.
    passed=0 failed=0 skipped=0 found=0
    while IFS= read -r -d '' trx; do
        found=1
        counters=$(tr '\n' ' ' <"$trx" | grep -o '<Counters [^>]*>' | head -n 1 || true)
        for name in passed failed error timeout aborted notExecuted; do
            value=$(printf '%s' "$counters" | sed -n "s/.* $name=\"\([0-9]*\)\".*/\1/p")
            value=${value:-0}
            case "$name" in
                passed) passed=$((passed + value)) ;;
                notExecuted) skipped=$((skipped + value)) ;;
                *) failed=$((failed + value)) ;;
            esac
        done
    done < <(find "$results_dir" -name '*.trx' -type f -print0)
    summary="$passed passed, $failed failed"
    (( skipped > 0 )) && summary+=", $skipped skipped"
    summary_status=0
    (( found )) || summary_status=3
fi

if [[ $summary_status -eq 3 ]]; then
    echo "[scc] no test results (*.trx) found in $results_dir" >&2
    [[ $test_status -ne 0 ]] || test_status=1
fi
if [[ $test_status -eq 0 && "$summary" =~ ^[0-9]+\ passed,\ ([0-9]+)\ failed ]] && (( BASH_REMATCH[1] > 0 )); then
    test_status=1
fi

# One-line reports some tests write (counts of the outage and hostile-input runs).
if compgen -G "$reports_dir/*.txt" >/dev/null; then
    cat "$reports_dir"/*.txt
fi
echo "$summary"
exit "$test_status"
