#!/usr/bin/env python3
"""The HTML report in a real browser: headless Chromium opens it from disk.

wirecheck writes `check --format=html` for testdata/report/hostile.jsonl
(articles whose titles, outlets, URLs and texts carry <script>, "><img
onerror=...>, <svg onload=...> and javascript: payloads). Chromium is driven
over its DevTools pipe (--remote-debugging-pipe: fd 3 in, fd 4 out, JSON
messages ended by NUL), with nothing but the Python standard library, and the
page is checked as a reader would meet it:

  findings_visible      every finding is on the page, and the filter script
                        ran (it writes "N of N findings shown"): the
                        Content-Security-Policy admits the report's own script
  outlet_filter         after choosing an outlet only its findings show, and
                        the story that does not involve it is hidden
  class_filter          after choosing "conflict" only the conflict shows
  no_article_script_ran the payloads would set document.title or
                        body[data-pwned], or add an <img>, <svg> or <iframe>,
                        or a javascript: link: none of that happened
  payloads_shown_as_text the payloads are on the page as characters
  no_policy_violation   nothing on the page was blocked by the policy either:
                        escaping alone kept the payloads inert
  screenshot            PNGs of the page, findings open, kept in
                        $TEST_UNDECLARED_OUTPUTS_DIR (report.png,
                        filtered.png)

Each check is one <testcase> of the JUnit XML written to $XML_OUTPUT_FILE,
so scripts/test.sh counts them as cases.
"""

import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from xml.sax.saxutils import quoteattr

FIXTURE = "testdata/report/hostile.jsonl"
WIRECHECK = "cli/wirecheck"
TITLE = "wirecheck report"
TIMEOUT_S = 60


