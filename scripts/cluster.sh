#!/usr/bin/env bash
#
# Runs the SCC Platform API as a small local cluster on http://localhost:5080 (docs/scaling-out.md):
#   - a PostgreSQL primary and one streaming replica (pg_basebackup -R), which answers anonymous list, feed, search
#     and digest reads (ConnectionStrings:SccReplica);
#   - Redis, the instances' shared output cache;
#   - N API instances (default 3), built once in Release, each on its own loopback port; the first applies the
#     migrations and loads the demo data, the others start after it is ready;
#   - HAProxy in front of them, checking each instance's /health/ready.
# Everything lives in temporary folders and is stopped and deleted again with Ctrl-C (or SIGTERM).
#
# Staff tokens: the instances accept HS256 tokens signed with SCC_JWT_SIGNING_KEY for SCC_JWT_ISSUER and SCC_JWT_AUDIENCE
# (taken from the environment, else generated for this run); the script prints how to make one with scripts/staff-token.sh.
#
# Options (or environment):
#   --instances N   (SCC_CLUSTER_INSTANCES)  number of API instances, default 3
#   --port P        (SCC_CLUSTER_PORT)       HAProxy's port on 127.0.0.1, default 5080
# Environment:
#   ASPNETCORE_ENVIRONMENT   default: Development
#   SCC_CLUSTER_API_DLL      run this Scc.Api.dll instead of building src/Api
#   SCC_CLUSTER_SEED=0       do not load the demo data
#   SCC_CLUSTER_STATE        also write the cluster's description (shell assignments, see below) to this file
#   SCC_NO_APT=1             never install PostgreSQL, Redis or HAProxy with apt-get
# Any other setting of the API can be given to every instance as an environment variable (RateLimiting__..., ...).
#
# Once ready the script prints, and writes to $SCC_CLUSTER_STATE when set, lines such as
#   SCC_CLUSTER_URL=http://localhost:5080  SCC_CLUSTER_API_PORTS="p1 p2 p3"  SCC_CLUSTER_API_PIDS="..."
#   SCC_PG_CONNECTION=...  SCC_PG_REPLICA_CONNECTION=...  SCC_PG_REPLICA_DATA=...  SCC_PG_BINDIR=...  SCC_REDIS_CONNECTION=...
# then waits. An instance that dies is reported and left down (HAProxy sends its traffic to the others).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh
# shellcheck source=scripts/lib/apt.sh
source scripts/lib/apt.sh
# shellcheck source=scripts/lib/redis.sh
source scripts/lib/redis.sh
# shellcheck source=scripts/lib/cluster.sh
source scripts/lib/cluster.sh

instances=${SCC_CLUSTER_INSTANCES:-3}
listen=${SCC_CLUSTER_PORT:-5080}
while (($# > 0)); do
    case "$1" in
        --instances) instances=${2:?--instances needs a number}; shift 2 ;;
        --port) listen=${2:?--port needs a number}; shift 2 ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
        *) scc_die "unknown argument: $1 (see --help)" ;;
    esac
done
[[ "$instances" =~ ^[1-9][0-9]?$ ]] || scc_die "--instances must be between 1 and 99"
[[ "$listen" =~ ^[0-9]+$ ]] || scc_die "--port must be a port number"

command -v dotnet >/dev/null 2>&1 || scc_die "the .NET SDK (dotnet) is not installed: see https://dotnet.microsoft.com/download"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"

# What every instance shares; a missing piece is found (or installed) before anything starts.
scc_pg_find_bindir
scc_redis_find
scc_haproxy_find

api_dll=${SCC_CLUSTER_API_DLL:-}
if [[ -z "$api_dll" ]]; then
    scc_log "building the API once (Release)"
    dotnet build src/Api/Scc.Api.csproj -c Release -nologo -v quiet -clp:NoSummary >/dev/null || scc_die "the build failed: run 'dotnet build src/Api -c Release' to see why"
    api_dll=$(pwd)/src/Api/bin/Release/net10.0/Scc.Api.dll
fi
[[ -f "$api_dll" ]] || scc_die "no API at $api_dll"

api_dir=$(mktemp -d "${TMPDIR:-/tmp}/scc-cluster.XXXXXX")
api_pids=()
api_ports=()

