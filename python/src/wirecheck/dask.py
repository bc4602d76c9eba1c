"""Copies and conflicting claims over a Dask cluster: `python3 -m wirecheck.dask`.

    python3 -m wirecheck.dask SCHEDULER INPUT.jsonl... --out DIR [--claims]

writes DIR/copies.json: the report of `wirecheck dedup --format=json` on the
same inputs (same documents, copies, clusters and parameters; the summary
line says how the run was split). With --claims it also writes
DIR/conflicts.json: the report of `wirecheck compare --format=json` (the
discrepancies between articles about one event, with the same documents,
parameters and diagnostics). The inputs are JSONL files that every worker
can read at the same path.

How the copy side is spread (every step is a Dask task; the client holds
only shard boundaries, counts, the merged tables and the result):
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

How the claim side is spread (--claims; the steps of compare/event.h and
compare/compare.h, each run where its data is):
  7. Claims and event profiles are extracted on the workers that hold the
     prepared shards (each article's extraction is its own).
  8. Templates: every claim's (clause, value), made distinct and grouped
     by clause with Dask; the clauses with enough values (a few per batch)
     come back and go to every event task.
  9. Term frequencies: each shard's (term, shard, profiles holding it)
     rows are shuffled on the term; each partition sums a term's counts
     and sends the batch's frequency back to every shard that named it.
 10. Each shard weighs its profiles (tf-idf vectors) and lists its indexed
     terms; (term, article) entries are shuffled on the term, each
     partition counts the terms its article pairs share, and the counts are
     summed with a Dask groupby on the pair. Pairs sharing enough terms,
     and the copies of step 5, are routed by shard pair and scored by a
     task that takes the two shards' vectors.
 11. Scored pairs are shuffled on each of their articles; each partition
     keeps every article's best pairs (BestPairs).
 12. Events are joined from the kept pairs on the client (FormEvents: a
     union-find strongest pair first, bounded by the event size, which is
     one sequential pass over the batch). It holds ids and similarities
     only: 17 bytes per pair (the copies, and the similar pairs each
     article kept: at most max_neighbours, 8, per article), two or three
     times that while they are sorted, 4 bytes per article for its event id
     and 8 for the union-find, no text.
 13. Each article in an event becomes one row keyed by its event (its
     claims in the store's encoding, the fields compare reads, the idf of
     its claims' terms); the event pairs and copied passages join them as
     rows keyed the same way; a Dask shuffle on the event brings every
     event to one partition, and each partition's events are compared by
     one task (CompareWithinEvents).
 14. The client puts the discrepancies in the report's order (by the keys
     the library gives) and assembles the report of the library's JSON.
The results equal the single-machine command's: every batch-wide statistic
(line counts, document and term frequencies, templates, article order) is
the whole batch's, and every step is the library's own.
Limits: duplicate ids are renamed within a shard only; a shard's
diagnostics name its own lines but per-file findings (binary, empty,
invalid UTF-8 counts) are made per shard; the claim side uses the built-in
lexicon and aliases (no --lexicon or --aliases); a worker keeps the
prepared shards and extractions it holds.
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


def _by_route(pairs, firsts):
  """Pairs of batch indices (a << 32 | b, a u64 array), as bytes by the
  pair of shards holding a and b."""
  import numpy as np
  shard_a = np.searchsorted(firsts, pairs >> np.uint64(32), "right") - 1
  shard_b = np.searchsorted(firsts, pairs & np.uint64(0xFFFFFFFF),
                            "right") - 1
  routes = {}
  for route in set(zip(shard_a.tolist(), shard_b.tolist())):
    mask = (shard_a == route[0]) & (shard_b == route[1])
    routes[route] = pairs[mask].tobytes()
  return routes


def partition_pairs(part, max_bucket_docs, firsts):
  """Candidate pairs of one shuffled partition, by route (shard pair)."""
  import numpy as np
  pairs = np.frombuffer(
      _wirecheck.bucket_pairs(
          np.ascontiguousarray(part["bucket"].to_numpy(np.uint64)).tobytes(),
          np.ascontiguousarray(part["doc"].to_numpy(np.uint32)).tobytes(),
          max_bucket_docs), np.uint64)
  return _by_route(pairs, firsts)


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


# ----- tasks of the claim side -------------------------------------------

# What a row of the event shuffle carries.
_MEMBER, _PAIR, _PASSAGE = 0, 1, 2


def _u64(b):
  import numpy as np
  return np.frombuffer(b, np.uint64)


class ExtractedShard:
  """A prepared shard's claims and event profiles, extracted on the worker
  that holds it; rebuilt from the prepared shard if Dask moves it."""

  def __init__(self, prepared, options):
    self.args = (prepared, options)
    self.claims = _wirecheck.ClaimShard(prepared.shard, options)

  def __reduce__(self):
    return (ExtractedShard, self.args)


def extract(p, options):
  return ExtractedShard(p, options)


def template_rows(e):
  import numpy as np
  import pandas as pd
  keys, values, shapes = e.claims.template_rows()
  return pd.DataFrame({"key": _u64(keys), "shape": pd.Series(shapes,
                                                            dtype=object),
                       "value": np.frombuffer(values, np.int64)
                       }).drop_duplicates()


def term_rows(e, shard):
  import numpy as np
  import pandas as pd
  terms, counts = e.claims.term_rows()
  n = np.frombuffer(counts, np.int32)
  return pd.DataFrame({"term": _u64(terms),
                       "shard": np.full(len(n), shard, np.int32), "n": n})


def term_frequencies(part):
  """One term partition: each term's frequency over the batch (the sum of
  its shards' counts), by the shard that named it: {shard: (terms, dfs)}."""
  import numpy as np
  total = part.groupby("term")["n"].transform("sum")
  out = {}
  for shard, rows in part.assign(df=total).groupby("shard"):
    out[int(shard)] = (rows["term"].to_numpy(np.uint64).tobytes(),
                       rows["df"].to_numpy(np.int32).tobytes())
  return out


