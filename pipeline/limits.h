// pipeline/limits.h: the analysis limits a run hit, as warnings.
//
// Every stage is linear in its input or stops at a documented limit; a
// limit that cuts what an article says is never silent. Compare reads at
// most ExtractOptions::max_claims_per_sentence claims in a sentence and
// max_claims_per_article in an article (so a hostile list of 10,000 dates
// costs a bounded frame per claim, not a pass over all the others); HTML
// nesting is capped in ingest (ingest/html_guard.h), which warns itself.
// LimitWarnings turns compare's record of what it cut into diagnostics in
// the ingest style, naming each article by its origin ("file" or
// "file:line"), so they print and serialise like any other warning:
//
//   for (const Diagnostic& d : LimitWarnings(articles, *result.compare,
//                                            options.compare.extract))
//     std::cerr << d.ToString() << "\n";
//   // day.jsonl:7: warning: 64 claims per sentence read at most
//   //   (ExtractOptions::max_claims_per_sentence): 912 not read in 3
//   //   sentences, the first at byte 4410 of the text
#ifndef WIRECHECK_PIPELINE_LIMITS_H_
#define WIRECHECK_PIPELINE_LIMITS_H_

#include <vector>

#include "compare/compare.h"
#include "ingest/article.h"
#include "ingest/diagnostic.h"

namespace wirecheck {

// One warning per limit per article that hit it, in article order.
std::vector<Diagnostic> LimitWarnings(const std::vector<Article>& articles,
                                      const CompareResult& result,
                                      const ExtractOptions& options);

}  // namespace wirecheck

#endif  // WIRECHECK_PIPELINE_LIMITS_H_
