#!/usr/bin/env python3
"""Writes wirecheck's man page (roff) from `wirecheck --help`.

  scripts/man_page.py bazel-bin/cli/wirecheck > doc/wirecheck.1
  man -l doc/wirecheck.1

The help text is the one source: doc/wirecheck.1 is generated from it and
committed, and tests/cli/man_page_test checks that the two still agree and
that the page renders without warnings. The help's layout is read as:

  line 1               "wirecheck: what it does"          -> NAME
  "usage: ..."                                            -> SYNOPSIS
  "heading:" at column 0 (a few words)                    -> a section
  "text ... :" at column 0 (a sentence)                   -> a paragraph
  "  term   description" and deeper-indented continuation -> a tagged entry
  "label: text" at column 0 (e.g. "exit codes: 0 done")   -> a section
"""

import re
import subprocess
import sys

ENTRY = re.compile(r"^  (\S+(?: \S+)*?)(?: {2,}(\S.*))?$")
# A second entry on the same line ("help   this text    version   ...").
SECOND = re.compile(r"^(.*?\S) {4,}(\S+) {2,}(\S.*)$")
HEADING_WORDS = 4


def roff(text):
  """Text safe on a roff line: backslashes, minus signs, leading dots."""
  text = text.replace("\\", "\\e").replace("-", "\\-")
  if text.startswith((".", "'")):
    text = "\\&" + text
  return text


class Page:
  def __init__(self):
    self.out = []
    self.entry = None  # [term, [description lines]] being collected.
    self.current = ""  # The section being written.

  def flush(self):
    if self.entry is None:
      return
    term, lines = self.entry
    self.out += [".TP", ".B " + roff(term)]
    self.out.append(roff(" ".join(lines)) if lines else "")
    self.entry = None

  def section(self, title):
    self.flush()
    self.current = title.upper()
    self.out.append(".SH " + roff(self.current))

  def paragraph(self, text):
    self.flush()
    if self.current == "SYNOPSIS":
      self.section("description")
    self.out += [".PP", roff(text)]

  def add_entry(self, term, description):
    self.flush()
    second = SECOND.match(description or "")
    if second:
      self.entry = [term, [second.group(1)]]
      self.add_entry(second.group(2), second.group(3))
      return
    self.entry = [term, [description] if description else []]

  def continue_text(self, text):
    if self.entry is not None:
      self.entry[1].append(text)
    elif self.out and not self.out[-1].startswith("."):
      self.out[-1] += " " + roff(text)
    else:
      self.out += [".PP", roff(text)]


def convert(help_text, version):
  lines = help_text.rstrip("\n").split("\n")
  name, _, summary = lines[0].partition(": ")
  page = Page()
  page.out += [
      '.TH WIRECHECK 1 "" "%s" "User Commands"' % roff(version),
      ".SH NAME", "%s \\- %s" % (roff(name), roff(summary))]
  fresh = True  # After a blank line: column-0 text starts a paragraph.
  for line in lines[1:]:
    if not line.strip():
      page.flush()
      fresh = True
      continue
    was_fresh, fresh = fresh, False
    if line.startswith("usage: "):
      page.section("synopsis")
      page.out.append(roff(line[len("usage: "):]))
      continue
    if not line.startswith(" "):
      label, colon, rest = line.partition(": ")
      if line.endswith(":") and len(line.split()) <= HEADING_WORDS:
        page.section(line[:-1])
      elif colon and len(label.split()) <= 2:
        page.section(label)
        page.out += [".PP", roff(rest)]
      elif was_fresh:
        page.paragraph(line)
      else:
        page.continue_text(line)
      continue
    indent = len(line) - len(line.lstrip(" "))
    if indent == 2:
      match = ENTRY.match(line)
      page.add_entry(match.group(1), match.group(2))
    else:
      page.continue_text(line.strip())
  page.flush()
  return "\n".join(page.out) + "\n"


def main():
  if len(sys.argv) != 2:
    sys.exit("usage: scripts/man_page.py path/to/wirecheck > doc/wirecheck.1")
  binary = sys.argv[1]
  help_text = subprocess.run([binary, "--help"], check=True,
                             capture_output=True, text=True).stdout
  version = subprocess.run([binary, "version"], check=True,
                           capture_output=True, text=True).stdout.strip()
  sys.stdout.write(convert(help_text, version))


if __name__ == "__main__":
  main()
