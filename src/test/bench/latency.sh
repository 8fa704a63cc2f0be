#!/usr/bin/env bash
# Warm latency of the nested query against the trivial one, on a running service.
# Usage: src/test/bench/latency.sh [url] [requests]   (default http://localhost:8080/graphql, 300)
# Prints median and p95 in milliseconds for both, and their ratio: a figure, not a test.
set -euo pipefail
url=${1:-http://localhost:8080/graphql}
n=${2:-300}
here=$(dirname "$0")
nested=$(python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read(), "variables": {"first": 50}}))' \
  "$here/../resources/graphql-test/nested-articles.graphql")
trivial='{"query":"{ dataset { version } }"}'
measure() {
  local body=$1
  for _ in $(seq 20); do curl -s -o /dev/null -H 'Content-Type: application/json' -d "$body" "$url"; done  # warm-up
  for _ in $(seq "$n"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$body" "$url"
  done | sort -n | awk '{a[NR]=$1} END {printf "%.2f %.2f\n", a[int(NR/2)+1]*1000, a[int(NR*0.95)]*1000}'
}
read -r t50 t95 < <(measure "$trivial")
read -r n50 n95 < <(measure "$nested")
echo "trivial { dataset { version } }:  median ${t50} ms, p95 ${t95} ms"
echo "nested articles(first: 50) ...:   median ${n50} ms, p95 ${n95} ms"
awk -v a="$n50" -v b="$t50" 'BEGIN {printf "ratio nested/trivial (median): %.2f\n", a/b}'
