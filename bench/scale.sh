#!/usr/bin/env bash
# Issue 19's measurement: one instance on a primary against two readers on a hot standby of
# it, at the same total concurrency on the 50-article nested query, in one run on this
# machine. The primary is a copy of a generated dataset's directory; the standby is made from it
# with a low-level base backup, as ReplicaTopologyIT does. See docs/benchmarks.md.
set -euo pipefail

bench=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$bench")
jar=$repo/target/newsgraph-0.1.0-SNAPSHOT.jar
data=
duration=15s
warmup=60s
concurrency=32
query=$bench/queries/mix/articles-nested.graphql

usage() {
	cat <<EOF
Usage: bench/scale.sh --data DIR [--jar JAR] [--duration 15s] [--warmup 60s] [--concurrency 32]
                      [--query FILE]
  --data         a generated dataset's PostgreSQL directory (bench/run.sh makes them), not changed
  --jar          the service jar (default target/newsgraph-0.1.0-SNAPSHOT.jar)
  --duration     measured time per set-up
  --warmup       load before it, at the same concurrency: C2 compiles the query path for about
                 50 s of CPU, which a short warm-up would leave in the measured time
  --concurrency  concurrent requests in all: one wrk at it, or two at half of it each
  --query        the GraphQL document (default the mix's articles-nested)
Needs wrk, psql, tar, python3 and twice the dataset's size free next to it.
EOF
	exit "${1:-0}"
}

while [ $# -gt 0 ]; do
	case $1 in
		--data) data=$(realpath "$2") ;;
		--jar) jar=$(realpath "$2") ;;
		--duration) duration=$2 ;;
		--warmup) warmup=$2 ;;
		--concurrency) concurrency=$2 ;;
		--query) query=$(realpath "$2") ;;
		-h | --help) usage ;;
		*) usage 2 >&2 ;;
	esac
	shift 2
done
[ -f "$data/PG_VERSION" ] || { echo "--data must be a PostgreSQL data directory" >&2; usage 2 >&2; }
[ -f "$data/postmaster.pid" ] && { echo "$data is in use by a running server; stop it first" >&2; exit 1; }
for tool in wrk psql python3; do
	command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done

