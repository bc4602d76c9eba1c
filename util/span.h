// util/span.h: a half-open byte range [begin, end) into one article's text.
//
// Every position wirecheck reports is a Span into the article's original
// UTF-8 bytes (the file's bytes for .txt, the decoded `text` for JSONL), so a
// user can cut the quoted passage out of the input with `text.substr(begin,
// end - begin)`.
#ifndef WIRECHECK_UTIL_SPAN_H_
#define WIRECHECK_UTIL_SPAN_H_

#include <cstdint>

#include "absl/strings/string_view.h"

namespace wirecheck {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(uint32_t pos) const { return pos >= begin && pos < end; }
  // The bytes this span covers. REQUIRES: end <= text.size().
  absl::string_view Of(absl::string_view text) const {
    return text.substr(begin, end - begin);
  }
  friend bool operator==(const Span& a, const Span& b) {
    return a.begin == b.begin && a.end == b.end;
  }
  friend bool operator!=(const Span& a, const Span& b) { return !(a == b); }
  friend bool operator<(const Span& a, const Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  }
};

}  // namespace wirecheck

#endif  // WIRECHECK_UTIL_SPAN_H_
