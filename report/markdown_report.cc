// The Markdown report: short enough for a CI job summary or a merge request
// comment. Counts on top, then the strongest discrepancies and the copies
// most worth a look (uncredited first), each list capped with "and N more".
// All article text goes through markdown_text.h.
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "report/excerpt.h"
#include "report/labels.h"
#include "report/markdown_text.h"
#include "report/report.h"

namespace wirecheck {
namespace {

constexpr size_t kTop = 20;  // Findings listed per section.
constexpr size_t kSentenceBytes = 200;

// "outlet, date" of an article, escaped.
std::string Who(const Article& a) {
  return MarkdownEscape(
      absl::StrCat(OutletOrId(a), ", ", PublishedOrUnknown(a)));
}

// "outlet, date: [title](url)".
std::string Headline(const Article& a) {
  std::string out = Who(a);
  if (!a.title.empty()) {
    absl::StrAppend(
        &out, ": ",
        MarkdownLink(
            Excerpt(a.title, Span{0, static_cast<uint32_t>(a.title.size())},
                    100),
            a.url));
  } else if (!a.url.empty()) {
    absl::StrAppend(&out, ": ", MarkdownLink("link", a.url));
  }
  return out;
}

// The claim's sentence with the claim in bold.
std::string Sentence(const Article& a, const Claim& c) {
  const std::string marked =
      Highlight(a.text, c.sentence, c.span, "\x01", "\x02", kSentenceBytes);
  const size_t open = marked.find('\x01');
  const size_t close = marked.find('\x02', open);
  if (open == std::string::npos || close == std::string::npos) {
    return MarkdownEscape(marked);
  }
  return absl::StrCat(MarkdownEscape(marked.substr(0, open)), "**",
                      MarkdownEscape(marked.substr(open + 1, close - open - 1)),
                      "**", MarkdownEscape(marked.substr(close + 1)));
}

std::string More(size_t total, absl::string_view what) {
  if (total <= kTop) return "";
  return absl::StrCat("\n…and ", total - kTop, " more ", what,
                      " (the HTML or JSON report lists them all).\n");
}

// " · `d-0123…`" (and " · seen before"): the id a baseline file names.
std::string IdNote(const std::string& id, bool seen_before) {
  if (id.empty()) return "";
  return absl::StrCat(" · `", id, "`", seen_before ? " · seen before" : "");
}

void AppendCounts(const ReportInput& in, std::string* out) {
  absl::StrAppend(out, "| finding | count | detail |\n|---|--:|---|\n");
  if (in.dedup != nullptr) {
    int credited = 0, same_outlet = 0, by_date = 0;
    for (const CopyPair& p : in.dedup->copies) {
      same_outlet += p.same_outlet;
      credited += !p.same_outlet && p.credited;
      by_date += p.by_date;
    }
    const int n = static_cast<int>(in.dedup->copies.size());
    absl::StrAppendFormat(out,
                          "| [copies](#copies) | %d | in %s: %d "
                          "credited, %d not credited, %d within one outlet; "
                          "%d with a direction known from dates |\n",
                          n, StoryCount(in.dedup->clusters.size()), credited,
                          n - credited - same_outlet, same_outlet, by_date);
  }
  if (in.compare != nullptr) {
    int by_class[3] = {0, 0, 0};
    for (const Discrepancy& d : in.compare->discrepancies) {
      ++by_class[static_cast<int>(d.cls)];
    }
    absl::StrAppendFormat(
        out,
        "| [discrepancies](#discrepancies) | %d | %d conflicts, %d "
        "refinements, %d updates; %d weaker candidates not listed |\n",
        in.compare->discrepancies.size(),
        by_class[static_cast<int>(DiscrepancyClass::kConflict)],
        by_class[static_cast<int>(DiscrepancyClass::kRefinement)],
        by_class[static_cast<int>(DiscrepancyClass::kUpdate)],
        in.compare->candidates_hidden);
  }
  if (in.edits != nullptr) {
    absl::StrAppendFormat(out, "| edits | %d | stored articles changed |\n",
                          in.edits->size());
  }
  int problems = 0;
  if (in.diagnostics != nullptr) {
    for (const Diagnostic& d : *in.diagnostics) {
      problems += d.severity != Diagnostic::Severity::kNote;
    }
  }
  absl::StrAppendFormat(out, "| input problems | %d | %s |\n", problems,
                        problems > 0 ? "files or lines skipped or repaired "
                                       "(stderr and JSON list them)"
                                     : "none");
}

void AppendDiscrepancies(const ReportInput& in, std::string* out) {
  const std::vector<Discrepancy>& all = in.compare->discrepancies;
  absl::StrAppend(out, "\n### Discrepancies\n\n");
  if (all.empty()) absl::StrAppend(out, "No conflicting claims found.\n");
  for (size_t i = 0; i < all.size() && i < kTop; ++i) {
    const Discrepancy& d = all[i];
    absl::StrAppendFormat(
        out, "%d. **%s** %s%s, confidence %.2f%s\n", i + 1,
        DiscrepancyClassName(d.cls), ClaimKindName(d.kind),
        d.topic.empty() ? "" : absl::StrCat(" about ", MarkdownEscape(d.topic)),
        d.confidence, IdNote(d.id, d.seen_before));
    for (const Claim* c : {&d.a, &d.b}) {
      const Article& a = (*in.articles)[c->doc];
      absl::StrAppend(out, "   - ", Headline(a), "  \n     ", Sentence(a, *c),
                      "\n");
    }
  }
  absl::StrAppend(out, More(all.size(), "discrepancies"));
}

// Copies worth a look first: uncredited, then with a known direction, then
// by how much was taken.
std::vector<const CopyPair*> RankCopies(const std::vector<CopyPair>& copies) {
  std::vector<const CopyPair*> ranked;
  for (const CopyPair& p : copies) ranked.push_back(&p);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const CopyPair* x, const CopyPair* y) {
                     const bool x_open = !x->credited && !x->same_outlet;
                     const bool y_open = !y->credited && !y->same_outlet;
                     if (x_open != y_open) return x_open;
                     if (x->by_date != y->by_date) return x->by_date;
                     return x->containment > y->containment;
                   });
  return ranked;
}

