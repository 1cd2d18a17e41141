# shellcheck shell=bash
#
# What bench/run.sh and bench/profile.sh share: the builds, the throw-away servers and wrk.
# Source it after scripts/lib/postgres.sh, with these set:
#   out       where the builds go (the API in $out/api, the baseline in $out/baseline, the bench tool in $out/benchtool)
#   results   where logs and measurements go
#   organisations   organisations in each generated data set
# shellcheck disable=SC2154 # those three are the caller's

bench_build() {
    # The API as the Docker image ships it: published in Release, compiled ahead of time (ReadyToRun).
    rm -rf -- "$out/api"
    dotnet publish src/Api/Scc.Api.csproj -c Release -p:PublishReadyToRun=true -o "$out/api" -v quiet -nologo >"$results/build.log" 2>&1 || { tail -n 30 "$results/build.log"; scc_die "build failed"; }
    dotnet build bench/Baseline/Baseline.csproj -c Release -o "$out/baseline" -v quiet -nologo >>"$results/build.log" 2>&1 || { tail -n 30 "$results/build.log"; scc_die "build failed"; }
    dotnet build bench/BenchTool/BenchTool.csproj -c Release -o "$out/benchtool" -v quiet -nologo >>"$results/build.log" 2>&1 || { tail -n 30 "$results/build.log"; scc_die "build failed"; }
}

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

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

peak_memory_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }

# The daily retention sweep is background work, not a request path: it would erase old registrations in the middle
# of the measurements (and its first run would land in the startup figure), so it is off here.
# Production needs the certificate that encrypts the data protection keys: a throw-away one for the benchmark.
bench_api_environment() {
    local password
    password=$(openssl rand -hex 16)
    openssl req -x509 -newkey rsa:2048 -sha256 -days 30 -nodes -subj "/CN=scc-bench-data-protection" \
        -keyout "$out/data-protection.key" -out "$out/data-protection.crt" 2>/dev/null
    openssl pkcs12 -export -inkey "$out/data-protection.key" -in "$out/data-protection.crt" \
        -out "$out/data-protection.pfx" -passout "pass:$password"
    api_env=(ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false Retention__Enabled=false
        DataProtection__Certificate__Path="$out/data-protection.pfx" DataProtection__Certificate__Password="$password")
}

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
    cd "$out/api" || return 1
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
    cd "$out/baseline" || return 1
    ConnectionStrings__Scc="$1" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet Baseline.dll >"$results/baseline.log" 2>&1 &
    pid=$!
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/live" 2>/dev/null || true)" == 200 ]]; do
        kill -0 "$pid" 2>/dev/null || { tail -n 30 "$results/baseline.log" >&2; scc_die "the baseline stopped"; }
        sleep 0.05
    done
    echo "$pid $port"
}

# wrk against <url> for <seconds>, without keeping anything: the warm-up.
warm_up() { # <url> <connections> <seconds> [header]
    local url=$1 conns=$2 seconds=$3 header=${4:-} threads=2
    local extra=()
    [[ -n "$header" ]] && extra=(-H "$header")
    (( conns < threads )) && threads=$conns
    wrk -t"$threads" -c"$conns" -d"${seconds}s" "${extra[@]}" "$url" >/dev/null 2>&1 || true
}