def frequencies_of(shard, *routes):
  """(terms, dfs) of one shard, from every term partition."""
  picked = [r[shard] for r in routes if shard in r]
  return (b"".join(t for t, _ in picked), b"".join(d for _, d in picked))


def weigh(e, freqs, batch_docs, first, options):
  import numpy as np
  import pandas as pd
  vectors, terms, docs = e.claims.weigh(freqs[0], freqs[1], batch_docs,
                                        first, options)
  return vectors, pd.DataFrame({"term": _u64(terms),
                                "doc": np.frombuffer(docs, np.uint32)})


def _item(x, k):
  return x[k]


def shared_counts(part):
  import numpy as np
  import pandas as pd
  pairs, counts = _wirecheck.shared_term_counts(
      np.ascontiguousarray(part["term"].to_numpy(np.uint64)).tobytes(),
      np.ascontiguousarray(part["doc"].to_numpy(np.uint32)).tobytes())
  return pd.DataFrame({"pair": _u64(pairs),
                       "n": np.frombuffer(counts, np.int32)})


def candidate_routes(part, firsts):
  """Pairs of one partition of the summed counts sharing enough terms, by
  route (shard pair)."""
  import numpy as np
  kept = part[part >= _wirecheck.MIN_SHARED_TERMS]
  return _by_route(np.ascontiguousarray(kept.index.to_numpy(np.uint64)),
                   firsts)


def score(va, first_a, vb, first_b, options, copies, *route_parts):
  """Candidates and copies between two shards, scored: (similar pairs as
  rows for each of their two articles, copy pairs)."""
  import numpy as np
  import pandas as pd
  similar, forced = _wirecheck.score_pairs(
      va, first_a, vb, first_b, b"".join(route_parts), copies, options)
  a = np.frombuffer(similar[0], np.uint32)
  b = np.frombuffer(similar[1], np.uint32)
  sim = np.frombuffer(similar[2], np.float64)
  rows = pd.DataFrame({"owner": np.concatenate([a, b]).astype(np.int32),
                       "a": np.concatenate([a, a]),
                       "b": np.concatenate([b, b]),
                       "sim": np.concatenate([sim, sim])})
  return rows, forced


