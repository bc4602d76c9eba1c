#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer
# (`--config=asan` in .bazelrc: gcc, -O1, every sanitizer report fatal) and
# prints the same "N passed, N failed" line as scripts/test.sh. Extra
# arguments go to `bazel test`. The sanitizer build has its own output
# directory, so it does not disturb the normal build's cache.
#   scripts/asan.sh                          # the whole suite
#   scripts/asan.sh --test_filter='Html*'    # part of it
set -uo pipefail
cd "$(dirname "$0")/.."
# Not tests/python: an extension module built with ASan cannot be loaded by
# Debian's python3, which is not.
export WIRECHECK_TEST_SCOPE=${WIRECHECK_TEST_SCOPE:-'//tests/... - //tests/python/...'}
exec scripts/test.sh --config=asan "$@"
