#!/usr/bin/python3
"""The `wirecheck` Python package against the `wirecheck` command.

Runs from Bazel's runfiles: the package is //python:wirecheck (on
PYTHONPATH from the runfiles' python/ folder), the command //cli:wirecheck,
the articles testdata/samples (five real scrapes) and testdata/demo (their
re-publications: copies, a partial copy, conflicting figures).
"""

import json
import os
import struct
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))  # The runfiles' workspace.
sys.path.insert(0, os.path.join(ROOT, "python"))
sys.path.insert(0, HERE)

import junit  # noqa: E402
import wirecheck  # noqa: E402

WIRECHECK = os.path.join(ROOT, "cli", "wirecheck")
INPUTS = ["testdata/samples", "testdata/demo"]
DEMO = "testdata/demo/republished.jsonl"


def cli_json(*args):
  run = subprocess.run([WIRECHECK, *args, "--format=json", *INPUTS],
                       cwd=ROOT, capture_output=True, timeout=120)
  if run.returncode != 0:
    raise AssertionError(f"wirecheck {args} exited {run.returncode}: "
                         f"{run.stderr.decode()}")
  return json.loads(run.stdout)


def demo_dicts():
  with open(os.path.join(ROOT, DEMO), encoding="utf-8") as f:
    return [json.loads(line) for line in f if line.strip()]


