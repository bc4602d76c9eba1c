// compare/compare.h: discrepancies between sources about the same event.
//
// FindDiscrepancies extracts claims from every article (body spans only),
// then, inside each story (the clusters passed in, else articles sharing
// key entities within a few days), pairs claims from different articles
// that are about the same thing: same kind, same counted noun class or
// currency, same role ("killed" never meets "injured"), sentences that
// share an entity (aliases make "Triều Tiên" meet "North Korea"), and no
// sign of two different events: sentences dated on disjoint days, clauses
// that each name someone or somewhere the other article never mentions
// (Kumsusan vs Vostochny), different reporting periods ("quý 3" vs "chín
// tháng"), a per-item amount against a total ("mỗi sinh viên"). A pair
// whose intervals do not intersect is a conflict, or an update when a later
// article raises a toll; one inside the other is a refinement. Within a
// copied passage (from dedup), any changed number or date is a conflict.
//
//   CompareInput in{&articles, &docs, clusters, copied};
//   ASSIGN_OR_RETURN(CompareResult r, FindDiscrepancies(in, aliases, {}));
//   for (const Discrepancy& d : r.discrepancies) { ... d.a.span ... }
#ifndef WIRECHECK_COMPARE_COMPARE_H_
#define WIRECHECK_COMPARE_COMPARE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "compare/aliases.h"
#include "compare/claim.h"
#include "compare/extract.h"
#include "ingest/article.h"
#include "normalise/document.h"
#include "util/span.h"

namespace wirecheck {

struct CopiedPassage {
  int source_doc = 0, copy_doc = 0;
  Span source, copy;
};

struct CompareInput {
  const std::vector<Article>* articles = nullptr;
  const std::vector<Document>* docs = nullptr;  // docs[i] belongs to articles[i]
  // Articles about one story (e.g. dedup's copy clusters). Stories formed
  // from shared key entities within `story_window_days` are added to them.
  std::vector<std::vector<int>> story_clusters;
  std::vector<CopiedPassage> copied;
};

enum class DiscrepancyClass { kConflict, kRefinement, kUpdate };
const char* DiscrepancyClassName(DiscrepancyClass cls);

struct Discrepancy {
  DiscrepancyClass cls = DiscrepancyClass::kConflict;
  ClaimKind kind = ClaimKind::kNumber;
  std::string topic;  // "troops deployed · North Korea"
  double confidence = 0;
  Claim a, b;         // a is from the earlier (or lower-index) article.
};

struct CompareOptions {
  bool include_refinements = false;
  bool include_updates = false;
  double min_confidence = 0.6;     // Findings below are dropped.
  int story_window_days = 3;       // For stories formed without clusters.
  int story_min_shared_entities = 3;
  // Same-language claims are compared only when their sentences share this
  // Jaccard fraction of content words (rewrites of one fact do).
  double min_sentence_similarity = 0.2;
  // Claims with no recognised predicate are compared only between
  // near-verbatim rewrites (Jaccard of content words at least this).
  double min_rewrite_similarity = 0.5;
  ExtractOptions extract;
};

struct CompareResult {
  std::vector<Claim> claims;  // Every claim, by article then position.
  std::vector<Discrepancy> discrepancies;  // Highest confidence first.
};

absl::StatusOr<CompareResult> FindDiscrepancies(const CompareInput& input,
                                                const AliasTable& aliases,
                                                const CompareOptions& options);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_COMPARE_H_
