#!/usr/bin/env bash
# Runs the whole wirecheck test suite and prints, last, one line that counts
# GoogleTest cases (not Bazel targets): "N passed, N failed".
# Extra arguments go to `bazel test` (e.g. scripts/test.sh --test_filter=Lsh*).
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh || exit 1

targets=$(bazel query 'tests(//tests/...)' 2>/dev/null) || {
  echo "test: bazel query failed" >&2
  bazel query 'tests(//tests/...)'
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
echo "$passed passed, $failed failed"
[ $status -eq 0 ] && [ $failed -eq 0 ]
