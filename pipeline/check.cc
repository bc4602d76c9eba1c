#include "pipeline/check.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "pipeline/finding_id.h"
#include "util/status_macros.h"

namespace wirecheck {

namespace {

// Compare's view of dedup: which byte ranges one article copied from
// another.
CompareInput CompareInputFrom(const std::vector<Article>& articles,
                              const std::vector<Document>& docs,
                              const DedupResult* dedup) {
  CompareInput input;
  input.articles = &articles;
  input.docs = &docs;
  if (dedup == nullptr) return input;
  for (const CopyPair& p : dedup->copies) {
    for (const AlignedSpan& s : p.spans) {
      input.copied.push_back(CopiedPassage{p.source, p.copy, s.source, s.copy});
    }
  }
  return input;
}

}  // namespace

absl::StatusOr<CheckResult> RunCheck(const std::vector<Article>& articles,
                                     const CheckOptions& options) {
  return RunCheckOnDocuments(
      articles, PrepareDocuments(articles, options.prepare), options, {});
}

absl::StatusOr<CheckResult> RunCheckOnDocuments(
    const std::vector<Article>& articles, std::vector<Document> docs,
    const CheckOptions& options, const std::vector<bool>& is_new,
    const std::vector<const ArticleExtraction*>& extracted) {
  CheckResult result;
  result.docs = std::move(docs);
  if (options.run_dedup) {
    ASSIGN_OR_RETURN(result.dedup,
                     FindCopies(articles, result.docs, options.dedup, is_new));
  }
  if (options.run_compare) {
    ASSIGN_OR_RETURN(const Knowledge knowledge,
                     LoadKnowledge(options.knowledge));
    CompareInput input = CompareInputFrom(
        articles, result.docs, result.dedup ? &*result.dedup : nullptr);
    input.is_new = is_new;
    input.extracted = extracted;
    input.keep_extractions = !extracted.empty();
    ASSIGN_OR_RETURN(result.compare,
                     FindDiscrepancies(input, knowledge, options.compare));
  }
  AssignFindingIds(articles, result.dedup ? &*result.dedup : nullptr,
                   result.compare ? &*result.compare : nullptr);
  return result;
}

}  // namespace wirecheck
