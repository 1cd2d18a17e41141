#!/usr/bin/env bash
#
# Why the benchmark's unmet targets are not met: profiles of the API beside the hand-written baseline, written to
# bench/PROFILE.md. Run it on a quiet machine; it takes about six minutes.
#
#   bench/profile.sh
#
# What it measures, on 10,000 events / 100,000 registrations (the cost of a request hardly grows with the data: see
# the cost growth in RESULTS.md):
#   - start to ready, in phases (the host starting, the port open, the first answer, ready), with the CPU spent and the
#     methods the JIT compiled by then;
#   - memory at ready and after the loads, by kind (code mapped from the assemblies, JIT-written code, the heap);
#   - where the CPU of one request goes, for the queried events list, the cached feed and /health/live, sampled with
#     perf(1) and grouped by component, beside the baseline's list;
#   - the registration rush on a fresh instance and again on the same instance, with the CPU of the API and of
#     PostgreSQL and the methods compiled meanwhile.
# Environment: SCC_NO_APT=1 never installs wrk, perf or PostgreSQL with apt-get.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root=$(pwd)
# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh
# shellcheck source=scripts/lib/apt.sh
source scripts/lib/apt.sh
# shellcheck source=bench/lib.sh
source bench/lib.sh

out=$repo_root/bench/.out
results=$repo_root/bench/.results-profile
report=$repo_root/bench/PROFILE.md
organisations=2000 events=10000 registrations=100000 connections=64
list_path='/api/v1/events?limit=20&type=seminar'
feed_path='/api/v1/feeds/events?lang=en'
rush_event=0196a000-0000-7000-8000-000000000500
warm_up_event=0196a000-0000-7000-8000-000000000501
rm -rf -- "$results"
mkdir -p "$out" "$results"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1
for tool in dotnet python3 curl openssl; do command -v "$tool" >/dev/null 2>&1 || scc_die "$tool is needed"; done
command -v wrk >/dev/null 2>&1 || scc_apt_install "wrk not found" wrk || scc_die "wrk is not installed (Debian/Ubuntu: apt-get install wrk)"
command -v perf >/dev/null 2>&1 || scc_apt_install "perf not found" linux-perf || scc_die "perf is not installed (Debian: apt-get install linux-perf)"

scc_log "building the API, the baseline and the bench tool (Release)"
bench_build
scc_pg_start scc_profile -c max_connections=300 -c shared_buffers=256MB
db=$SCC_PG_CONNECTION
bench_api_environment

pids=()
stop_all() {
    local pid
    for pid in "${pids[@]}"; do stop_pid "$pid"; done
    pids=()
    scc_pg_stop
}
trap stop_all EXIT
trap 'trap - INT; stop_all; exit 130' INT
trap 'trap - TERM; stop_all; exit 143' TERM

migrate_and_load "$db" "$events" "$registrations" profile >/dev/null

# perf names the JIT's code from the runtime's perf map; with W^X on, that code lives in a shared double mapping that
# perf cannot tie to the map, so the profiled instances run without it (the measured ones keep it, as deployed).
profiled=(DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0)
# Every method the JIT compiles, one line each, with its tier.
jit_list() { echo "DOTNET_JitStdOutFile=$results/jit-$1.txt DOTNET_JitDisasmSummary=1"; }

# Resident memory by kind, from /proc/<pid>/smaps, as JSON in <file>.
memory_by_kind() { # <pid> <file>
    python3 bench/profile.py memory "$1" "$out" >"$2"
}

