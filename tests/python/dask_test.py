#!/usr/bin/python3
"""Copy detection on Dask equals the single-machine command, exactly.

Starts a real `dask-scheduler` and two `dask-worker` processes (one thread
each) on localhost, writes a corpus of 3,187 articles in two JSONL files,
runs `python3 -m wirecheck.dask` with shards small enough that each file is
cut several times, and compares its report with `wirecheck dedup
--format=json` on the same files.

The corpus is generated here (seeded): Vietnamese-like syllables, 20
outlets each with a menu line, a footer and a short line inside the story
that repeat across their articles (the last is boilerplate only by the
batch-wide line counts), stories in more than 100 articles and a
paragraph in 110 different ones (too frequent to make candidates, by the
batch-wide document frequencies), whole copies
with and without a credit line, lightly edited copies, partial copies (one
or two paragraphs in new text), times with and without zones and missing
ones, ids missing on some lines (inferred from file and line, so shards
must number lines as the whole file does), blank and malformed lines.
Checked when written: with each shard's own line counts instead of the
batch's, or with no frequency table, the run reports 2,957 and 7,258
copies instead of 1,263, and this test fails.
"""

import json
import os
import random
import socket
import subprocess
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PYTHONPATH = os.path.join(ROOT, "python")
sys.path.insert(0, PYTHONPATH)
sys.path.insert(0, HERE)

import junit  # noqa: E402

WIRECHECK = os.path.join(ROOT, "cli", "wirecheck")
PYTHON = "/usr/bin/python3"
ONSETS = ["b", "c", "ch", "d", "đ", "g", "h", "k", "kh", "l", "m", "n", "ng",
          "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"]
RHYMES = ["a", "ai", "an", "ang", "anh", "ao", "âm", "ân", "ăn", "e", "em",
          "ên", "i", "inh", "o", "oa", "oan", "ông", "ơi", "u", "uân", "ương",
          "ưa", "y"]
TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]


def vocabulary(rng, n):
  words = set()
  while len(words) < n:
    r = rng.choice(RHYMES)
    words.add(rng.choice(ONSETS) + r[0] + rng.choice(TONES) + r[1:])
  return sorted(words)


def sentence(rng, words):
  n = rng.randint(8, 22)
  s = [rng.choice(words) for _ in range(n)]
  if rng.random() < 0.3:
    s.insert(rng.randint(0, n), f"{rng.randint(2, 999)},{rng.randint(1, 9)} "
             f"tỷ đồng")
  s[0] = s[0][:1].upper() + s[0][1:]
  return " ".join(s) + "."


def paragraphs(rng, words, k):
  return [" ".join(sentence(rng, words) for _ in range(rng.randint(2, 5)))
          for _ in range(k)]


def published(rng):
  r = rng.random()
  day, hour = rng.randint(1, 28), rng.randint(0, 23)
  if r < 0.1:
    return None
  if r < 0.2:
    return f"2024-{rng.randint(1, 12):02d}-{day:02d}"
  return f"2024-{rng.randint(1, 12):02d}-{day:02d}T{hour:02d}:15:00+07:00"