def best_pairs(part, options):
  import numpy as np
  n = len(part)
  return _wirecheck.best_pairs(
      np.ascontiguousarray(part["owner"].to_numpy(np.int32)).tobytes(),
      (np.ascontiguousarray(part["a"].to_numpy(np.uint32)).tobytes(),
       np.ascontiguousarray(part["b"].to_numpy(np.uint32)).tobytes(),
       np.ascontiguousarray(part["sim"].to_numpy(np.float64)).tobytes(),
       bytes(n)), options)


def _concat(tuples):
  """Pair arrays (a tuple of bytes each) of several tasks, as one."""
  return tuple(b"".join(t[k] for t in tuples) for k in range(4))


def members(e, first, event_of, freqs, batch_docs):
  import numpy as np
  import pandas as pd
  rows = e.claims.members(first, event_of, freqs[0], freqs[1], batch_docs)
  return pd.DataFrame({
      "event": np.array([r[0] for r in rows], np.int64),
      "order": np.array([r[1] for r in rows], np.int64),
      "what": np.full(len(rows), _MEMBER, np.int8),
      "payload": pd.Series([r[2] for r in rows], dtype=object)})


def limit_warnings(e, options):
  return json.loads(e.claims.limit_warnings_json(options))["diagnostics"]


def compare_partition(part, templated, batch_docs, options):
  """The discrepancies of one partition of events: [(place key, the
  discrepancy as the report lists it)] and the conflicts hidden."""
  import numpy as np
  if part.empty:
    return [], 0
  part = part.sort_values("order", kind="stable")
  mine = part[part["what"] == _MEMBER]
  pairs = part[part["what"] == _PAIR]["payload"].tolist()
  passages = part[part["what"] == _PASSAGE]["payload"].tolist()
  pair_arrays = (np.array([p[0] for p in pairs], np.uint32).tobytes(),
                 np.array([p[1] for p in pairs], np.uint32).tobytes(),
                 np.array([p[2] for p in pairs], np.float64).tobytes(),
                 np.array([p[3] for p in pairs], np.uint8).tobytes())
  text, keys = _wirecheck.compare_events(
      mine["order"].tolist(), mine["payload"].tolist(),
      mine["event"].tolist(), pair_arrays, passages, templated, batch_docs,
      options)
  report = json.loads(text)
  return (list(zip(keys, report["discrepancies"])),
          report["candidates_hidden"])


# ----- the run --------------------------------------------------------------

def _tree(client, futures, fn):
  while len(futures) > 1:
    nxt = [client.submit(fn, a, b, pure=False)
           for a, b in zip(futures[::2], futures[1::2])]
    if len(futures) % 2:
      nxt.append(futures[-1])
    futures = nxt
  return futures[0]


class _Batch:
  """What the copy side leaves for the claim side: shards, their prepared
  futures, batch indices, the verified copies and the documents."""


def _summary(batch_docs, paths, shards):
  return (f"read {batch_docs} articles from {len(paths)} "
          f"file{'s' if len(paths) != 1 else ''} in {len(shards)} "
          f"shards on Dask")


def _copy_side(client, paths, options, shard_bytes, partitions, say):
  """Steps 1-5: the batch read, prepared and its copies verified."""
  import dask.dataframe as dd
  import numpy as np
  import pandas as pd

  batch = _Batch()
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
  summed = counts.groupby("key", sort=False)["n"].sum(split_out=partitions)
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

  batch.shards, batch.prepared, batch.sizes = shards, prepared, sizes
  batch.firsts, batch.batch_docs, batch.copies = firsts, batch_docs, copies
  batch.documents, batch.diagnostics = [], []
  for docs, diags in client.gather(client.map(documents_json, prepared,
                                              pure=False)):
    batch.documents += docs
    batch.diagnostics += diags
  return batch


