#!/usr/bin/env bash
# The benchmark of issues 9 and 16: every query over HTTP with wrk, beside its hand-written SQL
# floor with JMH, per dataset size. See bench/README.md.
set -euo pipefail

bench=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$bench")
sizes=10k,100k,1m
duration=5s
concurrency=1,8,32
shape_concurrency=1,8
jar=$repo/target/newsgraph-0.1.0-SNAPSHOT.jar
data_root=$bench/data
queries=.

usage() {
	cat <<EOF
Usage: bench/run.sh [--sizes 10k,100k,1m] [--duration 5s] [--concurrency 1,8,32]
                    [--shape-concurrency 1,8] [--jar JAR] [--data-root DIR] [--queries REGEX]
  --sizes              dataset sizes, in articles (k and m suffixes)
  --duration           measured time per query and concurrency (after a 1 s warm-up), for wrk and JMH
  --concurrency        concurrent requests for the mix (issue 9)
  --shape-concurrency  concurrent requests for the shapes (issue 16)
  --jar                the service jar (default target/newsgraph-0.1.0-SNAPSHOT.jar, built when missing)
  --data-root          where the datasets live, one directory per size (default bench/data);
                       BENCH_DATA_DIR_<SIZE> (for example BENCH_DATA_DIR_100K) overrides one size
  --queries            only the queries whose name (mix/..., shapes/...) matches this regex
EOF
	exit "${1:-0}"
}

while [ $# -gt 0 ]; do
	case $1 in
		--sizes) sizes=$2 ;;
		--duration) duration=$2 ;;
		--concurrency) concurrency=$2 ;;
		--shape-concurrency) shape_concurrency=$2 ;;
		--jar) jar=$(realpath "$2") ;;
		--data-root) data_root=$(realpath "$2") ;;
		--queries) queries=$2 ;;
		-h | --help) usage ;;
		*) echo "Unknown option $1" >&2; usage 2 ;;
	esac
	shift 2
done

log() { echo "[$(date +%H:%M:%S)] $*"; }

# 10k -> 10000, 1m -> 1000000
articles_of() {
	case $1 in
		*k) echo $((${1%k} * 1000)) ;;
		*m) echo $((${1%m} * 1000000)) ;;
		*) echo "$1" ;;
	esac
}

data_dir_of() {
	local override="BENCH_DATA_DIR_$(echo "$1" | tr '[:lower:]' '[:upper:]')"
	echo "${!override:-$data_root/$1}"
}

free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

service=
stop_service() {
	if [ -n "$service" ] && kill -0 "$service" 2>/dev/null; then
		kill -TERM "$service"
		wait "$service" || true
	fi
	service=
}
trap stop_service EXIT

# Starts the service as a user would, on the dataset in $1, logging to $2; sets $url and $pg_port.
start_service() {
	local port
	port=$(free_port)
	# one client at full speed: the per-client cost budget would answer 429, so it is off
	(cd "$repo" && PORT=$port NEWSGRAPH_EMBEDDED_DB_DIR=$1 NEWSGRAPH_BUDGET_ENABLED=false \
		exec java -Xmx512m -jar "$jar") >"$2" 2>&1 &
	service=$!
	url=http://localhost:$port/graphql
	# the first start on an older dataset rebuilds its derived data: minutes at 1M
	for _ in $(seq 1200); do
		if [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/actuator/health/readiness")" = 200 ]; then
			pg_port=$(sed -n 's|.*Database: embedded PostgreSQL at jdbc:postgresql://localhost:\([0-9]*\)/.*|\1|p' "$2" | head -1)
			[ -n "$pg_port" ] && return 0
			echo "No embedded PostgreSQL URL in $2" >&2
			return 1
		fi
		kill -0 "$service" 2>/dev/null || { echo "The service exited; see $2" >&2; tail -20 "$2" >&2; return 1; }
		sleep 1
	done
	echo "The service was not ready after 20 minutes; see $2" >&2
	return 1
}

# Times one query at one concurrency with wrk, after a 1 s warm-up.
load() {
	local body=$1 c=$2 out=$3 threads=$(($2 < 2 ? 1 : 2))
	BENCH_BODY=$body wrk -t"$threads" -c"$c" -d1s --timeout 10s -s "$bench/lib/wrk.lua" "$url" >/dev/null
	BENCH_BODY=$body wrk -t"$threads" -c"$c" -d"$duration" --timeout 10s -s "$bench/lib/wrk.lua" "$url" |
		grep '^{"requests"' >"$out"
}

