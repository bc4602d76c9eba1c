#!/usr/bin/env bash
# What a CI run with --store costs: a 1,000-article batch against stores of
# 3,000 and 30,000 articles, against building the store, against a plain
# run. Whole runs under /usr/bin/time -v; each measured RUNS times (default
# 3), the median wall time and peak memory printed.
#
#   xzcat ../shared/corpora/vi/baomoi_magizbox_35k.jsonl.xz > /tmp/baomoi.jsonl
#   bazel build -c opt //:wirecheck
#   bench/store_bench.sh bazel-bin/cli/wirecheck /tmp/baomoi.jsonl
set -euo pipefail
W=$(realpath "$1")
CORPUS=$2
RUNS=${RUNS:-3}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

head -n 30000 "$CORPUS" > "$TMP/s30k.jsonl"
head -n 3000 "$CORPUS" > "$TMP/s3k.jsonl"
sed -n 30001,31000p "$CORPUS" > "$TMP/batch.jsonl"

# One whole run; prints "wall_seconds peak_kb".
timed() {
  /usr/bin/time -v "$@" > /dev/null 2> "$TMP/time.txt" || {
    cat "$TMP/time.txt" >&2
    exit 1
  }
  awk -F': ' '/Elapsed/ {split($2, t, ":"); s = t[1] * 60 + t[2]}
              /Maximum resident/ {m = $2} END {printf "%.2f %d\n", s, m}' \
    "$TMP/time.txt"
}

# Median of RUNS runs of a command, after `setup` (run before each).
median() {
  local label=$1 setup=$2
  shift 2
  local walls=() mems=()
  for _ in $(seq "$RUNS"); do
    eval "$setup"
    read -r wall mem < <(timed "$@")
    walls+=("$wall")
    mems+=("$mem")
  done
  local w m
  w=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
  m=$(printf '%s\n' "${mems[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
  printf '%-44s %7s s %7d MB   (runs: %s)\n' "$label" "$w" $((m / 1024)) \
    "${walls[*]}"
}

echo "building the stores"
"$W" dedup --quiet --store="$TMP/s30k.db" "$TMP/s30k.jsonl" > /dev/null 2>&1
"$W" dedup --quiet --store="$TMP/s3k.db" "$TMP/s3k.jsonl" > /dev/null 2>&1
"$W" store stats --store="$TMP/s30k.db"

median "dedup 30,000 articles, no store" "true" \
  "$W" dedup --quiet --format=json "$TMP/s30k.jsonl"
median "dedup 30,000 articles into a new store" \
  "rm -f $TMP/new.db*" \
  "$W" dedup --quiet --format=json --store="$TMP/new.db" "$TMP/s30k.jsonl"
for size in 3k 30k; do
  for cmd in dedup check; do
    median "$cmd 1,000 new against $size stored" \
      "cp $TMP/s$size.db $TMP/run.db; rm -f $TMP/run.db-wal $TMP/run.db-shm" \
      "$W" "$cmd" --quiet --format=json --store="$TMP/run.db" "$TMP/batch.jsonl"
  done
done
median "check 1,000 articles, no store" "true" \
  "$W" check --quiet --format=json "$TMP/batch.jsonl"
