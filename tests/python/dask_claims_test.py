#!/usr/bin/python3
"""Conflicting claims on Dask equal the single-machine command, exactly.

Starts a real `dask-scheduler` and two `dask-worker` processes (one thread
each) on localhost, writes a corpus of about 2,700 articles in two JSONL
files, runs `python3 -m wirecheck.dask --claims` with shards small enough
that each file is cut several times, and compares DIR/conflicts.json with
`wirecheck compare --format=json` on the same files.

The corpus is generated here (seeded): Vietnamese-like filler words around
sentences that compare reads as claims (deaths in an attack, people at a
ceremony, troops sent, an investment, a meeting's date). Events are told
by three to seven outlets that share the event's words, some with a
figure changed (conflicts found by profile similarity alone); a few events
are told by more articles than an event may hold (max_event_size), so
events are joined strongest pair first; copies of a report with one
figure changed in place (conflicts found through dedup's copies); index
figures whose clause recurs with four values across the batch but rarely
in one shard (templates, which only the batch-wide template pass
silences); follow-ups three weeks later with other figures (outside the
time window); lone articles; times missing on some articles; a blank and a
malformed line. Every figure the report quotes depends on the batch-wide
steps: idf weights enter the similarities it prints, templates and events
decide which pairs exist.
Checked when written (2,070 discrepancies, 130 candidates hidden): with no
template clauses given to the event tasks the run reports 4,181, and with
each shard's own term frequencies instead of the batch's 2,100, of which
2,046 are not the command's; either way this test fails.
"""

import json
import os
import random
import subprocess
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import junit  # noqa: E402
from dask_test import PYTHON, WIRECHECK, Cluster, vocabulary  # noqa: E402

PLACES = ["Hà Nội", "Đà Nẵng", "Quảng Ninh", "Nghệ An", "Cần Thơ", "Huế",
          "Kiev", "Bình Nhưỡng", "Quảng Bình", "Lào Cai", "Hải Phòng",
          "Thanh Hóa", "Bắc Giang", "Kon Tum", "Sóc Trăng"]
# Sentences compare reads as claims; {n} is a count, {d} a day of June,
# {w} two of the event's own words (without them every event's clause
# would be one template).
FACTS = [
    "Vụ tấn công {w} ở {p} làm {n} người chết.",
    "Theo KCNA, {n} người đã tham dự buổi lễ {w} tại {p}.",
    "Đoàn {w} gồm {n} binh lính đã tới {p}.",
    "Dự án {w} tại {p} có tổng vốn đầu tư {n} tỷ đồng.",
    "Hai bên hội đàm về {w} tại {p} ngày {d}/6.",
]


