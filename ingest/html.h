// ingest/html.h: the main text and metadata of one HTML page, via gumbo.
//
// ExtractHtml parses with gumbo (a real HTML5 parser: entities, implied
// tags and broken markup are handled as browsers do) and walks the tree:
//  * the text comes from the largest <article>, else <main>, else <body>;
//  * script, style, nav, header, footer, aside, form, noscript, template,
//    iframe, svg, button, select, textarea and [hidden] subtrees are dropped;
//  * paragraph-like blocks (p, h1-h6, blockquote, pre, lists, tables,
//    section, figure) are separated by a blank line, other blocks (div, li,
//    tr, br, dd, figcaption) by a newline; runs of HTML whitespace collapse
//    to one space except inside <pre>; lines carry no edge spaces.
//  * metadata: og:site_name, og:url or <link rel=canonical>,
//    article:published_time (or pubdate/date/datePublished), og:title or
//    <title> (less a " | <og:site_name>" suffix).
// The extracted text is what Article::text holds, so every later span
// indexes it, not the markup. Markup nesting deeper than browsers allow is
// flattened first (ingest/html_guard.h), so parsing stays linear.
//
//   HtmlPage page = ExtractHtml("<html><head><title>T</title></head>"
//                               "<body><nav>Menu</nav><p>Hi &amp; bye</p>");
//   // page.text == "Hi & bye", page.title == "T"
#ifndef WIRECHECK_INGEST_HTML_H_
#define WIRECHECK_INGEST_HTML_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "ingest/article.h"
#include "util/span.h"

namespace wirecheck {

struct HtmlPage {
  std::string text;           // Main text, valid UTF-8, no markup.
  std::string title;          // og:title, else <title>; "" if neither.
  std::string outlet;         // og:site_name; "" if absent.
  std::string url;            // og:url, else canonical link; "" if absent.
  PublishedTime published;    // article:published_time and kin.
  std::string published_raw;  // The unparsed value, for diagnostics.
  // The bytes of `text` that were link text (<a href>), sorted and
  // disjoint: boilerplate removal tells a list of links from a list of
  // facts by them.
  std::vector<Span> links;
  // Start tags ignored because they nest deeper than kMaxHtmlDepth
  // (ingest/html_guard.h; their text is kept), and the byte of the first;
  // TooDeepMessage words the warning.
  int64_t tags_too_deep = 0;
  int64_t first_too_deep = -1;
};

// REQUIRES: `html` is valid UTF-8.
HtmlPage ExtractHtml(absl::string_view html);

}  // namespace wirecheck

#endif  // WIRECHECK_INGEST_HTML_H_
