#!/usr/bin/env python3
"""Picks corpus articles for the boilerplate list/lead labelled set.

The articles are chosen by the shape of their text alone, never by what the
boilerplate classifier does with them, so the set measures the problem and
not the classifier's current mistakes. Shapes (any line-structured text):

  fact_list     3+ consecutive short lines without a sentence ending, each
                with a digit or a colon ("Chiều dài: 57 km", "Thủ môn: ...",
                "Shr 1.20 dlrs vs ...")
  bulleted      3+ lines opening with a bullet, "1." / "a)" or "Bước 2:"
  one_sentence  5+ lines that are one short sentence each
  lead          a lead given as a field (sapo), or a first line that is a
                lead paragraph above the body line (the baomoi scrape)

Each shape is sampled with a fixed seed from every corpus that has it,
skipping articles already in testdata/normalise/boilerplate_labels.tsv.
The second of every three picks of a shape (in the sampled order) is held
out: labelled like the rest, but not looked at while the classifier is tuned.

  boilerplate_pick.py CORPORA_DIR [SEED]   # prints split, source, id, shape
"""
import gzip
import json
import lzma
import os
import random
import re
import sys

ID_FIELDS = ("id", "doc_id", "uuid", "newid", "file")
LEAD_FIELDS = ("sapo", "lead", "summary", "description")
TEXT_FIELDS = ("text", "content", "body")

# (corpus file, how many picks per shape it may give)
CORPORA = [
    ("vi/vims300_2016.jsonl.gz", {"fact_list": 6, "bulleted": 5,
                                   "one_sentence": 4}),
    ("en/reuters21578_tm_sample.jsonl", {"fact_list": 4}),
    ("en/basil_triplets.jsonl", {"one_sentence": 4}),
    ("vi/ktlab_vmds200.jsonl", {"lead": 5}),
    ("vi/baomoi_magizbox_35k.jsonl.xz", {"lead": 5}),
]

BULLET = re.compile(r"^([-+•*–·]\s|\d{1,2}[.)]\s|[a-zđ]\)\s|Bước \d)")
SENTENCE_END = re.compile(r"[.!?…][\"”’)]*$")


def first(rec, names):
    for n in names:
        v = rec.get(n)
        if isinstance(v, (str, int)) and str(v).strip():
            return str(v)
    return None


def article_text(rec):
    """Article::text as ingest builds it: lead field, blank line, text."""
    text = first(rec, TEXT_FIELDS) or ""
    lead = first(rec, LEAD_FIELDS)
    if lead:
        lead = lead.strip(" \t\n\r\f\v")
        if not text.startswith(lead):
            text = lead + "\n\n" + text
    return text


def open_corpus(path):
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    if path.endswith(".xz"):
        return lzma.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def lines_of(text):
    return [l.strip() for l in text.split("\n") if l.strip()]


def is_fact_line(line):
    return (len(line.encode()) <= 200 and not SENTENCE_END.search(line) and
            (re.search(r"\d", line) or ":" in line))


def shapes(rec, text):
    lines = lines_of(text)
    found = set()
    run = best = 0
    for line in lines:
        run = run + 1 if is_fact_line(line) else 0
        best = max(best, run)
    if best >= 3:
        found.add("fact_list")
    if sum(1 for l in lines if BULLET.match(l)) >= 3:
        found.add("bulleted")
    one = sum(1 for l in lines
              if SENTENCE_END.search(l) and len(l.split()) <= 25
              and not re.search(r"[.!?] ", l))
    if one >= 5:
        found.add("one_sentence")
    if first(rec, LEAD_FIELDS) or (
            len(lines) == 2 and len(lines[0].encode()) <= 400):
        found.add("lead")
    return found


def labelled_ids(root):
    path = os.path.join(root, "testdata/normalise/boilerplate_labels.tsv")
    done = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 5:
                done.add((cols[0], cols[2]))
    return done


def main():
    corpora = sys.argv[1]
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 20261201
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    done = labelled_ids(root)
    for source, quota in CORPORA:
        by_shape = {s: [] for s in quota}
        with open_corpus(os.path.join(corpora, source)) as f:
            for line in f:
                if not line.strip():
                    continue
                rec = json.loads(line)
                doc_id = first(rec, ID_FIELDS)
                if (source, doc_id) in done:
                    continue
                for s in shapes(rec, article_text(rec)) & set(quota):
                    by_shape[s].append(doc_id)
        taken = set()
        for shape, n in quota.items():
            rng = random.Random("%d/%s/%s" % (seed, source, shape))
            pool = [i for i in by_shape[shape] if i not in taken]
            picks = rng.sample(pool, min(n, len(pool)))
            for k, doc_id in enumerate(picks):
                taken.add(doc_id)
                split = "heldout" if k % 3 == 1 else "dev"
                print("%s\t%s\t%s\t%s" % (split, source, doc_id, shape))


if __name__ == "__main__":
    main()
