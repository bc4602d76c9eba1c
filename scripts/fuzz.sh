#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with Debian's clang (--config=fuzz:
# libFuzzer + ASan + UBSan) and runs each for SECONDS, one after another.
# Prints one line per fuzzer (run time, executions, findings) and exits 1
# when any fuzzer found something.
#
#   scripts/fuzz.sh                  # every fuzzer, 30 s each (CI smoke run)
#   scripts/fuzz.sh 600 html jsonl   # two fuzzers, 10 minutes each
#   WIRECHECK_FUZZ_RUNS=2000 scripts/fuzz.sh   # CI: 2,000 inputs each
#
# With WIRECHECK_FUZZ_RUNS, each fuzzer runs that many inputs from a fresh
# corpus with a fixed random seed instead of for SECONDS: the same code
# meets the same inputs on every machine, so a failure reproduces and a
# passing CI run stays passing.
#
# Fuzzers: jsonl html normalizer tokenizer boilerplate dates quantity store.
# Each starts from seeds taken from testdata/ (the samples, the extraction
# tables, every JSONL and HTML fixture) plus testdata/fuzz/<name>/, and keeps
# its growing corpus in $WIRECHECK_FUZZ_DIR/<name>/corpus (default
# /tmp/wirecheck-fuzz), so a second run continues where the first stopped.
# A finding (crash, broken property, input slower than 10 s, memory over
# 2 GB) is written to $WIRECHECK_FUZZ_DIR/<name>/findings/; replay it with
#   bazel run //fuzz:<name>_fuzzer -- FILE
# and, once fixed, keep it in testdata/fuzz/<name>/ so tests/fuzz/ replays it.
set -uo pipefail
cd "$(dirname "$0")/.."

ALL=(jsonl html normalizer tokenizer boilerplate dates quantity store)
seconds=${1:-30}
shift || true
names=("$@")
[ ${#names[@]} -eq 0 ] && names=("${ALL[@]}")
work=${WIRECHECK_FUZZ_DIR:-/tmp/wirecheck-fuzz}

scripts/setup.sh >/dev/null || exit 1
echo "fuzz: building with --config=fuzz (clang, libFuzzer, ASan, UBSan)"
bazel build --config=fuzz --ui_event_filters=-info --noshow_progress \
  $(printf '//fuzz:%s_fuzzer ' "${names[@]}") || {
  echo "fuzz: build failed" >&2
  exit 2
}
bin=$(bazel info --config=fuzz bazel-bin 2>/dev/null)/fuzz

# Bytes the targets read as options before the text: language, dates.
prefix_for() {
  case "$1" in
    normalizer | tokenizer | boilerplate) printf '\001' ;;
    dates | quantity) printf '\003\112\005' ;;
  esac
}

# Writes the seed files for fuzzer $1 into directory $2.
seed() {
  local name=$1 dir=$2 n=0 f line
  local prefix
  prefix=$(prefix_for "$name"; echo x)
  prefix=${prefix%x}
  case "$name" in
    jsonl) for f in $(find testdata -name '*.jsonl'); do
             head -n 50 "$f" > "$dir/seed_$((n++))"; done ;;
    html) for f in $(find testdata -name '*.html' -o -name '*.htm'); do
            cp "$f" "$dir/seed_$((n++))"; done ;;
    normalizer | tokenizer | boilerplate)
      for f in testdata/samples/*.txt testdata/normalise/synthetic/* \
               testdata/ingest/*.txt; do
        { printf '%s' "$prefix"; head -c 16384 "$f"; } > "$dir/seed_$((n++))"
      done ;;
    dates | quantity)
      while IFS=$'\t' read -r _ _ line _; do
        [ -n "$line" ] || continue
        printf '%s%s' "$prefix" "$line" > "$dir/seed_$((n++))"
      done < <(grep -hv '^#' testdata/compare/extract_cases_*.tsv)
      for f in testdata/samples/*.txt; do
        { printf '%s' "$prefix"; cat "$f"; } > "$dir/seed_$((n++))"
      done ;;
  esac
  for f in testdata/fuzz/"$name"/*; do
    [ -f "$f" ] && cp "$f" "$dir/stored_$(basename "$f")"
  done
}

found_any=0
summary=()
for name in "${names[@]}"; do
  dir=$work/$name
  mkdir -p "$dir/corpus" "$dir/findings" "$dir/seeds" "$dir/earlier_findings"
  # Findings of earlier runs are kept aside; this run counts only its own.
  find "$dir/findings" -type f -exec mv -t "$dir/earlier_findings" {} +
  rm -f "$dir/seeds"/*
  seed "$name" "$dir/seeds"
  dict=()
  [ -f "fuzz/dicts/$name.dict" ] && dict=("-dict=fuzz/dicts/$name.dict")
  log=$dir/last_run.log
  if [ -n "${WIRECHECK_FUZZ_RUNS:-}" ]; then
    rm -rf "$dir/corpus" && mkdir -p "$dir/corpus"
    budget=(-runs="$WIRECHECK_FUZZ_RUNS" -seed=1)
    echo "fuzz: $name for $WIRECHECK_FUZZ_RUNS inputs, seed 1 (log: $log)"
  else
    budget=(-max_total_time="$seconds")
    echo "fuzz: $name for ${seconds}s (log: $log)"
  fi
  start=$(date +%s)
  "$bin/${name}_fuzzer" "$dir/corpus" "$dir/seeds" "${dict[@]}" \
    "${budget[@]}" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$dir/findings/" > "$log" 2>&1
  status=$?
  took=$(( $(date +%s) - start ))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" |
          grep -o '[0-9]*$' | tail -1)
  findings=$(find "$dir/findings" -type f | wc -l)
  [ $status -ne 0 ] && [ "$findings" -eq 0 ] && findings=1
  [ "$findings" -gt 0 ] && found_any=1
  summary+=("$(printf '%-12s %5ss %12s execs  %s findings' "$name" "$took" \
    "${execs:-?}" "$findings")")
done

echo "fuzz: results"
printf '  %s\n' "${summary[@]}"
exit $found_any
