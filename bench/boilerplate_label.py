#!/usr/bin/env python3
"""Labelling aid for testdata/normalise/boilerplate_spans.tsv.

Shows an article as wirecheck reads it (Article::text: the lead field, a blank
line, then the text, unless the text already starts with the lead), one line
per row with its 1-based number and the UTF-8 byte span of its trimmed
content, and turns the line numbers a labeller chose into the byte spans and
text hash that the label file stores. It never runs the classifier, so the
labeller does not see its verdicts.

  boilerplate_label.py show CORPORA SOURCE ID         # numbered lines, spans
  boilerplate_label.py row SPLIT CORPORA SOURCE ID LINES SHAPE
                                                      # a label row: LINES is
                                                      # "1,3-5" or "all"
  boilerplate_label.py show-file FILE                 # the same for a text
  boilerplate_label.py row-file SPLIT FILE SOURCE LINES SHAPE
                                                      # file (an HTML page's
                                                      # extracted text)
"""
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from boilerplate_pick import ID_FIELDS, article_text, first, open_corpus  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402

SPACE = b" \t\r\f\v"
NBSP = b"\xc2\xa0"


def fnv1a64(data):
    h = 0xcbf29ce484222325
    for c in data:
        h ^= c
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


def trimmed_lines(data):
    """(number, begin, end) of every line's trimmed content, blank included."""
    out, start = [], 0
    for number, raw in enumerate(data.split(b"\n"), 1):
        b, e = start, start + len(raw)
        while b < e and (data[b:b + 1] in SPACE or data[b:b + 2] == NBSP):
            b += 2 if data[b:b + 2] == NBSP else 1
        while e > b and (data[e - 1:e] in SPACE or data[e - 2:e] == NBSP):
            e -= 2 if data[e - 2:e] == NBSP else 1
        out.append((number, b, e))
        start += len(raw) + 1
    return out


def parse_lines(spec, count):
    if spec == "all":
        return set(range(1, count + 1))
    chosen = set()
    for part in spec.split(","):
        a, _, b = part.partition("-")
        chosen.update(range(int(a), int(b or a) + 1))
    return chosen


def corpus_text(corpora, source, doc_id):
    with open_corpus(os.path.join(corpora, source)) as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                if first(rec, ID_FIELDS) == doc_id:
                    return article_text(rec).encode("utf-8")
    sys.exit("no article %s in %s" % (doc_id, source))


def show(data):
    print("fnv1a64 %s, %d bytes" % (fnv1a64(data), len(data)))
    for number, b, e in trimmed_lines(data):
        if e > b:
            print("%3d [%d,%d) %s" % (number, b, e, data[b:e].decode()))


def merged_spans(data, lines, chosen):
    """Spans of the chosen lines; two spans with only whitespace between
    them become one (scoring counts non-whitespace bytes only)."""
    spans = []
    for n, b, e in lines:
        if n not in chosen or e == b:
            continue
        if spans and not data[spans[-1][1]:b].strip():
            spans[-1][1] = e
        else:
            spans.append([b, e])
    return spans


def row(split, data, source, doc_id, spec, shape):
    lines = trimmed_lines(data)
    chosen = parse_lines(spec, len(lines))
    spans = ["%d-%d" % (b, e) for b, e in merged_spans(data, lines, chosen)]
    print("\t".join([split, source, doc_id, fnv1a64(data),
                     ",".join(spans) or "none", shape]))


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "show":
        show(corpus_text(*args))
    elif cmd == "row":
        split, corpora, source, doc_id, spec, shape = args
        row(split, corpus_text(corpora, source, doc_id), source, doc_id, spec,
            shape)
    elif cmd == "show-file":
        show(open(args[0], "rb").read())
    elif cmd == "row-file":
        split, path, source, spec, shape = args
        row(split, open(path, "rb").read(), source, "-", spec, shape)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
