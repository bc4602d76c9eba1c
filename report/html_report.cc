// The HTML report: a summary on top, a filter bar, then copies grouped by
// story and discrepancies, each finding collapsed until opened. The page
// frame (style, script, Content-Security-Policy) is html_page.h; the
// findings are html_findings.h.
#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "report/html_findings.h"
#include "report/html_page.h"
#include "report/html_text.h"
#include "report/labels.h"
#include "report/report.h"

namespace wirecheck {
namespace {

struct Tally {
  std::map<std::string, int> outlets;  // Findings that involve each outlet.
  std::map<std::string, int> classes;  // Findings of each class.
  int findings = 0;
};

void Count(Tally* t, const std::string& cls, const Article& a,
           const Article& b) {
  ++t->findings;
  ++t->classes[cls];
  ++t->outlets[OutletKey(a)];
  if (OutletKey(b) != OutletKey(a)) ++t->outlets[OutletKey(b)];
}

Tally CountFindings(const ReportInput& in) {
  Tally t;
  const std::vector<Article>& a = *in.articles;
  if (in.dedup != nullptr) {
    for (const CopyPair& p : in.dedup->copies) {
      Count(&t, CopyClassName(p), a[p.source], a[p.copy]);
    }
  }
  if (in.compare != nullptr) {
    for (const Discrepancy& d : in.compare->discrepancies) {
      Count(&t, DiscrepancyClassName(d.cls), a[d.a.doc], a[d.b.doc]);
    }
  }
  return t;
}

std::string Row(absl::string_view what, int n, absl::string_view detail) {
  return absl::StrCat("<tr><th>", what, "</th><td class=\"n\">", n, "</td><td>",
                      detail, "</td></tr>\n");
}

int Listed(const ReportInput& in) {
  if (in.listed == nullptr) return static_cast<int>(in.articles->size());
  return static_cast<int>(
      std::count(in.listed->begin(), in.listed->end(), true));
}

// Errors and warnings; notes (a README in a folder) lose nothing.
int CountProblems(const ReportInput& in) {
  int problems = 0;
  if (in.diagnostics == nullptr) return 0;
  for (const Diagnostic& d : *in.diagnostics) {
    problems += d.severity != Diagnostic::Severity::kNote;
  }
  return problems;
}

std::string SummaryTable(const ReportInput& in, const Tally& t) {
  auto count = [&t](const char* cls) {
    auto it = t.classes.find(cls);
    return it == t.classes.end() ? 0 : it->second;
  };
  std::string out = "<table class=\"sum\">\n";
  absl::StrAppend(&out,
                  Row("articles", Listed(in),
                      in.listed != nullptr &&
                              Listed(in) < static_cast<int>(in.articles->size())
                          ? "new in this run, or named by a finding"
                          : "read"));
  if (in.dedup != nullptr) {
    int by_date = 0;
    for (const CopyPair& p : in.dedup->copies) by_date += p.by_date;
    absl::StrAppend(
        &out, Row("copies", in.dedup->copies.size(),
                  absl::StrCat("in ", StoryCount(in.dedup->clusters.size()),
                               ": ", count("credited"), " credited, ",
                               count("uncredited"), " not credited, ",
                               count("same-outlet"), " within one outlet; ",
                               by_date, " with a direction known from dates")));
  }
  if (in.compare != nullptr) {
    std::string detail =
        absl::StrCat(count("conflict"), " conflicts, ", count("refinement"),
                     " refinements, ", count("update"), " updates");
    if (in.compare->candidates_hidden > 0) {
      absl::StrAppend(&detail, "; ", in.compare->candidates_hidden,
                      " weaker conflict candidates not listed "
                      "(--show=candidates)");
    }
    absl::StrAppend(
        &out, Row("discrepancies", in.compare->discrepancies.size(), detail));
  }
  if (in.edits != nullptr) {
    absl::StrAppend(&out, Row("edits", in.edits->size(),
                              "stored articles that came back changed"));
  }
  const int problems = CountProblems(in);
  absl::StrAppend(&out, Row("input problems", problems,
                            problems > 0 ? "<a href=\"#problems\">listed "
                                           "below</a>"
                                         : "none"));
  absl::StrAppend(&out, "</table>\n");
  return out;
}

std::string Options(const std::map<std::string, int>& counts,
                    absl::string_view all) {
  std::vector<std::pair<std::string, int>> sorted(counts.begin(), counts.end());
  std::stable_sort(
      sorted.begin(), sorted.end(),
      [](const auto& x, const auto& y) { return x.second > y.second; });
  std::string out = absl::StrCat("<option value=\"\">", all, "</option>");
  for (const auto& [name, n] : sorted) {
    absl::StrAppend(&out, "<option value=\"", HtmlEscape(name), "\">",
                    HtmlEscape(name), " (", n, ")</option>");
  }
  return out;
}

std::string FilterBar(const Tally& t) {
  return absl::StrCat(
      "<div id=\"filters\"><label>outlet <select id=\"f-outlet\">",
      Options(t.outlets, "all outlets"),
      "</select></label><label>class <select id=\"f-class\">",
      Options(t.classes, "all classes"),
      "</select></label><button id=\"f-open\" type=\"button\">open "
      "shown</button> <button id=\"f-close\" type=\"button\">close "
      "shown</button><span id=\"f-shown\">",
      t.findings, " findings</span></div>\n");
}

std::string EditsHtml(const ReportInput& in) {
  std::string out = "<ul>\n";
  for (const Edit& e : *in.edits) {
    const Article& now = (*in.articles)[e.doc];
    const Article& before = (*in.articles)[e.previous];
    absl::StrAppend(&out, "<li>", HtmlEscape(now.id), " (",
                    HtmlEscape(OutletKey(now)), "): version ", e.version, ", ",
                    e.removed.size(), " passages removed, ", e.added.size(),
                    " added, ", e.figures.size(), " figures changed");
    for (const Discrepancy& d : e.figures) {
      absl::StrAppend(&out, "<br>“", HtmlEscape(d.a.span.Of(before.text)),
                      "” → “", HtmlEscape(d.b.span.Of(now.text)), "” in: ",
                      MarkedHtml(now.text, d.b.sentence, {d.b.span}, 400));
    }
    absl::StrAppend(&out, "</li>\n");
  }
  absl::StrAppend(&out, "</ul>\n");
  return out;
}

std::string ProblemsHtml(const std::vector<Diagnostic>& diagnostics) {
  std::string out = "<ul class=\"line\">\n";
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Diagnostic::Severity::kNote) continue;
    absl::StrAppend(&out, "<li>", HtmlEscape(d.ToString()), "</li>\n");
  }
  absl::StrAppend(&out, "</ul>\n");
  return out;
}

