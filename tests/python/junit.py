"""Runs a unittest module and writes one JUnit <testcase> per test to
$XML_OUTPUT_FILE, so scripts/test.sh counts the cases (not the target).

    if __name__ == "__main__":
      sys.exit(junit.main("PackageTest"))
"""

import os
import sys
import time
import unittest
from xml.sax.saxutils import quoteattr


class _Result(unittest.TextTestResult):

  def __init__(self, *args, **kwargs):
    super().__init__(*args, **kwargs)
    self.cases = []  # (name, "failure"/"error"/None, message, seconds)
    self._start = 0.0

  def startTest(self, test):
    self._start = time.monotonic()
    super().startTest(test)

  def _record(self, test, kind, err):
    message = self._exc_info_to_string(err, test) if err else ""
    self.cases.append((test.id().split(".")[-1], kind, message,
                       time.monotonic() - self._start))

  def addSuccess(self, test):
    super().addSuccess(test)
    self._record(test, None, None)

  def addFailure(self, test, err):
    super().addFailure(test, err)
    self._record(test, "failure", err)

  def addError(self, test, err):
    super().addError(test, err)
    # A failed setUpClass arrives here once, for every case it stopped.
    self._record(test, "error", err)


def main(suite_name):
  """Runs the __main__ module's tests; returns the exit code."""
  suite = unittest.defaultTestLoader.loadTestsFromModule(
      sys.modules["__main__"])
  runner = unittest.TextTestRunner(resultclass=_Result, verbosity=2,
                                   stream=sys.stdout)
  result = runner.run(suite)
  failures = sum(1 for _, kind, _, _ in result.cases if kind == "failure")
  errors = sum(1 for _, kind, _, _ in result.cases if kind == "error")
  path = os.environ.get("XML_OUTPUT_FILE")
  if path:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<testsuites tests="{len(result.cases)}" failures="{failures}" '
             f'errors="{errors}">',
             f'<testsuite name="{suite_name}" tests="{len(result.cases)}" '
             f'failures="{failures}" errors="{errors}">']
    for name, kind, message, seconds in result.cases:
      lines.append(f'<testcase name={quoteattr(name)} '
                   f'classname="{suite_name}" time="{seconds:.3f}">')
      if kind:
        lines.append(f"<{kind} message={quoteattr(message[-2000:])}>"
                     f"</{kind}>")
      lines.append("</testcase>")
    lines += ["</testsuite>", "</testsuites>"]
    with open(path, "w", encoding="utf-8") as f:
      f.write("\n".join(lines) + "\n")
  return 0 if result.wasSuccessful() and result.cases else 1