# --- start to ready ----------------------------------------------------------------------------------------------
# Phases from the log's UTC timestamps (the host starting; Kestrel listening) and from polling (the first answer of
# /health/live, then the first 200 of /health/ready), each in ms since the process was started.
start_in_phases() { # <name> [VARIABLE=value...]
    local name=$1 port pid started live ready
    shift
    port=$(free_port)
    started=$(date +%s%N)
    (cd "$out/api" && exec env "${api_env[@]}" "$@" ConnectionStrings__Scc="$db" ASPNETCORE_URLS="http://127.0.0.1:$port" \
        Logging__LogLevel__Microsoft.Extensions.Hosting=Debug Logging__Console__UseUtcTimestamp=true \
        "Logging__Console__TimestampFormat=HH:mm:ss.fff " dotnet Scc.Api.dll >"$results/api-$name.log" 2>&1) &
    pid=$!
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/live" 2>/dev/null || true)" == 200 ]]; do
        kill -0 "$pid" 2>/dev/null || { tail -n 30 "$results/api-$name.log" >&2; scc_die "the API stopped"; }
        sleep 0.01
    done
    live=$(date +%s%N)
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready" 2>/dev/null || true)" == 200 ]]; do sleep 0.01; done
    ready=$(date +%s%N)
    echo "{\"started_ns\": $started, \"live_ns\": $live, \"ready_ns\": $ready, \"cpu_ticks\": $(cpu_ticks "$pid"), \"hz\": $(getconf CLK_TCK)}" \
        >"$results/startup-$name.json"
    memory_by_kind "$pid" "$results/memory-ready-$name.json"
    stop_pid "$pid"
}

scc_log "start to ready: three starts, then one listing the methods the JIT compiles"
for run in 1 2 3; do start_in_phases "start$run"; done
# shellcheck disable=SC2046 # one word per setting
start_in_phases jit $(jit_list start)

baseline_start() { # <name> [VARIABLE=value...]
    local name=$1 port pid started
    shift
    port=$(free_port)
    started=$(date +%s%N)
    (cd "$out/baseline" && exec env "$@" ConnectionStrings__Scc="$db" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet Baseline.dll \
        >"$results/baseline-$name.log" 2>&1) &
    pid=$!
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/live" 2>/dev/null || true)" == 200 ]]; do sleep 0.01; done
    echo "{\"started_ns\": $started, \"live_ns\": $(date +%s%N), \"cpu_ticks\": $(cpu_ticks "$pid"), \"hz\": $(getconf CLK_TCK)}" \
        >"$results/baseline-startup-$name.json"
    memory_by_kind "$pid" "$results/baseline-memory-ready-$name.json"
    stop_pid "$pid"
}
for run in 1 2 3; do baseline_start "start$run"; done
# shellcheck disable=SC2046
baseline_start jit $(jit_list baseline-start)

# --- where a request's CPU goes ----------------------------------------------------------------------------------
# CPU per request from a measured run (without perf), then 8 s of perf samples in a second run, grouped by component.
profile_load() { # <name> <pid> <url> [header]
    local name=$1 pid=$2 url=$3 header=${4:-} before requests
    local extra=()
    [[ -n "$header" ]] && extra=(-H "$header")
    warm_up "$url" "$connections" 15 "$header"
    before=$(cpu_ticks "$pid")
    requests=$(wrk -t2 -c"$connections" -d10s "${extra[@]}" "$url" 2>&1 | awk '/requests in/ {print $1}')
    echo "{\"requests\": $requests, \"seconds\": 10, \"cpu_ticks\": $(( $(cpu_ticks "$pid") - before )), \"hz\": $(getconf CLK_TCK)," \
        "\"bytes\": $(curl -s -o /dev/null -w '%{size_download}' "${extra[@]}" "$url")}" >"$results/load-$name.json"
    wrk -t2 -c"$connections" -d10s "${extra[@]}" "$url" >/dev/null 2>&1 &
    local load=$!
    sleep 1
    # Stopped by SIGINT, which makes perf write its file completely (timeout then answers 124).
    local status=0
    timeout -s INT 8 perf record -F 499 -g -p "$pid" -o "$results/perf-$name.data" >"$results/perf-$name.log" 2>&1 || status=$?
    ((status == 0 || status == 124)) || { cat "$results/perf-$name.log"; scc_die "perf record failed ($status; is perf_event_paranoid above 2?)"; }
    wait "$load" || true
    perf script -i "$results/perf-$name.data" -F ip,sym,dso 2>/dev/null | python3 bench/profile.py categorise >"$results/categories-$name.json"
}

