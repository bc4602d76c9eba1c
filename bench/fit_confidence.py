#!/usr/bin/env python3
"""Fits compare's ConfidenceWeights (compare/classify.h) to judged conflicts.

A conflict's confidence is a logistic model of the evidence wirecheck reports
with it (the "evidence" member of each discrepancy in --format=json). This
tool reads reports written with a low --min-confidence (so that weak
candidates are in them too) and verdict files (testdata/compare/verdicts/,
lines real|false, doc_a, start-end, doc_b, start-end, ...), fits an
L2-regularised logistic regression on the conflicts a verdict covers, and
prints the weights to paste into ConfidenceWeights, with the precision and
count reported at several thresholds (in-sample and by 5-fold
cross-validation, which is the honest one).

Fit only on verdicts of TUNING data; measure precision on a fresh judged
sample of other data (bench/compare_eval.py sample).

  wirecheck compare --format=json --min-confidence=0.01 CORPUS > R.json
  fit_confidence.py --report=R.json [--report=...] --verdicts=V.tsv [...]

Weights the data cannot fit (dated articles, cross-language pairs, relative
dates, when no judged conflict has them) are fixed by hand; see FIXED.
"""
import argparse
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import compare_eval  # noqa: E402  (verdict matching)

GROUP = {"number": 0, "duration": 0, "age": 0, "date": 1, "time": 1, "money": 2, "percent": 2,
         "rank": 3, "score": 3}
EVIDENCE = {"sole": 0, "framed": 1, "half-framed": 2, "unframed": 3}
NAMES = ["intercept", "group_date", "group_amount", "group_rank", "copied", "evidence_framed",
         "evidence_half", "evidence_unframed", "event", "frame", "local", "vague", "agreement",
         "apart", "scale_slip"]
# Not fitted: no judged conflict of the tuning data shows them.
FIXED = {"relative_date": -1.0, "cross_language": -0.5, "dated": 1.0, "digit_slip": 0.486}


def vague(side):
    v = side["value"]
    if "from" in v:
        return 0
    lo, hi = v["low"], v["high"]
    if lo is None or hi is None:
        return 1
    return 1 if hi > 1.3 * lo + 1 else 0


def features(d):
    e = d["evidence"]
    f = [1.0]
    group = [0.0] * 4
    group[GROUP[d["kind"]]] = 1.0
    f += group[1:]
    f.append(1.0 if e["changed_in_copy"] else 0.0)
    ev = [0.0] * 4
    ev[EVIDENCE[e["predicates"]]] = 1.0
    f += ev[1:]
    f += [e["event_similarity"], e["frame_similarity"], e["local_similarity"]]
    f.append(1.0 if vague(d["a"]) or vague(d["b"]) else 0.0)
    f.append(min(e["agreements"], 3) / 3.0)
    f.append(e["values_apart"])
    f.append(1.0 if e["scale_slip"] else 0.0)
    return f


def fit(xs, ys, lam, steps=4000, rate=0.05):
    w = [0.0] * len(NAMES)
    n = max(1, len(xs))
    for _ in range(steps):
        grad = [0.0] * len(w)
        for x, y in zip(xs, ys):
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))
            for k in range(len(w)):
                grad[k] += (p - y) * x[k] / n
        for k in range(1, len(w)):
            grad[k] += lam * w[k] / n
        w = [wk - rate * g for wk, g in zip(w, grad)]
    return w


def predict(w, x):
    return 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))


def table(ps, ys, title):
    print(title)
    for th in (0.3, 0.4, 0.5, 0.6, 0.7):
        sel = [y for p, y in zip(ps, ys) if p >= th]
        prec = sum(sel) / len(sel) if sel else float("nan")
        print("  >= %.1f: %3d reported, %3d real, precision %.3f" % (th, len(sel), sum(sel), prec))


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--report", action="append", required=True)
    p.add_argument("--verdicts", action="append", required=True)
    p.add_argument("--l2", type=float, default=1.0)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    verdicts = compare_eval.load_verdicts(args.verdicts)
    xs, ys = [], []
    for path in args.report:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        for d in report["discrepancies"]:
            if d["class"] != "conflict":
                continue
            v = compare_eval.verdict_for(d, verdicts)
            if v:
                xs.append(features(d))
                ys.append(1.0 if v[0] == "real" else 0.0)
    print("judged conflicts: %d, real: %d" % (len(xs), int(sum(ys))))
    w = fit(xs, ys, args.l2)
    for name, wk in zip(NAMES, w):
        print("  %-18s %+.3f" % (name, wk))
    table([predict(w, x) for x in xs], ys, "in-sample:")
    order = list(range(len(xs)))
    random.Random(args.seed).shuffle(order)
    ps = [0.0] * len(xs)
    for fold in range(5):
        test = set(order[fold::5])
        wf = fit([x for i, x in enumerate(xs) if i not in test],
                 [y for i, y in enumerate(ys) if i not in test], args.l2)
        for i in test:
            ps[i] = predict(wf, xs[i])
    table(ps, ys, "5-fold cross-validated:")
    print("ConfidenceWeights:")
    print("  intercept = %.3f;" % w[0])
    print("  group = {0.0, %.3f, %.3f, %.3f};" % (w[1], w[2], w[3]))
    print("  copied = %.3f;" % w[4])
    print("  evidence = {0.0, %.3f, %.3f, %.3f};" % (w[5], w[6], w[7]))
    print("  event = %.3f; frame = %.3f; local = %.3f;" % (w[8], w[9], w[10]))
    print("  vague = %.3f; agreement = %.3f;" % (w[11], w[12]))
    print("  apart = %.3f; scale_slip = %.3f;" % (w[13], w[14]))
    print("  fixed by hand: %s" % FIXED)


if __name__ == "__main__":
    main()
