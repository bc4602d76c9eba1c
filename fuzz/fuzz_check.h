// fuzz/fuzz_check.h: the property checks every fuzz target shares.
//
// A fuzz target does more than survive its input: it checks what the code
// promises (spans inside the text, on character boundaries, output that
// parses). A broken promise prints what was expected and aborts, which
// libFuzzer records as a crash with the input that caused it; the replay
// tests in tests/fuzz/ abort the same way on a stored input.
//
//   Require(span.end <= text.size(), "token span inside the text");
//   RequireSpanIn(span, text, "token");
#ifndef WIRECHECK_FUZZ_FUZZ_CHECK_H_
#define WIRECHECK_FUZZ_FUZZ_CHECK_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "absl/strings/string_view.h"
#include "ingest/utf8.h"
#include "util/span.h"

namespace wirecheck {

// Aborts with `what` when `ok` is false. Fuzz targets only: library code
// returns absl::Status instead.
inline void Require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz property violated: %s\n", what);
  std::abort();
}

// True when `pos` does not fall inside a UTF-8 sequence of `text`.
inline bool OnCharBoundary(absl::string_view text, size_t pos) {
  return pos == 0 || pos >= text.size() ||
         (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

// `span` is non-inverted, inside `text` and starts and ends on character
// boundaries (so it cuts whole characters out of the original bytes).
inline void RequireSpanIn(Span span, absl::string_view text, const char* what) {
  Require(span.begin <= span.end, what);
  Require(span.end <= text.size(), what);
  Require(OnCharBoundary(text, span.begin), what);
  Require(OnCharBoundary(text, span.end), what);
}

inline void RequireUtf8(absl::string_view s, const char* what) {
  Require(IsValidUtf8(s), what);
}

// Reads fuzz input bytes as a string_view.
inline absl::string_view AsText(const uint8_t* data, size_t size) {
  return absl::string_view(reinterpret_cast<const char*>(data), size);
}

}  // namespace wirecheck

#endif  // WIRECHECK_FUZZ_FUZZ_CHECK_H_
