#!/usr/bin/env python3
"""Labelling aid for compare's recall and precision sets.

Prints articles of a corpus as wirecheck reads them (Article::text: the lead
field, a blank line, then the text, unless the text already starts with the
lead), and turns a quoted string into UTF-8 byte offsets into that text, which
is what the verdict and recall files key on.

  label_tool.py CORPUS.jsonl clusters                 # cluster ids, sizes, names
  label_tool.py CORPUS.jsonl show CLUSTER_ID          # every article of a cluster
  label_tool.py CORPUS.jsonl doc DOC_ID               # one article
  label_tool.py CORPUS.jsonl find DOC_ID 'quote'      # byte offsets of the quote
  label_tool.py CORPUS.jsonl span DOC_ID START END    # the text of a byte span
"""
import json
import sys

ID_FIELDS = ("id", "doc_id", "uuid", "newid", "file")
LEAD_FIELDS = ("sapo", "lead", "summary", "description")
TEXT_FIELDS = ("text", "content", "body")


def first(rec, names):
    for n in names:
        v = rec.get(n)
        if isinstance(v, (str, int)) and str(v).strip():
            return str(v)
    return None


def article_text(rec):
    text = first(rec, TEXT_FIELDS) or ""
    lead = first(rec, LEAD_FIELDS)
    if lead:
        lead = lead.strip(" \t\n\r\f\v")
        if not text.startswith(lead):
            text = lead + "\n\n" + text
    return text


def load(path):
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                rec = json.loads(line)
                rec["_id"] = first(rec, ID_FIELDS)
                rec["_text"] = article_text(rec)
                docs.append(rec)
    return docs


def show(rec):
    print("=" * 78)
    print("doc %s  cluster %s  outlet %s  published %s" % (
        rec["_id"], rec.get("cluster_id"), rec.get("outlet") or rec.get("source"),
        rec.get("published") or rec.get("date")))
    print("title:", rec.get("title"))
    print("-" * 78)
    print(rec["_text"])


def main():
    path, cmd = sys.argv[1], sys.argv[2]
    docs = load(path)
    by_id = {d["_id"]: d for d in docs}
    if cmd == "clusters":
        seen = {}
        for d in docs:
            seen.setdefault(d.get("cluster_id"), []).append(d)
        for c, ds in seen.items():
            print(c, len(ds), ds[0].get("cluster_name") or ds[0].get("title"))
    elif cmd == "show":
        for d in docs:
            if d.get("cluster_id") == sys.argv[3]:
                show(d)
    elif cmd == "doc":
        show(by_id[sys.argv[3]])
    elif cmd == "find":
        text = by_id[sys.argv[3]]["_text"].encode("utf-8")
        quote = sys.argv[4].encode("utf-8")
        start = text.find(quote)
        if start < 0:
            sys.exit("not found")
        while start >= 0:
            print(start, start + len(quote))
            start = text.find(quote, start + 1)
    elif cmd == "span":
        text = by_id[sys.argv[3]]["_text"].encode("utf-8")
        print(text[int(sys.argv[4]):int(sys.argv[5])].decode("utf-8", "replace"))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