void AppendCopies(const ReportInput& in, std::string* out) {
  const std::vector<CopyPair>& all = in.dedup->copies;
  absl::StrAppend(out, "\n### Copies\n\n");
  if (all.empty()) {
    absl::StrAppend(out, "No copies found.\n");
    return;
  }
  absl::StrAppend(out,
                  "| # | article | shares with (earlier, when known) | "
                  "shared | credit | id |\n|--:|---|---|--:|---|---|\n");
  const std::vector<const CopyPair*> ranked = RankCopies(all);
  for (size_t i = 0; i < ranked.size() && i < kTop; ++i) {
    const CopyPair& p = *ranked[i];
    absl::StrAppendFormat(
        out, "| %d | %s | %s%s | %.0f%% | %s | %s |\n", i + 1,
        Headline((*in.articles)[p.copy]), p.by_date ? "copied from " : "",
        Headline((*in.articles)[p.source]), 100 * p.containment,
        p.same_outlet ? "same outlet"
        : p.credited  ? MarkdownEscape(Excerpt(
                            p.credit,
                            Span{0, static_cast<uint32_t>(p.credit.size())}, 60))
                      : "**none**",
        IdNote(p.id, p.seen_before));
  }
  absl::StrAppend(out, More(all.size(), "copies"));
}

}  // namespace

std::string RenderMarkdown(const ReportInput& in) {
  std::string out = "## wirecheck";
  if (in.dedup != nullptr) {
    absl::StrAppend(&out, ": ", in.dedup->copies.size(), " copies");
  }
  if (in.compare != nullptr) {
    absl::StrAppend(&out, in.dedup != nullptr ? ", " : ": ",
                    in.compare->discrepancies.size(), " discrepancies");
  }
  absl::StrAppend(&out, "\n\n", MarkdownEscape(in.ingest_summary), "\n\n");
  AppendCounts(in, &out);
  if (in.compare != nullptr) AppendDiscrepancies(in, &out);
  if (in.dedup != nullptr) AppendCopies(in, &out);
  return out;
}

}  // namespace wirecheck
