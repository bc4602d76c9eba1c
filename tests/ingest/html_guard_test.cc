// GuardHtml: hostile nesting is flattened below the limit whatever shape it
// takes (checked against gumbo's real tree), ordinary markup is left as it
// is, and a page that hits the limit says so.
#include "ingest/html_guard.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "ingest/gumbo_tree.h"
#include "ingest/html.h"
#include "ingest/ingest.h"

namespace wirecheck {
namespace {

// How deep gumbo really nests `html`: the most elements on one path from
// the root, not counting formatting elements (<b>, <a>, <font>, ...), which
// the parser re-opens by itself. The reference the guard's bound is
// checked against.
int GumboDepthWithoutFormatting(const std::string& html) {
  const GumboTree tree(html);
  int deepest = 0;
  std::vector<std::pair<const GumboNode*, int>> stack = {{tree.root(), 0}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
      continue;
    }
    switch (node->v.element.tag) {
      case GUMBO_TAG_A:
      case GUMBO_TAG_B:
      case GUMBO_TAG_BIG:
      case GUMBO_TAG_CODE:
      case GUMBO_TAG_EM:
      case GUMBO_TAG_FONT:
      case GUMBO_TAG_I:
      case GUMBO_TAG_NOBR:
      case GUMBO_TAG_S:
      case GUMBO_TAG_SMALL:
      case GUMBO_TAG_STRIKE:
      case GUMBO_TAG_STRONG:
      case GUMBO_TAG_TT:
      case GUMBO_TAG_U:
        break;
      default:
        ++depth;
    }
    deepest = std::max(deepest, depth);
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i]), depth});
    }
  }
  return deepest;
}

std::string Repeat(absl::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) absl::StrAppend(&out, s);
  return out;
}

TEST(HtmlGuardTest, LeavesOrdinaryMarkupAsItIs) {
  const std::string html =
      "<!DOCTYPE html><html><head><title>T</title><script>if (a<b) {}"
      "</script></head><body><div class=\"x\"><p>Một <span>hai</span>"
      "<!-- <div> --><br><img src=\"a.jpg\"></p><ul><li>a<li>b</ul></div>"
      "</body></html>";
  const GuardedHtml g = GuardHtml(html);
  EXPECT_EQ(g.html, html);
  EXPECT_EQ(g.tags_dropped, 0);
  EXPECT_EQ(g.first_dropped_offset, -1);
}

// Formatting elements lose their attributes (so the parser keeps at most
// three of a kind open), except `hidden`, which the extractor reads, and a
// styled <font> keeps a bare `color` (it ends SVG content).
TEST(HtmlGuardTest, FormattingElementsKeepOnlyHidden) {
  const GuardedHtml g = GuardHtml(
      "<b id=\"x\" class=y>t</b><I hidden data-x='1>'>h</I><a href=/>l</a>"
      "<span id=s>k</span><font face=Arial size=2>f</font>");
  EXPECT_EQ(g.html,
            "<b>t</b><I hidden>h</I><a href=/>l</a><span id=s>k</span>"
            "<font color>f</font>");
}

TEST(HtmlGuardTest, DropsStartTagsBeyondTheLimitAndKeepsTheirText) {
  const std::string html = absl::StrCat("<body>", Repeat("<div>", 600), "sâu",
                                        Repeat("</div>", 600));
  const GuardedHtml g = GuardHtml(html, 512);
  EXPECT_EQ(g.tags_dropped, 600 - 512);
  EXPECT_EQ(g.first_dropped_offset, 6 + 512 * 5);
  EXPECT_TRUE(absl::StrContains(g.html, "sâu"));
  EXPECT_LE(GumboDepthWithoutFormatting(g.html), 512 + 3);
}

// A dropped tag leaves an empty comment, so text on either side of it
// cannot join into new markup (found by the HTML fuzzer: "<<g>v>" became
// "<v>").
TEST(HtmlGuardTest, DroppedTagCannotJoinItsNeighbours) {
  const GuardedHtml g = GuardHtml("<o><<g>v>", 1);
  EXPECT_EQ(g.html, "<o><<!---->v>");
  EXPECT_EQ(g.tags_dropped, 1);
}

// Markup built to make the parser nest deeper than a model of it would
// think: each is repeated 3000 times under a limit of 64, and gumbo's real
// tree must stay within the limit (plus html, body and one more).
TEST(HtmlGuardTest, HostileShapesStayWithinTheLimit) {
  const std::vector<std::string> shapes = {
      "<div>",
      "<li><ul></li>",                // </li> cannot reach past <ul>.
      "<span><div></span>",           // </span> stops at a special element.
      "<div><table><tr><td></div>",   // </div> stops at a table cell.
      "<p><button></p>",              // </p> stops at a button.
      "<form><div></form>",           // </form> leaves the div open.
      "<svg><div/>",                  // A breakout tag leaves SVG.
      "<svg><foreignObject><span/>",  // HTML again inside foreignObject.
      "<svg><g a=b/>",                // The '/' is the value's.
      "<math><mi><p/>",
      "<b><div>",
      "<div><b id=1></div><div>x",
      "<table><td><b><i><u>",
      "<select><option><div>",
      "<dl><dt><div><dd>",
      "<h1><div><h2>",
      "<!--><div>",
      "<div><!-- --!><div>",
      "<title><div>",       // In the body, title holds text.
      "<svg><title><div>",  // In SVG it is an element.
      "<template><div>",
      "<object><div></object>",
      "<a><div></a>",
      "<itle><m></itle>",                    // gumbo: one name for all unknown.
      "<math><html>",                        // In MathML, html is an element.
      "<svg><t></h>",                        // In SVG, names are compared.
      "<table><p><th><div>",                 // A cell gets a tbody and a row.
      "<optgroup>",                          // Outside a select, they nest.
      "<p><li><nav><d></p>",                 // <li> closes the <p> first.
      "<svg><img><script><!--</script><v>",  // <img> leaves SVG.
      "<svg><font>",                         // A plain <font> stays in SVG.
      "<svg><font color=red><svg>",
      "<r><svg></r><e><ul>",            // <svg> itself is not special.
      "<rx><svg></r><e><h><v><ul><l>",  // </r> closes <rx> and the svg.
      "<h1><svg></h1><v><div>",         // <svg> is no scope: </h1> closes both.
      std::string("<v></\0<k l=\">", 13),  // "</" NUL starts a comment.
      "<th><d><v></th>",                   // A cell outside a table is ignored.
      "<button><button></button><t><v></button>",  // Button closes button.
  };
  for (const std::string& shape : shapes) {
    SCOPED_TRACE(shape);
    const GuardedHtml g =
        GuardHtml(absl::StrCat("<html><body>", Repeat(shape, 3000), "x"), 64);
    EXPECT_LE(GumboDepthWithoutFormatting(g.html), 64 + 3);
  }
}

