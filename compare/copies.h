// compare/copies.h: values a copy changed.
//
// When dedup aligns a copied passage, the copy's figures should be the
// source's. A figure rewritten in place (same words on both sides, another
// value: "hơn 10.000 binh lính" -> "khoảng 8.000 binh lính") to one that
// cannot be true together with the original is a conflict of very high
// confidence. Two articles that differ in `copy_template_changes`
// (ClassifyOptions) or more values across their passages are a template
// filled with other data (daily market reports, weather), not a copy that
// altered a fact, and give nothing.
//
//   std::vector<ChangedValue> changed = ChangedInCopies(
//       articles, claims, by_doc, passages, ClassifyOptions{});
#ifndef WIRECHECK_COMPARE_COPIES_H_
#define WIRECHECK_COMPARE_COPIES_H_

#include <vector>

#include "compare/claim.h"
#include "compare/classify.h"
#include "ingest/article.h"
#include "util/span.h"

namespace wirecheck {

struct CopiedPassage {
  int source_doc = 0, copy_doc = 0;
  Span source, copy;
};

struct ChangedValue {
  int source_claim = 0, copy_claim = 0;  // Indices into the claims.
};

// `by_doc[d]` lists the claim indices of article d in text order.
std::vector<ChangedValue> ChangedInCopies(
    const std::vector<Article>& articles, const std::vector<Claim>& claims,
    const std::vector<std::vector<int>>& by_doc,
    const std::vector<CopiedPassage>& passages, const ClassifyOptions& options);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_COPIES_H_
