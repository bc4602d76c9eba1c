#!/usr/bin/env python3
"""Picks lines of real articles for the credit-line labelled set.

Credits live at the edges of an article ("Theo TTXVN" under the story,
"PYONGYANG, June 19 (Reuters) -" opening it), so candidates are the first
and last three non-blank lines of each article, at most 160 bytes. They are
picked by their text alone, never by what dedup/credit.h makes of them, in
three strata per corpus:

  short  the last line, at most 50 bytes: a credit ("Theo VTC14",
         "VnExpress") or a byline ("Quý Sáng"), the distinction that
         matters most
  cue    any other edge line that holds a credit cue or an agency-like name ("theo",
         "nguồn", "source", "by", "(Reuters)", "TTXVN", a short line that
         is one capitalised name ...): the lines that may be credits
  plain  any other edge line: bylines, captions, last sentences

Each stratum is sampled with a fixed seed. The output (TSV on stdout) names
each line by corpus, article id, byte span and the first 12 hex digits of
the SHA-1 of its bytes, then the line itself for the person labelling it;
testdata/dedup/credit_lines.tsv keeps everything but the text.

  credit_pick.py CORPORA_DIR [SEED]
  credit_pick.py --extract CORPORA_DIR LABELS.tsv > articles.jsonl
"""
import hashlib
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from boilerplate_pick import ID_FIELDS, article_text, first, open_corpus  # noqa: E402

# (corpus, first line, last line (1-based, inclusive; 0: all), picks per
# stratum). The baomoi lines are outside every range tuned on so far.
CORPORA = [
    ("vi/baomoi_magizbox_35k.jsonl.xz", 20001, 24000, 20),
    ("vi/ktlab_vmds200.jsonl", 1, 0, 10),
    ("en/reuters21578_tm_sample.jsonl", 1, 0, 4),
    ("en/basil_triplets.jsonl", 1, 0, 4),
]

CUE = re.compile(
    r"(^|[\s(])(theo|nguồn|source|sources|by|via|credit)\b|"
    r"\((reuters|afp|ap|ttxvn|vna|xinhua|kcna|yonhap|bloomberg|vov)\b|"
    r"\b(ttxvn|reuters|afp|vnexpress|vietnamplus|tuổi trẻ|thanh niên|"
    r"dân trí|vtc|vtv|vov|zing|xinhua|reuter)\b", re.I)
MAX_LINE_BYTES = 160
SHORT_LINE_BYTES = 50


def edge_lines(text):
    """(begin, end) byte spans of the first and last 3 non-blank lines."""
    data = text.encode("utf-8")
    spans, at = [], 0
    for raw in data.split(b"\n"):
        b, e = at, at + len(raw)
        at = e + 1
        while b < e and data[b:b + 1].isspace():
            b += 1
        while e > b and data[e - 1:e].isspace():
            e -= 1
        if e > b:
            spans.append((b, e))
    picked = spans[:3] + [s for s in spans[-3:] if s not in spans[:3]]
    return [(b, e) for b, e in picked if e - b <= MAX_LINE_BYTES]


def records(root, name, lo, hi):
    with open_corpus(os.path.join(root, name)) as f:
        for n, line in enumerate(f, 1):
            if n < lo:
                continue
            if hi and n > hi:
                break
            rec = json.loads(line)
            yield str(first(rec, ID_FIELDS) or n), article_text(rec)


def digest(data):
    return hashlib.sha1(data).hexdigest()[:12]


def pick(root, seed):
    rng = random.Random(seed)
    for name, lo, hi, n in CORPORA:
        strata = {"short": [], "cue": [], "plain": []}
        for doc_id, text in records(root, name, lo, hi):
            data = text.encode("utf-8")
            edges = edge_lines(text)
            for b, e in edges:
                line = data[b:e].decode("utf-8", "replace")
                if (b, e) == edges[-1] and e - b <= SHORT_LINE_BYTES:
                    stratum = "short"
                else:
                    stratum = "cue" if CUE.search(line) else "plain"
                strata[stratum].append((doc_id, b, e, digest(data[b:e]), line))
        for stratum in ("short", "cue", "plain"):
            rows = strata[stratum]
            for doc_id, b, e, h, line in rng.sample(rows, min(n, len(rows))):
                print("\t".join([name, doc_id, f"{b}-{e}", h, stratum, line]))


def extract(root, labels):
    """The labelled articles as JSONL {corpus, id, text} for credit_eval."""
    want = {}
    with open(labels, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            b, e = (int(x) for x in cols[2].split("-"))
            want.setdefault(cols[0], {}).setdefault(cols[1], []).append(
                (b, e, cols[3]))
    for name, lo, hi, _ in CORPORA:
        for doc_id, text in records(root, name, lo, hi):
            if doc_id not in want.get(name, {}):
                continue
            data = text.encode("utf-8")
            for b, e, h in want[name][doc_id]:
                if digest(data[b:e]) != h:
                    sys.exit(f"{name} {doc_id} {b}-{e}: the text is not the "
                             "one labelled (SHA-1 differs)")
            print(json.dumps({"corpus": name, "id": doc_id, "text": text},
                             ensure_ascii=False))


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "--extract":
        extract(sys.argv[2], sys.argv[3])
    else:
        pick(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20261203)


if __name__ == "__main__":
    main()
