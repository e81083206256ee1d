#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests and benchmarks, from Debian's packages.
#
#   eval "$(.ci/postgres.sh start)"   # installs PostgreSQL if missing, starts a server on
#                                     # 127.0.0.1 on a free port, prints the exports:
#                                     #   WIRECODER_TEST_PG=postgresql://wirecoder:wirecoder@127.0.0.1:PORT/wirecoder
#                                     #   WIRECODER_PG_DIR=<its data folder>
#   .ci/postgres.sh stop [DIR]        # stops it and removes its folder (DIR defaults to $WIRECODER_PG_DIR)
#
# The server lives in a temporary folder and is owned by the `postgres` user when run as root
# (PostgreSQL refuses to run as root), by the calling user otherwise. Only the export lines go
# to stdout; progress goes to stderr.
set -euo pipefail

USER_NAME=wirecoder
PASSWORD=wirecoder
DB_NAME=wirecoder

say() { echo "postgres.sh: $*" >&2; }

bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
        echo "$dir"
    elif command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}

install_if_missing() {
    if [ -n "$(bindir)" ]; then
        return
    fi
    if [ "$(id -u)" -ne 0 ]; then
        say "PostgreSQL is not installed and this is not root: install the 'postgresql' package first"
        exit 1
    fi
    say "installing PostgreSQL from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
}

# Run a PostgreSQL program as the user that owns the cluster.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    say "no free port found"
    exit 1
}

start() {
    install_if_missing
    local bin dir port
    bin=$(bindir)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/wirecoder-pg.XXXXXX")
    printf '%s\n' "$PASSWORD" > "$dir/pwfile"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U "$USER_NAME" --pwfile="$dir/pwfile" \
        --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(free_port)
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir" >&2 \
        || { cat "$dir/server.log" >&2; exit 1; }
    PGPASSWORD="$PASSWORD" as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$USER_NAME" "$DB_NAME"
    say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)"
    echo "export WIRECODER_TEST_PG=postgresql://$USER_NAME:$PASSWORD@127.0.0.1:$port/$DB_NAME"
    echo "export WIRECODER_PG_DIR=$dir"
}

stop() {
    local dir=${1:-${WIRECODER_PG_DIR:-}}
    if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
        say "nothing to stop"
        return
    fi
    as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop "${2:-}" ;;
    *) echo "usage: $0 start | stop [DIR]" >&2; exit 2 ;;
esac
