#!/usr/bin/env bash
# Installs what wirecheck needs to build and test, and nothing else: Debian's
# Bazel and the -dev packages bound in WORKSPACE. Idempotent: packages already
# present are left alone, so a second run installs nothing and takes a second.
set -euo pipefail

PACKAGES=(
  bazel-bootstrap bazel-rules-java g++
  libabsl-dev libxxhash-dev libicu-dev libgtest-dev libgmock-dev
  libbenchmark-dev libsqlite3-dev libgumbo-dev libzstd-dev
  # simdjson parses each JSONL record (ingest/json_line.cc).
  libsimdjson-dev
  # The fuzz targets (scripts/fuzz.sh: clang with libFuzzer's runtime) and
  # the format check (scripts/format_check.sh).
  clang libclang-rt-14-dev clang-format
  # The HTML report's browser test (tests/report/html_browser_test.py):
  # headless Chromium driven over its DevTools pipe by the Python standard
  # library.
  chromium python3
  # `man -l doc/wirecheck.1` in tests/cli/man_page_test.
  man-db
  # The Python package (//python:wirecheck, pybind11 over Python 3.11's
  # headers) and copy detection on Dask (python3 -m wirecheck.dask; its
  # shuffle uses Dask dataframes, hence pandas and numpy); tests/python.
  pybind11-dev python3-dev python3-dask python3-distributed python3-pandas
  python3-numpy
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing packages: ${missing[*]}" >&2
  echo "setup: run this as root, then try again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "setup: done"
