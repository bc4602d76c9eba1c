// Fuzzes the HTML extractor (ingest/html.h) through ParseHtmlArticle, the
// way a .html file is read. Properties:
//  * the extracted text, title, outlet and URL are valid UTF-8;
//  * the text has no edge spaces on its lines and no run of more than one
//    blank line (html.h's layout promise), except inside <pre>;
//  * a page yields one article or one skip with its reason;
//  * the guard, with a depth limit taken from the input, reports every tag
//    it drops and where the first was, and its output parses.
// The guard models gumbo's tree builder and may let a page nest a little
// deeper than its limit on markup it models wrongly; that costs time, not
// safety (ingest/gumbo_tree.h frees any depth), so its depth is checked on
// the hostile shapes in tests/ingest/html_guard_test, not here.
// libFuzzer's -timeout catches inputs the parser still handles slowly.
#include <cstdint>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "fuzz/fuzz_check.h"
#include "ingest/gumbo_tree.h"
#include "ingest/html_guard.h"
#include "ingest/ingest.h"
#include "ingest/utf8.h"

namespace wirecheck {
namespace {

void CheckArticle(const Article& a, bool has_pre) {
  for (const std::string* s : {&a.text, &a.title, &a.outlet, &a.url}) {
    RequireUtf8(*s, "extracted fields are valid UTF-8");
  }
  Require(!a.text.empty(), "an article has text");
  if (has_pre) return;
  Require(!absl::StrContains(a.text, "\n\n\n"),
          "at most one blank line between blocks");
  Require(
      !absl::StrContains(a.text, " \n") && !absl::StrContains(a.text, "\n "),
      "no edge spaces on a line");
}

void CheckGuard(absl::string_view bytes, int max_depth) {
  const std::string html = RepairUtf8(bytes, nullptr, nullptr);
  const GuardedHtml guarded = GuardHtml(html, max_depth);
  const GumboTree tree(guarded.html);
  Require(tree.root() != nullptr, "the guarded page parses");
  Require((guarded.tags_dropped > 0) == (guarded.first_dropped_offset >= 0),
          "a dropped tag has an offset");
  Require(guarded.first_dropped_offset < static_cast<int64_t>(html.size()),
          "the first dropped tag lies in the input");
}

}  // namespace
}  // namespace wirecheck

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace wirecheck;
  const absl::string_view bytes = AsText(data, size);
  if (size > 0) CheckGuard(bytes.substr(1), 1 + data[0] % 16);
  IngestResult r;
  ParseHtmlArticle("fuzz.html", bytes, &r);
  Require(r.articles.size() + r.total_skipped() == 1,
          "a page is one article or one skip");
  if (r.articles.empty()) return 0;
  CheckArticle(r.articles[0],
               absl::StrContains(absl::AsciiStrToLower(bytes), "<pre"));
  return 0;
}
