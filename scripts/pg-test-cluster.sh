#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the tests (and the benchmark's PostgreSQL rows).
#
#   eval "$(scripts/pg-test-cluster.sh start)"   # prints the exports; the cluster runs until 'stop'
#   swift test                                    # reads MISSIONKPI_TEST_PG_URL
#   scripts/pg-test-cluster.sh stop               # stops the cluster of $MISSIONKPI_PG_DIR, removes it
#
# Each start makes a new folder (/tmp/missionkpi-pg.XXXXXX, exported as MISSIONKPI_PG_DIR), so two
# runs on one machine never stop each other's cluster. It listens on 127.0.0.1 only, on
# $MISSIONKPI_PG_PORT (default 55432, or the next free port). Role 'postgres' logs in without a
# password (trust); role 'missionkpi_pw' must give its password (scram-sha-256), so the tests can check
# what a wrong password does. As root, the server runs as the 'postgres' user (initdb refuses root).
# Needs Debian's 'postgresql' package (apt-get install postgresql).
set -euo pipefail

dir=${MISSIONKPI_PG_DIR:-}
port=${MISSIONKPI_PG_PORT:-55432}
pw_role=missionkpi_pw
pw_secret=${MISSIONKPI_PG_TEST_PASSWORD:-mk-test-password-7c1f}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-test-cluster: PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 1
fi

# Runs a PostgreSQL program as the cluster's owner.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    else
        "$@"
    fi
}

stop() {
    [ -n "$dir" ] && [ -d "$dir/data" ] || return 0
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

start() {
    dir=$(mktemp -d /tmp/missionkpi-pg.XXXXXX)
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    while as_owner "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null || \
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    {
        echo "listen_addresses = '127.0.0.1'"
        echo "port = $port"
        echo "unix_socket_directories = '$dir'"
        echo "max_connections = 100"
        echo "password_encryption = 'scram-sha-256'"
    } >>"$dir/data/postgresql.conf"
    # The password role must authenticate; everyone else on loopback is trusted.
    {
        echo "host all $pw_role 127.0.0.1/32 scram-sha-256"
        echo "host all all 127.0.0.1/32 trust"
        echo "local all all trust"
    } >"$dir/data/pg_hba.conf"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null || {
        cat "$dir/server.log" >&2
        exit 1
    }
    as_owner "$bindir/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE $pw_role LOGIN CREATEDB PASSWORD '$pw_secret'" >/dev/null
    echo "export MISSIONKPI_PG_DIR=$dir"
    echo "export MISSIONKPI_TEST_PG_URL=postgresql://postgres@127.0.0.1:$port/postgres"
    echo "export MISSIONKPI_TEST_PG_PASSWORD_URL=postgresql://$pw_role@127.0.0.1:$port/postgres"
    echo "export MISSIONKPI_TEST_PG_PASSWORD=$pw_secret"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *)
        echo "usage: $0 start|stop" >&2
        exit 64
        ;;
esac
