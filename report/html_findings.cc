// Copies and discrepancies as HTML. Every piece of article data passes
// through HtmlEscape / MarkedHtml / LinkHtml (html_text.h); the only markup
// written here is literal.
#include "report/html_findings.h"

#include <algorithm>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "report/html_text.h"
#include "report/labels.h"
#include "report/shared_words.h"

namespace wirecheck {
namespace {

constexpr size_t kContextBytes = 120;   // Around a quoted passage.
constexpr size_t kPassageBytes = 1500;  // Longest passage shown whole.
constexpr size_t kPassagesShown = 6;    // Per copy pair.
constexpr size_t kSentenceBytes = 2000;

std::string Attr(absl::string_view name, absl::string_view value) {
  return absl::StrCat(" ", name, "=\"", HtmlEscape(value), "\"");
}

// Data attributes the filter script reads (html_page.h).
std::string FilterAttrs(absl::string_view cls, const Article& a,
                        const Article& b) {
  return absl::StrCat(Attr("data-c", cls), Attr("data-o1", OutletKey(a)),
                      Attr("data-o2", OutletKey(b)));
}

std::string When(const Article& a) {
  std::string s = PublishedOrUnknown(a);
  if (a.published.known() && a.published_inferred) {
    absl::StrAppend(&s, " (inferred)");
  }
  return s;
}

std::string Who(const Article& a) {
  return absl::StrCat(
      "<b>", HtmlEscape(OutletKey(a)), "</b>",
      a.outlet_inferred ? " <span class=\"line\">(outlet inferred)</span>" : "",
      " · ", HtmlEscape(When(a)));
}

// Title, URL and id of one article, under a heading naming its role.
std::string ArticleMeta(absl::string_view role, const Article& a) {
  std::string out =
      absl::StrCat("<div class=\"meta\"><h4>", role, "</h4>", Who(a), "<br>");
  if (!a.title.empty()) {
    absl::StrAppend(&out, "<i>", HtmlEscape(a.title), "</i>",
                    a.title_inferred ? " <span class=\"line\">(title "
                                       "inferred)</span>"
                                     : "",
                    "<br>");
  }
  if (!a.url.empty()) absl::StrAppend(&out, LinkHtml(a.url), "<br>");
  absl::StrAppend(&out, "<span class=\"id\">id ", HtmlEscape(a.id), " · ",
                  HtmlEscape(a.origin), "</span></div>");
  return out;
}

// `passage` with some text around it, `shared` (inside it) marked.
std::string Quote(const Article& a, Span passage,
                  const std::vector<Span>& shared) {
  return absl::StrCat(
      "<div class=\"q\">",
      MarkedHtml(a.text, ContextWindow(a.text, passage, kContextBytes), shared,
                 kPassageBytes + 2 * kContextBytes),
      "</div>");
}

// One aligned passage pair side by side, the words both share marked (the
// whole passages when they differ too much to tell word by word).
std::string PassagePair(const Article& src, const Article& cp,
                        const AlignedSpan& span) {
  SharedRuns shared = SharedWords(src.text, span.source, cp.text, span.copy);
  if (!shared.found) {
    shared.a = {span.source};
    shared.b = {span.copy};
  }
  return absl::StrCat("<div class=\"cols\"><div class=\"side\">",
                      Quote(src, span.source, shared.a),
                      "</div><div class=\"side\">",
                      Quote(cp, span.copy, shared.b), "</div></div>");
}

std::string CopyClass(const CopyPair& p) { return CopyClassName(p); }

// " · c-0123… · seen before": the finding's id (for a baseline file) and
// whether an earlier run with the store reported it.
std::string IdLine(const std::string& id, bool seen_before) {
  if (id.empty()) return "";
  return absl::StrCat(" · <code class=\"id\">", HtmlEscape(id), "</code>",
                      seen_before ? " · seen before" : "");
}

// "outlet · date — title" of one side of a finding.
std::string Headline(const Article& a) {
  return absl::StrCat(
      Who(a), a.title.empty()
                  ? ""
                  : absl::StrCat(" — <i>", HtmlEscape(a.title), "</i>"));
}

std::string CopySummary(const std::vector<Article>& articles,
                        const CopyPair& p) {
  return absl::StrCat(
      "<span class=\"b ", CopyClass(p), "\">",
      p.same_outlet ? "same outlet"
      : p.credited  ? "credited"
                    : "not credited",
      "</span>", Headline(articles[p.copy]), "<br><span class=\"line\">",
      p.by_date ? "copied from " : "shares a passage with ",
      Headline(articles[p.source]),
      absl::StrFormat(" · %.0f%% of it in common", 100 * p.containment),
      IdLine(p.id, p.seen_before), "</span>");
}

std::string CopyBody(const std::vector<Article>& articles, const CopyPair& p) {
  const Article& src = articles[p.source];
  const Article& cp = articles[p.copy];
  std::string out = absl::StrCat(
      "<div class=\"body\"><div class=\"cols\"><div class=\"side\">",
      ArticleMeta(p.by_date ? "source (published first)"
                            : "one article (order unknown)",
                  src),
      "</div><div class=\"side\">",
      ArticleMeta(p.by_date ? "copy" : "the other", cp), "</div></div>");
  absl::StrAppendFormat(
      &out,
      "<p class=\"line\">%.0f%% of the second article's shingles are in the "
      "first (similarity %.2f); %s; %s.</p>",
      100 * p.containment, p.similarity,
      p.by_date ? "direction from publication times"
                : "direction unknown (times missing, overlapping or too "
                  "close to order)",
      p.credited ? absl::StrCat("credit: “", HtmlEscape(p.credit), "”")
                 : std::string("no credit found"));
  absl::StrAppendFormat(&out,
                        "<h4>%d aligned passage%s (marked: the words both "
                        "share)</h4>",
                        p.spans.size(), p.spans.size() == 1 ? "" : "s");
  for (size_t i = 0; i < p.spans.size() && i < kPassagesShown; ++i) {
    absl::StrAppend(&out, PassagePair(src, cp, p.spans[i]));
  }
  if (p.spans.size() > kPassagesShown) {
    absl::StrAppend(&out, "<p class=\"line\">and ",
                    p.spans.size() - kPassagesShown,
                    " more passages (JSON lists them all)</p>");
  }
  absl::StrAppend(&out, "</div>");
  return out;
}

std::string CopyHtml(const std::vector<Article>& articles, const CopyPair& p) {
  return absl::StrCat(
      "<details class=\"f\"",
      FilterAttrs(CopyClass(p), articles[p.source], articles[p.copy]),
      "><summary>", CopySummary(articles, p), "</summary>",
      CopyBody(articles, p), "</details>\n");
}

std::string SideHtml(absl::string_view role,
                     const std::vector<Article>& articles, const Claim& c) {
  const Article& a = articles[c.doc];
  return absl::StrCat(
      "<div class=\"side\">", ArticleMeta(role, a), "<div class=\"q\">",
      MarkedHtml(a.text, c.sentence, {c.span}, kSentenceBytes),
      "</div><div class=\"val\">value: ", HtmlEscape(DescribeValue(c)),
      " <span class=\"line\">(bytes ", c.span.begin, "–", c.span.end,
      ")</span></div></div>");
}

std::string DiscrepancyHtml(const std::vector<Article>& articles,
                            const Discrepancy& d) {
  const std::string cls = DiscrepancyClassName(d.cls);
  const Article& a = articles[d.a.doc];
  const Article& b = articles[d.b.doc];
  std::string out =
      absl::StrCat("<details class=\"f\"", FilterAttrs(cls, a, b),
                   "><summary><span "
                   "class=\"b ",
                   cls, "\">", cls, "</span>", ClaimKindName(d.kind));
  if (!d.topic.empty()) absl::StrAppend(&out, " about ", HtmlEscape(d.topic));
  absl::StrAppendFormat(&out, " · confidence %.2f", d.confidence);
  absl::StrAppend(&out, IdLine(d.id, d.seen_before), ": ");
  absl::StrAppend(&out, "<b>", HtmlEscape(OutletKey(a)), "</b> “",
                  HtmlEscape(d.a.span.Of(a.text)), "” vs <b>",
                  HtmlEscape(OutletKey(b)), "</b> “",
                  HtmlEscape(d.b.span.Of(b.text)), "”</summary>");
  absl::StrAppend(&out, "<div class=\"body\">");
  if (d.changed_in_copy) {
    absl::StrAppend(&out,
                    "<p class=\"line\">The figure differs inside a passage the "
                    "two articles share.</p>");
  }
  absl::StrAppend(&out, "<div class=\"cols\">", SideHtml("a", articles, d.a),
                  SideHtml("b", articles, d.b), "</div></div></details>\n");
  return out;
}

}  // namespace

std::string OutletKey(const Article& a) {
  return a.outlet.empty() ? "(unknown outlet)" : a.outlet;
}

std::string CopyStoriesHtml(const ReportInput& in) {
  const std::vector<Article>& articles = *in.articles;
  const DedupResult& r = *in.dedup;
  std::vector<int> story_of(articles.size(), -1);
  for (size_t s = 0; s < r.clusters.size(); ++s) {
    for (int m : r.clusters[s].members) story_of[m] = static_cast<int>(s);
  }
  // Pairs by story, in dedup's order within a story.
  std::vector<std::vector<const CopyPair*>> pairs(r.clusters.size() + 1);
  for (const CopyPair& p : r.copies) {
    const int s = story_of[p.copy];
    pairs[s < 0 ? r.clusters.size() : s].push_back(&p);
  }
  std::string out;
  for (size_t s = 0; s < pairs.size(); ++s) {
    if (pairs[s].empty()) continue;
    absl::StrAppend(&out, "<section class=\"group\">");
    if (s < r.clusters.size()) {
      const Article& origin = articles[r.clusters[s].origin];
      absl::StrAppend(
          &out, "<h3>Story: ",
          HtmlEscape(origin.title.empty() ? origin.id : origin.title),
          "</h3><div class=\"meta\">first: ", Who(origin),
          origin.url.empty() ? "" : absl::StrCat(" · ", LinkHtml(origin.url)),
          " · ", r.clusters[s].members.size(), " articles, ", pairs[s].size(),
          pairs[s].size() == 1 ? " pair" : " pairs", "</div>\n");
    }
    for (const CopyPair* p : pairs[s])
      absl::StrAppend(&out, CopyHtml(articles, *p));
    absl::StrAppend(&out, "</section>\n");
  }
  return out;
}

std::string DiscrepanciesHtml(const ReportInput& in) {
  std::string out = "<section class=\"group\">\n";
  for (const Discrepancy& d : in.compare->discrepancies) {
    absl::StrAppend(&out, DiscrepancyHtml(*in.articles, d));
  }
  absl::StrAppend(&out, "</section>\n");
  return out;
}

}  // namespace wirecheck
