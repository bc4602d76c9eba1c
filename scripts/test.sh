#!/usr/bin/env bash
# Runs the whole wirecheck test suite and prints, last, one line that counts
# GoogleTest cases (not Bazel targets) and the extra checks below:
# "N passed, N failed". CI runs exactly this (.ci/run).
# Extra arguments go to `bazel test` (e.g. scripts/test.sh --test_filter=Lsh*).
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh || exit 1

# WIRECHECK_TEST_SCOPE narrows the targets (a query expression).
scope=${WIRECHECK_TEST_SCOPE:-//tests/...}
targets=$(bazel query "tests($scope)" 2>/dev/null) || {
  echo "test: bazel query failed" >&2
  bazel query "tests($scope)"
  echo "0 passed, 1 failed"
  exit 1
}
# A --config (scripts/asan.sh passes --config=asan) moves the test logs.
configs=()
for a in "$@"; do
  case "$a" in --config=*) configs+=("$a") ;; esac
done
testlogs=$(bazel info "${configs[@]}" bazel-testlogs 2>/dev/null)
# Every count below must come from this run: old logs go, and
# --nocache_test_results re-runs every test. --keep_going lets one broken
# target fail alone instead of hiding every other result.
for t in $targets; do
  path=${t#//}
  rm -f "$testlogs/${path/://}/test.xml"
done
echo "test: running $(echo "$targets" | wc -l) test targets"
bazel test --keep_going --nocache_test_results --test_output=errors "$@" $targets
status=$?

# Count cases from each target's GoogleTest XML. A target that crashed or
# timed out before writing its own XML gets one Bazel writes, which counts
# the target as one failed case, so no failure goes uncounted.
passed=0
failed=0
for t in $targets; do
  path=${t#//}
  xml="$testlogs/${path/://}/test.xml"
  if [ ! -f "$xml" ]; then
    failed=$((failed + 1))
    continue
  fi
  total=$(grep -o -m1 '<testsuites [^>]*' "$xml" | grep -o ' tests="[0-9]*"' | grep -o '[0-9]*')
  fails=$(grep -o -m1 '<testsuites [^>]*' "$xml" | grep -o ' failures="[0-9]*"' | grep -o '[0-9]*')
  errors=$(grep -o -m1 '<testsuites [^>]*' "$xml" | grep -o ' errors="[0-9]*"' | grep -o '[0-9]*')
  total=${total:-0}; fails=${fails:-0}; errors=${errors:-0}
  if [ "$total" -eq 0 ]; then
    # No GoogleTest summary: Bazel wrote this XML because the binary died
    # (crash, timeout) before GoogleTest could. One failed case.
    if grep -q -E '<(failure|error)' "$xml"; then failed=$((failed + 1)); fi
    continue
  fi
  failed=$((failed + fails + errors))
  passed=$((passed + total - fails - errors))
done
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then
  failed=1  # Bazel failed (e.g. a build error) before any case could fail.
fi

# Checks beyond the GoogleTest cases, each counted as one case (passed or
# failed) in the last line:
#  * format: scripts/format_check.sh;
#  * fuzz_smoke: every fuzzer for WIRECHECK_FUZZ_RUNS (5,000) inputs from
#    its seeds with a fixed random seed, so the run is the same on every
#    machine (scripts/fuzz.sh; the stored findings are replayed by
#    //tests/fuzz above), in its own corpus folder;
#  * asan_inputs: the tests of everything that reads outside data (ingest,
#    report, the fuzz replays, the hostile set) under ASan + UBSan, built
#    with the fuzzers' configuration (clang, --config=fuzz) so they share the
#    library the fuzz smoke run just built: what fits CI's 30 minutes beside
#    the rest; scripts/asan.sh runs the whole suite under gcc's ASan.
# Only for the whole suite: arguments (a filter, scripts/asan.sh's
# --config=asan) or WIRECHECK_TEST_EXTRAS=0 skip them.
ASAN_SCOPE='//tests/ingest/... + //tests/report/... + //tests/fuzz/... + //tests/cli:hostile_test'
extra() {
  local name=$1 start status
  shift
  start=$(date +%s)
  echo "test: $name: $*"
  "$@" > "/tmp/wirecheck-test-$name.log" 2>&1
  status=$?
  tail -n 12 "/tmp/wirecheck-test-$name.log"
  if [ $status -eq 0 ]; then
    passed=$((passed + 1))
    echo "test: $name passed ($(( $(date +%s) - start )) s)"
  else
    failed=$((failed + 1))
    echo "test: $name FAILED ($(( $(date +%s) - start )) s; log /tmp/wirecheck-test-$name.log)"
  fi
}
if [ $# -eq 0 ] && [ "${WIRECHECK_TEST_EXTRAS:-1}" != 0 ]; then
  extra format scripts/format_check.sh
  extra fuzz_smoke env WIRECHECK_FUZZ_DIR=/tmp/wirecheck-fuzz-smoke \
    WIRECHECK_FUZZ_RUNS="${WIRECHECK_FUZZ_RUNS:-5000}" scripts/fuzz.sh
  extra asan_inputs env WIRECHECK_TEST_SCOPE="$ASAN_SCOPE" \
    scripts/test.sh --config=fuzz
fi
echo "$passed passed, $failed failed"
[ $status -eq 0 ] && [ $failed -eq 0 ]
