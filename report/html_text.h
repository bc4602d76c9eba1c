// report/html_text.h: article text made safe and marked for the HTML report.
//
// Every byte of article text, title, outlet, id and URL that reaches the
// HTML report goes through HtmlEscape (element text and quoted attribute
// values alike), so an article holding `<script>` or `"><img onerror=...>`
// shows as those characters and never becomes markup. Quoted passages are
// cut from the article's bytes by their spans, as in every other report.
//
//   Span w = ContextWindow(text, passage, 120);
//   std::string html = MarkedHtml(text, w, {passage}, 1500);
//   // "… before <mark>the copied passage</mark> after …"
#ifndef WIRECHECK_REPORT_HTML_TEXT_H_
#define WIRECHECK_REPORT_HTML_TEXT_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "util/span.h"

namespace wirecheck {

// `s` with & < > " ' as character references; NUL and other C0 controls
// but tab, newline and carriage return become U+FFFD.
std::string HtmlEscape(absl::string_view s);

// `mark` widened by up to `context` bytes on each side, to a space where
// one is near, never inside a UTF-8 sequence; clipped to the text.
Span ContextWindow(absl::string_view text, Span mark, size_t context);

// The bytes of `window`, escaped, with each of `marks` (sorted by begin;
// clipped to the window; overlaps merged) wrapped in <mark>...</mark>.
// At most about `max_bytes` of text are shown; the rest is replaced by
// "… N more bytes". "…" also stands where the window starts or ends inside
// the text.
std::string MarkedHtml(absl::string_view text, Span window,
                       const std::vector<Span>& marks, size_t max_bytes);

// An http(s) URL as an escaped link that opens without a referrer;
// anything else (javascript:, data:, a bare path) as escaped text.
std::string LinkHtml(absl::string_view url);

}  // namespace wirecheck

#endif  // WIRECHECK_REPORT_HTML_TEXT_H_