def changed(rng, n):
  """Another figure, far enough from `n` not to be a rounding."""
  return n + rng.randint(max(3, n // 4), max(4, n))


def fact(template, words, place, n, d):
  return template.format(w=words, p=place, n=n, d=d)


class Corpus:
  """The generator: one instance, seeded, writes one corpus."""

  def __init__(self, seed):
    self.rng = random.Random(seed)
    self.words = vocabulary(self.rng, 3000)
    self.outlets = [f"bao{i}.example.vn" for i in range(24)]
    self.articles = []

  def filler(self, topic, k):
    rng = self.rng
    out = []
    for _ in range(k):
      s = [rng.choice(topic) if rng.random() < 0.6 else rng.choice(self.words)
           for _ in range(rng.randint(10, 20))]
      out.append(" ".join(s)[:1].upper() + " ".join(s)[1:] + ".")
    return " ".join(out)

  def add(self, text, title, day, hour=None):
    rng = self.rng
    i = len(self.articles)
    a = {"id": f"c{i:05d}", "url": f"https://x.example.vn/{i}.html",
         "outlet": rng.choice(self.outlets), "title": title, "text": text}
    if rng.random() < 0.08:
      del a["id"]  # Inferred from file and line.
    if rng.random() > 0.07:
      hour = rng.randint(0, 23) if hour is None else hour
      a["published"] = f"2024-06-{day:02d}T{hour:02d}:30:00+07:00"
    self.articles.append(a)
    return a

  def event(self, reports, day, family=None):
    """An event told by `reports` articles; `family`: an index clause
    (words, value) that this event's reports state, two values between
    them."""
    rng = self.rng
    topic = [rng.choice(self.words) for _ in range(14)]
    place = rng.choice(PLACES)
    words = " ".join(topic[:2])
    facts = [(t, rng.randint(12, 900), rng.randint(1, 28))
             for t in rng.sample(FACTS, rng.randint(2, 3))]
    told = []
    for r in range(reports):
      lines = [self.filler(topic, rng.randint(2, 4)) for _ in range(3)]
      for template, n, d in facts:
        if rng.random() < 0.18:
          n, d = changed(rng, n), 1 + (d + rng.randint(1, 5)) % 28
        lines.insert(rng.randint(0, len(lines)),
                     fact(template, words, place, n, d))
      if family is not None:
        words, values = family
        lines.insert(1, f"Chỉ số {words} đứng ở mức {values[r % 2]} điểm.")
      title = " ".join(rng.sample(topic, 6))
      told.append(self.add("\n\n".join(lines), title, day))
    return words, place, facts, told

  def generate(self):
    rng = self.rng
    families = [(" ".join(rng.choice(self.words) for _ in range(3)),
                 rng.sample(range(300, 1500), 4)) for _ in range(30)]
    stories = []
    for e in range(300):
      family = None
      if e < 60:  # Each family in two events, two values in each.
        words, values = families[e // 2]
        family = (words, values[2 * (e % 2):2 * (e % 2) + 2])
      stories.append(self.event(rng.randint(3, 7), 1 + e % 9, family))
    for e in range(8):  # More reports than an event may hold.
      self.event(rng.randint(42, 50), 10 + e % 3)
    for _ in range(150):  # A report copied with one figure changed.
      _, _, facts, told = rng.choice(stories)
      source = rng.choice(told)
      text = source["text"]
      for template, n, d in facts:
        if str(n) in text and rng.random() < 0.7:
          text = text.replace(f" {n} ", f" {changed(rng, n)} ", 1)
          break
      self.add(text, source["title"], int(source.get("published",
                                                     "2024-06-09")[8:10]))
    for _ in range(40):  # Editions of a recurring story, titles dated apart.
      words, _, facts, told = rng.choice(stories)
      text = rng.choice(told)["text"]
      first = rng.randint(1, 10)
      later = first + rng.randint(5, 15)
      self.add(text, f"Bản tin {words} ngày {first}/6", first)
      for _, n, _ in facts:
        if f" {n} " in text:
          text = text.replace(f" {n} ", f" {changed(rng, n)} ", 1)
          break
      self.add(text, f"Bản tin {words} ngày {later}/6", later)
    for _ in range(100):  # The same story three weeks on, other figures.
      words, place, facts, _ = rng.choice(stories)
      topic = words.split() + [rng.choice(self.words) for _ in range(6)]
      lines = [self.filler(topic, 3)] + [
          fact(t, words, place, changed(rng, n), d) for t, n, d in facts]
      self.add("\n\n".join(lines), " ".join(rng.sample(topic, 6)), 28)
    for _ in range(600):  # Lone articles.
      topic = [rng.choice(self.words) for _ in range(14)]
      lines = [self.filler(topic, 3),
               fact(rng.choice(FACTS), " ".join(topic[:2]),
                    rng.choice(PLACES), rng.randint(12, 900),
                    rng.randint(1, 28))]
      self.add("\n\n".join(lines), " ".join(rng.sample(topic, 6)),
               rng.randint(1, 27))
    rng.shuffle(self.articles)
    return self.articles


def write_jsonl(path, articles):
  with open(path, "w", encoding="utf-8") as f:
    for i, a in enumerate(articles):
      f.write(json.dumps(a, ensure_ascii=False) + "\n")
      if i == 500:
        f.write("\n{\"text\": broken\n")  # A blank and a malformed line.


class DaskClaimsTest(unittest.TestCase):

  @classmethod
  def setUpClass(cls):
    cls.work = os.environ.get("TEST_TMPDIR") or "/tmp/wirecheck-dask-claims"
    os.makedirs(cls.work, exist_ok=True)
    articles = Corpus(20261202).generate()
    cls.articles = len(articles)
    cls.inputs = [os.path.join(cls.work, "claims_a.jsonl"),
                  os.path.join(cls.work, "claims_b.jsonl")]
    write_jsonl(cls.inputs[0], articles[:1400])
    write_jsonl(cls.inputs[1], articles[1400:])
    cls.cluster = Cluster(cls.work)
    cli = subprocess.run([WIRECHECK, "compare", "--format=json", *cls.inputs],
                         capture_output=True, timeout=600)
    assert cli.returncode == 0, cli.stderr.decode()
    cls.expected = json.loads(cli.stdout)
    out = os.path.join(cls.work, "out")
    started = time.monotonic()
    run = subprocess.run(
        [PYTHON, "-m", "wirecheck.dask", cls.cluster.address, *cls.inputs,
         "--out", out, "--shard-mb", "0.4", "--claims"],
        env=cls.cluster.env, capture_output=True, timeout=900)
    cls.seconds = time.monotonic() - started
    cls.log = run.stderr.decode()
    print(cls.log)
    assert run.returncode == 0, cls.log
    with open(os.path.join(out, "conflicts.json"), encoding="utf-8") as f:
      cls.report = json.load(f)
    with open(os.path.join(out, "copies.json"), encoding="utf-8") as f:
      cls.copies = json.load(f)

  @classmethod
  def tearDownClass(cls):
    cls.cluster.close()

  def test_corpus_is_a_few_thousand_articles_in_several_shards(self):
    self.assertGreater(self.articles, 2000)
    shards = int(self.log.split(" shards of ")[0].split()[-1])
    self.assertGreaterEqual(shards, 6)

  def test_discrepancies_equal_the_commands(self):
    self.assertGreater(len(self.expected["discrepancies"]), 1000)
    self.assertEqual(len(self.report["discrepancies"]),
                     len(self.expected["discrepancies"]))
    self.assertEqual(self.report["discrepancies"],
                     self.expected["discrepancies"])

  def test_both_kinds_of_evidence_are_exercised(self):
    found = self.expected["discrepancies"]
    in_copies = [d for d in found if d["evidence"]["changed_in_copy"]]
    by_similarity = [d for d in found if not d["evidence"]["changed_in_copy"]
                     and d["evidence"]["event_similarity"] < 1]
    self.assertGreater(len(in_copies), 30)
    self.assertGreater(len(by_similarity), 100)
    self.assertGreater(len({d["kind"] for d in found}), 1)

  def test_template_figures_are_not_conflicts(self):
    # The index clause recurs with four values over the batch: a template.
    for d in self.report["discrepancies"]:
      self.assertNotIn("đứng ở mức", d["a"]["text"] + d["b"]["text"])

  def test_hidden_candidates_equal_the_commands(self):
    self.assertEqual(self.report["candidates_hidden"],
                     self.expected["candidates_hidden"])

  def test_documents_parameters_and_diagnostics_equal_the_commands(self):
    for key in ("schema", "tool", "parameters", "documents", "diagnostics"):
      self.assertEqual(self.report[key], self.expected[key], key)
    self.assertIn("compare", self.report["parameters"])
    self.assertGreater(len(self.report["diagnostics"]), 0)
    self.assertEqual(set(self.report), set(self.expected))

  def test_copies_are_written_too(self):
    self.assertGreater(len(self.copies["copies"]), 100)

  def test_min_confidence_needs_claims(self):
    run = subprocess.run(
        [PYTHON, "-m", "wirecheck.dask", self.cluster.address,
         *self.inputs, "--out", os.path.join(self.work, "none"),
         "--min-confidence", "0.9"], env=self.cluster.env,
        capture_output=True, timeout=120)
    self.assertEqual(run.returncode, 2)
    self.assertIn("--min-confidence does nothing without --claims",
                  run.stderr.decode())


if __name__ == "__main__":
  sys.exit(junit.main("DaskClaimsTest"))
