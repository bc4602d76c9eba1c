"""Copy detection over a Dask cluster: `python3 -m wirecheck.dask`.

    python3 -m wirecheck.dask SCHEDULER INPUT.jsonl... --out DIR

writes DIR/copies.json: the report of `wirecheck dedup --format=json` on the
same inputs (same documents, copies, clusters and parameters; the summary
line says how the run was split). The inputs are JSONL files that every
worker can read at the same path.

How the work is spread (every step is a Dask task; the client holds only
shard boundaries, counts, the merged tables and the result):
  1. Shards: each file is cut at line starts about every --shard-mb MB; the
     client reads a few bytes at each cut. Workers count each shard's lines,
     so article ids and origins name the same lines as a whole-file read.
  2. Line statistics: each shard's per-outlet line counts (the boilerplate
     pass's evidence) are summed with a Dask groupby; only lines repeated
     often enough to matter come back and go to every worker.
  3. Shards are read and prepared (boilerplate, tokens, shingle sets) on the
     workers and stay there. Document frequencies: each shard's count-min
     table, merged in a tree of tasks.
  4. Band keys: each shard's (bucket, article) entries become a Dask
     dataframe that is shuffled on the bucket, so every bucket meets in one
     partition; each partition turns its buckets into candidate pairs.
  5. Candidate pairs are routed by the pair of shards holding the two
     articles; each route is verified and aligned in a task that takes those
     two shards, so it runs where they are.
  6. The client builds clusters and finding ids from the verified copies
     (the library's BuildClusters and AssignFindingIds) and writes the
     report with the library's JSON writer.
The copies equal the single-machine command's: every batch-wide statistic
(line counts, document frequencies, article order) is the whole batch's.
Limits: duplicate ids are renamed within a shard only, and a shard's
diagnostics name its own lines but per-file findings (binary, empty,
invalid UTF-8 counts) are made per shard.
"""

import argparse
import json
import os
import sys
import time

from wirecheck import _wirecheck

_DEDUP_FLAGS = {
    "threshold": float, "shingle": int, "num_perm": int, "min_passage": int,
    "max_df": float, "window_jaccard": float, "seed": int,
    "fold_diacritics": None,
}


# ----- planning on the client: a few bytes per cut, nothing more ---------

