#!/usr/bin/env bash
#
# The benchmark: builds the API and the baseline in Release, starts a throw-away PostgreSQL, loads a small
# and a large data set, runs the scenarios with wrk and writes the report to bench/RESULTS.md.
#
#   bench/run.sh            full run: 100,000 events / 2,000 organisations / 1,000,000 registrations
#   bench/run.sh --quick    short durations and a smaller large set, to try it out
#
# Environment:
#   BENCH_DURATION          seconds per measured wrk run (default 15; 3 with --quick)
#   BENCH_REPORT            where the report goes (default bench/RESULTS.md)
#   BENCH_CHANGES_AUTH      header for the registrations changes feed, e.g. "X-Api-Key: ..." (default: a key the
#                           bench tool inserts into each database; the step is skipped when the feed answers 404)
#   SCC_NO_APT=1            never install wrk or PostgreSQL with apt-get
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root=$(pwd)
# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh
# shellcheck source=scripts/lib/apt.sh
source scripts/lib/apt.sh

mode=full
[[ "${1:-}" == "--quick" ]] && mode=quick
command_line="bench/run.sh${1:+ $1}"

if [[ $mode == quick ]]; then
    large_events=10000 large_registrations=100000 duration=${BENCH_DURATION:-3} warmup=2
else
    large_events=100000 large_registrations=1000000 duration=${BENCH_DURATION:-15} warmup=5
fi
small_events=1000 small_registrations=10000 organisations=2000
connections=64
report=${BENCH_REPORT:-$repo_root/bench/RESULTS.md}
out=$repo_root/bench/.out
results=$repo_root/bench/.results
rm -rf -- "$results"
mkdir -p "$out" "$results"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1
command -v dotnet >/dev/null 2>&1 || scc_die "the .NET SDK (dotnet) is not installed"
command -v python3 >/dev/null 2>&1 || scc_die "python3 is needed to write the report"
command -v curl >/dev/null 2>&1 || scc_die "curl is needed"
if ! command -v wrk >/dev/null 2>&1; then
    scc_apt_install "wrk not found" wrk || scc_die "wrk is not installed (Debian/Ubuntu: apt-get install wrk)"
fi

scc_log "building the API, the baseline and the bench tool (Release)"
# The API as the Docker image ships it: published in Release, compiled ahead of time (ReadyToRun).
rm -rf -- "$out/api"
dotnet publish src/Api/Scc.Api.csproj -c Release -p:PublishReadyToRun=true -o "$out/api" -v quiet -nologo >"$results/build.log" 2>&1 || { tail -n 30 "$results/build.log"; scc_die "build failed"; }
dotnet build bench/Baseline/Baseline.csproj -c Release -o "$out/baseline" -v quiet -nologo >>"$results/build.log" 2>&1 || { tail -n 30 "$results/build.log"; scc_die "build failed"; }
dotnet build bench/BenchTool/BenchTool.csproj -c Release -o "$out/benchtool" -v quiet -nologo >>"$results/build.log" 2>&1 || { tail -n 30 "$results/build.log"; scc_die "build failed"; }

scc_pg_start scc_small -c max_connections=300 -c shared_buffers=256MB
small_db=$SCC_PG_CONNECTION
"$SCC_PG_BINDIR/postgres" --version >"$results/postgres-version"
# The disk's flush rate bounds the rush: each registration commits while it holds the event's row lock.
if [[ -x "$SCC_PG_BINDIR/pg_test_fsync" ]]; then
    (cd "$SCC_PG_DIR" && timeout 60 "$SCC_PG_BINDIR/pg_test_fsync" -s 1 -f "$SCC_PG_DIR/fsync.test" 2>/dev/null |
        awk '/fdatasync/ && /ops\/sec/ {print $2; exit}' >"$results/fdatasync-ops" || true)
    rm -f "$SCC_PG_DIR/fsync.test"
fi
"$SCC_PG_BINDIR/createdb" -h 127.0.0.1 -p "$SCC_PG_PORT" -U postgres scc_large
large_db="Host=127.0.0.1;Port=$SCC_PG_PORT;Username=postgres;Database=scc_large"