def make_corpus(seed, originals=1500, whole=500, edited=250, partial=250,
                viral=5):
  rng = random.Random(seed)
  words = vocabulary(rng, 3000)
  outlets = [f"bao{i}.example.vn" for i in range(20)]
  menu = {o: f"Trang chủ | Thời sự | Kinh tế | {o}" for o in outlets}
  footer = {o: f"Theo dõi {o} trên mạng xã hội để đọc thêm tin mới"
            for o in outlets}
  # A short line inside the story that only its repetition across the
  # outlet's articles marks as boilerplate.
  slogan = {o: " ".join(rng.choice(words) for _ in range(5)) for o in outlets}

  def article(i, outlet, body, credit=None):
    text = "\n\n".join([menu[outlet], body[0], slogan[outlet], *body[1:], *(
        [credit] if credit else []), footer[outlet]])
    a = {"url": f"https://{outlet}/tin/{i}.html", "outlet": outlet,
         "title": sentence(rng, words)[:60], "text": text}
    if rng.random() > 0.1:
      a["id"] = f"a{i:05d}"
    when = published(rng)
    if when:
      a["published"] = when
    return a

  bodies, out = [], []
  for i in range(originals):
    body = paragraphs(rng, words, rng.randint(3, 8))
    bodies.append((rng.choice(outlets), body))
    out.append(article(i, bodies[-1][0], body))
  for i in range(whole):
    outlet, body = rng.choice(bodies)
    credit = f"Theo {outlet}" if rng.random() < 0.5 else None
    out.append(article(len(out), rng.choice(outlets), body, credit))
  for i in range(edited):
    _, body = rng.choice(bodies)
    edit = [" ".join(w if rng.random() > 0.04 else rng.choice(words)
                     for w in p.split(" ")) for p in body]
    out.append(article(len(out), rng.choice(outlets), edit))
  for i in range(partial):
    _, body = rng.choice(bodies)
    taken = body[:rng.randint(1, 2)]
    new = paragraphs(rng, words, 3)
    out.append(article(len(out), rng.choice(outlets), new[:2] + taken +
                       new[2:]))
  # Stories in more than max_df (100) articles: their shingles are too
  # frequent to make candidates, so only batch-wide counts leave them out.
  for i in range(viral):
    outlet, body = rng.choice(bodies)
    for _ in range(rng.randint(102, 125)):
      out.append(article(len(out), rng.choice(outlets), body))
  # One paragraph in 110 otherwise different stories (a notice every outlet
  # printed): shared by too many documents to make candidates, so the
  # batch-wide frequencies, not a shard's, keep those pairs out.
  notice = " ".join(sentence(rng, words) for _ in range(4))
  for _ in range(110):
    body = paragraphs(rng, words, 4)
    out.append(article(len(out), rng.choice(outlets),
                       body[:2] + [notice] + body[2:]))
  rng.shuffle(out)
  return out


def write_jsonl(path, articles, rng):
  with open(path, "w", encoding="utf-8") as f:
    for i, a in enumerate(articles):
      f.write(json.dumps(a, ensure_ascii=False) + "\n")
      if i % 700 == 350:
        f.write("\n{\"text\": broken\n")  # A blank and a malformed line.


def free_port():
  with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    return s.getsockname()[1]


class Cluster:
  """A dask-scheduler and two dask-worker processes (one thread each) on
  localhost, logging to WORK/cluster.log, and a client connected to it."""

  def __init__(self, work):
    self.env = dict(os.environ, PYTHONPATH=PYTHONPATH, HOME=work,
                    DASK_DISTRIBUTED__WORKER__DAEMON="False")
    self.procs, self.client = [], None
    port = free_port()
    self.address = f"tcp://127.0.0.1:{port}"
    logs = open(os.path.join(work, "cluster.log"), "w")
    try:
      self._start(port, work, logs)
    except BaseException:
      self.close()
      raise

  def _start(self, port, work, logs):
    self.procs.append(subprocess.Popen(
        ["/usr/bin/dask-scheduler", "--host", "127.0.0.1", "--port",
         str(port), "--no-dashboard"], env=self.env, stdout=logs,
        stderr=logs))
    for i in range(2):
      self.procs.append(subprocess.Popen(
          ["/usr/bin/dask-worker", self.address, "--nworkers", "1",
           "--nthreads", "1", "--no-dashboard", "--memory-limit", "0",
           "--local-directory", os.path.join(work, f"worker{i}")],
          env=self.env, stdout=logs, stderr=logs))
    from distributed import Client
    self.client = Client(self.address, timeout=60)
    self.client.wait_for_workers(2, timeout=60)

  def close(self):
    if self.client is not None:
      self.client.close()
    for p in reversed(self.procs):
      p.terminate()
    for p in self.procs:
      try:
        p.wait(timeout=30)
      except subprocess.TimeoutExpired:
        p.kill()


