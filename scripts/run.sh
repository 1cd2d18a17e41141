#!/usr/bin/env bash
#
# Runs the SCC Platform API locally on http://localhost:5080 (Swagger at /swagger).
#
# Database: uses ConnectionStrings__Scc when set; otherwise starts a throw-away
# local PostgreSQL (stopped and deleted again when this script ends).
# In the Development environment (the default here) the API applies migrations
# and loads demo data on start-up.
#
# Environment:
#   ConnectionStrings__Scc   Npgsql connection string of an existing database
#   ASPNETCORE_ENVIRONMENT   default: Development
#   SCC_URLS                 listen URLs (default: http://localhost:5080)
#   SCC_NO_APT=1             never install PostgreSQL with apt-get
#
# Extra arguments are passed to the application.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh

command -v dotnet >/dev/null 2>&1 || scc_die "the .NET SDK (dotnet) is not installed: see https://dotnet.microsoft.com/download"

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
urls="${SCC_URLS:-http://localhost:5080}"

if [[ -n "${ConnectionStrings__Scc:-}" ]]; then
    scc_log "using the database from ConnectionStrings__Scc"
else
    scc_pg_start scc
    export ConnectionStrings__Scc="$SCC_PG_CONNECTION"
fi

first_url="${urls%%;*}"
first_url="${first_url/\/\/+:/\/\/localhost:}"
first_url="${first_url/\/\/\*:/\/\/localhost:}"
first_url="${first_url/\/\/0.0.0.0:/\/\/localhost:}"
scc_log "environment: $ASPNETCORE_ENVIRONMENT"
scc_log "starting the API on $urls"
scc_log "Swagger UI: ${first_url%/}/swagger (press Ctrl-C to stop)"

dotnet run --project src/Api/Scc.Api.csproj --no-launch-profile --urls "$urls" -- "$@" &
app_pid=$!

interrupted=""
# dotnet run forwards SIGTERM to the application, which then shuts down gracefully.
# shellcheck disable=SC2317  # invoked by the trap below
forward_stop() {
    interrupted=$1
    kill -TERM "$app_pid" 2>/dev/null || true
}
trap 'forward_stop 130' INT
trap 'forward_stop 143' TERM

# 'wait' returns early whenever a trapped signal arrives: keep waiting until the API is gone.
while kill -0 "$app_pid" 2>/dev/null; do
    wait "$app_pid" || true
done
status=0
wait "$app_pid" || status=$?

trap - INT TERM
scc_pg_stop
if [[ -n "$interrupted" ]]; then
    scc_log "stopped"
    exit "$interrupted"
fi
exit "$status"
