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
step validate seed --validate "$work/seeds"
step load seed "$work/seeds"
step reload seed "$work/seeds"
# one quote's role edited in the middle article
file=$work/seeds/articles/$(printf '%07d' $((articles / 2))).yaml
cp "$file" "$work/edited.bak"
sed -i '0,/  role: .*/s//  role: acting spokesperson/' "$file"
step edit seed "$work/seeds"
mv "$work/edited.bak" "$file"
