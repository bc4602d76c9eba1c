#!/usr/bin/env python3
"""Measure wirecheck's per-copy credit decision against human verdicts.

`wirecheck dedup` says, for every copy it reports, whether the copy credits
its source ("credited": true/false, with the credit text). bench/credit_eval
measures only whether credit *lines* are found; this script measures the
per-copy decision on real copy pairs:

  1. it runs `wirecheck dedup --format=json --quiet` on each corpus (or reads
     a report saved earlier with --report), and reads the article texts back
     from the corpus the way wirecheck reads JSONL (the `sapo` lead, when
     present, prepended and followed by a blank line; doc/json_schema.md), by
     the "path:line" origin the report gives for each document;
  2. it drops copies marked same_outlet (an outlet reusing its own story
     needs no credit; the number dropped is printed) and draws a seeded
     random sample of the rest: per corpus, random.Random(seed) shuffles the
     copies sorted by finding id and takes the first N (never the top of a
     ranked list; the finding id is a hash, so sorting by it only makes the
     draw independent of report order);
  3. it scores the sample against a verdicts file (TSV, see
     testdata/dedup/copy_credit_verdicts.tsv for the columns and the judging
     rules): accuracy, precision and recall of "credited" and of "not
     credited", per corpus and pooled, and every disagreement with its class;
  4. sampled copies that have no verdict yet are written to a markdown
     judging sheet (--sheet): ids, outlets, dates, the tool's decision and
     credit text, the first and last lines of the copy's text (long lines cut
     to their first/last characters) and the copied passages, so that a
     person can judge by reading.

Python 3 standard library only. Corpus text is read at run time and written
only to the judging sheet, which belongs outside the repository (the corpora
under /work/shared/corpora have unknown licences).

Example (the run behind the verdicts file):

  python3 bench/copy_credit_eval.py --wirecheck=/tmp/wirecheck-opt \\
      --seed=20261201 \\
      --corpus=ktlab=/work/shared/corpora/vi/ktlab_vmds200.jsonl:40 \\
      --corpus=vims=/work/shared/corpora/vi/vims300_2016.jsonl.gz:40 \\
      --corpus=reuters=/work/shared/corpora/en/reuters21578_tm_sample.jsonl:all \\
      --corpus=basil=/work/shared/corpora/en/basil_triplets.jsonl:10 \\
      --verdicts=testdata/dedup/copy_credit_verdicts.tsv \\
      --sheet=/tmp/copy_credit_sheet.md

Other readings of the rules, from the reason classes of the verdicts:
--drop=unverifiable leaves out credits that cannot be checked against the
source's outlet; --as-false=in-sentence scores story attributions inside a
sentence ("Theo TTXVN, ngày 21-10, ...", "X reports") as no credit, which is
how dedup/credit.h reads them; --as-false=shared-origin keeps only credits of
the source's own outlet.

--corpus is NAME=PATH[:N] (N copies sampled from that corpus, "all" for every
one; default 30); PATH may be .jsonl, .jsonl.gz or .jsonl.xz (compressed ones
are piped to wirecheck on stdin). --report=NAME=REPORT.json reuses a saved
dedup report for corpus NAME instead of running wirecheck. --json=FILE writes
the figures as JSON as well. Exit status: 0, or 2 on bad arguments.
"""

import argparse
import collections
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from boilerplate_pick import open_corpus  # noqa: E402  (one corpus opener)


def read_lines(path):
    with open_corpus(path) as f:
        return f.read().split("\n")


def run_dedup(binary, path, extra):
    cmd = [binary, "dedup", "--format=json", "--quiet"] + extra
    if path.endswith((".gz", ".xz")):
        with open_corpus(path) as f:
            data = f.read().encode("utf-8")
        out = subprocess.run(cmd + ["-"], input=data, stdout=subprocess.PIPE,
                             check=True).stdout
    else:
        out = subprocess.run(cmd + [path], stdout=subprocess.PIPE,
                             check=True).stdout
    return json.loads(out.decode("utf-8"))


