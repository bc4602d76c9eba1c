// The page's style and script are constants; the policy names their
// SHA-256, so changing either changes the policy with it.
#include "report/html_page.h"

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "report/html_text.h"
#include "util/sha256.h"

namespace wirecheck {
namespace {

constexpr char kStyle[] = R"css(
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;
padding:0 16px 40px;color:#1b1b1b;background:#fff}
h1{font-size:22px;margin:18px 0 6px}h2{font-size:19px;margin:26px 0 8px;
border-bottom:2px solid #ddd}h3{font-size:16px;margin:18px 0 6px}
h4{font-size:13px;margin:0 0 4px;color:#555;font-weight:600}
table.sum{border-collapse:collapse;margin:8px 0}
table.sum td,table.sum th{border:1px solid #ddd;padding:3px 10px;
text-align:left}table.sum td.n{text-align:right}
table.docs td{overflow-wrap:anywhere;vertical-align:top;font-size:13px}
table.docs td:nth-child(4){min-width:18em}
.line{color:#555;font-size:13px}
#filters{position:sticky;top:0;background:#f4f6f8;border:1px solid #dde;
padding:8px;margin:12px 0;z-index:1}#filters label{margin-right:12px}
#f-shown{font-weight:600;margin-left:8px}#filters select{max-width:22em}
details.f{border:1px solid #ddd;border-radius:4px;margin:6px 0;
background:#fcfcfc}
details.f>summary{cursor:pointer;padding:6px 8px}
details.f[open]>summary{border-bottom:1px solid #eee}
.body{padding:8px}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.side{min-width:0}
.q{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;
border-left:3px solid #ccd;padding:4px 8px;margin:4px 0}
mark{background:#ffe27a;padding:0 1px}.more{color:#777}
.b{display:inline-block;font-size:12px;border-radius:3px;padding:0 6px;
margin-right:6px;color:#fff;background:#666}
.b.uncredited{background:#b3261e}.b.credited{background:#2e7d32}
.b.conflict{background:#b3261e}.b.refinement{background:#1565c0}
.b.update{background:#6a1b9a}
.meta{font-size:13px;color:#333;overflow-wrap:anywhere}
.meta .id{color:#777}
.val{font-size:13px}
[hidden]{display:none!important}
)css";

constexpr char kScript[] = R"js(
(function () {
  var outlet = document.getElementById('f-outlet');
  var cls = document.getElementById('f-class');
  var shown = document.getElementById('f-shown');
  if (!outlet || !cls || !shown) return;
  var items = document.querySelectorAll('.f');
  var groups = document.querySelectorAll('.group');
  function apply() {
    var o = outlet.value, c = cls.value, n = 0;
    for (var i = 0; i < items.length; i++) {
      var e = items[i];
      var ok = (o === '' || e.dataset.o1 === o || e.dataset.o2 === o) &&
               (c === '' || e.dataset.c === c);
      e.hidden = !ok;
      if (ok) n++;
    }
    for (var j = 0; j < groups.length; j++) {
      groups[j].hidden = groups[j].querySelector('.f:not([hidden])') === null;
    }
    shown.textContent = n + ' of ' + items.length + ' findings shown';
  }
  function openShown(open) {
    for (var i = 0; i < items.length; i++) {
      if (!items[i].hidden) items[i].open = open;
    }
  }
  outlet.addEventListener('change', apply);
  cls.addEventListener('change', apply);
  document.getElementById('f-open').addEventListener('click', function () {
    openShown(true);
  });
  document.getElementById('f-close').addEventListener('click', function () {
    openShown(false);
  });
  apply();
})();
)js";

std::string HashSource(absl::string_view s) {
  return absl::StrCat("'sha256-", absl::Base64Escape(Sha256(s)), "'");
}

}  // namespace

std::string HtmlContentSecurityPolicy() {
  return absl::StrCat("default-src 'none'; script-src ", HashSource(kScript),
                      "; style-src ", HashSource(kStyle),
                      "; img-src 'none'; base-uri 'none'; form-action 'none'");
}

std::string HtmlPage(absl::string_view title, absl::string_view body) {
  return absl::StrCat(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
      "<meta http-equiv=\"Content-Security-Policy\" content=\"",
      HtmlContentSecurityPolicy(), "\">\n",
      "<meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\">\n",
      "<meta name=\"referrer\" content=\"no-referrer\">\n", "<title>",
      HtmlEscape(title), "</title>\n<style>", kStyle, "</style>\n</head>\n",
      "<body>\n", body, "<script>", kScript, "</script>\n</body>\n</html>\n");
}

}  // namespace wirecheck