def _copies_report(client, batch, paths, options):
  """Step 6: clusters, ids and the report, by the library."""
  import numpy as np
  copies, firsts = batch.copies, batch.firsts
  involved = sorted({c[0] for c in copies} | {c[1] for c in copies})
  by_shard = {}
  for g in involved:
    s = int(np.searchsorted(firsts, g, "right") - 1)
    by_shard.setdefault(s, []).append(g - int(firsts[s]))
  keys = []
  for s, part in zip(sorted(by_shard), client.gather(
      [client.submit(article_keys, batch.prepared[s], by_shard[s],
                     pure=False)
       for s in sorted(by_shard)])):
    keys += part
  position = {g: i for i, g in enumerate(involved)}
  local = [(position[c[0]], position[c[1]]) + tuple(c[2:]) for c in copies]
  found = json.loads(_wirecheck.render_copies(keys, local))
  header = json.loads(
      _wirecheck.plan(options, batch.batch_docs)["header_json"])
  return {
      "schema": header["schema"],
      "tool": header["tool"],
      "parameters": header["parameters"],
      "documents": batch.documents,
      "copies": found["copies"],
      "clusters": found["clusters"],
      "diagnostics": batch.diagnostics,
      "summary": _summary(batch.batch_docs, paths, batch.shards),
  }


def _templated_clauses(client, extracted, partitions):
  """Step 8: the batch's template clauses, [(key, shape)]."""
  import dask.dataframe as dd
  import numpy as np
  import pandas as pd
  meta = pd.DataFrame({"key": np.array([], np.uint64),
                       "shape": pd.Series([], dtype=object),
                       "value": np.array([], np.int64)})
  rows = dd.from_delayed([client.submit(template_rows, e, pure=False)
                          for e in extracted], meta=meta)
  distinct = rows.drop_duplicates(split_out=partitions)
  values = distinct.groupby(["key", "shape"], sort=False).size(
      split_out=partitions)
  templated = values[values >= _wirecheck.TEMPLATE_VALUES].compute()
  return [(int(k), shape) for k, shape in templated.index]


def _term_frequencies(client, extracted, partitions):
  """Step 9: per shard, a future of (terms, dfs) for every term it names."""
  import dask.dataframe as dd
  import numpy as np
  import pandas as pd
  meta = pd.DataFrame({"term": np.array([], np.uint64),
                       "shard": np.array([], np.int32),
                       "n": np.array([], np.int32)})
  rows = dd.from_delayed([client.submit(term_rows, e, s, pure=False)
                          for s, e in enumerate(extracted)], meta=meta)
  joined = rows.shuffle("term", npartitions=partitions, shuffle="tasks")
  routes = client.map(term_frequencies, client.compute(joined.to_delayed()),
                      pure=False)
  return [client.submit(frequencies_of, s, *routes, pure=False)
          for s in range(len(extracted))]


def _scored_pairs(client, batch, extracted, freqs, options, partitions):
  """Step 10: vectors weighed, candidates counted and scored: per route,
  a future of (similar rows, copy pairs)."""
  import dask.dataframe as dd
  import numpy as np
  import pandas as pd
  weighed = [client.submit(weigh, e, f, batch.batch_docs, int(first),
                           options, pure=False)
             for e, f, first in zip(extracted, freqs, batch.firsts)]
  vectors = [client.submit(_item, w, 0, pure=False) for w in weighed]
  meta = pd.DataFrame({"term": np.array([], np.uint64),
                       "doc": np.array([], np.uint32)})
  entries = dd.from_delayed([client.submit(_item, w, 1, pure=False)
                             for w in weighed], meta=meta)
  joined = entries.shuffle("term", npartitions=partitions, shuffle="tasks")
  meta = pd.DataFrame({"pair": np.array([], np.uint64),
                       "n": np.array([], np.int32)})
  counts = dd.from_delayed(
      client.map(shared_counts, client.compute(joined.to_delayed()),
                 pure=False), meta=meta)
  summed = counts.groupby("pair", sort=False)["n"].sum(split_out=partitions)
  routes = client.map(candidate_routes, client.compute(summed.to_delayed()),
                      firsts=batch.firsts, pure=False)
  # Copies are events whatever their words: each copied passage's pair.
  copy_pairs = np.array(sorted({(min(c[0], c[1]) << 32) | max(c[0], c[1])
                                for c in batch.copies if c[9]}), np.uint64)
  copy_routes = _by_route(copy_pairs, batch.firsts)
  scored = []
  n = len(batch.shards)
  for a in range(n):
    for b in range(a, n):
      picks = [client.submit(_pick, r, (a, b), pure=False) for r in routes]
      scored.append(client.submit(
          score, vectors[a], int(batch.firsts[a]),
          None if a == b else vectors[b], int(batch.firsts[b]), options,
          copy_routes.get((a, b), b""), *picks, pure=False))
  return scored