class Browser:
  """Headless Chromium and one page, over the DevTools pipe."""

  def __init__(self, profile):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
      raise RuntimeError("chromium not found: scripts/setup.sh installs it")
    # Chromium reads commands on fd 3 and writes replies on fd 4.
    to_browser_r, self._to_browser = os.pipe()
    self._from_browser, from_browser_w = os.pipe()
    high_r, high_w = os.dup(to_browser_r), os.dup(from_browser_w)

    def child_fds():
      os.dup2(high_r, 3)
      os.dup2(high_w, 4)

    self._proc = subprocess.Popen(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu",
         "--no-first-run", "--no-default-browser-check",
         "--disable-extensions", "--remote-debugging-pipe",
         "--user-data-dir=" + profile, "--window-size=1280,1400",
         "about:blank"],
        preexec_fn=child_fds, close_fds=False,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for fd in (to_browser_r, from_browser_w, high_r, high_w):
      os.close(fd)
    self._buffer = b""
    self._next_id = 0
    self.events = []
    self._session = None

  def _read_message(self, deadline):
    while b"\0" not in self._buffer:
      left = deadline - time.time()
      if left <= 0:
        raise TimeoutError("no answer from chromium")
      ready, _, _ = select.select([self._from_browser], [], [], left)
      if ready:
        chunk = os.read(self._from_browser, 1 << 20)
        if not chunk:
          raise RuntimeError("chromium closed the pipe")
        self._buffer += chunk
    message, self._buffer = self._buffer.split(b"\0", 1)
    return json.loads(message)

  def send(self, method, params=None, session=True):
    self._next_id += 1
    message = {"id": self._next_id, "method": method, "params": params or {}}
    if session and self._session:
      message["sessionId"] = self._session
    os.write(self._to_browser, json.dumps(message).encode() + b"\0")
    deadline = time.time() + TIMEOUT_S
    while True:
      reply = self._read_message(deadline)
      if reply.get("id") == self._next_id:
        if "error" in reply:
          raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})
      self.events.append(reply)

  def wait_for_event(self, method):
    deadline = time.time() + TIMEOUT_S
    for i, event in enumerate(self.events):
      if event.get("method") == method:
        return self.events.pop(i)
    while True:
      event = self._read_message(deadline)
      if event.get("method") == method:
        return event
      self.events.append(event)

  def open_page(self, url):
    targets = self.send("Target.getTargets", session=False)["targetInfos"]
    page = next(t for t in targets if t["type"] == "page")
    self._session = self.send(
        "Target.attachToTarget", {"targetId": page["targetId"],
                                  "flatten": True},
        session=False)["sessionId"]
    self.send("Page.enable")
    self.send("Log.enable")
    self.send("Runtime.enable")
    # Runs before the page's own script; records what the policy blocks.
    self.send("Page.addScriptToEvaluateOnNewDocument", {"source": (
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation', function (e) {"
        "  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);"
        "});")})
    self.send("Page.navigate", {"url": url})
    # A late load event of the first about:blank may come first: wait until
    # the page loaded is the report.
    while True:
      self.wait_for_event("Page.loadEventFired")
      if self.eval("location.protocol + ' ' + document.readyState") == (
          "file: complete"):
        return

  def eval(self, expression):
    result = self.send("Runtime.evaluate", {
        "expression": expression, "returnByValue": True})
    if "exceptionDetails" in result:
      raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
    return result["result"].get("value")

  def screenshot(self, path):
    data = self.send("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True})["data"]
    with open(path, "wb") as out:
      out.write(base64.b64decode(data))
    return path

  def close(self):
    try:
      self.send("Browser.close", session=False)
    except Exception:  # Already gone: nothing to close.
      pass
    try:
      self._proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
      self._proc.kill()
      self._proc.wait()


# JavaScript the checks run in the page.
VISIBLE = """Array.from(document.querySelectorAll('.f'))
    .filter(e => e.offsetParent !== null)
    .map(e => ({c: e.dataset.c, o1: e.dataset.o1, o2: e.dataset.o2}))"""
GROUPS_SHOWN = """Array.from(document.querySelectorAll('.group'))
    .filter(g => g.offsetParent !== null).length"""


def choose(browser, select_id, value):
  browser.eval(f"""(function () {{
      var s = document.getElementById({json.dumps(select_id)});
      s.value = {json.dumps(value)};
      s.dispatchEvent(new Event('change'));
  }})()""")


def check_findings_visible(browser, expected):
  total = browser.eval("document.querySelectorAll('.f').length")
  shown = browser.eval(VISIBLE)
  label = browser.eval("document.getElementById('f-shown').textContent")
  assert total == expected, f"{total} findings on the page, want {expected}"
  assert len(shown) == expected, f"{len(shown)} of {expected} visible"
  want = f"{expected} of {expected} findings shown"
  assert label == want, f"filter script did not run: {label!r}, want {want!r}"


def check_outlet_filter(browser, expected):
  outlet = "thethao.example.vn"
  choose(browser, "f-outlet", outlet)
  shown = browser.eval(VISIBLE)
  assert shown, "no finding shown for " + outlet
  for f in shown:
    assert outlet in (f["o1"], f["o2"]), f"{f} shown for outlet {outlet}"
  groups = browser.eval(GROUPS_SHOWN)
  assert groups == 1, f"{groups} groups shown, want the one story"
  label = browser.eval("document.getElementById('f-shown').textContent")
  assert label == f"{len(shown)} of {expected} findings shown", label
  choose(browser, "f-outlet", "")
  assert len(browser.eval(VISIBLE)) == expected, "reset did not show all"


def check_class_filter(browser, expected):
  choose(browser, "f-class", "conflict")
  shown = browser.eval(VISIBLE)
  assert [f["c"] for f in shown] == ["conflict"], shown
  choose(browser, "f-class", "")
  assert len(browser.eval(VISIBLE)) == expected


def check_no_article_script_ran(browser):
  state = browser.eval("""({
      title: document.title,
      pwned: document.body.dataset.pwned || null,
      windowPwned: typeof window.pwned,
      injected: document.querySelectorAll('img, svg, iframe, object, embed')
          .length,
      scripts: document.scripts.length,
      jsLinks: document.querySelectorAll('a[href^="javascript" i]').length})""")
  assert state["title"] == TITLE, state
  assert state["pwned"] is None, state
  assert state["windowPwned"] == "undefined", state
  assert state["injected"] == 0, state
  assert state["scripts"] == 1, state  # The report's own.
  assert state["jsLinks"] == 0, state


def check_payloads_shown_as_text(browser):
  text = browser.eval("document.body.textContent")
  for payload in ("<script>document.title='pwned'</script>",
                  "\"><img src=x onerror=\"document.title='pwned';",
                  "</textarea><svg onload=",
                  "javascript:document.title='pwned'"):
    assert payload in text, f"{payload!r} is not on the page as text"


def check_no_policy_violation(browser):
  violations = browser.eval("window.__violations")
  logged = [e["params"]["entry"]["text"] for e in browser.events
            if e.get("method") == "Log.entryAdded"
            and "Content Security Policy" in e["params"]["entry"]["text"]]
  assert not violations and not logged, (
      f"{len(violations)} violations, e.g. {violations[:3]}; "
      f"logged: {[text[:160] for text in logged[:3]]}")


def check_screenshots(browser, out_dir):
  browser.eval("document.getElementById('f-open').click()")
  report = browser.screenshot(os.path.join(out_dir, "report.png"))
  choose(browser, "f-outlet", "thethao.example.vn")
  filtered = browser.screenshot(os.path.join(out_dir, "filtered.png"))
  for path in (report, filtered):
    with open(path, "rb") as f:
      head = f.read(8)
    assert head == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert os.path.getsize(path) > 10000, f"{path} looks empty"


def render_report(work):
  html = os.path.join(work, "hostile.html")
  with open(html, "wb") as out:
    run = subprocess.run([WIRECHECK, "check", "--format=html", FIXTURE],
                         stdout=out, stderr=subprocess.PIPE, timeout=120)
  if run.returncode != 0:
    raise RuntimeError(f"wirecheck exited {run.returncode}: {run.stderr}")
  with open(html, encoding="utf-8") as f:
    findings = f.read().count('<details class="f"')
  return html, findings


def write_junit(path, results):
  failures = sum(1 for _, error in results if error)
  lines = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      f'<testsuites tests="{len(results)}" failures="{failures}" errors="0">',
      f'<testsuite name="HtmlBrowserTest" tests="{len(results)}" '
      f'failures="{failures}" errors="0">']
  for name, error in results:
    lines.append(f'<testcase name="{name}" classname="HtmlBrowserTest">')
    if error:
      lines.append(f"<failure message={quoteattr(error)}></failure>")
    lines.append("</testcase>")
  lines += ["</testsuite>", "</testsuites>"]
  with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")