std::string DocumentsHtml(const ReportInput& in) {
  std::string out =
      "<table class=\"sum "
      "docs\"><tr><th>id</th><th>outlet</th><th>published</th>"
      "<th>title</th><th>url</th></tr>\n";
  for (size_t i = 0; i < in.articles->size(); ++i) {
    if (in.listed != nullptr && !(*in.listed)[i]) continue;
    const Article& a = (*in.articles)[i];
    absl::StrAppend(&out, "<tr><td>", HtmlEscape(a.id), "</td><td>",
                    HtmlEscape(OutletKey(a)), "</td><td>",
                    HtmlEscape(PublishedOrUnknown(a)), "</td><td>",
                    HtmlEscape(a.title), "</td><td>", LinkHtml(a.url),
                    "</td></tr>\n");
  }
  absl::StrAppend(&out, "</table>\n");
  return out;
}

}  // namespace

std::string RenderHtml(const ReportInput& in) {
  const Tally tally = CountFindings(in);
  std::string body = absl::StrCat(
      "<h1>wirecheck report</h1>\n<p class=\"line q\">",
      HtmlEscape(in.ingest_summary), "</p>\n", SummaryTable(in, tally));
  if (in.dedup != nullptr || in.compare != nullptr) {
    absl::StrAppend(&body, FilterBar(tally));
  }
  if (in.dedup != nullptr) {
    absl::StrAppend(&body,
                    "<h2 id=\"copies\">Copies: ", in.dedup->copies.size(),
                    " in ", StoryCount(in.dedup->clusters.size()), "</h2>\n",
                    in.dedup->copies.empty() ? "<p>no copies found</p>\n"
                                             : CopyStoriesHtml(in));
  }
  if (in.compare != nullptr) {
    absl::StrAppend(&body, "<h2 id=\"discrepancies\">Discrepancies: ",
                    in.compare->discrepancies.size(), "</h2>\n",
                    in.compare->discrepancies.empty()
                        ? "<p>no conflicting claims found</p>\n"
                        : DiscrepanciesHtml(in));
  }
  if (in.edits != nullptr && !in.edits->empty()) {
    absl::StrAppend(&body, "<h2 id=\"edits\">Edits of stored articles: ",
                    in.edits->size(), "</h2>\n", EditsHtml(in));
  }
  if (in.show_documents) {
    absl::StrAppend(&body, "<h2 id=\"articles\">Articles</h2>\n",
                    DocumentsHtml(in));
  }
  if (CountProblems(in) > 0) {
    absl::StrAppend(&body, "<h2 id=\"problems\">Input problems</h2>\n",
                    ProblemsHtml(*in.diagnostics));
  }
  return HtmlPage("wirecheck report", body);
}

}  // namespace wirecheck
