// pipeline/check.h: one call that runs the matching stages in order.
//
//   articles --PrepareDocuments--> documents --FindCopies--> copies
//                                            \--FindDiscrepancies(copies)-->
//                                            discrepancies
//
// dedup runs before compare because its copies are compare's strongest
// evidence: a copied pair reports one event, and a number that a copy changed
// in place is a conflict of very high confidence. The pipeline converts
// dedup's result into compare's input types, so neither stage depends on the
// other. Every copy and discrepancy leaves with its stable id
// (pipeline/finding_id.h).
//
//   CheckOptions options;
//   options.run_compare = true;
//   ASSIGN_OR_RETURN(CheckResult r, RunCheck(articles, options));
#ifndef WIRECHECK_PIPELINE_CHECK_H_
#define WIRECHECK_PIPELINE_CHECK_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "compare/compare.h"
#include "dedup/dedup.h"
#include "ingest/article.h"
#include "normalise/document.h"
#include "normalise/prepare.h"

namespace wirecheck {

struct CheckOptions {
  PrepareOptions prepare;
  DedupOptions dedup;
  CompareOptions compare;
  bool run_dedup = true;
  bool run_compare = true;
  // The user's additions to compare's built-in lexicon and alias table.
  KnowledgeFiles knowledge;
};

struct CheckResult {
  std::vector<Document> docs;
  std::optional<DedupResult> dedup;
  std::optional<CompareResult> compare;
};

// InvalidArgument for bad options or an unparsable alias table.
absl::StatusOr<CheckResult> RunCheck(const std::vector<Article>& articles,
                                     const CheckOptions& options);

// The same on documents already prepared (`docs` moves into the result).
// With `is_new` non-empty only pairs involving a marked article are
// matched. `extracted` (with `is_new`, one per article, or empty): the
// extraction an earlier run made of each article, or null to extract it
// here; when given, compare returns what it extracted here in its
// `extractions`, for the store to keep.
absl::StatusOr<CheckResult> RunCheckOnDocuments(
    const std::vector<Article>& articles, std::vector<Document> docs,
    const CheckOptions& options, const std::vector<bool>& is_new,
    const std::vector<const ArticleExtraction*>& extracted = {});

}  // namespace wirecheck

#endif  // WIRECHECK_PIPELINE_CHECK_H_