pids=()
# The servers are started in subshells, so they are not this shell's children: stop them by id and poll.
stop_pid() {
    local i
    kill "$1" 2>/dev/null || return 0
    for ((i = 0; i < 100; i++)); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$1" 2>/dev/null || true
}
stop_all() {
    local pid
    for pid in "${pids[@]}"; do stop_pid "$pid"; done
    pids=()
    scc_pg_stop
}
trap stop_all EXIT
trap 'trap - INT; stop_all; exit 130' INT
trap 'trap - TERM; stop_all; exit 143' TERM

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# The daily retention sweep is background work, not a request path: it would erase old registrations in the middle
# of the measurements (and its first run would land in the startup figure), so it is off here.
api_env=(ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false Retention__Enabled=false)
# The anonymous events list is served from the output cache; the list and cost-growth runs switch that off, so
# that every request queries the database, as the baseline does. One more run measures the list as served.
uncached_list=(OutputCache__EventList=false)

migrate_and_load() { # <connection> <events> <registrations> <name>
    scc_log "migrating $4"
    (cd "$out/api" && env "${api_env[@]}" ConnectionStrings__Scc="$1" dotnet Scc.Api.dll migrate) >"$results/migrate-$4.log" 2>&1 \
        || { tail -n 30 "$results/migrate-$4.log"; scc_die "migration failed"; }
    scc_log "loading $4: $2 events, $organisations organisations, $3 registrations"
    local started=$SECONDS
    dotnet "$out/benchtool/BenchTool.dll" generate "$1" "$2" "$organisations" "$3" | tee "$results/load-$4.log"
    echo "$((SECONDS - started))" >"$results/load-$4.seconds"
    # A key that may read the registrations changes feed (the data's registrations filled registration_changes).
    [[ -n "${BENCH_CHANGES_AUTH:-}" ]] || dotnet "$out/benchtool/BenchTool.dll" apikey "$1" >"$results/changes-auth-$4"
}

# Starts the API on <connection> and prints "<pid> <port> <ms to ready>"; ready means /health/ready answers 200.
start_api() { # <connection> <name> [VARIABLE=value...]
    local port pid started ms connection=$1 name=$2
    shift 2
    port=$(free_port)
    started=$(date +%s%N)
    # From its own folder, as deployed: the content root holds appsettings.json (log levels and the rest).
    cd "$out/api"
    env "${api_env[@]}" "$@" ConnectionStrings__Scc="$connection" ASPNETCORE_URLS="http://127.0.0.1:$port" \
        dotnet Scc.Api.dll >"$results/api-$name.log" 2>&1 &
    pid=$!
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready" 2>/dev/null || true)" == 200 ]]; do
        kill -0 "$pid" 2>/dev/null || { tail -n 30 "$results/api-$name.log" >&2; scc_die "the API stopped"; }
        sleep 0.02
    done
    ms=$(( ($(date +%s%N) - started) / 1000000 ))
    echo "$pid $port $ms"
}

start_baseline() { # <connection>
    local port pid
    port=$(free_port)
    cd "$out/baseline"
    ConnectionStrings__Scc="$1" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet Baseline.dll >"$results/baseline.log" 2>&1 &
    pid=$!
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/live" 2>/dev/null || true)" == 200 ]]; do
        kill -0 "$pid" 2>/dev/null || { tail -n 30 "$results/baseline.log" >&2; scc_die "the baseline stopped"; }
        sleep 0.05
    done
    echo "$pid $port"
}

# Runs wrk against <url> and keeps its summary as JSON in <name>.json.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# Runs wrk against <url> and keeps its summary as JSON in <name>.json, with the CPU time the server
# (process $measured_pid) spent, in clock ticks.
measured_pid=""
measure() { # <name> <url> <connections> [header]
    local name=$1 url=$2 conns=$3 threads=2 header=${4:-} before=0
    local extra=()
    [[ -n "$header" ]] && extra=(-H "$header")
    (( conns < threads )) && threads=$conns
    wrk -t"$threads" -c"$conns" -d"${warmup}s" "${extra[@]}" "$url" >/dev/null 2>&1 || true
    scc_log "measuring $name: $conns connections, ${duration}s"
    [[ -n "$measured_pid" ]] && before=$(cpu_ticks "$measured_pid")
    wrk -t"$threads" -c"$conns" -d"${duration}s" --timeout 10s --latency -s bench/wrk/report.lua "${extra[@]}" "$url" >"$results/$name.txt" 2>&1 \
        || { cat "$results/$name.txt"; scc_die "wrk failed for $name"; }
    grep '^WRK_JSON ' "$results/$name.txt" | sed 's/^WRK_JSON //' >"$results/$name.json"
    [[ -n "$measured_pid" ]] && echo "$(( $(cpu_ticks "$measured_pid") - before )) $(getconf CLK_TCK)" >"$results/$name.cpu"
    grep -E 'Requests/sec|Non-2xx|Socket errors' "$results/$name.txt" | sed "s/^/[scc]   /" || true
}