stop_instances() {
    local pid i
    for pid in "${api_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${api_pids[@]}"; do
        for ((i = 0; i < 150; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    done
    api_pids=()
}

stop_all() {
    trap - EXIT INT TERM
    scc_haproxy_stop
    if ((${#api_pids[@]} > 0)); then
        scc_log "stopping ${#api_pids[@]} API instances"
        stop_instances
    fi
    scc_redis_stop
    scc_pg_replica_stop
    scc_pg_stop
    rm -rf -- "$api_dir"
}
trap stop_all EXIT
trap 'stop_all; scc_log "stopped"; exit 130' INT
trap 'stop_all; scc_log "stopped"; exit 143' TERM

# A primary that can feed a replica (wal_level=replica and WAL senders are PostgreSQL's defaults), with room for the
# connection pools of every instance.
pg_options=(-c max_connections=$((100 + 60 * instances)))
scc_pg_start scc "${pg_options[@]}"
# scc_pg_start set its own traps: this script's cleanup stops everything, PostgreSQL last.
trap stop_all EXIT
trap 'stop_all; scc_log "stopped"; exit 130' INT
trap 'stop_all; scc_log "stopped"; exit 143' TERM
scc_pg_replica_start "${pg_options[@]}"
scc_redis_start

# Staff tokens for this cluster.
export SCC_JWT_ISSUER="${SCC_JWT_ISSUER:-scc-local}" SCC_JWT_AUDIENCE="${SCC_JWT_AUDIENCE:-scc-api}"
export SCC_JWT_SIGNING_KEY="${SCC_JWT_SIGNING_KEY:-$(head -c 32 /dev/urandom | base64)}"

free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

# Starts instance number $1; its settings are the environment's, plus these.
start_instance() {
    local n=$1 first=$2 port
    port=$(free_port)
    (
        export ASPNETCORE_URLS="http://127.0.0.1:$port"
        export ConnectionStrings__Scc="$SCC_PG_CONNECTION"
        export ConnectionStrings__SccReplica="$SCC_PG_REPLICA_CONNECTION"
        export OutputCache__Redis="$SCC_REDIS_CONNECTION"
        export Database__MigrateOnStartup="$first"
        if [[ "$first" == true && "${SCC_CLUSTER_SEED:-1}" != 0 ]]; then export Database__SeedDemoData=true; else export Database__SeedDemoData=false; fi
        : "${Authentication__Schemes__Bearer__ValidIssuer:=$SCC_JWT_ISSUER}"
        : "${Authentication__Schemes__Bearer__ValidAudiences__0:=$SCC_JWT_AUDIENCE}"
        : "${Authentication__Schemes__Bearer__SigningKeys__0__Issuer:=$SCC_JWT_ISSUER}"
        : "${Authentication__Schemes__Bearer__SigningKeys__0__Value:=$SCC_JWT_SIGNING_KEY}"
        export Authentication__Schemes__Bearer__ValidIssuer Authentication__Schemes__Bearer__ValidAudiences__0 \
            Authentication__Schemes__Bearer__SigningKeys__0__Issuer Authentication__Schemes__Bearer__SigningKeys__0__Value
        cd "$(dirname "$api_dll")"
        exec dotnet "$api_dll" >"$api_dir/api$n.log" 2>&1
    ) &
    api_pids+=("$!")
    api_ports+=("$port")
    scc_log "API instance $n: pid $!, http://127.0.0.1:$port (log: $api_dir/api$n.log)"
}

# Waits until instance $1 (1-based) answers /health/ready.
wait_ready() {
    local n=$1 i port=${api_ports[$(($1 - 1))]} pid=${api_pids[$(($1 - 1))]}
    for ((i = 0; i < 240; i++)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -n 40 "$api_dir/api$n.log" >&2 || true
            scc_die "API instance $n exited while starting"
        fi
        [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/health/ready" || true)" == 200 ]] && return 0
        sleep 0.25
    done
    tail -n 40 "$api_dir/api$n.log" >&2 || true
    scc_die "API instance $n was not ready within 60 s"
}

start_instance 1 true
wait_ready 1
for ((n = 2; n <= instances; n++)); do start_instance "$n" false; done
for ((n = 2; n <= instances; n++)); do wait_ready "$n"; done

scc_haproxy_start "$listen" "${api_ports[@]}"
url="http://localhost:$listen"

state=$api_dir/cluster.env
cat >"$state" <<EOF
SCC_CLUSTER_URL=$url
SCC_CLUSTER_API_PORTS="${api_ports[*]}"
SCC_CLUSTER_API_PIDS="${api_pids[*]}"
SCC_PG_CONNECTION="$SCC_PG_CONNECTION"
SCC_PG_REPLICA_CONNECTION="$SCC_PG_REPLICA_CONNECTION"
SCC_PG_REPLICA_DATA=$SCC_PG_REPLICA_DATA
SCC_PG_BINDIR=$SCC_PG_BINDIR
SCC_REDIS_CONNECTION=$SCC_REDIS_CONNECTION
SCC_JWT_ISSUER=$SCC_JWT_ISSUER
SCC_JWT_AUDIENCE=$SCC_JWT_AUDIENCE
SCC_JWT_SIGNING_KEY=$SCC_JWT_SIGNING_KEY
EOF
[[ -n "${SCC_CLUSTER_STATE:-}" ]] && cp "$state" "$SCC_CLUSTER_STATE"
scc_log "cluster ready: $url (HAProxy over ${#api_ports[@]} instances; primary port $SCC_PG_PORT, replica port $SCC_PG_REPLICA_PORT, Redis $SCC_REDIS_CONNECTION)"
scc_log "its description: $state"
scc_log "a staff token: TOKEN=\$(env \$(grep ^SCC_JWT_ $state | xargs) ./scripts/staff-token.sh admin)"
scc_log "press Ctrl-C to stop"

# Wait for Ctrl-C; an instance that dies is reported once and left down.
declare -A reported=()
while true; do
    for ((n = 1; n <= ${#api_pids[@]}; n++)); do
        pid=${api_pids[$((n - 1))]}
        if [[ -z "${reported[$pid]:-}" ]] && ! kill -0 "$pid" 2>/dev/null; then
            reported[$pid]=1
            scc_log "API instance $n (pid $pid) has exited; HAProxy sends its traffic to the others"
        fi
    done
    sleep 1 &
    wait $! || true
done