def article_text(record):
    """The text wirecheck reads from one JSONL record, as UTF-8 bytes."""
    text = record.get("text") or ""
    sapo = record.get("sapo")
    if sapo:
        text = sapo + "\n\n" + text
    return text.encode("utf-8")


def load_texts(report, lines):
    """doc id -> bytes of its text, by the report's path:line origins."""
    texts = {}
    for doc in report["documents"]:
        origin = doc.get("origin", "")
        head, _, num = origin.rpartition(":")
        if not head or not num.isdigit():
            continue
        line = lines[int(num) - 1]
        texts[doc["id"]] = article_text(json.loads(line))
    return texts


def cut(b, start, end):
    return b[start:end].decode("utf-8", errors="replace")


def edge_lines(text, n=3, width=400):
    """First and last n non-empty lines. A line longer than `width` chars is
    shown as its first and last `width` chars (scraped texts are often one
    long line, with the credit at its end)."""
    lines = [l.strip() for l in text.split("\n") if l.strip()]
    if len(lines) <= 2 * n:
        head, tail = lines, []
    else:
        head, tail = lines[:n], lines[-n:]

    def short(l):
        if len(l) <= 2 * width:
            return l
        return l[:width] + " [...] " + l[-width:]

    return [short(l) for l in head], [short(l) for l in tail]


def read_verdicts(path):
    verdicts = {}
    if not path or not os.path.exists(path):
        return verdicts
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            row = dict(zip(header, cols))
            key = (row["corpus"], row["source"], row["copy"])
            verdicts[key] = row
    return verdicts


def as_bool(s):
    return s.strip().lower() in ("true", "1", "yes", "y")


def ratio(a, b):
    return "%.3f" % (a / b) if b else "n/a"


def wilson(k, n, z=1.96):
    """95% Wilson score interval of k successes in n, as "lo-hi"."""
    if not n:
        return ""
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / d
    return " [95%% CI %.2f-%.2f]" % (max(0.0, c - h), min(1.0, c + h))


def score(items):
    """items: list of (tool, truth). Returns a dict of counts and figures."""
    tp = sum(1 for t, g in items if t and g)
    fp = sum(1 for t, g in items if t and not g)
    fn = sum(1 for t, g in items if not t and g)
    tn = sum(1 for t, g in items if not t and not g)
    n = len(items)
    return {
        "n": n, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "accuracy": ratio(tp + tn, n),
        "credited_precision": ratio(tp, tp + fp),
        "credited_recall": ratio(tp, tp + fn),
        "uncredited_precision": ratio(tn, tn + fn),
        "uncredited_recall": ratio(tn, tn + fp),
    }


def print_score(name, s):
    print("%-8s n=%d  accuracy %s (%d/%d)%s" % (
        name, s["n"], s["accuracy"], s["tp"] + s["tn"], s["n"],
        wilson(s["tp"] + s["tn"], s["n"])))
    print("         credited:     precision %s (%d/%d)  recall %s (%d/%d)%s" % (
        s["credited_precision"], s["tp"], s["tp"] + s["fp"],
        s["credited_recall"], s["tp"], s["tp"] + s["fn"],
        wilson(s["tp"], s["tp"] + s["fn"])))
    print("         not credited: precision %s (%d/%d)%s  recall %s (%d/%d)" % (
        s["uncredited_precision"], s["tn"], s["tn"] + s["fn"],
        wilson(s["tn"], s["tn"] + s["fn"]),
        s["uncredited_recall"], s["tn"], s["tn"] + s["fp"]))


