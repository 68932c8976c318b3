#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for development, tests and benchmarks: initdb in a new folder,
# start it on a free loopback port (Unix socket in the same folder), create the database `readout`,
# and print its URL on standard output (everything else goes to standard error).
#
#   scripts/pg-dev.sh                 start one in a new folder under $TMPDIR; prints postgres://...
#   scripts/pg-dev.sh --dir DIR       keep the cluster in DIR (reused, and restarted, when it is there)
#   scripts/pg-dev.sh --fast          no fsync (tests: a crash of the machine may lose the cluster)
#   scripts/pg-dev.sh --stop DIR      stop the cluster in DIR
#
# Needs Debian's postgresql package (apt-get install postgresql) or initdb/pg_ctl on PATH. PostgreSQL
# refuses to run as root: as root the cluster runs as the user `postgres`.
set -euo pipefail

dir="" fast=0 stop=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="${2:?pg-dev: --dir needs a folder (see --help)}"; shift 2 ;;
    --fast) fast=1; shift ;;
    --stop) stop="${2:?pg-dev: --stop needs the folder of the cluster to stop (see --help)}"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "pg-dev: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

bin=""
if command -v initdb >/dev/null 2>&1; then bin="$(dirname "$(readlink -f "$(command -v initdb)")")"
else
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do bin="$d"; break; done
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "pg-dev: PostgreSQL is not installed (apt-get install postgresql, as root)" >&2
  exit 3
fi

# run a command as the cluster's owner: ourselves, or `postgres` when we are root
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "pg-dev: running as root and there is no user postgres to run the cluster" >&2; exit 3; }
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ -n "$stop" ]; then
  as_owner "$bin/pg_ctl" -D "$stop/data" -m fast -w stop >&2
  exit 0
fi

if [ -z "$dir" ]; then dir="$(mktemp -d "${TMPDIR:-/tmp}/readout-pg.XXXXXX")"; fi
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; chmod 700 "$dir"; fi

port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

if [ ! -f "$dir/data/PG_VERSION" ]; then
  as_owner "$bin/initdb" -D "$dir/data" -U readout --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { echo "pg-dev: initdb failed; see $dir/initdb.log" >&2; exit 3; }
fi
opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=200 -c shared_buffers=256MB"
if [ "$fast" = 1 ]; then opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"; fi
if as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
fi
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$opts" -w start >/dev/null \
  || { echo "pg-dev: the server did not start; see $dir/server.log" >&2; exit 3; }
"$bin/psql" -h 127.0.0.1 -p "$port" -U readout -d postgres -qAtc "SELECT 1 FROM pg_database WHERE datname = 'readout'" | grep -q 1 \
  || "$bin/psql" -h 127.0.0.1 -p "$port" -U readout -d postgres -qc "CREATE DATABASE readout" >/dev/null
echo "pg-dev: cluster in $dir on port $port (stop: scripts/pg-dev.sh --stop $dir)" >&2
echo "postgres://readout@127.0.0.1:$port/readout"
