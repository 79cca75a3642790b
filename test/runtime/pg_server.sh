#!/usr/bin/env bash
# A throwaway PostgreSQL server for runtime tests, from Debian's postgresql
# package, on a loopback port, logging every statement.
#
#   pg_server.sh start STATE   starts one; writes its data directory, port and
#                              log file to STATE (sourceable), prints the port
#   pg_server.sh stop STATE    stops it and removes its data directory
#   pg_server.sh run STATE TRIPS PATTERN -- COMMAND...
#                              runs COMMAND with PGHOST/PGPORT/PGUSER set to the
#                              server, then writes `round_trips=N` to TRIPS: the
#                              statements it executed whose log line matches
#                              PATTERN (a grep -E pattern)
#
# initdb refuses to run as root: as root, the server runs as the `postgres`
# user the package creates, in a directory under /tmp that user can reach.
set -euo pipefail
action=$1
state=$2

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$action" in
start)
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$bindir/initdb" ] || { echo "pg_server: no PostgreSQL server installed" >&2; exit 1; }
  data=$(mktemp -d /tmp/async-tidy-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres: "$data"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_server_user "$bindir/initdb" -D "$data/db" -A trust -U postgres -E UTF8 --no-sync > /dev/null
  as_server_user "$bindir/pg_ctl" -D "$data/db" -l "$data/server.log" -w -o \
    "-p $port -k $data -c listen_addresses=127.0.0.1 -c log_statement=all -c fsync=off" \
    start > /dev/null
  printf 'PG_BIN=%s\nPG_DATA=%s\nPG_PORT=%s\nPG_LOG=%s\n' "$bindir" "$data" "$port" \
    "$data/server.log" > "$state"
  echo "$port"
  ;;
stop)
  [ -f "$state" ] || exit 0
  # shellcheck disable=SC1090
  . "$state"
  as_server_user "$PG_BIN/pg_ctl" -D "$PG_DATA/db" -m fast -w stop > /dev/null || true
  rm -rf "$PG_DATA" "$state"
  ;;
run)
  trips=$3
  pattern=$4
  shift 5
  # shellcheck disable=SC1090
  . "$state"
  before=$(wc -c < "$PG_LOG")
  PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres "$@"
  sleep 0.2 # the server writes its log asynchronously
  count=$(tail -c +$((before + 1)) "$PG_LOG" | grep -cE "$pattern" || true)
  echo "round_trips=$count" > "$trips"
  ;;
*)
  echo "usage: pg_server.sh start|stop|run STATE ..." >&2
  exit 2
  ;;
esac