peak_memory_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }

list_path='/api/v1/events?limit=20&type=seminar'
changes_path='/api/v1/registrations/changes?limit=20'

# Cost-growth requests: few connections, so that p50 is the cost of one request rather than queueing.
measure_cost() { # <suffix> <port>
    measure "cost-list-$1" "http://127.0.0.1:$2$list_path" 4
    local status auth=${BENCH_CHANGES_AUTH:-}
    [[ -n "$auth" ]] || auth=$(cat "$results/changes-auth-$1")
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "http://127.0.0.1:$2$changes_path" || true)
    echo "$status" >"$results/changes-status-$1"
    if [[ "$status" == 404 ]]; then
        scc_log "changes feed: $changes_path answers 404 (not in this build): skipped"
    elif [[ "$status" != 200 ]]; then
        scc_log "changes feed: $changes_path answers $status (set BENCH_CHANGES_AUTH to the header it needs): skipped"
    else
        measure "cost-changes-$1" "http://127.0.0.1:$2$changes_path" 4 "$auth"
    fi
}

migrate_and_load "$small_db" "$small_events" "$small_registrations" small
migrate_and_load "$large_db" "$large_events" "$large_registrations" large

# --- small data set: the cost-growth reference --------------------------------------------------------
read -r api_pid api_port ready_ms < <(start_api "$small_db" small "${uncached_list[@]}")
[[ -n "${ready_ms:-}" ]] || scc_die "the API did not start"
pids+=("$api_pid")
measured_pid=$api_pid
scc_log "API on the small data set: ready in ${ready_ms} ms"
echo "$ready_ms" >"$results/startup-small-ms"
measure_cost small "$api_port"
stop_pid "$api_pid"
pids=()

# --- large data set ------------------------------------------------------------------------------------
read -r api_pid api_port ready_ms < <(start_api "$large_db" large "${uncached_list[@]}")
[[ -n "${ready_ms:-}" ]] || scc_die "the API did not start"
pids+=("$api_pid")
measured_pid=$api_pid
scc_log "API on the large data set: ready in ${ready_ms} ms"
echo "$ready_ms" >"$results/startup-large-ms"
read -r base_pid base_port < <(start_baseline "$large_db")
[[ -n "${base_port:-}" ]] || scc_die "the baseline did not start"
pids+=("$base_pid")

curl -s "http://127.0.0.1:$api_port$list_path" >"$results/sample-api.json"
curl -s "http://127.0.0.1:$base_port$list_path" >"$results/sample-baseline.json"

measured_pid=$base_pid
measure baseline-list "http://127.0.0.1:$base_port$list_path" "$connections"
measured_pid=$api_pid
measure api-list "http://127.0.0.1:$api_port$list_path" "$connections"
# As browsers and HTTP libraries ask for them: compressed when the server offers it (the feed does, health does not).
browser_encoding='Accept-Encoding: br, gzip'
measure health-live "http://127.0.0.1:$api_port/health/live" "$connections" "$browser_encoding"
measure feed "http://127.0.0.1:$api_port/api/v1/feeds/events?lang=en" "$connections" "$browser_encoding"
measure feed-identity "http://127.0.0.1:$api_port/api/v1/feeds/events?lang=en" "$connections"
measure_cost large "$api_port"

# The list as anonymous callers get it: from the output cache (its default), on a second instance.
read -r cached_pid cached_port cached_ms < <(start_api "$large_db" large-cached)
[[ -n "${cached_ms:-}" ]] || scc_die "the API did not start"
pids+=("$cached_pid")
measured_pid=$cached_pid
measure api-list-cached "http://127.0.0.1:$cached_port$list_path" "$connections"
peak_memory_kb "$cached_pid" >"$results/api-cached-peak-kb"
stop_pid "$cached_pid"
measured_pid=$api_pid

scc_log "registration rush: 1000 submissions from $connections clients"
dotnet "$out/benchtool/BenchTool.dll" rush "$large_db" "http://127.0.0.1:$api_port" 1000 "$connections" "$results/rush.json" >/dev/null

peak_memory_kb "$api_pid" >"$results/api-peak-kb"
peak_memory_kb "$base_pid" >"$results/baseline-peak-kb"
stop_all
trap - EXIT INT TERM

python3 bench/report.py "$results" "$report" "$mode" "$command_line" \
    "$small_events" "$small_registrations" "$large_events" "$large_registrations" "$organisations" "$connections" "$duration"
scc_log "report written to ${report#"$repo_root"/}"
