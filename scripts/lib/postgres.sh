# shellcheck shell=bash
#
# Throw-away local PostgreSQL server for development and tests.
#
# Source this file, then:
#   scc_pg_start <database> [extra server options...]
#       e.g. scc_pg_start scc
#            scc_pg_start postgres -c fsync=off -c max_connections=300
#   scc_pg_stop      (also runs automatically on EXIT, INT and TERM)
#
# After scc_pg_start these are exported:
#   SCC_PG_CONNECTION  Npgsql connection string
#                      (Host=127.0.0.1;Port=<port>;Username=postgres;Database=<db>)
#   SCC_PG_PORT        TCP port the server listens on (127.0.0.1 only)
#   SCC_PG_DATA        data directory
#   SCC_PG_DIR         temporary folder holding the data directory, socket and log
#   SCC_PG_BINDIR      folder holding the PostgreSQL binaries
#
# Environment knobs:
#   SCC_NO_APT=1       never try to install PostgreSQL with apt-get
#   SCC_PG_BINDIR      use the binaries from this folder
#   SCC_PG_OPTIONS     extra server options appended to the ones given
#   SCC_PG_TMPDIR      parent folder for the temporary folder (default: /tmp)

scc_log() {
    printf '[scc] %s\n' "$*"
}

# Stops a server this script started: SIGTERM, up to 5 s to exit, then SIGKILL. Nothing when <pid> is not running.
scc_stop_pid() { # <pid> <what, for the log>
    local pid=$1 i
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 0
    scc_log "stopping $2"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
}

scc_die() {
    printf '[scc] error: %s\n' "$*" >&2
    exit 1
}