def main():
  work = os.environ.get("TEST_TMPDIR") or tempfile.mkdtemp()
  out_dir = os.environ.get("TEST_UNDECLARED_OUTPUTS_DIR") or work
  names = ["findings_visible", "outlet_filter", "class_filter",
           "no_article_script_ran", "payloads_shown_as_text",
           "no_policy_violation", "screenshot"]
  results = []
  browser = None
  try:
    html, expected = render_report(work)
    browser = Browser(os.path.join(work, "profile"))
    browser.open_page("file://" + os.path.abspath(html))
    checks = {
        "findings_visible": lambda: check_findings_visible(browser, expected),
        "outlet_filter": lambda: check_outlet_filter(browser, expected),
        "class_filter": lambda: check_class_filter(browser, expected),
        "no_article_script_ran": lambda: check_no_article_script_ran(browser),
        "payloads_shown_as_text":
            lambda: check_payloads_shown_as_text(browser),
        "no_policy_violation": lambda: check_no_policy_violation(browser),
        "screenshot": lambda: check_screenshots(browser, out_dir),
    }
    for name in names:
      try:
        checks[name]()
        results.append((name, None))
        print(f"[  PASSED  ] {name}")
      except Exception as e:  # One failed check must not hide the others.
        results.append((name, f"{type(e).__name__}: {e}"))
        print(f"[  FAILED  ] {name}: {e}")
  except Exception as e:  # Setup failed: every check fails with its cause.
    traceback.print_exc()
    results = [(name, f"setup: {type(e).__name__}: {e}") for name in names]
  finally:
    if browser is not None:
      browser.close()
  if os.environ.get("XML_OUTPUT_FILE"):
    write_junit(os.environ["XML_OUTPUT_FILE"], results)
  failed = sum(1 for _, error in results if error)
  print(f"{len(results) - failed} passed, {failed} failed")
  return 1 if failed else 0


if __name__ == "__main__":
  sys.exit(main())