def _events(client, batch, scored, options, partitions):
  """Steps 11-12: each article's best pairs, then events on the client:
  (pairs inside events, event id per article)."""
  import dask.dataframe as dd
  import numpy as np
  import pandas as pd
  meta = pd.DataFrame({"owner": np.array([], np.int32),
                       "a": np.array([], np.uint32),
                       "b": np.array([], np.uint32),
                       "sim": np.array([], np.float64)})
  rows = dd.from_delayed([client.submit(_item, s, 0, pure=False)
                          for s in scored], meta=meta)
  joined = rows.shuffle("owner", npartitions=partitions, shuffle="tasks")
  kept = client.gather(client.map(best_pairs,
                                  client.compute(joined.to_delayed()),
                                  options=options, pure=False))
  forced = client.gather([client.submit(_item, s, 1, pure=False)
                          for s in scored])
  pairs, event_of = _wirecheck.form_events(
      batch.batch_docs, _concat(forced), _concat(kept), options)
  return pairs, np.frombuffer(event_of, np.int32)


def _event_rows(client, batch, pairs, event_of):
  """Step 13's rows made on the client: the event pairs and the copied
  passages, keyed by their event (futures of two dataframes)."""
  import numpy as np
  import pandas as pd
  a = np.frombuffer(pairs[0], np.uint32)
  b = np.frombuffer(pairs[1], np.uint32)
  sim = np.frombuffer(pairs[2], np.float64)
  copy = np.frombuffer(pairs[3], np.uint8)
  pair_rows = pd.DataFrame({
      "event": event_of[a].astype(np.int64),
      "order": np.arange(len(a), dtype=np.int64),
      "what": np.full(len(a), _PAIR, np.int8),
      "payload": pd.Series(list(zip(a.tolist(), b.tolist(), sim.tolist(),
                                    copy.tolist())), dtype=object)})
  passages = [(c[0], c[1], span) for c in batch.copies for span in c[9]]
  passage_rows = pd.DataFrame({
      "event": np.array([event_of[p[0]] for p in passages], np.int64),
      "order": np.arange(len(passages), dtype=np.int64),
      "what": np.full(len(passages), _PASSAGE, np.int8),
      "payload": pd.Series(passages, dtype=object)})
  return [client.scatter(pair_rows), client.scatter(passage_rows)]


def _claims_report(client, batch, paths, options, partitions, say):
  """Steps 7-14: the `compare` report of the batch."""
  import dask.dataframe as dd
  import numpy as np
  import pandas as pd

  # 7. Claims extracted where the prepared shards are.
  extracted = [client.submit(extract, p, options, pure=False)
               for p in batch.prepared]
  templated = _templated_clauses(client, extracted, partitions)
  say(f"{len(templated)} template clauses")
  freqs = _term_frequencies(client, extracted, partitions)
  scored = _scored_pairs(client, batch, extracted, freqs, options,
                         partitions)
  pairs, event_of = _events(client, batch, scored, options, partitions)
  say(f"{len(pairs[0]) // 4} event pairs, "
      f"{int((event_of >= 0).sum())} articles in events")

  # 13. Every event's rows shuffled to one partition, compared there.
  member_rows = [
      client.submit(members, e, int(first),
                    event_of[int(first):int(first) + size].tobytes(), f,
                    batch.batch_docs, pure=False)
      for e, f, first, size in zip(extracted, freqs, batch.firsts,
                                   batch.sizes)]
  meta = pd.DataFrame({"event": np.array([], np.int64),
                       "order": np.array([], np.int64),
                       "what": np.array([], np.int8),
                       "payload": pd.Series([], dtype=object)})
  rows = dd.from_delayed(
      member_rows + _event_rows(client, batch, pairs, event_of), meta=meta,
      verify_meta=False)
  joined = rows.shuffle("event", npartitions=partitions, shuffle="tasks")
  # One future of the whole list (scattering a list scatters its items).
  templated_f = client.scatter([templated], broadcast=True)[0]
  compared = client.gather(client.map(
      compare_partition, client.compute(joined.to_delayed()),
      templated=templated_f, batch_docs=batch.batch_docs, options=options,
      pure=False))
  warnings = client.gather(client.map(limit_warnings, extracted,
                                      options=options, pure=False))

  # 14. The report's order: highest confidence first, then by place.
  found = [d for part, _ in compared for d in part]
  found.sort(key=lambda kd: (-kd[0][0],) + tuple(kd[0][1:]))
  header = json.loads(
      _wirecheck.plan(options, batch.batch_docs, True)["header_json"])
  return {
      "schema": header["schema"],
      "tool": header["tool"],
      "parameters": header["parameters"],
      "documents": batch.documents,
      "discrepancies": [d for _, d in found],
      "candidates_hidden": sum(hidden for _, hidden in compared),
      "diagnostics": batch.diagnostics + [w for ws in warnings for w in ws],
      "summary": _summary(batch.batch_docs, paths, batch.shards),
  }