work=$(mktemp -d "$(dirname "$data")/scale-bench.XXXXXX")
pids=()
cleanup() {
	for pid in "${pids[@]}"; do kill -INT "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }

# the server binary the dataset's embedded PostgreSQL ran, as its directory records it
postgres=$(cut -d' ' -f1 "$data/postmaster.opts" | tr -d '"')
[ -x "$postgres" ] || { echo "$postgres (from $data/postmaster.opts) is gone: start the service on $data once" >&2; exit 1; }
run_postgres() {
	local dir=$1 port=$2 wrap=()
	# PostgreSQL refuses to run as root; a user namespace makes root somebody else
	[ "$(id -u)" = 0 ] && wrap=(unshare -U)
	"${wrap[@]}" "$postgres" -D "$dir" -p "$port" -F -c max_connections=300 -c timezone=UTC \
		>"$work/$(basename "$dir").log" 2>&1 &
	pids+=($!)
	for _ in $(seq 120); do
		psql -X -h localhost -p "$port" -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1 && return 0
		sleep 0.5
	done
	echo "PostgreSQL on $dir did not start; see $work/$(basename "$dir").log" >&2
	return 1
}
sql() { psql -X -v ON_ERROR_STOP=1 -h localhost -p "$1" -U postgres -d postgres -At "${@:2}"; }

log "copying $data for the primary"
cp -a "$data" "$work/primary"
rm -f "$work/primary/postmaster.pid" "$work/primary/epg-lock"
primary_port=$(free_port)
run_postgres "$work/primary" "$primary_port"

log "making the standby: a low-level base backup of the primary"
mkdir -p "$work/standby"
sql "$primary_port" >/dev/null <<SQL
select pg_create_physical_replication_slot('bench_standby', true);
select pg_backup_start('bench', true);
\! tar -C '$work/primary' --exclude=./pg_wal --exclude=./pg_replslot --exclude=./pg_stat_tmp --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude=./epg-lock --warning=no-file-changed --warning=no-file-removed -cf - . | tar -C '$work/standby' -xf -
\o '$work/standby/backup_label'
select labelfile from pg_backup_stop(false);
\o
SQL
mkdir -p "$work/standby/pg_wal/archive_status" "$work/standby/pg_replslot" "$work/standby/pg_stat_tmp"
chmod 0700 "$work/standby"
touch "$work/standby/standby.signal"
cat >>"$work/standby/postgresql.auto.conf" <<CONF
primary_conninfo = 'host=localhost port=$primary_port user=postgres'
primary_slot_name = 'bench_standby'
hot_standby = on
hot_standby_feedback = on
CONF
standby_port=$(free_port)
run_postgres "$work/standby" "$standby_port"
[ "$(sql "$standby_port" -c 'select pg_is_in_recovery()')" = t ] || { echo "the standby is not in recovery" >&2; exit 1; }

body=$work/body.json
python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "$query" >"$body"

# Starts the service on a database URL with a role; sets $port once it is ready.
service() {
	local url=$1 role=$2
	port=$(free_port)
	(PORT=$port SPRING_DATASOURCE_URL=$url SPRING_DATASOURCE_USERNAME=postgres NEWSGRAPH_ROLE=$role \
		NEWSGRAPH_SEED_LOAD_ON_STARTUP=false NEWSGRAPH_BUDGET_ENABLED=false \
		exec java -Xmx512m -jar "$jar") >"$work/service-$port.log" 2>&1 &
	pids+=($!)
	for _ in $(seq 600); do
		[ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/actuator/health/readiness")" = 200 ] && return 0
		sleep 0.5
	done
	echo "The $role did not get ready; see $work/service-$port.log" >&2
	return 1
}

# wrk against each given port at once, $concurrency split between them; prints requests/s in all.
load() {
	local c=$((concurrency / $#)) outs=() port
	# (in a subshell: wait waits for these wrk runs alone)
	for port in "$@"; do
		BENCH_BODY=$body wrk -t1 -c"$c" -d"$warmup" --timeout 10s -s "$bench/lib/wrk.lua" "http://localhost:$port/graphql" >/dev/null &
	done
	wait
	for port in "$@"; do
		BENCH_BODY=$body wrk -t1 -c"$c" -d"$duration" --timeout 10s -s "$bench/lib/wrk.lua" \
			"http://localhost:$port/graphql" | grep '^{"requests"' >"$work/wrk-$port.json" &
		outs+=("$work/wrk-$port.json")
	done
	local before
	before=$(cpu_seconds)
	wait
	python3 - "$before" "$(cpu_seconds)" "${outs[@]}" <<'PY'
import json, sys
runs = [json.load(open(path)) for path in sys.argv[3:]]
bad = sum(r["non2xx"] + r["socket_errors"] + r["timeouts"] + r["graphql_errors"] for r in runs)
if bad:
    sys.exit(f"{bad} failed requests: {runs}")
requests = sum(r["requests"] for r in runs)
(java0, pg0), (java1, pg1) = (map(float, arg.split()) for arg in sys.argv[1:3])
each = [round(r["requests"] / (r["duration_us"] / 1e6), 1) for r in runs]
print(round(sum(each), 1), "+".join(map(str, each)),
      max(r["p50_us"] for r in runs) / 1000, max(r["p99_us"] for r in runs) / 1000,
      round((java1 - java0) * 1000 / requests, 1), round((pg1 - pg0) * 1000 / requests, 1))
PY
}

# CPU seconds so far of the services and the PostgreSQL servers this script started (and
# their backends): the split of a request's cost
cpu_seconds() {
	python3 - "${pids[@]}" <<'PY'
import os, sys
tick = os.sysconf("SC_CLK_TCK")
started = set(sys.argv[1:])
java = postgres = 0.0
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        name = open(f"/proc/{pid}/comm").read().strip()
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    except OSError:
        continue
    if pid not in started and fields[1] not in started:
        continue
    seconds = (int(fields[11]) + int(fields[12])) / tick
    if name == "java":
        java += seconds
    elif name.startswith("postgres"):
        postgres += seconds
print(java, postgres)
PY
}

stop() { kill -INT "$1"; wait "$1" 2>/dev/null || true; }

log "one instance on the primary"
service "jdbc:postgresql://localhost:$primary_port/postgres" writer
one=$port one_pid=${pids[-1]}
read -r one_rps _ one_p50 one_p99 one_java one_pg < <(load "$one")
stop "$one_pid"

log "two readers on the standby"
service "jdbc:postgresql://localhost:$standby_port/postgres" reader
first=$port
service "jdbc:postgresql://localhost:$standby_port/postgres" reader
second=$port
read -r two_rps two_each two_p50 two_p99 two_java two_pg < <(load "$first" "$second")

articles=$(sql "$primary_port" -c 'select count(*) from articles')
python3 - <<PY
one, two = $one_rps, $two_rps
print(f"| $articles articles, c$concurrency, $(basename "$query" .graphql), warm-up $warmup, measured $duration "
      f"| {one} req/s (p50 $one_p50 ms, p99 $one_p99 ms; CPU per request: JVM $one_java ms, PostgreSQL $one_pg ms) "
      f"| {two} req/s ($two_each; p50 $two_p50 ms, p99 $two_p99 ms; CPU per request: JVMs $two_java ms, PostgreSQL $two_pg ms) "
      f"| {two / one:.2f} |")
PY
