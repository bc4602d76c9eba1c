"""wirecheck: copied wire stories and conflicting claims, from Python.

The same C++ library as the `wirecheck` command, bound with pybind11. Every
result is plain Python data (dicts, lists, str, bytes) in the schema of the
command's --format=json (doc/json_schema.md): the library writes the JSON,
this package parses it. A library error raises wirecheck.Error with the
library's message.

    import wirecheck
    batch = wirecheck.read(["scrapes/", "feed.jsonl"])   # or dicts, or JSONL
    report = wirecheck.find_copies(batch)                # like `dedup`
    for copy in report["copies"]:
        print(copy["source"], "->", copy["copy"], copy["containment"])
    sigs = wirecheck.sketch(batch)                      # bytes, versioned
    wirecheck.find_copies_against(other_batch, sigs)    # LSH candidates
    wirecheck.extract_claims(batch)                      # claims
    wirecheck.compare(batch)                             # like `check`

Options are the command's flags without "--" (threshold, shingle, num_perm,
min_passage, threads, fold_diacritics, min_confidence), read through the
command's own option table with the same messages, plus max_df,
window_jaccard and seed; an unknown one is an error. `threads` defaults to 1.
"""

import json
import os

from wirecheck._wirecheck import SIGNATURE_VERSION, VERSION, Batch, Error
from wirecheck import _wirecheck

__all__ = [
    "Batch", "Error", "SIGNATURE_VERSION", "VERSION", "articles", "compare",
    "extract_claims", "find_copies", "find_copies_against", "read",
    "read_jsonl", "sketch",
]


def read_jsonl(data, name="<jsonl>"):
  """Articles from JSONL text (str or bytes), one object per line."""
  if isinstance(data, str):
    data = data.encode("utf-8")
  return _wirecheck.read_jsonl(data, name)


def read(inputs):
  """Articles from paths (files and folders, as the command reads them),
  from a list of dicts (the JSONL fields: id, url, outlet, published, title,
  text or html, ...), or a Batch (returned as is)."""
  if isinstance(inputs, Batch):
    return inputs
  if isinstance(inputs, (str, os.PathLike)):
    inputs = [inputs]
  inputs = list(inputs)
  if all(isinstance(x, dict) for x in inputs):
    lines = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in inputs)
    return read_jsonl(lines, "<dicts>")
  if all(isinstance(x, (str, os.PathLike)) for x in inputs):
    return _wirecheck.read_paths([os.fspath(x) for x in inputs])
  raise TypeError("read() takes paths, dicts or a Batch")


def _report(inputs, command, options):
  return json.loads(_wirecheck.report_json(read(inputs), command, options))


def articles(inputs):
  """The articles read, as the report's "documents" entries plus "text"."""
  batch = read(inputs)
  docs = _report(batch, "read", {})["documents"]
  for i, doc in enumerate(docs):
    doc["text"] = batch.text(i)
  return docs


def find_copies(inputs, **options):
  """Copies among the articles: the report of `wirecheck dedup
  --format=json` (documents, copies, clusters, diagnostics, summary)."""
  return _report(inputs, "dedup", options)


def compare(inputs, **options):
  """Copies and discrepancies: the report of `wirecheck check
  --format=json --show=claims`."""
  return _report(inputs, "check", options)


def extract_claims(inputs, **options):
  """Every claim the articles make (the report's "claims")."""
  return compare(inputs, **options)["claims"]


def sketch(inputs, **options):
  """One signature (bytes) per article: the LSH keys of its passage
  windows, versioned (SIGNATURE_VERSION) and the same in any process on any
  machine for the same text and options. Made from each article alone: the
  batch's document-frequency filter does not apply."""
  return _wirecheck.sketch(read(inputs), options)


def find_copies_against(inputs, signatures, **options):
  """Candidates: pairs of an article and a given signature whose passage
  windows share an LSH bucket, as dicts {"article": id, "signature": index,
  "windows": windows of the article that matched}. Signatures hold no text,
  so these are not verified; verify with find_copies on both texts."""
  batch = read(inputs)
  ids = [doc["id"] for doc in _report(batch, "read", {})["documents"]]
  mine = _wirecheck.sketch(batch, options)
  return [{"article": ids[a], "signature": b, "windows": n}
          for a, b, n in _wirecheck.match_signatures(mine, list(signatures))]
