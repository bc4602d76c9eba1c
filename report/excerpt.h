// report/excerpt.h: short, readable quotes cut from article text.
//
// Reports quote passages and claim contexts; a quote must never split a
// UTF-8 sequence, should break at a word boundary, and must say when it was
// shortened. Newlines inside a quote become " ¶ " so each quote stays on
// one line of a text report.
//
//   Excerpt(text, span, 160)      -> first ~160 bytes of the span, "…" if cut
//   Highlight(text, sentence, claim, "[", "]") -> "... ngày [19/6] ..."
#ifndef WIRECHECK_REPORT_EXCERPT_H_
#define WIRECHECK_REPORT_EXCERPT_H_

#include <string>

#include "absl/strings/string_view.h"
#include "util/span.h"

namespace wirecheck {

// The start of `span` in `text`, at most about `max_bytes` long, cut at a
// space where possible, with "…" appended when shortened. Whitespace runs
// collapse to one space.
std::string Excerpt(absl::string_view text, Span span, size_t max_bytes);

// `context` (e.g. a sentence) with `mark` (inside it) wrapped in open/close,
// trimmed to about `max_bytes` around the mark.
std::string Highlight(absl::string_view text, Span context, Span mark,
                      absl::string_view open, absl::string_view close,
                      size_t max_bytes);

// Largest i <= pos that starts a UTF-8 sequence (or is text.size()).
size_t Utf8Floor(absl::string_view text, size_t pos);

}  // namespace wirecheck

#endif  // WIRECHECK_REPORT_EXCERPT_H_