class DaskTest(unittest.TestCase):

  @classmethod
  def setUpClass(cls):
    cls.work = os.environ.get("TEST_TMPDIR") or "/tmp/wirecheck-dask-test"
    os.makedirs(cls.work, exist_ok=True)
    articles = make_corpus(20261201)
    rng = random.Random(1)
    cls.inputs = [os.path.join(cls.work, "feed_a.jsonl"),
                  os.path.join(cls.work, "feed_b.jsonl")]
    write_jsonl(cls.inputs[0], articles[:1700], rng)
    write_jsonl(cls.inputs[1], articles[1700:], rng)
    cls.cluster = Cluster(cls.work)
    cls.env, cls.address = cls.cluster.env, cls.cluster.address
    cls.client = cls.cluster.client

    cli = subprocess.run([WIRECHECK, "dedup", "--format=json", *cls.inputs],
                         capture_output=True, timeout=300)
    assert cli.returncode == 0, cli.stderr.decode()
    cls.expected = json.loads(cli.stdout)
    out = os.path.join(cls.work, "out")
    started = time.monotonic()
    run = subprocess.run(
        [PYTHON, "-m", "wirecheck.dask", cls.address, *cls.inputs, "--out",
         out, "--shard-mb", "0.6"], env=cls.env, capture_output=True,
        timeout=600)
    cls.seconds = time.monotonic() - started
    cls.log = run.stderr.decode()
    print(cls.log)
    assert run.returncode == 0, cls.log
    with open(os.path.join(out, "copies.json"), encoding="utf-8") as f:
      cls.report = json.load(f)

  @classmethod
  def tearDownClass(cls):
    cls.cluster.close()

  def test_two_worker_processes(self):
    workers = self.client.scheduler_info()["workers"]
    self.assertEqual(len(workers), 2)
    pids = set(self.client.run(os.getpid).values())
    self.assertEqual(len(pids), 2)
    self.assertNotIn(os.getpid(), pids)

  def test_files_were_cut_into_several_shards(self):
    shards = int(self.log.split(" shards of ")[0].split()[-1])
    self.assertGreaterEqual(shards, 8)

  def test_copies_equal_the_commands(self):
    self.assertGreater(len(self.expected["copies"]), 1000)
    self.assertEqual(len(self.report["copies"]),
                     len(self.expected["copies"]))
    self.assertEqual(self.report["copies"], self.expected["copies"])

  def test_clusters_equal_the_commands(self):
    self.assertGreater(len(self.expected["clusters"]), 100)
    self.assertEqual(self.report["clusters"], self.expected["clusters"])

  def test_documents_and_parameters_equal_the_commands(self):
    for key in ("schema", "tool", "parameters", "documents"):
      self.assertEqual(self.report[key], self.expected[key], key)
    inferred = [d for d in self.report["documents"] if "id" in d["inferred"]]
    self.assertGreater(len(inferred), 100)

  def test_diagnostics_equal_the_commands(self):
    self.assertGreater(len(self.expected["diagnostics"]), 2)
    self.assertEqual(self.report["diagnostics"],
                     self.expected["diagnostics"])

  def test_no_conflicts_without_claims(self):
    self.assertFalse(os.path.exists(
        os.path.join(self.work, "out", "conflicts.json")))

  def test_missing_input_is_an_error(self):
    run = subprocess.run(
        [PYTHON, "-m", "wirecheck.dask", self.address,
         os.path.join(self.work, "missing.jsonl"), "--out",
         os.path.join(self.work, "none")], env=self.env,
        capture_output=True, timeout=120)
    self.assertEqual(run.returncode, 2)
    self.assertIn("not a file", run.stderr.decode())


if __name__ == "__main__":
  sys.exit(junit.main("DaskTest"))
