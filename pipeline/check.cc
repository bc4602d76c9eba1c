#include "pipeline/check.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "util/status_macros.h"

namespace wirecheck {

// data/aliases.tsv, compiled in by the genrule in pipeline/BUILD.bazel.
extern const char kBuiltinAliases[];

namespace {

// Compare's view of dedup: which articles tell one story, and which byte
// ranges one copied from another.
CompareInput CompareInputFrom(const std::vector<Article>& articles,
                              const std::vector<Document>& docs,
                              const DedupResult* dedup) {
  CompareInput input;
  input.articles = &articles;
  input.docs = &docs;
  if (dedup == nullptr) return input;
  for (const Cluster& c : dedup->clusters) input.story_clusters.push_back(c.members);
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
  CheckResult result;
  result.docs = PrepareDocuments(articles, options.prepare);
  if (options.run_dedup) {
    ASSIGN_OR_RETURN(result.dedup,
                     FindCopies(articles, result.docs, options.dedup));
  }
  if (options.run_compare) {
    // The user's lines follow the built-in ones, so a user file can add
    // entities; AliasTable::Parse rejects a name given to two entities.
    ASSIGN_OR_RETURN(
        AliasTable aliases,
        AliasTable::Parse(absl::StrCat(kBuiltinAliases, "\n",
                                       options.extra_aliases)));
    const CompareInput input = CompareInputFrom(
        articles, result.docs, result.dedup ? &*result.dedup : nullptr);
    ASSIGN_OR_RETURN(result.compare,
                     FindDiscrepancies(input, aliases, options.compare));
  }
  return result;
}

}  // namespace wirecheck
