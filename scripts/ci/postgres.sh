#!/bin/sh
# A throw-away PostgreSQL server for the test suite (the `postgres` pytest marker).
#
#   eval "$(scripts/ci/postgres.sh start)"   # prints: export LIPPLANNER_TEST_PG_URL=...
#   scripts/ci/postgres.sh stop               # stops it by its PID, removes its files
#
# Runs as root: initdb and the server run as the `postgres` system user (created if
# absent), in a private temporary directory, with a private socket directory (-k) and
# a free TCP port on 127.0.0.1 only. Password login (scram-sha-256) for the test role,
# so the tests can also check that a wrong password is refused clearly.
set -eu

STATE="${LIPPLANNER_PG_STATE:-/tmp/lipplanner-test-pg.state}"
ROLE=lipplanner
PASSWORD=lipplanner-test
DATABASE=lipplanner_test

find_bin() {
    for dir in /usr/local/bin /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then
            echo "$dir"
            return 0
        fi
    done
    echo "postgres.sh: no PostgreSQL binaries (initdb, pg_ctl, postgres) found" >&2
    return 1
}

as_postgres() {
    if command -v runuser >/dev/null 2>&1; then
        runuser -u postgres -- "$@"
    else
        su postgres -s /bin/sh -c "$(printf '%s ' "$@")"
    fi
}

free_port() {
    for python in python3 /work/main/.venv/bin/python python; do
        if command -v "$python" >/dev/null 2>&1; then
            "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
            return 0
        fi
    done
    echo 55432
}

start() {
    if [ "$(id -u)" != 0 ]; then
        echo "postgres.sh: run as root (initdb must run as the postgres user)" >&2
        exit 1
    fi
    if [ -f "$STATE" ]; then
        echo "postgres.sh: already started ($STATE); run stop first" >&2
        exit 1
    fi
    BIN=$(find_bin)
    if ! id postgres >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    fi
    ROOT=$(mktemp -d /tmp/lipplanner-pg.XXXXXX)
    chmod 755 "$ROOT"
    mkdir "$ROOT/data" "$ROOT/socket"
    chown postgres "$ROOT/data" "$ROOT/socket"
    chmod 700 "$ROOT/data" "$ROOT/socket"
    PWFILE="$ROOT/pw"
    echo "$PASSWORD" > "$PWFILE"
    chown postgres "$PWFILE"
    PORT=$(free_port)
    as_postgres "$BIN/initdb" -D "$ROOT/data" -U postgres --auth-local=trust \
        --auth-host=scram-sha-256 --pwfile="$PWFILE" -E UTF8 --locale=C.UTF-8 \
        >"$ROOT/initdb.log" 2>&1 || {
        cat "$ROOT/initdb.log" >&2
        exit 1
    }
    touch "$ROOT/server.log"
    chown postgres "$ROOT/server.log"
    as_postgres "$BIN/pg_ctl" -D "$ROOT/data" -l "$ROOT/server.log" -w -t 60 \
        -o "-k $ROOT/socket -p $PORT -c listen_addresses=127.0.0.1 -c fsync=off" start \
        >/dev/null || {
        cat "$ROOT/server.log" >&2
        exit 1
    }
    PID=$(head -n 1 "$ROOT/data/postmaster.pid")
    printf 'ROOT=%s\nPID=%s\nPORT=%s\n' "$ROOT" "$PID" "$PORT" > "$STATE"
    PSQL=""
    for candidate in "$BIN/psql" "$(command -v psql || true)" /usr/lib/postgresql/*/bin/psql; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            PSQL="$candidate"
            break
        fi
    done
    if [ -z "$PSQL" ]; then
        echo "postgres.sh: psql not found; cannot create the test database" >&2
        stop
        exit 1
    fi
    as_postgres "$PSQL" -q -h "$ROOT/socket" -p "$PORT" -U postgres -d postgres \
        -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'" \
        -c "CREATE DATABASE $DATABASE OWNER $ROLE" >/dev/null
    URL="postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
    echo "export LIPPLANNER_TEST_PG_URL='$URL'"
}

stop() {
    if [ ! -f "$STATE" ]; then
        echo "postgres.sh: not started" >&2
        exit 0
    fi
    . "$STATE"
    if kill -TERM "$PID" 2>/dev/null; then
        i=0
        while kill -0 "$PID" 2>/dev/null && [ $i -lt 100 ]; do
            sleep 0.1
            i=$((i + 1))
        done
        kill -0 "$PID" 2>/dev/null && kill -KILL "$PID" 2>/dev/null || true
    fi
    rm -rf "$ROOT" "$STATE"
}

case "${1:-}" in
start) start ;;
stop) stop ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
