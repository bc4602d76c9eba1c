#!/usr/bin/env bash
# The README's first command: installs what is missing, builds wirecheck and
# runs the main job (`check`: copies and discrepancies) on the bundled
# articles: the five real Vietnamese scrapes in testdata/samples and the
# derived re-publications in testdata/demo.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "demo: checking build dependencies"
scripts/setup.sh
echo "demo: building (the first build takes a few minutes)"
exec scripts/wirecheck check testdata/samples testdata/demo "$@"
