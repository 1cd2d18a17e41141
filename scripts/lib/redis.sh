# shellcheck shell=bash
#
# Throw-away local Redis server for tests (the output cache shared by several API instances).
#
# Source this file (after postgres.sh and apt.sh), then:
#   scc_redis_start     start redis-server on a free loopback port, with no persistence
#   scc_redis_stop      stop it and remove its folder; safe to call any number of times
# scc_redis_start sets no trap: the caller stops it (test.sh stops it with PostgreSQL).
#
# After scc_redis_start these are exported:
#   SCC_REDIS_CONNECTION  StackExchange.Redis configuration string (127.0.0.1:<port>)
#   SCC_REDIS_PORT        TCP port the server listens on (127.0.0.1 only)
#   SCC_REDIS_DIR         temporary folder holding its pid file and log
#
# Environment knobs:
#   SCC_NO_APT=1          never try to install redis-server with apt-get

# Installs Debian's redis-server when it is missing and apt-get may be used.
scc_redis_find() {
    command -v redis-server >/dev/null 2>&1 && return 0
    scc_apt_install "redis-server not found" redis-server || true
    command -v redis-server >/dev/null 2>&1 && return 0
    scc_die "redis-server not found. Install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis),
  or point the tests at a running server with SCC_TEST_REDIS (e.g. 127.0.0.1:6379)."
}

# True when a Redis server answers PING on 127.0.0.1:<port>.
_scc_redis_answers() {
    local port=$1 reply
    if command -v redis-cli >/dev/null 2>&1; then
        [[ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" == "PONG" ]]
        return
    fi
    exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null || return 1
    printf 'PING\r\n' >&3
    IFS= read -r -t 2 reply <&3 || true
    exec 3>&- 3<&-
    [[ "$reply" == "+PONG"* ]]
}

# Prints a TCP port that is free on 127.0.0.1.
_scc_redis_free_port() {
    local port
    if command -v python3 >/dev/null 2>&1; then
        port=$(python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()' 2>/dev/null || true)
        [[ "$port" =~ ^[0-9]+$ ]] && { printf '%s\n' "$port"; return 0; }
    fi
    for ((port = 56379; port < 56579; port++)); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
        printf '%s\n' "$port"
        return 0
    done
    return 1
}

scc_redis_stop() {
    [[ -n "${_SCC_REDIS_OWNED:-}" ]] || return 0
    local dir=${SCC_REDIS_DIR:-} pid=""
    if [[ -n "$dir" && -f "$dir/redis.pid" ]]; then
        pid=$(head -n 1 "$dir/redis.pid" 2>/dev/null || true)
    fi
    scc_stop_pid "$pid" "Redis (port ${SCC_REDIS_PORT:-?})"
    [[ -n "$dir" ]] && rm -rf -- "$dir"
    unset SCC_REDIS_DIR SCC_REDIS_PORT SCC_REDIS_CONNECTION
    _SCC_REDIS_OWNED=""
    return 0
}

scc_redis_start() {
    scc_redis_find
    SCC_REDIS_DIR=$(mktemp -d "${TMPDIR:-/tmp}/scc-redis.XXXXXX") || scc_die "cannot create a temporary folder"
    _SCC_REDIS_OWNED=1
    export SCC_REDIS_DIR

    local attempt port started=""
    for attempt in 1 2 3 4 5; do
        port=$(_scc_redis_free_port) || scc_die "no free TCP port found"
        scc_log "starting Redis on 127.0.0.1:$port"
        # No snapshots, no append-only file: a cache for one test run.
        if redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no --protected-mode yes \
                --dir "$SCC_REDIS_DIR" --daemonize yes --pidfile "$SCC_REDIS_DIR/redis.pid" \
                --logfile "$SCC_REDIS_DIR/log" >/dev/null 2>&1; then
            local i
            for ((i = 0; i < 50; i++)); do
                if _scc_redis_answers "$port"; then
                    started=1
                    break
                fi
                sleep 0.1
            done
        fi
        [[ -n "$started" ]] && break
        # The port may have been taken between picking and starting: try another one.
        scc_log "Redis start attempt $attempt failed"
        tail -n 5 "$SCC_REDIS_DIR/log" 2>/dev/null >&2 || true
    done
    [[ -n "$started" ]] || scc_die "Redis did not start"

    SCC_REDIS_PORT=$port
    SCC_REDIS_CONNECTION="127.0.0.1:$port"
    export SCC_REDIS_PORT SCC_REDIS_CONNECTION
    scc_log "Redis ready: $SCC_REDIS_CONNECTION"
}
