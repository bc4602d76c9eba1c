// ingest/html_guard.h: keeps hostile markup from making the HTML parser
// slow, before gumbo sees it.
//
// An HTML5 parser does work in proportion to the depth of the tree for
// each tag (scope checks walk the stack of open elements), so 100,000
// nested <div>s take minutes, and it re-opens "active formatting elements"
// (<b>, <i>, <font>, ...) in every new block, so 8,000 <b id=N> each left
// open in its own <div> build millions of elements (72 s, 12 GB). GuardHtml
// rewrites the markup so neither can happen, the way browsers bound the
// same trees, and reports when it changed what the page means:
//
//  * Depth: it follows the open elements the way the HTML5 tree builder
//    does (void elements, raw text, implied end tags, scopes), erring on
//    the deep side, and drops every start tag that would open an element
//    deeper than `max_depth` (Blink flattens at the same 512), leaving an
//    empty comment in its place. The text inside stays; only the layout of
//    those elements is lost. Counted in `tags_dropped`, with the byte of
//    the first.
//  * Formatting elements other than <a> (whose href is read, and of which
//    the parser keeps one open at most): their attributes are removed,
//    except `hidden`
//    (the extractor drops hidden subtrees) and, for <font>, an empty
//    `color` when it had a color, face or size (that ends SVG content). Nothing
//    reads them, and without them the parser's "Noah's Ark" rule keeps at most
//    three of each open. This changes no text, so it is not reported.
//
//   GuardedHtml g = GuardHtml(html, 512);
//   HtmlPage page = ...parse g.html...;
//   if (g.tags_dropped > 0) Warn("nests deeper than 512 elements ...");
#ifndef WIRECHECK_INGEST_HTML_GUARD_H_
#define WIRECHECK_INGEST_HTML_GUARD_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace wirecheck {

// Browsers' limit: deeper elements are flattened into the 512th.
inline constexpr int kMaxHtmlDepth = 512;

struct GuardedHtml {
  std::string html;                   // What to parse.
  int64_t tags_dropped = 0;           // Start tags deeper than max_depth.
  int64_t first_dropped_offset = -1;  // Byte of the first, in the input.
};

// REQUIRES: max_depth >= 1. Linear in html.size().
GuardedHtml GuardHtml(absl::string_view html, int max_depth = kMaxHtmlDepth);

// "HTML nests deeper than 512 elements: N deeper start tags ignored (their
// text kept); the first": the warning for a page where GuardHtml dropped
// `tags_dropped` > 0 tags; the caller appends where.
std::string TooDeepMessage(int64_t tags_dropped);

}  // namespace wirecheck

#endif  // WIRECHECK_INGEST_HTML_GUARD_H_
