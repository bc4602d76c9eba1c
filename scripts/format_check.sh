#!/usr/bin/env bash
# Checks that every C++ file in the repository is formatted with the repo's
# .clang-format (Google style). Prints each file that is not and exits 1;
# exit 0 when all are. With --fix it formats them in place instead.
#
#   scripts/format_check.sh          # CI: list unformatted files, fail
#   scripts/format_check.sh --fix    # format them
#
# Debian's clang-format (scripts/setup.sh installs it). Different
# clang-format releases format a few constructs differently, so the check
# uses the one the project pins.
set -euo pipefail
cd "$(dirname "$0")/.."

fix=0
if [ "${1:-}" = "--fix" ]; then fix=1; fi

formatter=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$formatter" ]; then
  echo "format_check: clang-format not found; run scripts/setup.sh" >&2
  exit 2
fi

bad=0
checked=0
while IFS= read -r f; do
  checked=$((checked + 1))
  if [ $fix -eq 1 ]; then
    "$formatter" --style=file -i "$f"
  elif ! "$formatter" --style=file "$f" | cmp -s - "$f"; then
    echo "not formatted: $f"
    bad=$((bad + 1))
  fi
done < <(git ls-files '*.cc' '*.h' '*.inc')

if [ $fix -eq 1 ]; then
  echo "format_check: formatted $checked files"
elif [ $bad -gt 0 ]; then
  echo "format_check: $bad of $checked files not formatted" \
       "(scripts/format_check.sh --fix formats them)"
  exit 1
else
  echo "format_check: $checked files formatted"
fi
