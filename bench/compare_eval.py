#!/usr/bin/env python3
"""Measures `wirecheck compare` on real corpora: precision from judged random
samples, recall against hand-listed conflicts.

Precision. The tool runs compare over a corpus (or reads a report already
written with --format=json), draws a seeded random sample of the reported
conflicts (never the top of a sorted list) and scores the sample against a
verdicts file (testdata/compare/verdicts/*.tsv) keyed by document ids and byte
spans. Conflicts of the sample that no verdict covers are written to a
judging sheet with both sentences, for a person to judge by reading them in
their articles; their verdicts are then appended to the verdicts file. After
every change to compare, judge a FRESH sample (a new seed), so the figure is
not tuned to the conflicts already judged.

Recall. `recall` matches the reported conflicts against hand-listed ones
(testdata/compare/ktlab_recall/*.tsv): a listed conflict is found when one
reported conflict pairs the same two documents with spans overlapping one
listed mention on each side.

  compare_eval.py sample  --corpus=FILE.jsonl [--report=R.json] --seed=N --n=50
                          --verdicts=V.tsv [--verdicts=...] [--sheet=OUT.md] [--clusters]
  compare_eval.py recall  --corpus=FILE.jsonl [--report=R.json] --labels=DIR_OR_TSV
  compare_eval.py report  --corpus=FILE.jsonl --out=R.json [-- extra wirecheck flags]

Several corpora (KTLAB and BASIL judged together): repeat --corpus; a report
is then produced per corpus and the conflicts pooled before sampling.

Verdict lines (TSV): real|false, doc_a, start-end, doc_b, start-end, value_a,
value_b, reason. A verdict covers a reported conflict when the documents are
the same (either order) and each side's spans overlap.
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import label_tool  # noqa: E402  (Article::text as wirecheck reads it)

WIRECHECK = os.environ.get("WIRECHECK", os.path.join(ROOT, "bazel-bin/cli/wirecheck"))


def run_compare(corpus, extra):
    cmd = [WIRECHECK, "compare", "--format=json", "--quiet"] + extra + [corpus]
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if out.returncode not in (0, 1):
        sys.exit("wirecheck failed (%d): %s" % (out.returncode, out.stderr.decode()[-2000:]))
    return json.loads(out.stdout)


def load_report(corpus, report, extra):
    if report:
        with open(report, encoding="utf-8") as f:
            return json.load(f)
    return run_compare(corpus, extra)


def conflicts_of(report, corpus):
    out = []
    for d in report.get("discrepancies", []):
        if d["class"] != "conflict":
            continue
        d = dict(d)
        d["corpus"] = corpus
        out.append(d)
    return out


def parse_spans(field):
    spans = []
    for part in field.split(","):
        s, e = part.split("-")
        spans.append((int(s), int(e)))
    return spans


def overlaps(span, spans):
    return any(span[0] < e and s < span[1] for s, e in spans)


def side(d, key):
    return d[key]["doc"], (d[key]["start"], d[key]["end"])


def covers(doc_a, spans_a, doc_b, spans_b, d):
    (x, sx), (y, sy) = side(d, "a"), side(d, "b")
    if (x, y) == (doc_a, doc_b):
        return overlaps(sx, spans_a) and overlaps(sy, spans_b)
    if (x, y) == (doc_b, doc_a):
        return overlaps(sx, spans_b) and overlaps(sy, spans_a)
    return False


def load_verdicts(paths):
    """Verdicts of every file given (a directory: its *.tsv files)."""
    verdicts = []
    files = []
    for path in paths or []:
        if os.path.isdir(path):
            files += sorted(os.path.join(path, n) for n in os.listdir(path) if n.endswith(".tsv"))
        elif os.path.exists(path):
            files.append(path)
        else:
            sys.exit("%s: no such verdicts file" % path)
    for path in files:
        verdicts += load_verdict_file(path)
    return verdicts


def load_verdict_file(path):
    verdicts = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            p = line.split("\t")
            if len(p) < 5 or p[0] not in ("real", "false"):
                sys.exit("%s:%d: expected real|false, doc, span, doc, span" % (path, n))
            verdicts.append((p[0], p[1], parse_spans(p[2]), p[3], parse_spans(p[4]),
                             p[7] if len(p) > 7 else ""))
    return verdicts


def verdict_for(d, verdicts):
    for v in verdicts:
        if covers(v[1], v[2], v[3], v[4], d):
            return v
    return None


def sentence_of(docs, d, key):
    doc = docs[d[key]["doc"]]
    raw = doc["_text"].encode("utf-8")
    s, e = d[key]["sentence"]
    a, b = d[key]["start"], d[key]["end"]
    text = (raw[s:a] + b"[[" + raw[a:b] + b"]]" + raw[b:e]).decode("utf-8", "replace")
    return " ".join(text.split())


def doc_line(doc):
    return "%s | %s | %s | %s" % (doc["_id"], doc.get("outlet") or doc.get("source") or "-",
                                  doc.get("published") or doc.get("date") or "-",
                                  (doc.get("title") or "")[:100])


def write_sheet(path, sample, docs_by_corpus, seed):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Judging sheet, seed %d: %d conflicts to judge\n\n" % (seed, len(sample)))
        f.write("For each item read both sentences IN THEIR ARTICLES (bench/label_tool.py"
                " CORPUS doc ID) and append a verdict line to the verdicts file:\n"
                "real|false<TAB>doc_a<TAB>start-end<TAB>doc_b<TAB>start-end<TAB>value_a"
                "<TAB>value_b<TAB>reason\n\n")
        for i, d in enumerate(sample, 1):
            docs = docs_by_corpus[d["corpus"]]
            # No confidence on the sheet: the judge must not be led by it.
            f.write("## %d. %s (%s)\n" % (i, d["topic"], os.path.basename(d["corpus"])))
            f.write("key: %s\t%d-%d\t%s\t%d-%d\t%s\t%s\n" % (
                d["a"]["doc"], d["a"]["start"], d["a"]["end"], d["b"]["doc"],
                d["b"]["start"], d["b"]["end"], d["a"]["text"], d["b"]["text"]))
            f.write("A: %s\n   %s\n" % (doc_line(docs[d["a"]["doc"]]), sentence_of(docs, d, "a")))
            f.write("B: %s\n   %s\n\n" % (doc_line(docs[d["b"]["doc"]]), sentence_of(docs, d, "b")))


def load_docs(corpus):
    return {d["_id"]: d for d in label_tool.load(corpus)}


def cmd_sample(args):
    conflicts, docs_by_corpus = [], {}
    for i, corpus in enumerate(args.corpus):
        report = load_report(corpus, args.report[i] if args.report else None, args.extra)
        conflicts += conflicts_of(report, corpus)
        docs_by_corpus[corpus] = load_docs(corpus)
    # A stable order that does not depend on confidence, then a seeded draw.
    conflicts.sort(key=lambda d: (d["corpus"], d["a"]["doc"], d["a"]["start"],
                                  d["b"]["doc"], d["b"]["start"]))
    rng = random.Random(args.seed)
    sample = rng.sample(conflicts, min(args.n, len(conflicts)))
    verdicts = load_verdicts(args.verdicts)
    judged = collections.Counter()
    unjudged = []
    cross_cluster = 0
    for d in sample:
        v = verdict_for(d, verdicts)
        if v:
            judged[v[0]] += 1
        else:
            unjudged.append(d)
        docs = docs_by_corpus[d["corpus"]]
        ca = docs[d["a"]["doc"]].get("cluster_id") or docs[d["a"]["doc"]].get("triplet_uuid")
        cb = docs[d["b"]["doc"]].get("cluster_id") or docs[d["b"]["doc"]].get("triplet_uuid")
        cross_cluster += ca is not None and ca != cb
    n_judged = judged["real"] + judged["false"]
    print("conflicts reported: %d; sample: %d (seed %d)" % (len(conflicts), len(sample), args.seed))
    if args.clusters:
        print("sample conflicts pairing different labelled clusters: %d" % cross_cluster)
    if n_judged:
        print("judged: %d, real: %d, precision %.3f" % (n_judged, judged["real"],
                                                        judged["real"] / n_judged))
    print("unjudged: %d" % len(unjudged))
    if unjudged and args.sheet:
        write_sheet(args.sheet, unjudged, docs_by_corpus, args.seed)
        print("judging sheet: %s" % args.sheet)


def load_labels(path):
    files = [path]
    if os.path.isdir(path):
        files = sorted(os.path.join(path, f) for f in os.listdir(path) if f.endswith(".tsv"))
    labels, clusters = [], set()
    for p in files:
        with open(p, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                q = line.split("\t")
                if q[0] == "read":
                    clusters.add(q[1])
                elif q[0] == "conflict":
                    labels.append({"where": "%s:%d" % (os.path.basename(p), n), "cluster": q[1],
                                   "a": q[2], "sa": parse_spans(q[3]), "b": q[4],
                                   "sb": parse_spans(q[5]), "kind": q[6], "va": q[7],
                                   "vb": q[8], "note": q[9] if len(q) > 9 else ""})
    return labels, clusters


def cmd_recall(args):
    conflicts = []
    for i, corpus in enumerate(args.corpus):
        report = load_report(corpus, args.report[i] if args.report else None, args.extra)
        conflicts += conflicts_of(report, corpus)
    labels, clusters = load_labels(args.labels)
    found = 0
    by_kind = collections.defaultdict(lambda: [0, 0])
    for lab in labels:
        hit = any(covers(lab["a"], lab["sa"], lab["b"], lab["sb"], d) for d in conflicts)
        found += hit
        by_kind[lab["kind"]][0] += hit
        by_kind[lab["kind"]][1] += 1
        if args.verbose:
            print("%s %-8s %s: %s vs %s (%s)" % ("FOUND" if hit else "miss ", lab["kind"],
                                                lab["where"], lab["va"], lab["vb"], lab["note"]))
    print("clusters read: %d; conflicts listed: %d; found: %d; recall %.3f" % (
        len(clusters), len(labels), found, found / max(1, len(labels))))
    for k, (f, n) in sorted(by_kind.items()):
        print("  %-8s %d/%d" % (k, f, n))


def cmd_report(args):
    report = run_compare(args.corpus[0], args.extra)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False)
    print("%d discrepancies -> %s" % (len(report.get("discrepancies", [])), args.out))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", choices=["sample", "recall", "report"])
    p.add_argument("--corpus", action="append", required=True)
    p.add_argument("--report", action="append")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--n", type=int, default=50)
    p.add_argument("--verdicts", action="append",
                   help="verdicts file or directory; repeat for several")
    p.add_argument("--sheet")
    p.add_argument("--labels")
    p.add_argument("--out")
    p.add_argument("--clusters", action="store_true", help="count cross-cluster pairs")
    p.add_argument("--verbose", "-v", action="store_true")
    argv = sys.argv[1:]
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    if "--" in argv:
        argv = argv[:argv.index("--")]
    args = p.parse_args(argv)
    args.extra = extra  # flags passed to wirecheck, after "--"
    if args.report and len(args.report) != len(args.corpus):
        sys.exit("give one --report per --corpus")
    {"sample": cmd_sample, "recall": cmd_recall, "report": cmd_report}[args.command](args)


if __name__ == "__main__":
    main()
