// Fuzzes the boilerplate stripper (normalise/boilerplate.h) as
// PrepareDocument runs it, with line statistics from three copies of the
// input (so the "repeated line" rule fires). Properties:
//  * body spans are sorted, disjoint, non-empty and cut whole characters;
//  * removed spans are sorted, disjoint, cut whole characters and never
//    overlap the body;
//  * body and removed spans together cover every non-whitespace byte:
//    nothing is dropped without a reason;
//  * every removed span has a reason; tokens lie inside the body.
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "fuzz/fuzz_check.h"
#include "ingest/utf8.h"
#include "normalise/prepare.h"

namespace wirecheck {
namespace {

void CheckSorted(const std::vector<Span>& spans, absl::string_view text,
                 const char* what) {
  uint32_t prev_end = 0;
  for (const Span& s : spans) {
    RequireSpanIn(s, text, what);
    Require(s.begin >= prev_end, what);
    prev_end = s.end;
  }
}

void CheckDocument(absl::string_view text, const Document& d) {
  CheckSorted(d.body, text, "body spans sorted, disjoint, whole characters");
  for (const Span& s : d.body) Require(!s.empty(), "body spans are non-empty");
  std::vector<Span> removed;
  for (const RemovedSpan& r : d.removed) {
    Require(!r.reason.empty(), "every removed span has a reason");
    removed.push_back(r.span);
  }
  CheckSorted(removed, text, "removed spans sorted, disjoint, whole chars");
  std::vector<int> owner(text.size(), 0);
  for (const Span& s : d.body) {
    for (uint32_t i = s.begin; i < s.end; ++i) owner[i] |= 1;
  }
  for (const Span& s : removed) {
    for (uint32_t i = s.begin; i < s.end; ++i) owner[i] |= 2;
  }
  for (size_t i = 0; i < text.size(); ++i) {
    Require(owner[i] != 3, "no byte is both body and removed");
    Require(owner[i] != 0 || absl::ascii_isspace(text[i]),
            "every non-space byte is body or removed");
  }
  for (const Token& t : d.tokens) {
    Require(t.span.end <= text.size() && owner[t.span.begin] == 1 &&
                owner[t.span.end - 1] == 1,
            "tokens lie inside the body");
  }
}

}  // namespace
}  // namespace wirecheck

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace wirecheck;
  if (size == 0) return 0;
  Article a;
  a.outlet = (data[0] & 1) ? "" : "fuzz.vn";
  a.text = RepairUtf8(AsText(data + 1, size - 1), nullptr, nullptr);
  LineStats stats;
  for (int i = 0; i < 3; ++i) stats.Add(a.outlet, a.text);
  PrepareOptions options;
  options.threads = 1;
  CheckDocument(a.text, PrepareDocument(a, &stats, options));
  CheckDocument(a.text, PrepareDocument(a, nullptr, options));
  return 0;
}
