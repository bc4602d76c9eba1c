#!/usr/bin/env python3
"""doc/wirecheck.1 is the man page scripts/man_page.py makes from --help.

  up_to_date   regenerating it from this build's `wirecheck --help` gives
               the committed file (after a help change:
               scripts/man_page.py bazel-bin/cli/wirecheck > doc/wirecheck.1)
  renders      `man -l` renders it with no warning, with every flag the help
               names

Each check is one <testcase> of the JUnit XML written to $XML_OUTPUT_FILE,
so scripts/test.sh counts them as cases.
"""

import os
import re
import subprocess
import sys
from xml.sax.saxutils import quoteattr

WIRECHECK = "cli/wirecheck"
GENERATOR = "scripts/man_page.py"
PAGE = "doc/wirecheck.1"


def check_up_to_date():
  made = subprocess.run([sys.executable, GENERATOR, WIRECHECK], check=True,
                        capture_output=True, text=True).stdout
  with open(PAGE, encoding="utf-8") as f:
    committed = f.read()
  assert made == committed, (
      f"{PAGE} is stale: run scripts/man_page.py bazel-bin/cli/wirecheck "
      f"> {PAGE}")


def check_renders():
  env = dict(os.environ, LC_ALL="C.UTF-8", MANWIDTH="80", MAN_KEEP_FORMATTING="")
  run = subprocess.run(["man", "--warnings", "-l", PAGE], capture_output=True,
                       text=True, env=env)
  assert run.returncode == 0, f"man exited {run.returncode}: {run.stderr}"
  assert not run.stderr.strip(), f"man warned: {run.stderr}"
  # Hyphenation and justification may break or pad words: compare words.
  text = " ".join(run.stdout.replace("\u2010\n", "").split())
  for heading in ("NAME", "SYNOPSIS", "COMMANDS", "OUTPUT", "EXIT CODES"):
    assert heading in text, f"no {heading} section"
  help_text = subprocess.run([WIRECHECK, "--help"], check=True,
                             capture_output=True, text=True).stdout
  for flag in sorted(set(re.findall(r"^  (--[a-z-]+)", help_text, re.M))):
    assert flag in text, f"{flag} is not on the page"


def main():
  results = []
  for name, check in (("up_to_date", check_up_to_date),
                      ("renders", check_renders)):
    try:
      check()
      results.append((name, None))
      print(f"[  PASSED  ] {name}")
    except Exception as e:  # One failed check must not hide the other.
      results.append((name, f"{type(e).__name__}: {e}"))
      print(f"[  FAILED  ] {name}: {e}")
  failed = sum(1 for _, error in results if error)
  if os.environ.get("XML_OUTPUT_FILE"):
    with open(os.environ["XML_OUTPUT_FILE"], "w", encoding="utf-8") as f:
      f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<testsuites tests="{len(results)}" failures="{failed}" '
              'errors="0">\n'
              f'<testsuite name="ManPageTest" tests="{len(results)}" '
              f'failures="{failed}" errors="0">\n')
      for name, error in results:
        f.write(f'<testcase name="{name}" classname="ManPageTest">')
        if error:
          f.write(f"<failure message={quoteattr(error)}></failure>")
        f.write("</testcase>\n")
      f.write("</testsuite>\n</testsuites>\n")
  print(f"{len(results) - failed} passed, {failed} failed")
  return 1 if failed else 0


if __name__ == "__main__":
  sys.exit(main())
