#!/usr/bin/env bash
#
# The benchmark: builds the API and the baseline in Release, starts a throw-away PostgreSQL, loads a small
# and a large data set, runs the scenarios with wrk and writes the report to bench/RESULTS.md.
#
# The steps, in order: build; load the small and the large data set; startup on both; cost growth (the same requests
# on both); the events list against the hand-written baseline; the cached feed against /health/live, then the feed
# uncompressed; the cached list (its first 5 s on a fresh instance, then steady); the registration rush; the cluster
# (two instances behind HAProxy sharing a Redis output cache: the cached list, then the rush through it); the outbox
# drain, alone on the database; the report, with a row in history.csv beside it.
#
#   bench/run.sh            full run: 100,000 events / 2,000 organisations / 1,000,000 registrations
#   bench/run.sh --quick    short durations and a smaller large set, to try it out
#
# Environment:
#   BENCH_DURATION          seconds per measured scenario (default 15; 3 with --quick), split into rounds for the pairs
#   BENCH_REPORT            where the report goes (default bench/RESULTS.md)
#   BENCH_CHANGES_AUTH      header for the registrations changes feed, e.g. "X-Api-Key: ..." (default: a key the
#                           bench tool inserts into each database; the step is skipped when the feed answers 404)
#   BENCH_DRAIN_SUBMISSIONS registrations in the outbox drain's rush (default 1000)
#   SCC_NO_APT=1            never install wrk, PostgreSQL, Redis or HAProxy with apt-get
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root=$(pwd)
# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh
# shellcheck source=scripts/lib/apt.sh
source scripts/lib/apt.sh
# shellcheck source=scripts/lib/redis.sh
source scripts/lib/redis.sh
# shellcheck source=scripts/lib/cluster.sh
source scripts/lib/cluster.sh
# shellcheck source=bench/lib.sh
source bench/lib.sh

mode=full
[[ "${1:-}" == "--quick" ]] && mode=quick
command_line="bench/run.sh${1:+ $1}"

# The warm-up is long enough for the runtime to finish recompiling the hot code (tiered compilation): five seconds
# into a load, the JIT still took about a sixth of the API's CPU on the events list, and none after thirty.
if [[ $mode == quick ]]; then
    large_events=10000 large_registrations=100000 duration=${BENCH_DURATION:-3} warmup=5 rounds=1
else
    large_events=100000 large_registrations=1000000 duration=${BENCH_DURATION:-15} warmup=15 rounds=5
fi
small_events=1000 small_registrations=10000 organisations=2000
connections=64
report=${BENCH_REPORT:-$repo_root/bench/RESULTS.md}
out=$repo_root/bench/.out
results=$repo_root/bench/.results
rm -rf -- "$results"
mkdir -p "$out" "$results"

# Each step is announced with its number and the time since the start; a long one says every 15 s that it still runs.
bench_started=$SECONDS
step_number=0
step_total=$(grep -c '^[[:space:]]*step "' "${BASH_SOURCE[0]}")
elapsed() { local s=$((SECONDS - bench_started)); printf '%dm%02ds' $((s / 60)) $((s % 60)); }
step() { step_number=$((step_number + 1)); scc_log "step $step_number/$step_total ($(elapsed)): $*"; }
with_heartbeat() { # <label> <command...>
    local label=$1 pid ticker status=0
    shift
    "$@" &
    pid=$!
    (while sleep 15; do kill -0 "$pid" 2>/dev/null || exit 0; scc_log "  $label: still running ($(elapsed))"; done) &
    ticker=$!
    wait "$pid" || status=$?
    kill "$ticker" 2>/dev/null || true
    wait "$ticker" 2>/dev/null || true
    return "$status"
}

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1
command -v dotnet >/dev/null 2>&1 || scc_die "the .NET SDK (dotnet) is not installed"
command -v python3 >/dev/null 2>&1 || scc_die "python3 is needed to write the report"
command -v curl >/dev/null 2>&1 || scc_die "curl is needed"
if ! command -v wrk >/dev/null 2>&1; then
    scc_apt_install "wrk not found" wrk || scc_die "wrk is not installed (Debian/Ubuntu: apt-get install wrk)"
