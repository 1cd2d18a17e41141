# shellcheck shell=bash
#
# The parts of a throw-away local cluster (scripts/cluster.sh): a streaming replica of the PostgreSQL that
# scc_pg_start started, and HAProxy in front of several API instances.
#
# Source this file after postgres.sh, apt.sh and redis.sh, then:
#   scc_pg_replica_start [server options...]
#                          a hot standby of the running primary (pg_basebackup -R) on a free loopback port; give it the
#                          primary's max_connections (and the like) when they were raised: a standby refuses lower ones
#   scc_pg_replica_stop    stop it and remove its folder; safe to call any number of times
#   scc_haproxy_find       installs Debian's haproxy when it is missing (fails with the reason otherwise)
#   scc_haproxy_ensure     the same, but returns 1 instead of failing (the test script: only the scale-out test needs it)
#   scc_haproxy_start <listen port> <api port>...
#                          HAProxy on 127.0.0.1:<listen port>, balancing over the API instances on those ports; returns
#                          once an instance answers ready through it
#   scc_haproxy_stop       stop it and remove its folder; safe to call any number of times
# None of them sets a trap: the caller stops what it started.
#
# After scc_pg_replica_start these are exported:
#   SCC_PG_REPLICA_CONNECTION  Npgsql connection string of the replica (same database as SCC_PG_CONNECTION)
#   SCC_PG_REPLICA_PORT        its TCP port (127.0.0.1 only)
#   SCC_PG_REPLICA_DATA        its data directory
# After scc_haproxy_start: SCC_HAPROXY_DIR (its configuration, pid file and log), SCC_HAPROXY_PORT.
#
# Environment knobs:
#   SCC_NO_APT=1   never try to install haproxy with apt-get

scc_pg_replica_stop() {
    [[ -n "${_SCC_PG_REPLICA_OWNED:-}" ]] || return 0
    local dir=${_SCC_PG_REPLICA_DIR:-} data=${SCC_PG_REPLICA_DATA:-}
    if [[ -n "$data" && -f "$data/postmaster.pid" ]]; then
        scc_log "stopping the PostgreSQL replica (port ${SCC_PG_REPLICA_PORT:-?})"
        if ! _scc_pg_replica_ctl -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1; then
            _scc_pg_replica_ctl -D "$data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
        fi
    fi
    [[ -n "$dir" ]] && rm -rf -- "$dir"
    unset SCC_PG_REPLICA_CONNECTION SCC_PG_REPLICA_PORT SCC_PG_REPLICA_DATA
    _SCC_PG_REPLICA_OWNED="" _SCC_PG_REPLICA_DIR=""
    return 0
}

# pg_ctl (or another server program) as the server user, working in the replica's folder.
_scc_pg_replica_ctl() {
    _scc_pg_replica_as_server_user "$SCC_PG_BINDIR/pg_ctl" "$@"
}

_scc_pg_replica_as_server_user() {
    if [[ $(id -u) -eq 0 ]]; then
        (cd "$_SCC_PG_REPLICA_DIR" && runuser -u postgres -- "$@")
    else
        (cd "$_SCC_PG_REPLICA_DIR" && "$@")
    fi
}

scc_pg_replica_start() {
    [[ -n "${SCC_PG_PORT:-}" && -n "${SCC_PG_CONNECTION:-}" ]] || scc_die "scc_pg_replica_start: start the primary first (scc_pg_start)"
    local options="-c listen_addresses=127.0.0.1 -c hot_standby=on"
    [[ $# -gt 0 ]] && options+=" $*"
    local parent=${SCC_PG_TMPDIR:-/tmp}
    _SCC_PG_REPLICA_DIR=$(mktemp -d "$parent/scc-pg-replica.XXXXXX") || scc_die "cannot create a temporary folder in $parent"
    _SCC_PG_REPLICA_OWNED=1
    SCC_PG_REPLICA_DATA=$_SCC_PG_REPLICA_DIR/data
    export SCC_PG_REPLICA_DATA
    chmod 755 "$_SCC_PG_REPLICA_DIR"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$_SCC_PG_REPLICA_DIR"

    # A copy of the primary as it is now, with standby.signal and primary_conninfo written (-R): it then follows the
    # primary's WAL over a streaming connection. The default pg_hba.conf of initdb --auth=trust lets loopback replicate.
    scc_log "copying the primary into a replica (pg_basebackup -R)"
    if ! _scc_pg_replica_as_server_user "$SCC_PG_BINDIR/pg_basebackup" -h 127.0.0.1 -p "$SCC_PG_PORT" -U postgres \
            -D "$SCC_PG_REPLICA_DATA" -R -X stream -c fast >"$_SCC_PG_REPLICA_DIR/basebackup.log" 2>&1; then
        tail -n 20 "$_SCC_PG_REPLICA_DIR/basebackup.log" >&2 || true
        scc_die "pg_basebackup failed"
    fi

    local attempt port started="" database
    database=$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<<"$SCC_PG_CONNECTION")
    for attempt in 1 2 3 4 5; do
        port=$(_scc_pg_free_port) || scc_die "no free TCP port found"
        scc_log "starting the PostgreSQL replica on 127.0.0.1:$port"
        if _scc_pg_replica_ctl -D "$SCC_PG_REPLICA_DATA" -l "$_SCC_PG_REPLICA_DIR/log" -w -t 60 \
                -o "$options -p $port -k $_SCC_PG_REPLICA_DIR" start >/dev/null 2>&1; then
            started=1
            break
        fi
        scc_log "replica start attempt $attempt failed"
    done
    if [[ -z "$started" ]]; then
        tail -n 40 "$_SCC_PG_REPLICA_DIR/log" >&2 || true
        scc_die "the PostgreSQL replica did not start"
    fi
    SCC_PG_REPLICA_PORT=$port
    SCC_PG_REPLICA_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Database=${database:-postgres}"
    export SCC_PG_REPLICA_PORT SCC_PG_REPLICA_CONNECTION

    # Ready once the primary sees it streaming.
    local i state=""
    for ((i = 0; i < 100; i++)); do
        state=$("$SCC_PG_BINDIR/psql" -h 127.0.0.1 -p "$SCC_PG_PORT" -U postgres -d postgres -Atc \
            "SELECT state FROM pg_stat_replication LIMIT 1" 2>/dev/null || true)
        [[ "$state" == "streaming" ]] && break
        sleep 0.1
    done
    [[ "$state" == "streaming" ]] || scc_die "the replica does not stream from the primary (state: ${state:-none})"
    scc_log "PostgreSQL replica ready (streaming): $SCC_PG_REPLICA_CONNECTION"
}

scc_haproxy_ensure() {
    command -v haproxy >/dev/null 2>&1 && return 0
    scc_apt_install "haproxy not found (the cluster's load balancer)" haproxy || true
    command -v haproxy >/dev/null 2>&1
}

scc_haproxy_find() {
    scc_haproxy_ensure && return 0
    scc_die "haproxy not found and it could not be installed. Install it (Debian/Ubuntu: sudo apt-get install haproxy;
  macOS: brew install haproxy), or let the script install it (run as root, without SCC_NO_APT=1)."
}