def run(client, paths, options, shard_bytes, partitions, log=None,
        claims=False):
  """The reports of `paths`, computed on `client`'s cluster, by file name:
  "copies.json" (dedup's) and, with `claims`, "conflicts.json" (compare's).
  """

  started = time.monotonic()

  def say(msg):
    if log:
      print(f"wirecheck.dask: {time.monotonic() - started:.1f} s: {msg}",
            file=log, flush=True)

  batch = _copy_side(client, paths, options, shard_bytes, partitions, say)
  reports = {"copies.json": _copies_report(client, batch, paths, options)}
  if claims:
    reports["conflicts.json"] = _claims_report(client, batch, paths, options,
                                               partitions, say)
    say(f"{len(reports['conflicts.json']['discrepancies'])} discrepancies")
  say("done")
  return reports


def main(argv=None):
  parser = argparse.ArgumentParser(
      prog="python3 -m wirecheck.dask",
      description="Copy detection (wirecheck dedup) and, with --claims, "
      "conflicting claims (wirecheck compare) over a Dask cluster.")
  parser.add_argument("scheduler", help="scheduler address, tcp://host:port")
  parser.add_argument("inputs", nargs="+", help="JSONL files")
  parser.add_argument("--out", required=True,
                      help="folder for copies.json (and conflicts.json)")
  parser.add_argument("--claims", action="store_true",
                      help="also compare claims: DIR/conflicts.json is "
                      "`wirecheck compare --format=json`")
  parser.add_argument("--min-confidence", dest="min_confidence", type=float,
                      help="with --claims: least confidence of a listed "
                      "conflict (default 0.5)")
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
  if args.min_confidence is not None:
    if not args.claims:
      print("wirecheck.dask: --min-confidence does nothing without --claims",
            file=sys.stderr)
      return 2
    options["min_confidence"] = args.min_confidence
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
      reports = run(client, [os.path.abspath(p) for p in args.inputs],
                    options, shard_bytes, partitions, log=sys.stderr,
                    claims=args.claims)
  except _wirecheck.Error as e:
    print(f"wirecheck.dask: {e}", file=sys.stderr)
    return 2
  os.makedirs(args.out, exist_ok=True)
  for name, report in reports.items():
    out = os.path.join(args.out, name)
    with open(out, "w", encoding="utf-8") as f:
      json.dump(report, f, ensure_ascii=False, indent=2)
      f.write("\n")
  copies = reports["copies.json"]
  print(f"wirecheck.dask: {len(copies['copies'])} copies, "
        f"{len(copies['clusters'])} clusters -> "
        f"{os.path.join(args.out, 'copies.json')}", file=sys.stderr)
  if args.claims:
    print(f"wirecheck.dask: "
          f"{len(reports['conflicts.json']['discrepancies'])} discrepancies "
          f"-> {os.path.join(args.out, 'conflicts.json')}", file=sys.stderr)
  return 0


if __name__ == "__main__":
  # Run as the package's module, so tasks pickle by reference to
  # wirecheck.dask (which every worker imports), not to __main__.
  from wirecheck.dask import main as package_main
  sys.exit(package_main())