# Prints the folder holding initdb/pg_ctl/postgres, or nothing.
_scc_pg_locate_bindir() {
    local dir best="" best_version=-1 version
    if [[ -n "${SCC_PG_BINDIR:-}" && -x "${SCC_PG_BINDIR}/pg_ctl" ]]; then
        printf '%s\n' "$SCC_PG_BINDIR"
        return 0
    fi
    for dir in /usr/lib/postgresql/*/bin; do
        [[ -x "$dir/pg_ctl" && -x "$dir/initdb" ]] || continue
        version=$(basename "$(dirname "$dir")")
        version=${version%%.*}
        [[ "$version" =~ ^[0-9]+$ ]] || version=0
        if (( version > best_version )); then
            best_version=$version
            best=$dir
        fi
    done
    if [[ -z "$best" ]] && command -v pg_config >/dev/null 2>&1; then
        dir=$(pg_config --bindir 2>/dev/null || true)
        [[ -n "$dir" && -x "$dir/pg_ctl" && -x "$dir/initdb" ]] && best=$dir
    fi
    if [[ -z "$best" ]] && command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        best=$(dirname "$(command -v pg_ctl)")
    fi
    [[ -n "$best" ]] && printf '%s\n' "$best"
    return 0
}

scc_pg_find_bindir() {
    local bindir
    bindir=$(_scc_pg_locate_bindir)
    if [[ -z "$bindir" ]]; then
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1 && [[ -z "${SCC_NO_APT:-}" ]]; then
            scc_log "PostgreSQL not found: installing it with apt-get (set SCC_NO_APT=1 to prevent this)"
            scc_log "running: apt-get update && apt-get install -y postgresql"
            if ! { DEBIAN_FRONTEND=noninteractive apt-get update &&
                   DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; }; then
                scc_die "apt-get could not install PostgreSQL"
            fi
            bindir=$(_scc_pg_locate_bindir)
        fi
    fi
    if [[ -z "$bindir" ]]; then
        scc_die "PostgreSQL server binaries (initdb, pg_ctl) not found.
  Install PostgreSQL (Debian/Ubuntu: sudo apt-get install postgresql;
  macOS: brew install postgresql), or set SCC_PG_BINDIR to the folder holding pg_ctl,
  or point the scripts at an existing server: ConnectionStrings__Scc for scripts/run.sh,
  SCC_TEST_CONNECTION for scripts/test.sh
  (e.g. Host=localhost;Port=5432;Username=postgres;Password=...;Database=scc)."
    fi
    SCC_PG_BINDIR=$bindir
    export SCC_PG_BINDIR
}

# Runs a server-side command as the server user (postgres when root).
_scc_pg_as_server_user() {
    if [[ $(id -u) -eq 0 ]]; then
        (cd "$SCC_PG_DIR" && runuser -u postgres -- "$@")
    else
        (cd "$SCC_PG_DIR" && "$@")
    fi
}

# Prints a TCP port that is free on 127.0.0.1.
_scc_pg_free_port() {
    local port
    if command -v python3 >/dev/null 2>&1; then
        port=$(python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()' 2>/dev/null || true)
        if [[ "$port" =~ ^[0-9]+$ ]]; then
            printf '%s\n' "$port"
            return 0
        fi
    fi
    for ((port = 55432; port < 55632; port++)); do
        # A successful connect means something is listening there.
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            continue
        fi
        # pg_isready exits with 2 when nothing answers on the port.
        local rc=0
        "$SCC_PG_BINDIR/pg_isready" -q -h 127.0.0.1 -p "$port" >/dev/null 2>&1 || rc=$?
        [[ $rc -eq 2 ]] || continue
        printf '%s\n' "$port"
        return 0
    done
    return 1
}

_scc_pg_print_log() {
    if [[ -n "${SCC_PG_DIR:-}" && -f "$SCC_PG_DIR/log" ]]; then
        printf '[scc] --- server log (%s/log) ---\n' "$SCC_PG_DIR" >&2
        tail -n 40 "$SCC_PG_DIR/log" >&2 || true
    fi
}

# Stops the server and removes its folder. Safe to call any number of times.
scc_pg_stop() {
    # Only ever touch a server this shell started.
    [[ -n "${_SCC_PG_OWNED:-}" ]] || return 0
    local dir=${SCC_PG_DIR:-} data=${SCC_PG_DATA:-}
    [[ -n "$dir" ]] || return 0
    if [[ -n "$data" && -f "$data/postmaster.pid" ]]; then
        scc_log "stopping PostgreSQL (port ${SCC_PG_PORT:-?})"
        if ! _scc_pg_as_server_user "$SCC_PG_BINDIR/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1; then
            _scc_pg_as_server_user "$SCC_PG_BINDIR/pg_ctl" -D "$data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
        fi
        if [[ -f "$data/postmaster.pid" ]]; then
            local pid
            pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
            if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
                kill -KILL "$pid" 2>/dev/null || true
                sleep 1
            fi
        fi
    fi
    rm -rf -- "$dir"
    unset SCC_PG_DIR SCC_PG_DATA SCC_PG_PORT SCC_PG_CONNECTION
    _SCC_PG_OWNED=""
    return 0
}

# Trap handlers: stop the server, then leave with the usual signal status.
_scc_pg_on_exit() { scc_pg_stop; }
_scc_pg_on_int() { trap - INT; scc_pg_stop; exit 130; }
_scc_pg_on_term() { trap - TERM; scc_pg_stop; exit 143; }

scc_pg_start() {
    local db=${1:?scc_pg_start: database name required}
    shift
    local options="-c listen_addresses=127.0.0.1"
    [[ $# -gt 0 ]] && options+=" $*"
    [[ -n "${SCC_PG_OPTIONS:-}" ]] && options+=" ${SCC_PG_OPTIONS}"

    scc_pg_find_bindir
    scc_log "using PostgreSQL binaries in $SCC_PG_BINDIR"

    if [[ $(id -u) -eq 0 ]]; then
        command -v runuser >/dev/null 2>&1 || scc_die "runuser is required to start PostgreSQL as root"
        id postgres >/dev/null 2>&1 || scc_die "the server refuses to run as root and there is no 'postgres' user; create one (useradd -r postgres) or run as a normal user"
    fi

    # Register cleanup before creating anything, so a failure half way leaves nothing behind.
    trap _scc_pg_on_exit EXIT
    trap _scc_pg_on_int INT
    trap _scc_pg_on_term TERM

    local parent=${SCC_PG_TMPDIR:-/tmp}
    SCC_PG_DIR=$(mktemp -d "$parent/scc-pg.XXXXXX") || scc_die "cannot create a temporary folder in $parent"
    _SCC_PG_OWNED=1
    SCC_PG_DATA=$SCC_PG_DIR/data
    export SCC_PG_DIR SCC_PG_DATA
    chmod 755 "$SCC_PG_DIR"
    mkdir -m 700 "$SCC_PG_DATA"
    if [[ $(id -u) -eq 0 ]]; then
        chown -R postgres: "$SCC_PG_DIR"
    fi

    scc_log "initialising a throw-away cluster in $SCC_PG_DATA"
    if ! _scc_pg_as_server_user "$SCC_PG_BINDIR/initdb" -D "$SCC_PG_DATA" -U postgres --auth=trust \
            -E UTF8 --locale=C.UTF-8 >"$SCC_PG_DIR/initdb.log" 2>&1; then
        # Some systems lack the C.UTF-8 locale; the C locale with UTF8 encoding works everywhere.
        rm -rf -- "${SCC_PG_DATA:?}"/* 2>/dev/null || true
        if ! _scc_pg_as_server_user "$SCC_PG_BINDIR/initdb" -D "$SCC_PG_DATA" -U postgres --auth=trust \
                -E UTF8 --locale=C >"$SCC_PG_DIR/initdb.log" 2>&1; then
            tail -n 40 "$SCC_PG_DIR/initdb.log" >&2 || true
            scc_die "initdb failed"
        fi
    fi

    local attempt port started=""
    for attempt in 1 2 3 4 5; do
        port=$(_scc_pg_free_port) || scc_die "no free TCP port found"
        scc_log "starting PostgreSQL on 127.0.0.1:$port"
        if _scc_pg_as_server_user "$SCC_PG_BINDIR/pg_ctl" -D "$SCC_PG_DATA" -l "$SCC_PG_DIR/log" -w -t 60 \
                -o "$options -p $port -k $SCC_PG_DIR" start >/dev/null 2>&1; then
            started=1
            break
        fi
        # The port may have been taken between picking and starting: try another one.
        if [[ -f "$SCC_PG_DATA/postmaster.pid" ]]; then
            _scc_pg_as_server_user "$SCC_PG_BINDIR/pg_ctl" -D "$SCC_PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        scc_log "start attempt $attempt failed"
    done
    if [[ -z "$started" ]]; then
        _scc_pg_print_log
        scc_die "PostgreSQL did not start"
    fi
    SCC_PG_PORT=$port
    export SCC_PG_PORT

    local i
    for ((i = 0; i < 60; i++)); do
        "$SCC_PG_BINDIR/pg_isready" -q -h 127.0.0.1 -p "$SCC_PG_PORT" -U postgres >/dev/null 2>&1 && break
        sleep 0.5
    done
    if (( i >= 60 )); then
        _scc_pg_print_log
        scc_die "PostgreSQL is not accepting connections"
    fi

    if [[ "$db" != "postgres" ]]; then
        scc_log "creating database $db"
        if ! "$SCC_PG_BINDIR/createdb" -h 127.0.0.1 -p "$SCC_PG_PORT" -U postgres "$db" >/dev/null; then
            scc_die "could not create database $db"
        fi
    fi

    SCC_PG_CONNECTION="Host=127.0.0.1;Port=$SCC_PG_PORT;Username=postgres;Database=$db"
    export SCC_PG_CONNECTION
    scc_log "PostgreSQL ready: $SCC_PG_CONNECTION"
}
