#!/usr/bin/env bash
# The soak of issue 10: the mix at concurrency 32 for N minutes against the service started as
# a user would (java -Xmx512m -jar), on a generated dataset. Prints and saves, per minute, the
# requests, errors and p99, and the heap after a full GC and the RSS at the start and the end.
# The request bodies come from bench/lib/bench.py, as in bench/run.sh. See docs/reliability.md.
set -euo pipefail

bench=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$bench")
size=100k
minutes=10
concurrency=32
jar=$repo/target/newsgraph-0.1.0-SNAPSHOT.jar

while [ $# -gt 0 ]; do
	case $1 in
		--size) size=$2 ;;
		--minutes) minutes=$2 ;;
		--concurrency) concurrency=$2 ;;
		--jar) jar=$(realpath "$2") ;;
		-h | --help) echo "Usage: bench/soak.sh [--size 100k] [--minutes 10] [--concurrency 32] [--jar JAR]"; exit 0 ;;
		*) echo "Unknown option $1" >&2; exit 2 ;;
	esac
	shift 2
done

override="BENCH_DATA_DIR_$(echo "$size" | tr '[:lower:]' '[:upper:]')"
data=${!override:-$bench/data/$size}
[ -d "$data" ] || { echo "No dataset at $data: bench/run.sh --sizes $size generates one" >&2; exit 1; }
work=$bench/results/soak/$size.tmp
rm -rf "$work"
mkdir -p "$work"
case $size in
	*k) articles=$((${size%k} * 1000)) ;;
	*m) articles=$((${size%m} * 1000000)) ;;
	*) articles=$size ;;
esac

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# one client at full speed: the per-client budget would answer 429, so it is off
(cd "$repo" && PORT=$port NEWSGRAPH_EMBEDDED_DB_DIR=$data NEWSGRAPH_BUDGET_ENABLED=false \
	exec java -Xmx512m -jar "$jar") >"$work/service.log" 2>&1 &
service=$!
trap 'kill -TERM $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
for _ in $(seq 600); do
	[ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/actuator/health/readiness")" = 200 ] && break
	sleep 1
done
url=http://localhost:$port/graphql
pg_port=$(sed -n 's|.*Database: embedded PostgreSQL at jdbc:postgresql://localhost:\([0-9]*\)/.*|\1|p' "$work/service.log" | head -1)
python3 "$bench/lib/bench.py" params "$url" "$pg_port" "$articles" "$work/params.json"
python3 "$bench/lib/bench.py" prepare "$url" "$pg_port" "$work/params.json" "$work" 'mix/' >"$work/checks.txt"
ls "$work"/bodies/mix__*.json >"$work/bodies.txt"

# heap in use after a full GC, in KB, and the resident set, in KB
memory() {
	jcmd "$service" GC.run >/dev/null
	local heap
	heap=$(jcmd "$service" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1)
	echo "{\"heap_after_gc_kb\": $heap, \"rss_kb\": $(ps -o rss= -p "$service" | tr -d ' ')}"
}

# a minute of warm-up, not counted
BENCH_BODY=$(head -1 "$work/bodies.txt") BENCH_BODIES=$work/bodies.txt \
	wrk -t2 -c"$concurrency" -d60s --timeout 10s -s "$bench/lib/soak.lua" "$url" >/dev/null
start=$(memory)
: >"$work/minutes.jsonl"
for minute in $(seq "$minutes"); do
	BENCH_BODY=$(head -1 "$work/bodies.txt") BENCH_BODIES=$work/bodies.txt \
		wrk -t2 -c"$concurrency" -d60s --timeout 10s -s "$bench/lib/soak.lua" "$url" |
		grep '^{"requests"' >>"$work/minutes.jsonl"
	echo "minute $minute: $(tail -1 "$work/minutes.jsonl")"
done
end=$(memory)
python3 - "$work" "$size" "$concurrency" "$start" "$end" "$bench/results/soak/$size.json" <<'PY'
import json, sys
work, size, concurrency, start, end, out = sys.argv[1:]
minutes = [json.loads(line) for line in open(f'{work}/minutes.jsonl')]
start, end = json.loads(start), json.loads(end)
errors = sum(m['non2xx'] + m['socket_errors'] + m['timeouts'] + m['graphql_errors'] for m in minutes)
result = {'size': size, 'concurrency': int(concurrency), 'minutes': minutes, 'requests': sum(m['requests'] for m in minutes),
          'errors': errors, 'start': start, 'end': end,
          'heap_growth': end['heap_after_gc_kb'] / start['heap_after_gc_kb'] - 1, 'rss_growth': end['rss_kb'] / start['rss_kb'] - 1}
json.dump(result, open(out, 'w'), indent=1)
print(f"| minute | requests | errors | p99 (ms) |\n|---|---|---|---|")
for i, m in enumerate(minutes, 1):
    print(f"| {i} | {m['requests']:,} | {m['non2xx'] + m['socket_errors'] + m['timeouts'] + m['graphql_errors']} | {m['p99_us'] / 1000:.1f} |")
print(f"\n{result['requests']:,} requests, {errors} errors. Heap after GC {start['heap_after_gc_kb']:,} KB -> "
      f"{end['heap_after_gc_kb']:,} KB ({result['heap_growth']:+.1%}); RSS {start['rss_kb']:,} KB -> {end['rss_kb']:,} KB "
      f"({result['rss_growth']:+.1%}).")
PY