// What real pages repeat by the thousand is not nesting: nothing dropped.
TEST(HtmlGuardTest, OrdinaryRepetitionIsNotFlattened) {
  const std::vector<std::string> pages = {
      Repeat("<p>đoạn văn", 3000),
      absl::StrCat("<ul>", Repeat("<li>mục", 3000), "</ul>"),
      absl::StrCat("<table>", Repeat("<tr><td>a<td>b", 3000), "</table>"),
      absl::StrCat("<dl>", Repeat("<dt>a<dd>b", 3000), "</dl>"),
      absl::StrCat("<select>", Repeat("<option>x", 3000), "</select>"),
      absl::StrCat("<select>", Repeat("<optgroup><option>x", 3000),
                   "</select>"),
      absl::StrCat("<svg>", Repeat("<path d=\"M0 0\"/>", 3000), "</svg>"),
      Repeat("<form><input name=q></form>", 3000),
      Repeat("<p><span>x<p>", 3000),
      Repeat("<h2>a</h2><div><b>x</b><a href=\"#\">y</a></div>", 3000),
      Repeat("<p>a<div>b</div>", 3000),
      Repeat("<script>document.write('<div>')</script>", 3000),
  };
  for (const std::string& page : pages) {
    SCOPED_TRACE(page.substr(0, 40));
    EXPECT_EQ(GuardHtml(absl::StrCat("<body>", page), 64).tags_dropped, 0);
  }
}

// Formatting elements with distinct attributes, each left open in its own
// block, once made the parser build millions of elements; without the
// attributes they are identical and the parser keeps three.
TEST(HtmlGuardTest, FormattingExplosionIsDefused) {
  std::string html = "<body>";
  for (int i = 0; i < 8000; ++i)
    absl::StrAppend(&html, "<div><b id=", i, "></div>");
  absl::StrAppend(&html, "<p>x</p>");
  const GuardedHtml g = GuardHtml(html);
  EXPECT_FALSE(absl::StrContains(g.html, "id="));
  EXPECT_EQ(ExtractHtml(html).text, "x");
}

// An <a> keeps its href (the extractor reads links); a new <a> closes the
// last one, so distinct links left open cannot pile up the same way.
TEST(HtmlGuardTest, LinksKeepTheirHrefAndCannotExplode) {
  std::string html = "<body>";
  for (int i = 0; i < 8000; ++i) {
    absl::StrAppend(&html, "<div><a href=\"/", i, "\"></div>");
  }
  absl::StrAppend(&html, "<p>x</p>");
  const GuardedHtml g = GuardHtml(html);
  EXPECT_TRUE(absl::StrContains(g.html, "<a href=\"/7999\">"));
  EXPECT_LE(GumboDepthWithoutFormatting(g.html), 8000 + 3);
  EXPECT_EQ(ExtractHtml(html).text, "x");
}

// The limit is reported where the page is read: a warning naming the file
// and the byte of the first ignored tag.
TEST(HtmlGuardTest, ParseHtmlArticleReportsTheLimit) {
  const std::string html = absl::StrCat(
      "<html><body>", Repeat("<div>", 600), "Bình Nhưỡng 10.000 quân.",
      Repeat("</div>", 600), "</body></html>");
  IngestResult r;
  ParseHtmlArticle("deep.html", html, &r);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, "Bình Nhưỡng 10.000 quân.");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].ToString(),
            absl::StrCat("deep.html: warning: HTML nests deeper than 512 "
                         "elements: 88 deeper start tags ignored (their text "
                         "kept); the first at byte ",
                         12 + 512 * 5));
  EXPECT_EQ(r.warnings, 1);
}

TEST(HtmlGuardTest, JsonlHtmlFieldReportsTheLimit) {
  IngestResult r;
  ParseJsonl("d.jsonl",
             absl::StrCat("{\"id\":\"d\",\"html\":\"", Repeat("<div>", 600),
                          "chữ\"}\n"),
             &r);
  ASSERT_EQ(r.articles.size(), 1u);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].ToString(),
            "d.jsonl:1: warning: \"html\" field: HTML nests deeper than 512 "
            "elements: 88 deeper start tags ignored (their text kept); the "
            "first");
}

}  // namespace
}  // namespace wirecheck
