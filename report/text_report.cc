// The human report: what a standards editor reads. Copies first (who took
// whose story, how much, credited or not, and the first shared passage
// quoted from both sides), then discrepancies (each side's outlet, time,
// the sentence with the value in [brackets], and its normalised value).
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/time.h"
#include "report/excerpt.h"
#include "report/labels.h"
#include "report/report.h"
#include "report/terminal.h"

namespace wirecheck {
namespace {

constexpr size_t kQuoteBytes = 220;

std::string Who(const Article& a) {
  std::string who = OutletOrId(a);
  if (a.outlet_inferred) absl::StrAppend(&who, " (outlet inferred)");
  absl::StrAppend(&who, ", ", PublishedOrUnknown(a));
  if (a.published.known() && a.published_inferred) {
    absl::StrAppend(&who, " (date inferred)");
  }
  return who;
}

const char* SeenBefore(bool seen) { return seen ? " (seen before)" : ""; }

void AppendCopy(std::string* out, int n, const std::vector<Article>& articles,
                const CopyPair& p) {
  const Article& src = articles[p.source];
  const Article& cp = articles[p.copy];
  // "copied from" only when dates order the two; otherwise nobody knows
  // which came first.
  absl::StrAppendFormat(
      out, "[%d] %s%s  %s\n     %s %s\n", n, p.id, SeenBefore(p.seen_before),
      Who(cp), p.by_date ? "copied from" : "shares a passage with", Who(src));
  if (p.by_date) {
    absl::StrAppendFormat(out, "     copy id %s <- source id %s\n", cp.id,
                          src.id);
  } else {
    absl::StrAppendFormat(out, "     ids %s and %s\n", cp.id, src.id);
  }
  absl::StrAppendFormat(
      out, "     %.0f%% of %s (similarity %.2f), %s\n", 100 * p.containment,
      p.by_date ? "the copy is in the source" : "the first is in the second",
      p.similarity,
      p.by_date ? "direction by publication time"
                : "direction unknown (times missing, overlapping or too close "
                  "to order)");
  if (p.same_outlet) {
    absl::StrAppend(out,
                    "     same outlet: its own story reused (needs no "
                    "credit)\n");
  } else if (p.credited) {
    absl::StrAppendFormat(
        out, "     credited: \"%s\"\n",
        Excerpt(p.credit, Span{0, static_cast<uint32_t>(p.credit.size())},
                120));
  } else if (p.by_date) {
    absl::StrAppend(out, "     NOT credited\n");
  } else {
    absl::StrAppend(out, "     neither credits the other\n");
  }
  if (p.spans.empty()) return;
  const AlignedSpan& first = p.spans.front();
  absl::StrAppendFormat(out, "     %d aligned passage%s; the first:\n",
                        p.spans.size(), p.spans.size() == 1 ? "" : "s");
  absl::StrAppendFormat(out, "       source [%d, %d): \"%s\"\n",
                        first.source.begin, first.source.end,
                        Excerpt(src.text, first.source, kQuoteBytes));
  absl::StrAppendFormat(out, "       copy   [%d, %d): \"%s\"\n",
                        first.copy.begin, first.copy.end,
                        Excerpt(cp.text, first.copy, kQuoteBytes));
}

void AppendSide(std::string* out, const char* label,
                const std::vector<Article>& articles, const Claim& c) {
  const Article& a = articles[c.doc];
  absl::StrAppendFormat(out, "     %s: %s\n", label, Who(a));
  absl::StrAppendFormat(
      out, "        \"%s\"\n",
      Highlight(a.text, c.sentence, c.span, "[", "]", kQuoteBytes));
  absl::StrAppendFormat(out, "        = %s   (bytes %d-%d of %s)\n",
                        DescribeValue(c), c.span.begin, c.span.end, a.id);
}

void AppendDiscrepancy(std::string* out, int n,
                       const std::vector<Article>& articles,
                       const Discrepancy& d) {
  absl::StrAppendFormat(out, "[%d] %s%s  %s: %s %s (confidence %.2f)\n", n,
                        d.id, SeenBefore(d.seen_before),
                        DiscrepancyClassName(d.cls), ClaimKindName(d.kind),
                        d.topic.empty() ? "" : absl::StrCat("about ", d.topic),
                        d.confidence);
  AppendSide(out, "a", articles, d.a);
  AppendSide(out, "b", articles, d.b);
}

void AppendDocuments(std::string* out, const ReportInput& in) {
  for (size_t i = 0; i < in.articles->size(); ++i) {
    if (in.listed != nullptr && !(*in.listed)[i]) continue;
    const Article& a = (*in.articles)[i];
    const Document& d = (*in.docs)[i];
    absl::StrAppendFormat(out, "%s  (%s)\n", a.id, a.origin);
    absl::StrAppendFormat(out, "  outlet:    %s%s\n",
                          a.outlet.empty() ? "unknown" : a.outlet,
                          a.outlet_inferred ? "  (inferred)" : "");
    absl::StrAppendFormat(out, "  published: %s%s\n",
                          a.published.known() ? a.published.ToIso() : "unknown",
                          a.published_inferred ? "  (inferred)" : "");
    absl::StrAppendFormat(out, "  title:     %s%s\n",
                          a.title.empty() ? "unknown" : a.title,
                          a.title_inferred ? "  (inferred)" : "");
    if (!a.url.empty()) absl::StrAppendFormat(out, "  url:       %s\n", a.url);
    size_t body_bytes = 0;
    for (const Span& s : d.body) body_bytes += s.size();
    absl::StrAppendFormat(out, "  text:      %d bytes, %d body, %d tokens\n",
                          a.text.size(), body_bytes, d.tokens.size());
    if (!in.show_boilerplate) continue;
    for (const RemovedSpan& r : d.removed) {
      absl::StrAppendFormat(out, "  - removed [%d, %d) %s: \"%s\"\n",
                            r.span.begin, r.span.end, r.reason,
                            Excerpt(a.text, r.span, 80));
    }
  }
}

std::string Heading(const std::string& title) {
  return absl::StrCat("== ", title, " ==\n");
}

// Passages an edit removed or added, the first few.
void AppendPassages(std::string* out, const char* label,
                    const std::string& text, const std::vector<Span>& spans) {
  constexpr size_t kShown = 3;
  for (size_t i = 0; i < spans.size() && i < kShown; ++i) {
    absl::StrAppendFormat(out, "     %s [%d, %d): \"%s\"\n", label,
                          spans[i].begin, spans[i].end,
                          Excerpt(text, spans[i], 160));
  }
  if (spans.size() > kShown) {
    absl::StrAppendFormat(out, "     ... and %d more %s passages\n",
                          spans.size() - kShown, label);
  }
}

void AppendEdit(std::string* out, int n, const std::vector<Article>& articles,
                const Edit& e) {
  const Article& now = articles[e.doc];
  const Article& before = articles[e.previous];
  absl::StrAppendFormat(
      out, "[%d] %s edited since stored: version %d (similarity %.2f to %s)\n",
      n, now.id, e.version, e.similarity, before.id);
  AppendPassages(out, "removed", before.text, e.removed);
  AppendPassages(out, "added", now.text, e.added);
  for (const Discrepancy& d : e.figures) {
    absl::StrAppendFormat(out, "     figure changed: \"%s\" -> \"%s\"\n",
                          Excerpt(before.text, d.a.span, 80),
                          Excerpt(now.text, d.b.span, 80));
  }
}

}  // namespace

std::string RenderText(const ReportInput& in) {
  const std::vector<Article>& articles = *in.articles;
  std::string out;
  if (!in.explain.empty()) absl::StrAppend(&out, in.explain, "\n");
  if (in.show_documents || in.show_boilerplate) {
    absl::StrAppend(&out, Heading("Articles"));
    AppendDocuments(&out, in);
    absl::StrAppend(&out, "\n");
  }
  if (in.dedup != nullptr) {
    absl::StrAppend(
        &out, Heading(absl::StrCat("Copies: ", in.dedup->copies.size(), " in ",
                                   StoryCount(in.dedup->clusters.size()))));
    int n = 0;
    for (const CopyPair& p : in.dedup->copies) {
      AppendCopy(&out, ++n, articles, p);
      absl::StrAppend(&out, "\n");
    }
    if (in.dedup->copies.empty()) absl::StrAppend(&out, "no copies found\n\n");
  }
  if (in.compare != nullptr) {
    absl::StrAppend(&out,
                    Heading(absl::StrCat("Discrepancies: ",
                                         in.compare->discrepancies.size())));
    int n = 0;
    for (const Discrepancy& d : in.compare->discrepancies) {
      AppendDiscrepancy(&out, ++n, articles, d);
      absl::StrAppend(&out, "\n");
    }
    if (in.compare->discrepancies.empty()) {
      absl::StrAppend(&out, "no conflicting claims found\n\n");
    }
    if (in.compare->candidates_hidden > 0) {
      absl::StrAppend(&out, in.compare->candidates_hidden,
                      " weaker conflict candidates not listed (below "
                      "--min-confidence; --show=candidates lists them)\n\n");
    }
    if (in.show_claims) {
      absl::StrAppend(
          &out, Heading(absl::StrCat("Claims: ", in.compare->claims.size())));
      for (const Claim& c : in.compare->claims) {
        const Article& a = articles[c.doc];
        absl::StrAppendFormat(&out, "%s [%d, %d) %s \"%s\" = %s\n", a.id,
                              c.span.begin, c.span.end, ClaimKindName(c.kind),
                              Excerpt(a.text, c.span, 80), DescribeValue(c));
      }
      absl::StrAppend(&out, "\n");
    }
  }
  if (in.edits != nullptr && !in.edits->empty()) {
    absl::StrAppend(&out, Heading(absl::StrCat("Edits of stored articles: ",
                                               in.edits->size())));
    int n = 0;
    for (const Edit& e : *in.edits) {
      AppendEdit(&out, ++n, articles, e);
      absl::StrAppend(&out, "\n");
    }
  }
  // Ids, outlets, titles and quotes are the scrape's: no control sequence
  // of theirs reaches the terminal.
  return TerminalSafeLines(out);
}

std::string RenderStoreStats(const std::string& path, const StoreStats& s) {
  std::string out;
  const auto per_article = [&](int64_t bytes) {
    return s.articles == 0 ? 0.0 : static_cast<double>(bytes) / s.articles;
  };
  absl::StrAppendFormat(&out, "store %s\n", path);
  absl::StrAppendFormat(&out, "  articles:     %d (%d versions)\n", s.articles,
                        s.versions);
  absl::StrAppendFormat(&out,
                        "  text:         %d bytes, %d compressed (%.0f per "
                        "article)\n",
                        s.text_bytes, s.compressed_bytes,
                        per_article(s.compressed_bytes));
  absl::StrAppendFormat(&out,
                        "  index:        %d passage fingerprints, %d event "
                        "terms\n",
                        s.fingerprints, s.event_terms);
  absl::StrAppendFormat(
      &out,
      "  claims:       of %d versions, %d bytes (%.0f per "
      "version with claims)\n",
      s.with_claims, s.claims_bytes,
      s.with_claims == 0 ? 0.0
                         : static_cast<double>(s.claims_bytes) / s.with_claims);
  absl::StrAppendFormat(&out, "  file:         %d bytes (%.0f per article)\n",
                        s.file_bytes, per_article(s.file_bytes));
  if (s.versions > 0) {
    absl::StrAppendFormat(
        &out, "  stored:       %s to %s\n",
        absl::FormatTime("%Y-%m-%d %H:%M UTC", absl::FromUnixSeconds(s.oldest),
                         absl::UTCTimeZone()),
        absl::FormatTime("%Y-%m-%d %H:%M UTC", absl::FromUnixSeconds(s.newest),
                         absl::UTCTimeZone()));
  }
  return out;
}

}  // namespace wirecheck
