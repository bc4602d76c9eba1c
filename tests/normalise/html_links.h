// tests/normalise/html_links.h: which text of an extracted HTML page was
// link text, for the boilerplate tests and evaluation.
//
// RemoveBoilerplate (normalise/boilerplate.h) reads TextLayout::links: the
// spans of Article::text that were inside <a> in the page. The extractor
// (ingest/html.h) knows them as it writes the text but does not yet return
// them; until it does, this helper finds them after the fact: it collects
// the text of every <a> (whitespace collapsed as the extractor does) and
// marks where each occurs in the extracted text as whole words.
//
//   HtmlPage page = ExtractHtml(html);
//   TextLayout layout;
//   layout.links = HtmlLinkSpans(html, page.text);
#ifndef WIRECHECK_TESTS_NORMALISE_HTML_LINKS_H_
#define WIRECHECK_TESTS_NORMALISE_HTML_LINKS_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "util/span.h"

namespace wirecheck {

// Sorted, disjoint spans of `text` (the page's extracted text) covered by
// the text of its links.
std::vector<Span> HtmlLinkSpans(absl::string_view html, absl::string_view text);

}  // namespace wirecheck

#endif  // WIRECHECK_TESTS_NORMALISE_HTML_LINKS_H_