fi
# The cluster step's pieces, found (or installed) before the long steps rather than after them.
scc_redis_find
scc_haproxy_find

step "building the API, the baseline and the bench tool (Release)"
bench_build

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
stop_all() {
    local pid
    scc_haproxy_stop
    for pid in "${pids[@]}"; do stop_pid "$pid"; done
    pids=()
    scc_redis_stop
    scc_pg_stop
}
trap stop_all EXIT
trap 'trap - INT; stop_all; exit 130' INT
trap 'trap - TERM; stop_all; exit 143' TERM

bench_api_environment
# The anonymous events list is served from the output cache; the list and cost-growth runs switch that off, so
# that every request queries the database, as the baseline does. One more run measures the list as served.
uncached_list=(OutputCache__EventList=false)

# Runs wrk against <url> for <seconds> and keeps its summary as JSON in <file>.json, with the CPU time the server
# spent in <file>.cpu, in clock ticks: that of process <pids>, or of all of them together when it is several ids
# separated by spaces (the cluster), with each one's in <file>.cpu-each, in the same order.
wrk_run() { # <file> <pids> <url> <connections> <seconds> [header]
    local file=$1 url=$3 conns=$4 seconds=$5 header=${6:-} threads=2 pid ticks total=0
    local extra=() server_pids before=() spent=()
    read -ra server_pids <<<"$2"
    [[ -n "$header" ]] && extra=(-H "$header")
    (( conns < threads )) && threads=$conns
    for pid in "${server_pids[@]}"; do before+=("$(cpu_ticks "$pid")"); done
    wrk -t"$threads" -c"$conns" -d"${seconds}s" --timeout 10s --latency -s bench/wrk/report.lua "${extra[@]}" "$url" >"$file.txt" 2>&1 \
        || { cat "$file.txt"; scc_die "wrk failed for ${file##*/}"; }
    grep '^WRK_JSON ' "$file.txt" | sed 's/^WRK_JSON //' >"$file.json"
    for pid in "${server_pids[@]}"; do spent+=("$(( $(cpu_ticks "$pid") - before[${#spent[@]}] ))"); done
    for ticks in "${spent[@]}"; do total=$((total + ticks)); done
    echo "$total $(getconf CLK_TCK)" >"$file.cpu"
    if (( ${#spent[@]} > 1 )); then echo "${spent[*]}" >"$file.cpu-each"; fi
    grep -E 'Requests/sec|Non-2xx|Socket errors' "$file.txt" | sed "s/^/[scc]   /" || true
}

measured_pid=""
measure() { # <name> <url> <connections> [header]
    warm_up "$2" "$3" "$warmup" "${4:-}"
    scc_log "measuring $1: $3 connections, ${duration}s"
    wrk_run "$results/$1" "$measured_pid" "$2" "$3" "$duration" "${4:-}"
}

# Two scenarios compared by a ratio are measured in alternating rounds (A, B, A, B...), so that a change in the
# machine's speed during the run weighs on both alike. Requests/s, errors and CPU are those of all rounds together;
# p50 and p90 are the median of the rounds', p99 and the maximum the highest of the rounds' (bench/rounds.py).
measure_pair() { # <connections> <name A> <pid A> <url A> <header A> <name B> <pid B> <url B> <header B>
    local conns=$1 name_a=$2 pid_a=$3 url_a=$4 header_a=$5 name_b=$6 pid_b=$7 url_b=$8 header_b=$9 round seconds=$((duration / rounds))
    warm_up "$url_a" "$conns" "$warmup" "$header_a"
    warm_up "$url_b" "$conns" "$warmup" "$header_b"
    scc_log "measuring $name_a and $name_b: $conns connections, $rounds alternating rounds of ${seconds}s"
    for ((round = 1; round <= rounds; round++)); do
        wrk_run "$results/$name_a.round$round" "$pid_a" "$url_a" "$conns" "$seconds" "$header_a"
        wrk_run "$results/$name_b.round$round" "$pid_b" "$url_b" "$conns" "$seconds" "$header_b"
    done
    python3 bench/rounds.py "$results" "$name_a" "$rounds"
    python3 bench/rounds.py "$results" "$name_b" "$rounds"
}


list_path='/api/v1/events?limit=20&type=seminar'
changes_path='/api/v1/registrations/changes?limit=20'

# Cost growth: the same requests on the small and the large data set, each on its own API instance, both started
# fresh and measured in alternating rounds; few connections, so that p50 is the cost of one request, not queueing.
measure_cost() { # <small pid> <small port> <large pid> <large port>
    measure_pair 4 cost-list-small "$1" "http://127.0.0.1:$2$list_path" "" cost-list-large "$3" "http://127.0.0.1:$4$list_path" ""
    local name status ok=1 small_auth=${BENCH_CHANGES_AUTH:-} large_auth=${BENCH_CHANGES_AUTH:-}
    [[ -n "$small_auth" ]] || small_auth=$(cat "$results/changes-auth-small")
    [[ -n "$large_auth" ]] || large_auth=$(cat "$results/changes-auth-large")
    for name in small large; do
        local port=$2 auth=$small_auth
        [[ $name == large ]] && port=$4 auth=$large_auth
        status=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "http://127.0.0.1:$port$changes_path" || true)
        echo "$status" >"$results/changes-status-$name"
        if [[ "$status" == 404 ]]; then
            scc_log "changes feed: $changes_path answers 404 (not in this build): skipped"; ok=0
        elif [[ "$status" != 200 ]]; then
            scc_log "changes feed: $changes_path answers $status (set BENCH_CHANGES_AUTH to the header it needs): skipped"; ok=0
        fi
    done
    (( ok )) && measure_pair 4 cost-changes-small "$1" "http://127.0.0.1:$2$changes_path" "$small_auth" \
        cost-changes-large "$3" "http://127.0.0.1:$4$changes_path" "$large_auth"
    return 0
}

step "the small data set"
with_heartbeat "loading the small data set" migrate_and_load "$small_db" "$small_events" "$small_registrations" small
step "the large data set"
with_heartbeat "loading the large data set" migrate_and_load "$large_db" "$large_events" "$large_registrations" large

# --- the two data sets, side by side: startup and cost growth ----------------------------------------
step "startup on both data sets"
read -r small_pid small_port ready_ms < <(start_api "$small_db" small "${uncached_list[@]}")
[[ -n "${ready_ms:-}" ]] || scc_die "the API did not start"
pids+=("$small_pid")
scc_log "API on the small data set: ready in ${ready_ms} ms"
echo "$ready_ms" >"$results/startup-small-ms"
read -r api_pid api_port ready_ms < <(start_api "$large_db" large "${uncached_list[@]}")
[[ -n "${ready_ms:-}" ]] || scc_die "the API did not start"
pids+=("$api_pid")
scc_log "API on the large data set: ready in ${ready_ms} ms"
echo "$ready_ms" >"$results/startup-large-ms"
step "cost growth: the same requests on the small and the large data set"
measure_cost "$small_pid" "$small_port" "$api_pid" "$api_port"
stop_pid "$small_pid"
pids=("$api_pid")

# --- large data set: the baseline, the feed, the cached list ------------------------------------------
read -r base_pid base_port < <(start_baseline "$large_db")
[[ -n "${base_port:-}" ]] || scc_die "the baseline did not start"
pids+=("$base_pid")

curl -s "http://127.0.0.1:$api_port$list_path" >"$results/sample-api.json"
curl -s "http://127.0.0.1:$base_port$list_path" >"$results/sample-baseline.json"

step "the events list against the hand-written baseline"
measure_pair "$connections" baseline-list "$base_pid" "http://127.0.0.1:$base_port$list_path" "" \
    api-list "$api_pid" "http://127.0.0.1:$api_port$list_path" ""
measured_pid=$api_pid
# As browsers and HTTP libraries ask for them: compressed when the server offers it (the feed does, health does not).
browser_encoding='Accept-Encoding: br, gzip'
step "the cached feed against /health/live"
measure_pair "$connections" health-live "$api_pid" "http://127.0.0.1:$api_port/health/live" "$browser_encoding" \
    feed "$api_pid" "http://127.0.0.1:$api_port/api/v1/feeds/events?lang=en" "$browser_encoding"
step "the cached feed without compression"
measure feed-identity "http://127.0.0.1:$api_port/api/v1/feeds/events?lang=en" "$connections"

# The list as anonymous callers get it: from the output cache (its default), on a second instance. Its first five
# seconds under load, before the runtime has compiled the hot code, are measured on their own.
step "the list from the output cache: the first 5 s of a fresh instance, then steady"
read -r cached_pid cached_port cached_ms < <(start_api "$large_db" large-cached)
[[ -n "${cached_ms:-}" ]] || scc_die "the API did not start"
pids+=("$cached_pid")
measured_pid=$cached_pid
wrk_run "$results/api-list-cached-first5s" "$cached_pid" "http://127.0.0.1:$cached_port$list_path" "$connections" 5
measure api-list-cached "http://127.0.0.1:$cached_port$list_path" "$connections"
peak_memory_kb "$cached_pid" >"$results/api-cached-peak-kb"
stop_pid "$cached_pid"
measured_pid=$api_pid

step "registration rush: 1000 submissions from $connections clients"
# Untimed before it, to another event: a burst of 250, then a trickle of 2,000 from four clients, as a live server takes
# registrations between rushes, until the write path is compiled to its last tier (ADR 31); then the outbox is let empty.
dotnet "$out/benchtool/BenchTool.dll" rush "$large_db" "http://127.0.0.1:$api_port" 1000 "$connections" "$results/rush.json" >/dev/null

peak_memory_kb "$api_pid" >"$results/api-peak-kb"
peak_memory_kb "$base_pid" >"$results/baseline-peak-kb"
# Alone on the database: the instance above runs a dispatcher too, which, as Production, refuses the loopback receiver
# and would put each delivery it claimed off until its retry.
stop_pid "$api_pid"
stop_pid "$base_pid"

# --- the cluster: two instances behind HAProxy, sharing the output cache in Redis ---------------------------
# As scripts/cluster.sh runs it, without the replica: Redis, two instances on the large data set, HAProxy in front
# (round robin, each instance checked on /health/ready), one PostgreSQL. On the same cores as everything else, so it
# shows what the extra hop and the shared cache cost, not more capacity.
step "the cluster: two instances behind HAProxy, the cached list and the rush through it"
# The rush above filled the rush event and its warm-up twin with the e-mail addresses the bench tool uses again:
# emptied, both meet the second rush as they met the first (their sent_reminders rows go with them, by cascade; their
# registration_changes rows stay, unreferenced, and nothing after this step reads them).
large_sql() { "$SCC_PG_BINDIR/psql" -h 127.0.0.1 -p "$SCC_PG_PORT" -U postgres -d scc_large -v ON_ERROR_STOP=1 -qAt -c "$1"; }
large_sql "DELETE FROM registrations WHERE event_id IN ('0196a000-0000-7000-8000-000000000500', '0196a000-0000-7000-8000-000000000501')" \
    || scc_die "emptying the rush events failed"
scc_redis_start
cluster_env=(OutputCache__Redis="$SCC_REDIS_CONNECTION" Database__MigrateOnStartup=false Database__SeedDemoData=false)
read -r cluster1_pid cluster1_port cluster1_ms < <(start_api "$large_db" cluster1 "${cluster_env[@]}")
[[ -n "${cluster1_ms:-}" ]] || scc_die "the API did not start"
pids+=("$cluster1_pid")
read -r cluster2_pid cluster2_port cluster2_ms < <(start_api "$large_db" cluster2 "${cluster_env[@]}")
[[ -n "${cluster2_ms:-}" ]] || scc_die "the API did not start"
pids+=("$cluster2_pid")
haproxy_port=$(free_port)
scc_haproxy_start "$haproxy_port" "$cluster1_port" "$cluster2_port"
cluster_url="http://127.0.0.1:$haproxy_port"
# Every cached answer is read from Redis and every request crosses HAProxy: the server CPU is that of all four.
measured_pid="$cluster1_pid $cluster2_pid $(head -n 1 "$SCC_HAPROXY_DIR/haproxy.pid") $(head -n 1 "$SCC_REDIS_DIR/redis.pid")"
measure cluster-list-cached "$cluster_url$list_path" "$connections"
scc_log "registration rush through HAProxy: 1000 submissions from $connections clients"
dotnet "$out/benchtool/BenchTool.dll" rush "$large_db" "$cluster_url" 1000 "$connections" "$results/cluster-rush.json" >/dev/null
echo "$(peak_memory_kb "$cluster1_pid") $(peak_memory_kb "$cluster2_pid")" >"$results/cluster-peak-kb"
# The outbox messages of both rushes are handed on (to no subscriber) before the instances stop: a message still
# waiting would be fanned out to the drain's receiver, subscribed next, and counted against the drain.
for ((i = 0; i < 150; i++)); do
    outbox_due=$(large_sql "SELECT count(*) FROM outbox_messages WHERE processed_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= now())" || echo "?")
    [[ "$outbox_due" == 0 ]] && break
    sleep 0.1
done
[[ "$outbox_due" == 0 ]] || scc_log "the cluster leaves $outbox_due outbox messages due"
scc_haproxy_stop
stop_pid "$cluster1_pid"
stop_pid "$cluster2_pid"
scc_redis_stop
measured_pid=""

# The outbox drain: an instance that may send webhooks to a loopback receiver (Development, with the receiver allowed)
# and takes the bench tool's staff tokens; a rush to it, then the time until the last webhook arrives.
step "the outbox drain: a rush, then until the last webhook arrives"
drain_key=$(openssl rand -base64 32)
read -r drain_pid drain_port drain_ms < <(start_api "$large_db" drain ASPNETCORE_ENVIRONMENT=Development \
    Database__MigrateOnStartup=false Database__SeedDemoData=false Webhooks__AllowInsecureLoopback=true Logging__LogLevel__Default=Warning \
    Authentication__Schemes__Bearer__ValidIssuer=bench Authentication__Schemes__Bearer__ValidAudiences__0=bench \
    Authentication__Schemes__Bearer__SigningKeys__0__Issuer=bench Authentication__Schemes__Bearer__SigningKeys__0__Value="$drain_key")
[[ -n "${drain_ms:-}" ]] || scc_die "the API did not start"
pids+=("$drain_pid")
scc_log "outbox drain: ${BENCH_DRAIN_SUBMISSIONS:-1000} submissions, then until the last webhook arrives"
dotnet "$out/benchtool/BenchTool.dll" drain "$large_db" "http://127.0.0.1:$drain_port" "${BENCH_DRAIN_SUBMISSIONS:-1000}" "$connections" "$drain_key" \
    "$results/drain.json" >/dev/null || scc_log "the outbox drain failed: see $results/api-drain.log"
stop_pid "$drain_pid"
stop_all
trap - EXIT INT TERM

step "the report"
python3 bench/report.py "$results" "$report" "$mode" "$command_line" \
    "$small_events" "$small_registrations" "$large_events" "$large_registrations" "$organisations" "$connections" "$duration" \
    "$warmup" "$rounds"
scc_log "report written to ${report#"$repo_root"/}"
