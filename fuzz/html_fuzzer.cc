// Fuzzes the HTML extractor (ingest/html.h) through ParseHtmlArticle, the
// way a .html file is read. Properties:
//  * the extracted text, title, outlet and URL are valid UTF-8;
//  * the text has no edge spaces on its lines and no run of more than one
//    blank line (html.h's layout promise), except inside <pre>;
//  * a page yields one article or one skip with its reason.
// libFuzzer's -timeout catches inputs the parser handles slowly (deep
// nesting is capped before gumbo sees it).
#include <cstdint>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "fuzz/fuzz_check.h"
#include "ingest/ingest.h"

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

}  // namespace
}  // namespace wirecheck

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace wirecheck;
  const absl::string_view bytes = AsText(data, size);
  IngestResult r;
  ParseHtmlArticle("fuzz.html", bytes, &r);
  Require(r.articles.size() + r.total_skipped() == 1,
          "a page is one article or one skip");
  if (r.articles.empty()) return 0;
  CheckArticle(r.articles[0],
               absl::StrContains(absl::AsciiStrToLower(bytes), "<pre"));
  return 0;
}