def write_sheet(path, todo, seed):
    with open(path, "w", encoding="utf-8") as out:
        out.write("# Copy-credit judging sheet (seed %d, %d copies)\n\n" % (
            seed, len(todo)))
        out.write("Corpus text: do not commit this file.\n\n")
        for i, (corpus, c, docs, texts) in enumerate(todo, 1):
            s, k = docs.get(c["source"], {}), docs.get(c["copy"], {})
            out.write("## %d. %s  source %s -> copy %s\n\n" % (
                i, corpus, c["source"], c["copy"]))
            out.write("- finding %s, direction %s, containment %s\n" % (
                c["id"], c["direction"], c["containment"]))
            out.write("- source: outlet %s, published %s, title: %s\n" % (
                s.get("outlet"), s.get("published"), s.get("title")))
            out.write("- copy:   outlet %s, published %s, title: %s\n" % (
                k.get("outlet"), k.get("published"), k.get("title")))
            out.write("- TOOL: credited=%s credit=%r\n\n" % (
                str(c["credited"]).lower(), c.get("credit")))
            for who in ("source", "copy"):
                t = texts.get(c[who], b"").decode("utf-8", errors="replace")
                head, tail = edge_lines(t)
                out.write("%s text, first lines:\n\n" % who)
                for l in head:
                    out.write("> %s\n" % l)
                if tail:
                    out.write("\n%s text, last lines:\n\n" % who)
                    for l in tail:
                        out.write("> %s\n" % l)
                out.write("\n")
            out.write("copied passages (copy side):\n\n")
            ct = texts.get(c["copy"], b"")
            for sp in c["spans"][:4]:
                p = cut(ct, *sp["copy"]).replace("\n", " / ")
                if len(p) > 300:
                    p = p[:150] + " [...] " + p[-150:]
                out.write("- [%d,%d) %s\n" % (sp["copy"][0], sp["copy"][1], p))
            if len(c["spans"]) > 4:
                out.write("- (%d more)\n" % (len(c["spans"]) - 4))
            out.write("\nverdict line to fill:\n\n    %s\t%s\t%s\t%s\t?\t?\n\n" % (
                corpus, c["source"], c["copy"], str(c["credited"]).lower()))