scc_log "where the CPU of a request goes: the queried list, beside the baseline"
read -r list_pid list_port _ < <(start_api "$db" list OutputCache__EventList=false "${profiled[@]}")
pids+=("$list_pid")
profile_load api-list "$list_pid" "http://127.0.0.1:$list_port$list_path"
base_port=$(free_port)
(cd "$out/baseline" && exec env "${profiled[@]}" ConnectionStrings__Scc="$db" ASPNETCORE_URLS="http://127.0.0.1:$base_port" \
    dotnet Baseline.dll >"$results/baseline.log" 2>&1) &
base_pid=$!
pids+=("$base_pid")
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$base_port/health/live" 2>/dev/null || true)" == 200 ]]; do sleep 0.05; done
profile_load baseline-list "$base_pid" "http://127.0.0.1:$base_port$list_path"
memory_by_kind "$base_pid" "$results/baseline-memory-after.json"
stop_pid "$base_pid"

scc_log "the cached feed, with and without compression, and /health/live"
read -r feed_pid feed_port _ < <(start_api "$db" feed "${profiled[@]}")
pids+=("$feed_pid")
profile_load feed-br "$feed_pid" "http://127.0.0.1:$feed_port$feed_path" "Accept-Encoding: br, gzip"
profile_load feed-plain "$feed_pid" "http://127.0.0.1:$feed_port$feed_path"
profile_load health "$feed_pid" "http://127.0.0.1:$feed_port/health/live" "Accept-Encoding: br, gzip"
stop_pid "$feed_pid"

# --- the rush ----------------------------------------------------------------------------------------------------
postgres_ticks() { # all of PostgreSQL's processes, the backends serving the API included
    local pid sum=0
    for pid in $(pgrep -u "$(stat -c %U "$SCC_PG_DATA")" -f postgres || true); do
        sum=$((sum + $(cpu_ticks "$pid" 2>/dev/null || echo 0)))
    done
    echo "$sum"
}
rush() { # <name> <pid> <port>
    local api_before pg_before jit_before
    api_before=$(cpu_ticks "$2") pg_before=$(postgres_ticks) jit_before=$(wc -l <"$results/jit-rush.txt")
    # No trickle before either rush (the last argument): the profile shows what a fresh instance's write path costs.
    dotnet "$out/benchtool/BenchTool.dll" rush "$db" "http://127.0.0.1:$3" 1000 "$connections" "$results/rush-$1.json" 0 >/dev/null
    echo "{\"api_ticks\": $(( $(cpu_ticks "$2") - api_before )), \"postgres_ticks\": $(( $(postgres_ticks) - pg_before ))," \
        "\"jit_methods\": $(( $(wc -l <"$results/jit-rush.txt") - jit_before )), \"hz\": $(getconf CLK_TCK)}" >"$results/rush-$1-cpu.json"
}
scc_log "the registration rush: on a fresh instance, then again on the same one"
# shellcheck disable=SC2046
read -r rush_pid rush_port _ < <(start_api "$db" rush $(jit_list rush))
pids+=("$rush_pid")
rush first "$rush_pid" "$rush_port"
"$SCC_PG_BINDIR/psql" -q -h 127.0.0.1 -p "$SCC_PG_PORT" -U postgres -d scc_profile -v ON_ERROR_STOP=1 \
    -c "DELETE FROM registrations WHERE event_id IN ('$rush_event', '$warm_up_event')" >/dev/null
rush second "$rush_pid" "$rush_port"
memory_by_kind "$rush_pid" "$results/memory-after-rush.json"
memory_by_kind "$list_pid" "$results/memory-after-list.json"
echo "$(peak_memory_kb "$list_pid") $(peak_memory_kb "$rush_pid")" >"$results/peaks-kb"
stop_all
trap - EXIT INT TERM

python3 bench/profile.py report "$results" "$report"
scc_log "profile written to ${report#"$repo_root"/}"
