// report/markdown_text.h: article text made inert for a Markdown report.
//
// The Markdown report is read where Markdown is rendered with HTML allowed
// (a CI job summary, a merge request comment), so article text must neither
// format nor become markup there: the characters that format inside a line
// (\ ` * _ [ ] | ~ $) are backslash-escaped, `<`, `>` and `&` become
// character references, and line breaks become spaces so a quote stays in
// its table cell or list item. Callers never start a line with article
// text, so line-start syntax (#, -, 1.) needs no escape.
//
//   MarkdownEscape("a | b <script>")  -> "a \| b &lt;script&gt;"
//   MarkdownLink("Tin *mới*", "https://a.vn/x")
//       -> "[Tin \*mới\*](https://a.vn/x)"
#ifndef WIRECHECK_REPORT_MARKDOWN_TEXT_H_
#define WIRECHECK_REPORT_MARKDOWN_TEXT_H_

#include <string>

#include "absl/strings/string_view.h"

namespace wirecheck {

// `s` as literal text in a Markdown paragraph, list item or table cell.
std::string MarkdownEscape(absl::string_view s);

// A link with escaped text when `url` is http(s) (characters that would end
// or break the link target percent-encoded); otherwise the escaped text.
std::string MarkdownLink(absl::string_view text, absl::string_view url);

}  // namespace wirecheck

#endif  // WIRECHECK_REPORT_MARKDOWN_TEXT_H_
