#!/usr/bin/env bash
# What a CI run with --store costs: a 1,000-article batch against stores of
# 3,000 and 30,000 articles, against building the store, against a plain
# run. Whole runs under /usr/bin/time -v; each measured RUNS times (default
# 3), the median wall time and peak memory printed.
#
# The stores are built by `dedup`, which stores no claims; `check` is
# measured against them (its candidates are extracted as the batch is) and,
# for a wirecheck whose stores keep claims (schema 5 and later), against the
# same stores after `store rebuild` extracted every article's claims
# ("claims stored": what a store filled by `check` runs holds).
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
claims=0
if "$W" store stats --store="$TMP/s30k.db" | grep -q '^  claims:'; then
  claims=1
  # Once each: a rebuild of 30,000 takes a minute.
  for size in 3k 30k; do
    cp "$TMP/s$size.db" "$TMP/c$size.db"
    read -r wall mem < <(timed "$W" store rebuild --store="$TMP/c$size.db")
    printf '%-44s %7s s %7d MB   (one run)\n' \
      "store rebuild of $size (claims extracted)" "$wall" $((mem / 1024))
  done
  "$W" store stats --store="$TMP/c30k.db"
fi

median "dedup 30,000 articles, no store" "true" \
  "$W" dedup --quiet --format=json "$TMP/s30k.jsonl"
median "dedup 30,000 articles into a new store" \
  "rm -f $TMP/new.db*" \
  "$W" dedup --quiet --format=json --store="$TMP/new.db" "$TMP/s30k.jsonl"
# A batch run against a copy of a store: "$1" label, "$2" store, "$3" command.
against() {
  median "$1" \
    "cp $2 $TMP/run.db; rm -f $TMP/run.db-wal $TMP/run.db-shm" \
    "$W" "$3" --quiet --format=json --store="$TMP/run.db" "$TMP/batch.jsonl"
}
for size in 3k 30k; do
  against "dedup 1,000 new against $size stored" "$TMP/s$size.db" dedup
  against "check 1,000 new against $size stored" "$TMP/s$size.db" check
  if [ "$claims" = 1 ]; then
    against "  the same, claims stored" "$TMP/c$size.db" check
  fi
done
median "check 1,000 articles, no store" "true" \
  "$W" check --quiet --format=json "$TMP/batch.jsonl"
