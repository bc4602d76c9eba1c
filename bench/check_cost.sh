#!/usr/bin/env bash
# What `check` costs on the first N lines of a corpus, for two binaries run
# alternately (old, new, old, new, ...), so a busy machine slows both alike.
# Each run is a whole `check --format=json --quiet` under /usr/bin/time -v;
# per binary and size it prints the median wall time, the median CPU time
# (user + sys, the steadier figure on a shared machine), the median peak
# memory, the load average before the first run, and whether the two
# binaries' reports are byte-identical.
#
#   xzcat ../shared/corpora/vi/baomoi_magizbox_35k.jsonl.xz > /tmp/baomoi.jsonl
#   bazel build -c opt //:wirecheck && cp bazel-bin/cli/wirecheck /tmp/new
#   bench/check_cost.sh /tmp/old /tmp/new /tmp/baomoi.jsonl 1000 10000 35440
#
# RUNS (default 3) sets the runs per binary and size; COMMAND (default
# check) the subcommand measured.
set -euo pipefail
OLD=$(realpath "$1")
NEW=$(realpath "$2")
CORPUS=$3
shift 3
RUNS=${RUNS:-3}
COMMAND=${COMMAND:-check}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# One whole run; prints "wall_seconds cpu_seconds peak_mb". The exit code is
# not checked: check exits 1 when findings trip a gate.
timed() {
  local out=$1
  shift
  /usr/bin/time -v "$@" > "$out" 2> "$TMP/time.txt" || true
  awk -F': ' '/Elapsed/ {n = split($2, t, ":"); s = 0;
                         for (i = 1; i <= n; i++) s = s * 60 + t[i]}
              /User time/ {u = $2} /System time/ {y = $2}
              /Maximum resident/ {m = $2}
              END {printf "%.2f %.2f %d\n", s, u + y, m / 1024}' \
    "$TMP/time.txt"
}

median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

for n in "$@"; do
  head -n "$n" "$CORPUS" > "$TMP/corpus.jsonl"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  : > "$TMP/old.runs"
  : > "$TMP/new.runs"
  for _ in $(seq "$RUNS"); do
    timed "$TMP/old.json" "$OLD" "$COMMAND" --format=json --quiet \
      "$TMP/corpus.jsonl" >> "$TMP/old.runs"
    timed "$TMP/new.json" "$NEW" "$COMMAND" --format=json --quiet \
      "$TMP/corpus.jsonl" >> "$TMP/new.runs"
  done
  same=$(cmp -s "$TMP/old.json" "$TMP/new.json" && echo identical ||
    echo DIFFERENT)
  for side in old new; do
    runs="$TMP/$side.runs"
    printf '%s lines %6d: %s wall %ss (%s), cpu %ss (%s), peak %s MB, ' \
      "$side" "$n" "$COMMAND" \
      "$(cut -d' ' -f1 "$runs" | median)" "$(cut -d' ' -f1 "$runs" | xargs)" \
      "$(cut -d' ' -f2 "$runs" | median)" "$(cut -d' ' -f2 "$runs" | xargs)" \
      "$(cut -d' ' -f3 "$runs" | median)"
    echo "load before $load"
  done
  echo "reports: $same"
done
