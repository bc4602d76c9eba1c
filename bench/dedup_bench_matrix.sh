#!/bin/sh
# bench/dedup_bench_matrix.sh: the dedup benchmark at 1k, 10k and all docs,
# 1 and 2 threads, best wall time of 3 runs each (one process per run, so
# peak RSS is per configuration). Prints the load average first: other
# builds on the machine inflate wall time, rarely CPU time.
#
#   bazel build -c opt //bench:dedup_bench
#   bench/dedup_bench_matrix.sh bazel-bin/bench/dedup_bench /tmp/baomoi.jsonl
#
# HUGE=1 runs with GLIBC_TUNABLES=glibc.malloc.hugetlb=1: malloc then asks
# for transparent huge pages, which on a VM (where each 4 KiB page fault
# is expensive) saves a good share of the run: a batch touches ~800 MB.
set -eu
bin=$1
jsonl=$2
runs=${RUNS:-3}
if [ "${HUGE:-0}" = 1 ]; then
  export GLIBC_TUNABLES=glibc.malloc.hugetlb=1
fi
echo "GLIBC_TUNABLES=${GLIBC_TUNABLES:-}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for limit in 1000 10000 -1; do
  for threads in 1 2; do
    best=""
    best_wall=""
    i=0
    while [ "$i" -lt "$runs" ]; do
      line=$("$bin" "$jsonl" "$limit" "$threads")
      wall=$(echo "$line" | sed -n 's/.* wall=\([0-9.]*\)s.*/\1/p')
      if [ -z "$best_wall" ] || [ "$(echo "$wall < $best_wall" | bc)" = 1 ]; then
        best_wall=$wall
        best=$line
      fi
      i=$((i + 1))
    done
    echo "$best"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
