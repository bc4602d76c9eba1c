#!/usr/bin/env bash
# Two wirecheck binaries on the store bench's runs (bench/store_bench.sh),
# alternated run by run so that a busy machine slows both alike: a
# 1,000-article batch (lines 30,001-31,000) against 30,000 and 3,000
# stored articles (`dedup` against stores filled by `dedup`, `check`
# against the same stores after `store rebuild` stored their claims), a
# plain `dedup` of the 30,000 and the same into a new store. Each binary
# reads stores it built itself. Prints one line per run: run, binary, wall
# s, user s, sys s, peak KB, load average; then medians.
#
#   bench/store_compare.sh OLD NEW /tmp/baomoi.jsonl [BATCH_RUNS] [BUILD_RUNS]
set -euo pipefail
OLD=$(realpath "$1")
NEW=$(realpath "$2")
CORPUS=$3
BATCH_RUNS=${4:-5}
BUILD_RUNS=${5:-3}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

head -n 30000 "$CORPUS" > "$TMP/s30k.jsonl"
head -n 3000 "$CORPUS" > "$TMP/s3k.jsonl"
sed -n 30001,31000p "$CORPUS" > "$TMP/batch.jsonl"

for who in old new; do
  bin=$OLD
  [ "$who" = new ] && bin=$NEW
  for size in 3k 30k; do
    "$bin" dedup --quiet --store="$TMP/$who-s$size.db" "$TMP/s$size.jsonl" \
      > /dev/null 2>&1
    cp "$TMP/$who-s$size.db" "$TMP/$who-c$size.db"
    "$bin" store rebuild --store="$TMP/$who-c$size.db" > /dev/null
  done
done

# One whole run: label, binary, then its arguments.
run() {
  local label=$1 who=$2
  shift 2
  /usr/bin/time -o "$TMP/time" -f "%e %U %S %M" "$@" > /dev/null 2>&1
  echo "$label $who $(cat "$TMP/time") $(cut -d' ' -f1 /proc/loadavg)" |
    tee -a "$TMP/runs"
}
for _ in $(seq "$BATCH_RUNS"); do
  for job in "dedup s30k" "dedup s3k" "check c30k" "check c3k"; do
    set -- $job
    for who in old new; do
      bin=$OLD
      [ "$who" = new ] && bin=$NEW
      cp "$TMP/$who-$2.db" "$TMP/run.db"
      rm -f "$TMP/run.db-wal" "$TMP/run.db-shm"
      run "$1-against-$2" "$who" "$bin" "$1" --quiet --format=json \
        --store="$TMP/run.db" "$TMP/batch.jsonl"
    done
  done
done
for _ in $(seq "$BUILD_RUNS"); do
  for who in old new; do
    bin=$OLD
    [ "$who" = new ] && bin=$NEW
    run "dedup-30k-no-store" "$who" "$bin" dedup --quiet --format=json \
      "$TMP/s30k.jsonl"
    rm -f "$TMP/new.db"*
    run "dedup-30k-into-new-store" "$who" "$bin" dedup --quiet --format=json \
      --store="$TMP/new.db" "$TMP/s30k.jsonl"
  done
done
echo "medians: run binary wall_s cpu_s (user + sys) peak_MB"
awk '{k = $1 " " $2; w[k] = w[k] " " $3; c[k] = c[k] " " ($4 + $5);
      m[k] = m[k] " " $6}
     END {for (k in w) print k, w[k], "|", c[k], "|", m[k]}' "$TMP/runs" |
  sort | while read -r label who rest; do
    med() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR] = $1}
             END {print a[int((NR + 1) / 2)]}'; }
    walls=$(echo "$rest" | cut -d'|' -f1 | med)
    cpus=$(echo "$rest" | cut -d'|' -f2 | med)
    mem=$(echo "$rest" | cut -d'|' -f3 | med)
    printf '%-28s %-4s %7s s %7s s %6d MB\n' "$label" "$who" "$walls" "$cpus" \
      $((mem / 1024))
  done
