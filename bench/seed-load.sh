#!/usr/bin/env bash
# The curated-load benchmark of issue 11: a generated seed folder of N articles (100,000 unless
# given) validated, loaded into a fresh embedded PostgreSQL, then reloaded after one edit; each
# step timed, with the JVM's peak heap from its GC log, under -Xmx512m. Results go to
# bench/results/seed-load-<N>.txt; bench/loads.md is written by hand from them.
set -euo pipefail
articles=${1:-100000}
repo=$(cd "$(dirname "$0")/.." && pwd)
jar=${JAR:-$repo/target/newsgraph-0.1.0-SNAPSHOT.jar}
work=${BENCH_SEED_DIR:-$repo/bench/data/seed-$articles}
out=$repo/bench/results/seed-load-$articles.txt
[ -f "$jar" ] || (cd "$repo" && ./mvnw -q -DskipTests package)
mkdir -p "$(dirname "$out")" "$work"
: >"$out"

# Runs the jar with the given arguments; prints the wall time and the peak heap before a GC.
step() {
	local name=$1 started peak
	shift
	started=$(date +%s.%N)
	java -Xmx512m -Xlog:gc:file="$work/gc.log" -jar "$jar" "$@" >"$work/$name.log" 2>&1
	peak=$(grep -oE '[0-9]+M->' "$work/gc.log" | sed 's/M->//' | sort -n | tail -1)
	printf '%-10s %8.1f s   peak heap %s MB   %s\n' "$name" "$(echo "$(date +%s.%N) - $started" | bc)" \
		"${peak:-?}" "$(grep -hoE '(is valid|Loaded [0-9a-f]{8}|is already loaded).*' "$work/$name.log" | tail -1 | cut -c1-90)" |
		tee -a "$out"
}

if [ ! -d "$work/seeds/articles" ]; then
	java -Xmx512m -jar "$jar" generate --articles "$articles" --seed-folder "$work/seeds" | tail -1
fi
rm -rf "$work/db"
export NEWSGRAPH_EMBEDDED_DB_DIR=$work/db
# files written in the last 2 s get no stamp; these are older
step validate seed --validate "$work/seeds"
step load seed "$work/seeds"
step reload seed "$work/seeds"
# one quote's role edited in the middle article
file=$work/seeds/articles/$(printf '%07d' $((articles / 2))).yaml
cp -p "$file" "$work/edited.bak"
sed -i '0,/  role: .*/s//  role: acting spokesperson/' "$file"
step edit seed "$work/seeds"

# The same edit saved while the service runs and watches the folder: from the save to the
# first answer over HTTP with the new dataset version, for several edits in turn.
port=${BENCH_PORT:-18099}
version() {
	curl -s -H 'Content-Type: application/json' -d '{"query":"{ dataset { version } }"}' "localhost:$port/graphql"
}
PORT=$port NEWSGRAPH_SEED_DIR=$work/seeds NEWSGRAPH_SEED_WATCH=true \
	java -Xmx512m -jar "$jar" >"$work/watch.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null' EXIT
until grep -q 'Watching' "$work/watch.log"; do
	kill -0 $service 2>/dev/null || { tail "$work/watch.log"; exit 1; }
	sleep 1
done
times=()
for round in 1 2 3 4 5 6 7 8; do
	before=$(version)
	started=$(date +%s%N)
	sed -i "0,/  role: .*/s//  role: edited in round $round/" "$file"
	while [ "$(version)" = "$before" ]; do sleep 0.05; done
	times+=($((($(date +%s%N) - started) / 1000000)))
	sleep 1
done
kill $service
wait $service 2>/dev/null || true
mv "$work/edited.bak" "$file"
printf 'watched   edit to served, ms: %s   median %s\n' "${times[*]}" \
	"$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((${#times[@]} + 1) / 2))p")" | tee -a "$out"