class PackageTest(unittest.TestCase):

  @classmethod
  def setUpClass(cls):
    os.chdir(ROOT)
    cls.batch = wirecheck.read(INPUTS)

  def test_find_copies_is_the_commands_dedup_report(self):
    report = wirecheck.find_copies(self.batch)
    self.assertGreater(len(report["copies"]), 0)
    self.assertEqual(report, cli_json("dedup"))

  def test_compare_is_the_commands_check_report(self):
    report = wirecheck.compare(self.batch, threads=2)
    self.assertGreater(len(report["discrepancies"]), 0)
    self.assertEqual(report, cli_json("check", "--show=claims"))

  def test_options_reach_the_library(self):
    strict = wirecheck.find_copies(self.batch, threshold=1.0,
                                   min_passage=1000)
    self.assertEqual(strict["parameters"]["dedup"]["threshold"], 1.0)
    self.assertEqual(strict["parameters"]["dedup"]["min_passage"], 1000)
    self.assertLess(len(strict["copies"]),
                    len(wirecheck.find_copies(self.batch)["copies"]))

  def test_dicts_jsonl_and_paths_read_alike(self):
    dicts = demo_dicts()
    with open(DEMO, "rb") as f:
      from_jsonl = wirecheck.read_jsonl(f.read(), DEMO)
    from_path = wirecheck.read(DEMO)
    from_dicts = wirecheck.read(dicts)
    self.assertEqual(len(from_dicts), len(dicts))
    ours = wirecheck.articles(from_dicts)
    self.assertEqual([a["id"] for a in ours], [d["id"] for d in dicts])
    self.assertEqual(ours[0]["text"], dicts[0]["text"])
    self.assertEqual(ours[0]["outlet"], dicts[0]["outlet"])
    strip = lambda r: [{k: v for k, v in c.items()} for c in r["copies"]]
    self.assertEqual(strip(wirecheck.find_copies(from_jsonl)),
                     strip(wirecheck.find_copies(from_path)))
    self.assertEqual(strip(wirecheck.find_copies(from_dicts)),
                     strip(wirecheck.find_copies(from_path)))

  def test_extract_claims(self):
    claims = wirecheck.extract_claims(DEMO)
    self.assertGreater(len(claims), 10)
    kinds = {c["kind"] for c in claims}
    self.assertIn("date", kinds)
    text = {a["id"]: a["text"] for a in wirecheck.articles(DEMO)}
    for c in claims:
      raw = text[c["doc"]].encode("utf-8")[c["start"]:c["end"]]
      self.assertEqual(raw.decode("utf-8"), c["text"])

  def test_errors_are_exceptions_with_the_library_message(self):
    # The option table the CLI's flags use: the same names and messages.
    with self.assertRaises(wirecheck.Error) as e:
      wirecheck.find_copies(self.batch, threshold=2)
    self.assertEqual(str(e.exception),
                     "--threshold=2: expected a number in (0, 1]")
    with self.assertRaises(wirecheck.Error) as e:
      wirecheck.find_copies(self.batch, num_perm=4)
    self.assertEqual(str(e.exception),
                     "--num-perm=4: expected a whole number from 8 to 1024")
    with self.assertRaises(wirecheck.Error) as e:
      wirecheck.find_copies(self.batch, fold_diacritics="yes")
    self.assertEqual(str(e.exception),
                     "--fold-diacritics=yes: expected no value, true or false")
    # What the table lets through, the library still checks.
    with self.assertRaises(wirecheck.Error) as e:
      wirecheck.find_copies(self.batch, window_jaccard=1.0)
    self.assertEqual(str(e.exception), "window_jaccard must be in (0, 1)")
    with self.assertRaises(wirecheck.Error) as e:
      wirecheck.sketch(self.batch, bogus=1)
    self.assertEqual(str(e.exception), "unknown option: bogus")
    with self.assertRaises(wirecheck.Error) as e:
      wirecheck.find_copies_against(self.batch, [b"not a signature"])
    self.assertEqual(str(e.exception), "not a wirecheck signature")
    with self.assertRaises(TypeError):
      wirecheck.read([1, 2])

  def test_claim_side_steps_raise_library_errors(self):
    # The distributed run's claim steps (wirecheck/dask.py --claims) fail
    # with the library's messages too.
    from wirecheck import _wirecheck
    time = struct.pack("<8q", 5, 2024, 6, 1, 0, 0, 0, 1)
    member = (b"a", b"", time, b"text", b"not an extraction", b"", b"", b"")
    no_pairs = (b"", b"", b"", b"")
    with self.assertRaises(wirecheck.Error) as e:
      _wirecheck.compare_events([0], [member], [0], no_pairs, [], [], 1, {})
    self.assertRegex(str(e.exception),
                     r"^stored claims have no header of layout \d+$")
    with self.assertRaises(wirecheck.Error) as e:
      _wirecheck.compare_events([0], [member], [0], no_pairs, [], [], 1,
                                {"min_confidence": 2})
    self.assertEqual(str(e.exception),
                     "--min-confidence=2: expected a number in (0, 1]")
    past = (struct.pack("<I", 0), struct.pack("<I", 5), struct.pack("<d", .5),
            b"\x01")
    with self.assertRaises(wirecheck.Error) as e:
      _wirecheck.form_events(2, past, no_pairs, {})
    self.assertEqual(str(e.exception), "a pair names an article past the batch")

  def test_signatures_are_versioned_and_the_same_in_another_process(self):
    sigs = wirecheck.sketch(self.batch)
    self.assertEqual(len(sigs), len(self.batch))
    self.assertEqual(wirecheck.SIGNATURE_VERSION, 1)
    for s in sigs:
      self.assertIsInstance(s, bytes)
      self.assertEqual(s[:6], b"WCSG\x01\x00")
    code = ("import sys, wirecheck; sys.stdout.buffer.write(b''.join("
            "wirecheck.sketch(wirecheck.read(sys.argv[1:]))))")
    other = subprocess.run(
        [sys.executable, "-c", code, *INPUTS], capture_output=True,
        env=dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python")),
        timeout=120, check=True).stdout
    self.assertEqual(other, b"".join(sigs))
    self.assertNotEqual(wirecheck.sketch(self.batch, seed=2), sigs)

  def test_copies_found_against_signatures(self):
    dicts = demo_dicts()
    # The demo's first article re-publishes a sample whole.
    source_sigs = wirecheck.sketch("testdata/samples")
    source_ids = [a["id"] for a in wirecheck.articles("testdata/samples")]
    matches = wirecheck.find_copies_against(dicts, source_sigs)
    copies = wirecheck.find_copies(self.batch)["copies"]
    demo_ids = {d["id"] for d in dicts}
    expected = {frozenset((c["copy"], c["source"])) for c in copies
                if {c["copy"], c["source"]} & demo_ids
                and {c["copy"], c["source"]} & set(source_ids)
                and c["containment"] > 0.9}
    found = {frozenset((m["article"], source_ids[m["signature"]]))
             for m in matches}
    self.assertTrue(expected)
    self.assertLessEqual(expected, found)
    self.assertTrue(all(m["windows"] > 0 for m in matches))


if __name__ == "__main__":
  sys.exit(junit.main("PackageTest"))