def main():
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="See the module docstring for the full method.")
    ap.add_argument("--corpus", action="append", default=[],
                    help="NAME=PATH[:N]; N copies sampled (all: every one)")
    ap.add_argument("--report", action="append", default=[],
                    help="NAME=REPORT.json: a saved dedup report for NAME")
    ap.add_argument("--wirecheck", default=os.environ.get("WIRECHECK",
                                                          "wirecheck"))
    ap.add_argument("--flag", action="append", default=[],
                    help="extra flag passed to wirecheck dedup")
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--verdicts", default="")
    ap.add_argument("--sheet", default="")
    ap.add_argument("--json", default="")
    ap.add_argument("--as-false", action="append", default=[],
                    help="score verdicts whose reason class contains this "
                         "text as not credited (another reading of the "
                         "rules, e.g. --as-false=in-sentence)")
    ap.add_argument("--drop", action="append", default=[],
                    help="leave out verdicts whose reason class contains "
                         "this text (e.g. --drop=unverifiable)")
    args = ap.parse_args()
    if not args.corpus:
        ap.error("give at least one --corpus")

    reports = {}
    for r in args.report:
        name, _, path = r.partition("=")
        reports[name] = path

    verdicts = read_verdicts(args.verdicts)
    sampled = []      # (corpus, copy, docs, texts)
    print("seed %d; same_outlet copies are excluded before sampling" % args.seed)
    for spec in args.corpus:
        name, _, rest = spec.partition("=")
        path, n = rest, "30"
        if ":" in rest and rest.rsplit(":", 1)[1] and (
                rest.rsplit(":", 1)[1].isdigit() or rest.rsplit(":", 1)[1] == "all"):
            path, n = rest.rsplit(":", 1)
        if not name or not path:
            ap.error("bad --corpus %r" % spec)
        if name in reports:
            with open(reports[name], encoding="utf-8") as f:
                report = json.load(f)
        else:
            report = run_dedup(args.wirecheck, path, args.flag)
        texts = load_texts(report, read_lines(path))
        docs = {d["id"]: d for d in report["documents"]}
        copies = report.get("copies", [])
        cross = [c for c in copies if not c["same_outlet"]]
        # sanity: spans are in the reconstructed texts
        bad = 0
        for c in cross:
            for sp in c["spans"]:
                for who in ("source", "copy"):
                    b = texts.get(c[who])
                    if b is None or sp[who][1] > len(b):
                        bad += 1
        pool = sorted(cross, key=lambda c: c["id"])
        rng = random.Random("%d:%s" % (args.seed, name))
        rng.shuffle(pool)
        take = len(pool) if n == "all" else min(int(n), len(pool))
        pick = pool[:take]
        inferred_outlet = sum(1 for d in report["documents"]
                              if "outlet" in d.get("inferred", []))
        print("%s: %d documents (%d with outlet inferred, %d without outlet), "
              "%d copies, %d same_outlet excluded, %d cross-outlet "
              "(%d credited by the tool), sampled %d%s" % (
                  name, len(docs), inferred_outlet,
                  sum(1 for d in docs.values() if not d.get("outlet")),
                  len(copies), len(copies) - len(cross), len(cross),
                  sum(1 for c in cross if c["credited"]), take,
                  "; %d spans outside the text read back" % bad if bad else ""))
        for c in pick:
            sampled.append((name, c, docs, texts))

    results = collections.defaultdict(list)
    disagreements = []
    todo = []
    changed = 0
    dropped = rescored = 0
    for corpus, c, docs, texts in sampled:
        key = (corpus, c["source"], c["copy"])
        v = verdicts.get(key)
        if v is None or v.get("truth_credited", "?").strip() not in (
                "true", "false"):
            todo.append((corpus, c, docs, texts))
            continue
        if as_bool(v["tool_credited"]) != c["credited"]:
            changed += 1
        code = v.get("reason", "").split(":")[0].strip()
        if any(t in code for t in args.drop):
            dropped += 1
            continue
        tool, truth = c["credited"], as_bool(v["truth_credited"])
        if truth and any(t in code for t in args.as_false):
            truth = False
            rescored += 1
        results[corpus].append((tool, truth))
        results["pooled"].append((tool, truth))
        if tool != truth:
            cls = ("credit missed (%s)" % code if truth else
                   "credit taken wrongly (%s)" % (code or "?"))
            disagreements.append((cls, corpus, c, v))

    print()
    if args.drop or args.as_false:
        print("reading: dropped %d verdicts (%s), scored %d credited verdicts "
              "as not credited (%s)\n" % (
                  dropped, ",".join(args.drop) or "-", rescored,
                  ",".join(args.as_false) or "-"))
    figures = {}
    for name in [s.partition("=")[0] for s in args.corpus] + ["pooled"]:
        if results.get(name):
            figures[name] = score(results[name])
            print_score(name, figures[name])
    if changed:
        print("\nnote: %d verdict lines record another tool decision than "
              "this run (the tool changed since judging)" % changed)
    print("\ndisagreements: %d" % len(disagreements))
    by = collections.defaultdict(list)
    for cls, corpus, c, v in disagreements:
        by[cls].append((corpus, c, v))
    for cls in sorted(by):
        print("  %s (%d)" % (cls, len(by[cls])))
        for corpus, c, v in by[cls]:
            print("    %s %s -> %s tool=%s credit=%r truth=%s: %s" % (
                corpus, c["source"], c["copy"], str(c["credited"]).lower(),
                c.get("credit"), v["truth_credited"], v.get("reason", "")))
    if todo:
        print("\n%d sampled copies have no verdict%s" % (
            len(todo), "; judging sheet: " + args.sheet if args.sheet else
            " (give --sheet=FILE to write a judging sheet)"))
        if args.sheet:
            write_sheet(args.sheet, todo, args.seed)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"seed": args.seed, "figures": figures,
                       "unjudged": len(todo),
                       "disagreements": [
                           {"class": cls, "corpus": corpus,
                            "source": c["source"], "copy": c["copy"],
                            "tool_credit": c.get("credit"),
                            "reason": v.get("reason", "")}
                           for cls, corpus, c, v in disagreements]},
                      f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