# The floor of the given queries at concurrency $1, with JMH.
floor() {
	local c=$1 list=$2
	[ -n "$list" ] || return 0
	FLOOR_JDBC_URL=jdbc:postgresql://localhost:$pg_port/postgres FLOOR_QUERIES=$bench/queries \
		FLOOR_PARAMS=$work/params.json java -jar "$bench/floor/target/floor.jar" Floor -p query="$list" \
		-t "$c" -f 1 -wi 1 -w 1s -i 1 -r "$duration" -bm sample -tu us \
		-rf json -rff "$work/floor-c$c.json" >"$work/floor-c$c.log" 2>&1
}

run_size() {
	local size=$1 articles dir started
	articles=$(articles_of "$size")
	dir=$(data_dir_of "$size")
	work=$bench/results/$size.tmp
	rm -rf "$work"
	mkdir -p "$work/wrk"
	started=$SECONDS
	if [ ! -f "$dir/PG_VERSION" ]; then
		log "$size: generating $articles articles into $dir (about 1 min for 10k, 3.5 min for 100k, 50 min for 1M)"
		mkdir -p "$(dirname "$dir")"
		NEWSGRAPH_EMBEDDED_DB_DIR=$dir java -Xmx512m -jar "$jar" generate --articles "$articles" | tee "$work/generate.log"
	fi
	log "$size: starting the service on $dir"
	start_service "$dir" "$work/service.log"
	log "$size: serving on $url, embedded PostgreSQL on port $pg_port"
	python3 "$bench/lib/bench.py" params "$url" "$pg_port" "$articles" "$work/params.json"
	python3 "$bench/lib/bench.py" run "$pg_port" "$duration" "$concurrency" "$shape_concurrency" "$jar" "$url" \
		>"$work/run.json"
	log "$size: checking every query against its floor"
	python3 "$bench/lib/bench.py" prepare "$url" "$pg_port" "$work/params.json" "$work" "$queries" | tee "$work/checks.txt"
	# only queries that answer without errors are timed (the others are reported as they are)
	local name status group levels c ok=() all_levels
	while IFS=$'\t' read -r name status _; do
		[ "$status" = error ] || ok+=("$name")
	done <"$work/checks.txt"
	all_levels=$(echo "$concurrency,$shape_concurrency" | tr ',' '\n' | sort -nu)
	# a fresh JVM is still compiling for its first half minute: measured cold, a query ran at a
	# fifth of its settled rate, so every query runs in turn until 30 s have passed
	log "$size: warming the service up: every query in turn at concurrency 8, for at least 30 s"
	local warm_until=$((SECONDS + 30))
	while [ "$SECONDS" -lt "$warm_until" ]; do
		for name in "${ok[@]}"; do
			BENCH_BODY=$work/bodies/${name/\//__}.json wrk -t2 -c8 -d1s --timeout 10s -s "$bench/lib/wrk.lua" "$url" >/dev/null
		done
	done
	for name in "${ok[@]}"; do
		group=${name%%/*}
		levels=$([ "$group" = mix ] && echo "$concurrency" || echo "$shape_concurrency")
		for c in ${levels//,/ }; do
			log "$size: $name at concurrency $c"
			load "$work/bodies/${name/\//__}.json" "$c" "$work/wrk/${name/\//__}.c$c.json"
		done
	done
	for c in $all_levels; do
		local list=()
		while IFS=$'\t' read -r name status _; do
			group=${name%%/*}
			levels=$([ "$group" = mix ] && echo "$concurrency" || echo "$shape_concurrency")
			[[ ",$levels," == *",$c,"* && $status == ok ]] && list+=("$name")
		done <"$work/checks.txt"
		log "$size: floor of ${#list[@]} queries at concurrency $c (JMH)"
		floor "$c" "$(IFS=,; echo "${list[*]}")"
	done
	log "$size: stopping the service"
	stop_service
	python3 "$bench/lib/bench.py" collect "$size" "$articles" "$work" "$bench/results/$size.json"
	log "$size: done in $(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s: bench/results/$size.json"
}

if [ ! -f "$jar" ]; then
	log "Building $jar"
	(cd "$repo" && ./mvnw -q -DskipTests package)
fi
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install -y postgresql-client" >&2; exit 1; }
# built only when stale, so that a second run does not rewrite the jar under a running one
if [ -n "$(find "$bench/floor/pom.xml" "$bench/floor/src" -newer "$bench/floor/target/floor.jar" 2>/dev/null)" ] ||
	[ ! -f "$bench/floor/target/floor.jar" ]; then
	log "Building the floor (JMH)"
	(cd "$repo" && ./mvnw -q -f bench/floor/pom.xml package)
fi
for size in ${sizes//,/ }; do
	run_size "$size"
done
python3 "$bench/lib/report.py" "$bench/results" "$repo/docs"
log "Wrote docs/benchmarks.md and docs/benchmarks.html"
