#!/usr/bin/env python3
"""CPU seconds per dedup stage from `perf record -F 250 --call-graph dwarf`.

Each sample goes to the first stage function on its stack. A sample whose
stack did not unwind that far (perf's DWARF unwinding loses some) goes by
its leaf function instead, since each stage has its own hot functions;
counting stages as "children" of their entry functions drops those samples
and makes builds that unwind differently look different.

  perf record -F 250 --call-graph dwarf,16384 -o /tmp/a.perf \\
    bazel-bin/cli/wirecheck dedup --threads=1 --format=json in.jsonl >/dev/null
  bench/perf_stages.py base=/tmp/a.perf,/tmp/b.perf new=/tmp/c.perf,/tmp/d.perf

Prints, per stage, the median over each build's profiles and every value.
"""
import collections
import statistics
import subprocess
import sys

HZ = 250
# Entry functions of the stages, looked for from the leaf up (credit finding
# runs inside VerifySorted, so its own entries are met first).
MARKERS = [
    ('IngestPaths', 'parse'), ('PrepareDocuments', 'prepare'),
    ('SketchBatch', 'sketch'), ('CandidatePairs', 'lsh'),
    ('PairSequences', 'verify'), ('VerifyPair', 'verify'),
    ('FindAttributions', 'credit'), ('AddCredits', 'credit'),
    ('VerifySorted', 'verify'), ('RenderJson', 'json'),
]
# Hot functions that belong to one stage, for samples without a marker.
LEAVES = [
    ('SketchDocument', 'sketch'), ('MinHasher::Sign', 'sketch'),
    ('CachedHits16', 'sketch'), ('BandKey', 'sketch'),
    ('UniqueShingles', 'sketch'), ('DfCounts::Add', 'sketch'),
    ('BandPairs', 'lsh'), ('SortByKey', 'lsh'),
    ('AlignShingles', 'verify'), ('CompareSets', 'verify'),
    ('FoldKeepingOffsets', 'credit'), ('CreditFinder', 'credit'),
    ('ComputeLineFeatures', 'prepare'), ('anonymous namespace)::Run', 'prepare'),
    ('SplitLines', 'prepare'), ('KeyBuilder', 'prepare'),
    ('simdjson', 'parse'), ('JsonWriter', 'json'),
]
ORDER = ['parse', 'prepare', 'sketch', 'lsh', 'verify', 'credit', 'json',
         'other', 'total']


def stage_of(stack):
    for frame in stack:
        for name, stage in MARKERS:
            if name in frame:
                return stage
    for name, stage in LEAVES:
        if name in stack[0]:
            return stage
    return 'other'


def stages(path):
    out = subprocess.run(['perf', 'script', '-i', path, '-F', 'ip,sym'],
                         capture_output=True, text=True, check=True).stdout
    counts = collections.Counter()
    for block in out.split('\n\n'):
        stack = [line.strip().split(None, 1)[-1]
                 for line in block.split('\n') if line.strip()]
        if stack:
            counts[stage_of(stack)] += 1
    seconds = {k: v / HZ for k, v in counts.items()}
    seconds['total'] = sum(counts.values()) / HZ
    return seconds


def main(args):
    builds = []
    for arg in args:
        name, paths = arg.split('=', 1)
        builds.append((name, [stages(p) for p in paths.split(',')]))
    print('stage | ' + ' | '.join(name for name, _ in builds))
    for stage in ORDER:
        cells = []
        for _, runs in builds:
            values = [r.get(stage, 0.0) for r in runs]
            cells.append('%.2f (%s)' % (statistics.median(values),
                                        ', '.join('%.2f' % v for v in values)))
        print(stage + ' | ' + ' | '.join(cells))


if __name__ == '__main__':
    main(sys.argv[1:])