scc_haproxy_stop() {
    [[ -n "${_SCC_HAPROXY_OWNED:-}" ]] || return 0
    local dir=${SCC_HAPROXY_DIR:-} pid=""
    [[ -n "$dir" && -f "$dir/haproxy.pid" ]] && pid=$(head -n 1 "$dir/haproxy.pid" 2>/dev/null || true)
    scc_stop_pid "$pid" "HAProxy (port ${SCC_HAPROXY_PORT:-?})"
    [[ -n "$dir" ]] && rm -rf -- "$dir"
    unset SCC_HAPROXY_DIR SCC_HAPROXY_PORT
    _SCC_HAPROXY_OWNED=""
    return 0
}

scc_haproxy_start() {
    local listen=${1:?scc_haproxy_start: listen port required}
    shift
    (($# > 0)) || scc_die "scc_haproxy_start: at least one API port required"
    scc_haproxy_find
    SCC_HAPROXY_DIR=$(mktemp -d "${TMPDIR:-/tmp}/scc-haproxy.XXXXXX") || scc_die "cannot create a temporary folder"
    _SCC_HAPROXY_OWNED=1
    export SCC_HAPROXY_DIR

    local config=$SCC_HAPROXY_DIR/haproxy.cfg port n=0
    cat >"$config" <<EOF
# Written by scripts/cluster.sh: HAProxy in front of the API instances (docs/scaling-out.md).
global
    maxconn 4096

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout queue 10s
    # A request that never reached an instance (refused, reset before an answer, no answer at all) is tried again, on
    # another instance (redispatch). A retry can repeat a write the dead instance had done, so a write is retried only
    # when it carries an Idempotency-Key, which makes its repetition harmless; reads are always safe to repeat.
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout

frontend api
    bind 127.0.0.1:$listen
    option forwardfor
    acl write method POST PUT PATCH DELETE
    acl has_idempotency_key req.hdr(idempotency-key) -m found
    http-request disable-l7-retry if write !has_idempotency_key
    default_backend apis

backend apis
    balance roundrobin
    # An instance takes traffic once it is ready (database reachable) and is taken out after two failed checks a second apart.
    option httpchk
    http-check send meth GET uri /health/ready ver HTTP/1.1 hdr Host localhost
    http-check expect status 200
    default-server check inter 1s fall 2 rise 1 observe layer4 error-limit 1 on-error mark-down
EOF
    for port in "$@"; do
        n=$((n + 1))
        printf '    server api%d 127.0.0.1:%s\n' "$n" "$port" >>"$config"
    done

    haproxy -c -q -f "$config" >/dev/null || scc_die "the HAProxy configuration is not valid: $config"
    scc_log "starting HAProxy on 127.0.0.1:$listen in front of $# API instances"
    haproxy -D -f "$config" -p "$SCC_HAPROXY_DIR/haproxy.pid" 2>"$SCC_HAPROXY_DIR/log" ||
        { tail -n 20 "$SCC_HAPROXY_DIR/log" >&2; scc_die "HAProxy did not start (is port $listen free?)"; }
    SCC_HAPROXY_PORT=$listen
    export SCC_HAPROXY_PORT
    # Its first health checks take a moment: it is started once an instance is ready through it (up to 10 s).
    local i
    for ((i = 0; i < 40; i++)); do
        [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$listen/health/ready" || true)" == 200 ]] && return 0
        sleep 0.25
    done
    scc_die "HAProxy does not answer on http://127.0.0.1:$listen"
}