def plan_shards(paths, shard_bytes):
  """[(path, start, end)]: byte ranges that start at line starts."""
  shards = []
  for path in paths:
    size = os.path.getsize(path)
    cuts = [0]
    with open(path, "rb") as f:
      pos = shard_bytes
      while pos < size:
        f.seek(pos)
        f.readline()  # To the next line start.
        cut = f.tell()
        if cut >= size:
          break
        if cut > cuts[-1]:
          cuts.append(cut)
        pos = max(cut, pos) + shard_bytes
    cuts.append(size)
    shards += [(path, a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
  return shards


# ----- tasks: each runs on a worker, from the shard's file ----------------

def _read(shard):
  path, start, end = shard
  with open(path, "rb") as f:
    f.seek(start)
    return f.read(end - start)


def count_lines(shard):
  return _read(shard).count(b"\n")


def _load(shard, lines_before):
  return _wirecheck.Shard(shard[0], _read(shard), lines_before, shard[1])


def line_counts(shard, lines_before):
  import numpy as np
  import pandas as pd
  keys, counts = _load(shard, lines_before).line_counts()
  return pd.DataFrame({"key": np.frombuffer(keys, np.uint64),
                       "n": np.frombuffer(counts, np.int32)})


class PreparedShard:
  """A shard read and prepared on a worker. Dask keeps it in the worker's
  memory; if Dask moves it, it is rebuilt from its file at the other end."""

  def __init__(self, shard, lines_before, stats, options):
    self.args = (shard, lines_before, stats, options)
    self.shard = _load(shard, lines_before)
    self.shard.prepare(stats[0], stats[1], options)

  def __reduce__(self):
    return (PreparedShard, self.args)


def prepare(shard, lines_before, stats, options):
  return PreparedShard(shard, lines_before, stats, options)


def shard_size(p):
  return len(p.shard)


def shingle_total(p):
  return p.shard.shingle_total()


def df_rows(p, cells):
  return p.shard.df_rows(cells)


def bucket_entries(p, df, batch_docs, first, options):
  import numpy as np
  import pandas as pd
  buckets, docs = p.shard.bucket_entries(df or b"", batch_docs, first,
                                         options)
  return pd.DataFrame({"bucket": np.frombuffer(buckets, np.uint64),
                       "doc": np.frombuffer(docs, np.uint32)})


def partition_pairs(part, max_bucket_docs, firsts):
  """Candidate pairs of one shuffled partition, by route (shard pair)."""
  import numpy as np
  pairs = np.frombuffer(
      _wirecheck.bucket_pairs(
          np.ascontiguousarray(part["bucket"].to_numpy(np.uint64)).tobytes(),
          np.ascontiguousarray(part["doc"].to_numpy(np.uint32)).tobytes(),
          max_bucket_docs), np.uint64)
  shard_a = np.searchsorted(firsts, pairs >> np.uint64(32), "right") - 1
  shard_b = np.searchsorted(firsts, pairs & np.uint64(0xFFFFFFFF),
                            "right") - 1
  routes = {}
  for route in set(zip(shard_a.tolist(), shard_b.tolist())):
    mask = (shard_a == route[0]) & (shard_b == route[1])
    routes[route] = pairs[mask].tobytes()
  return routes


def verify(pa, first_a, pb, first_b, options, *route_parts):
  pairs = b"".join(route_parts)
  if not pairs:
    return []
  b = pa.shard if pb is None else pb.shard
  return _wirecheck.verify_shards(pa.shard, first_a, b, first_b, pairs,
                                  options)


def article_keys(p, local):
  return p.shard.article_keys(local)


def documents_json(p):
  report = json.loads(p.shard.documents_json())
  return report["documents"], report["diagnostics"]


def _merge(a, b):
  return _wirecheck.merge_df_rows(a, b)


def _pick(routes, route):
  return routes.get(route, b"")


# ----- the run --------------------------------------------------------------

def _tree(client, futures, fn):
  while len(futures) > 1:
    nxt = [client.submit(fn, a, b, pure=False)
           for a, b in zip(futures[::2], futures[1::2])]
    if len(futures) % 2:
      nxt.append(futures[-1])
    futures = nxt
  return futures[0]


def run(client, paths, options, shard_bytes, partitions, log=None):
  """The dedup report (a dict) of `paths`, computed on `client`'s cluster."""
  import dask.dataframe as dd
  import numpy as np
  import pandas as pd

  def say(msg):
    if log:
      print("wirecheck.dask: " + msg, file=log, flush=True)

  started = time.monotonic()
  shards = plan_shards(paths, shard_bytes)
  if not shards:
    raise _wirecheck.Error("no input bytes")
  say(f"{len(shards)} shards of {len(paths)} files")
  lines = client.gather(client.map(count_lines, shards, pure=False))
  lines_before, seen = [], {}
  for shard, n in zip(shards, lines):
    lines_before.append(seen.get(shard[0], 0))
    seen[shard[0]] = seen.get(shard[0], 0) + n

  # 2. Line statistics: a groupby over every shard's counts.
  plan = _wirecheck.plan(options, 1)
  meta = pd.DataFrame({"key": np.array([], np.uint64),
                       "n": np.array([], np.int32)})
  counts = dd.from_delayed(
      [client.submit(line_counts, s, lb, pure=False)
       for s, lb in zip(shards, lines_before)], meta=meta)
  summed = counts.groupby("key")["n"].sum(split_out=partitions)
  repeated = summed[summed >= plan["min_repeats"]].compute()
  stats = (repeated.index.to_numpy(np.uint64).tobytes(),
           repeated.to_numpy(np.int32).tobytes())
  say(f"{len(repeated)} repeated lines")

  # 3. Prepared shards stay on the workers.
  stats_f = client.scatter(stats, broadcast=True)
  prepared = [client.submit(prepare, s, lb, stats_f, options, pure=False)
              for s, lb in zip(shards, lines_before)]
  sizes = client.gather(client.map(shard_size, prepared, pure=False))
  firsts = np.cumsum([0] + sizes[:-1]).astype(np.uint64)
  batch_docs = int(sum(sizes))
  plan = _wirecheck.plan(options, batch_docs)
  df = None
  if plan["use_df"]:
    total = sum(client.gather(client.map(shingle_total, prepared,
                                         pure=False)))
    cells = _wirecheck.df_cells(total)
    df = _tree(client, [client.submit(df_rows, p, cells, pure=False)
                        for p in prepared], _merge)
  say(f"{batch_docs} articles prepared")

  # 4. Band keys shuffled on the bucket; candidate pairs per partition.
  meta = pd.DataFrame({"bucket": np.array([], np.uint64),
                       "doc": np.array([], np.uint32)})
  entries = dd.from_delayed(
      [client.submit(bucket_entries, p, df, batch_docs, int(first), options,
                     pure=False)
       for p, first in zip(prepared, firsts)], meta=meta)
  joined = entries.shuffle("bucket", npartitions=partitions, shuffle="tasks")
  parts = client.compute(joined.to_delayed())
  routes = client.map(partition_pairs, parts,
                      max_bucket_docs=plan["max_bucket_docs"], firsts=firsts,
                      pure=False)

  # 5. Each shard pair verified where its shards are.
  verified = []
  for a in range(len(shards)):
    for b in range(a, len(shards)):
      picks = [client.submit(_pick, r, (a, b), pure=False) for r in routes]
      verified.append(client.submit(
          verify, prepared[a], int(firsts[a]),
          None if a == b else prepared[b], int(firsts[b]), options, *picks,
          pure=False))
  copies = [c for part in client.gather(verified) for c in part]
  copies.sort(key=lambda c: (c[0], c[1]))
  say(f"{len(copies)} copies verified")

  # 6. Clusters, ids and the report, by the library.
  involved = sorted({c[0] for c in copies} | {c[1] for c in copies})
  by_shard = {}
  for g in involved:
    s = int(np.searchsorted(firsts, g, "right") - 1)
    by_shard.setdefault(s, []).append(g - int(firsts[s]))
  keys = []
  for s, part in zip(sorted(by_shard), client.gather(
      [client.submit(article_keys, prepared[s], by_shard[s], pure=False)
       for s in sorted(by_shard)])):
    keys += part
  position = {g: i for i, g in enumerate(involved)}
  local = [(position[c[0]], position[c[1]]) + tuple(c[2:]) for c in copies]
  found = json.loads(_wirecheck.render_copies(keys, local))
  documents, diagnostics = [], []
  for docs, diags in client.gather(client.map(documents_json, prepared,
                                              pure=False)):
    documents += docs
    diagnostics += diags
  header = json.loads(plan["header_json"])
  report = {
      "schema": header["schema"],
      "tool": header["tool"],
      "parameters": header["parameters"],
      "documents": documents,
      "copies": found["copies"],
      "clusters": found["clusters"],
      "diagnostics": diagnostics,
      "summary": (f"read {batch_docs} articles from {len(paths)} "
                  f"file{'s' if len(paths) != 1 else ''} in {len(shards)} "
                  f"shards on Dask"),
  }
  say(f"done in {time.monotonic() - started:.1f} s")
  return report


def main(argv=None):
  parser = argparse.ArgumentParser(
      prog="python3 -m wirecheck.dask",
      description="Copy detection (wirecheck dedup) over a Dask cluster.")
  parser.add_argument("scheduler", help="scheduler address, tcp://host:port")
  parser.add_argument("inputs", nargs="+", help="JSONL files")
  parser.add_argument("--out", required=True, help="folder for copies.json")
  parser.add_argument("--shard-mb", type=float, default=8.0,
                      help="shard size in MB (default 8)")
  parser.add_argument("--partitions", type=int, default=0,
                      help="shuffle partitions (default: one per shard)")
  for flag, kind in _DEDUP_FLAGS.items():
    if kind is None:
      parser.add_argument("--" + flag.replace("_", "-"), dest=flag,
                          action="store_true", default=None)
    else:
      parser.add_argument("--" + flag.replace("_", "-"), dest=flag,
                          type=kind)
  args = parser.parse_args(argv)
  options = {k: getattr(args, k) for k in _DEDUP_FLAGS
             if getattr(args, k) is not None}
  for path in args.inputs:
    if not os.path.isfile(path):
      print(f"wirecheck.dask: not a file: {path}", file=sys.stderr)
      return 2

  from distributed import Client
  try:
    with Client(args.scheduler) as client:
      shard_bytes = max(1, int(args.shard_mb * 1e6))
      partitions = args.partitions or len(
          plan_shards(args.inputs, shard_bytes))
      report = run(client, [os.path.abspath(p) for p in args.inputs],
                   options, shard_bytes, partitions, log=sys.stderr)
  except _wirecheck.Error as e:
    print(f"wirecheck.dask: {e}", file=sys.stderr)
    return 2
  os.makedirs(args.out, exist_ok=True)
  out = os.path.join(args.out, "copies.json")
  with open(out, "w", encoding="utf-8") as f:
    json.dump(report, f, ensure_ascii=False, indent=2)
    f.write("\n")
  print(f"wirecheck.dask: {len(report['copies'])} copies, "
        f"{len(report['clusters'])} clusters -> {out}", file=sys.stderr)
  return 0


if __name__ == "__main__":
  # Run as the package's module, so tasks pickle by reference to
  # wirecheck.dask (which every worker imports), not to __main__.
  from wirecheck.dask import main as package_main
  sys.exit(package_main())
