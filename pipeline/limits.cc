#include "pipeline/limits.h"

#include <string>

#include "absl/strings/str_cat.h"

namespace wirecheck {
namespace {

Diagnostic Warning(const Article& a, std::string message) {
  Diagnostic d;
  d.severity = Diagnostic::Severity::kWarning;
  d.file = a.origin.empty() ? a.id : a.origin;
  d.message = std::move(message);
  return d;
}

}  // namespace

std::vector<Diagnostic> LimitWarnings(const std::vector<Article>& articles,
                                      const CompareResult& result,
                                      const ExtractOptions& options) {
  std::vector<Diagnostic> out;
  for (const auto& [doc, stats] : result.limits_hit) {
    const Article& a = articles[doc];
    if (stats.sentences_over_limit > 0) {
      const int n = stats.sentences_over_limit;
      out.push_back(Warning(
          a, absl::StrCat(options.max_claims_per_sentence,
                          " claims per sentence read at most "
                          "(ExtractOptions::max_claims_per_sentence): the "
                          "rest of ",
                          n, " sentence", n == 1 ? "" : "s",
                          " not read, the first claim left out at byte ",
                          stats.first_sentence_drop, " of the text")));
    }
    if (stats.article_limit_at >= 0) {
      out.push_back(Warning(
          a, absl::StrCat(options.max_claims_per_article,
                          " claims per article read at most "
                          "(ExtractOptions::max_claims_per_article): the "
                          "text from byte ",
                          stats.article_limit_at, " on not read for claims")));
    }
  }
  return out;
}

}  // namespace wirecheck
