#!/usr/bin/env bash
#
# Runs the SCC Platform API locally on http://localhost:5080 (the API browser at /scalar, Swagger UI at /swagger).
# Once the API answers, it prints its addresses, how to get an editor's token and two demo records to try.
#
# Database: uses ConnectionStrings__Scc when set; otherwise starts a throw-away
# local PostgreSQL (stopped and deleted again when this script ends).
# In the Development environment (the default here) the API applies migrations
# and loads demo data on start-up, and also trusts the local staff tokens of ./scripts/staff-token.sh: their
# key comes from the environment or .env (SCC_JWT_*), else from .local/staff-token.env, made on the first start.
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
# shellcheck source=scripts/lib/staff-token-settings.sh
source scripts/lib/staff-token-settings.sh

command -v dotnet >/dev/null 2>&1 || scc_die "the .NET SDK (dotnet) is not installed: see https://dotnet.microsoft.com/download"

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
urls="${SCC_URLS:-http://localhost:5080}"

if [[ -n "${ConnectionStrings__Scc:-}" ]]; then
    scc_log "using the database from ConnectionStrings__Scc"
else
    scc_pg_start scc
    export ConnectionStrings__Scc="$SCC_PG_CONNECTION"
fi

if [[ "$ASPNETCORE_ENVIRONMENT" == "Development" ]]; then
    # Beside the issuer of "dotnet user-jwts" (appsettings.Development.json): the one ./scripts/staff-token.sh signs for.
    scc_staff_token_settings --create
    export Authentication__Schemes__Bearer__ValidIssuers__0="$SCC_JWT_ISSUER"
    export Authentication__Schemes__Bearer__ValidAudiences__1="$SCC_JWT_AUDIENCE"
    export Authentication__Schemes__Bearer__SigningKeys__local__Issuer="$SCC_JWT_ISSUER"
    export Authentication__Schemes__Bearer__SigningKeys__local__Value="$SCC_JWT_SIGNING_KEY"
fi

first_url="${urls%%;*}"
first_url="${first_url/\/\/+:/\/\/localhost:}"
first_url="${first_url/\/\/\*:/\/\/localhost:}"
first_url="${first_url/\/\/0.0.0.0:/\/\/localhost:}"
scc_log "environment: $ASPNETCORE_ENVIRONMENT"
scc_log "starting the API on $urls"
base="${first_url%/}"

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
# Tells what to try once the API answers (or stops waiting when it has stopped).
announce_when_ready() {
    while kill -0 "$app_pid" 2>/dev/null; do
        if curl -fsS -o /dev/null --max-time 2 "$base/health/ready" 2>/dev/null; then
            cat <<READY

  The SCC Platform API is ready (press Ctrl-C to stop).
    API                $base/api/v1/events?when=all&limit=5
    API browser        $base/scalar          (Swagger UI: $base/swagger)
    OpenAPI document   $base/swagger/v1/swagger.json
READY
            if [[ "$ASPNETCORE_ENVIRONMENT" == "Development" ]]; then
                cat <<READY
    Editor token       TOKEN=\$(./scripts/staff-token.sh editor)      (admin: ./scripts/staff-token.sh admin)
    Demo records       the Smart City Consortium and its president, Gary Yeung:
      curl $base/api/v1/organisations/01890a5e-5cc0-7000-8000-000000000001
      curl '$base/api/v1/people/01890a5e-5cc0-7000-8000-000000000101?on=2023-08-07'
    More               README.md, then docs/api-tour.md

READY
            fi
            return
        fi
        sleep 0.5
    done
}
if command -v curl >/dev/null 2>&1; then
    announce_when_ready
else
    scc_log "API browser: $base/scalar (press Ctrl-C to stop)"
fi

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
