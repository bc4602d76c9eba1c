// compare/compare.h: discrepancies between sources about the same event.
//
// FindDiscrepancies runs four stages, each in its own file:
//
//   articles --extract--> claims with frames      (compare/extract.h)
//            --event----> article pairs of one event (compare/event.h)
//            --attribute> claims aligned by attribute (compare/attribute.h)
//            --classify-> conflict / update / refinement (compare/classify.h)
//
// Each article is lexed once; its claims and its event profile come from
// that one pass. Claims are compared only along the article pairs of one
// event and only inside one attribute bucket, so cost grows with the number
// of articles, not with the square of the batch. Within a passage that
// dedup found copied, a value the copy changed in place is a conflict of
// very high confidence (compare/copies.h).
//
// A conflict's confidence says how probably it is real (weights in
// ConfidenceWeights, calibrated on judged samples of real news; see the
// README). Conflicts at or above `min_confidence` are reported; those above
// `candidate_confidence` only with `include_candidates`.
//
//   ASSIGN_OR_RETURN(Knowledge k, LoadKnowledge({}));
//   CompareInput in{&articles, &docs, /*given_events=*/{}, copied};
//   ASSIGN_OR_RETURN(CompareResult r, FindDiscrepancies(in, k, {}));
//   for (const Discrepancy& d : r.discrepancies) { ... d.a.span ... }
#ifndef WIRECHECK_COMPARE_COMPARE_H_
#define WIRECHECK_COMPARE_COMPARE_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "compare/aliases.h"
#include "compare/attribute.h"
#include "compare/claim.h"
#include "compare/classify.h"
#include "compare/copies.h"
#include "compare/event.h"
#include "compare/extract.h"
#include "compare/lexicon.h"
#include "ingest/article.h"
#include "normalise/document.h"
#include "util/span.h"

namespace wirecheck {

// What compare reads besides the articles: the lexicon (data/lexicon/) and
// the alias table (data/aliases.tsv), with the user's additions.
struct Knowledge {
  Lexicon lexicon;
  AliasTable aliases;
};

struct KnowledgeFiles {
  // A user's lexicon file ("table<TAB>phrase<TAB>tag" lines) and its name.
  std::string lexicon, lexicon_name;
  // A user's alias lines (the format of data/aliases.tsv) and their name.
  std::string aliases, aliases_name;
};

// The built-in data plus `extra`. InvalidArgument names the file and line
// of a bad entry.
absl::StatusOr<Knowledge> LoadKnowledge(const KnowledgeFiles& extra);

struct CompareInput {
  const std::vector<Article>* articles = nullptr;
  const std::vector<Document>* docs = nullptr;  // docs[i] is articles[i]'s.
  // Articles known to report one event (labelled clusters): every pair
  // inside a group is compared, whatever their similarity.
  std::vector<std::vector<int>> given_events;
  std::vector<CopiedPassage> copied;
  // A batch matched against articles loaded from a store: only pairs with
  // an article marked here are compared (empty: all are).
  std::vector<bool> is_new;
};

struct Discrepancy {
  // Stable id ("d-" + 16 hex digits) from both articles' ids and the claim
  // spans, whatever the input order (pipeline/finding_id.h); "" until
  // assigned.
  std::string id;
  // Reported by an earlier run over the same store (pipeline/store_run.h).
  bool seen_before = false;
  DiscrepancyClass cls = DiscrepancyClass::kConflict;
  ClaimKind kind = ClaimKind::kNumber;
  std::string topic;  // "troops deployed · North Korea"
  double confidence = 0;
  bool changed_in_copy = false;  // A value a copy changed in place.
  double frame_similarity = 0;   // How alike the two figures' contexts are.
  double local_similarity = 0;   // ... the words right around them.
  Evidence evidence = Evidence::kUnframed;
  double event_similarity = 0;  // How alike the two articles are.
  int agreements = 0;           // Other figures the two articles agree on.
  int event = -1;               // Event id (Events::event_of).
  // a is from the earlier article; when times do not order them, from the
  // one with the smaller id, so the sides never depend on input order.
  Claim a, b;
};

struct CompareOptions {
  bool include_refinements = false;
  bool include_updates = false;
  // Conflicts reported by default: at least this confidence.
  double min_confidence = 0.5;
  // With include_candidates, conflicts down to this confidence too.
  bool include_candidates = false;
  double candidate_confidence = 0.1;
  int threads = 0;  // 0: one per core.
  ExtractOptions extract;
  EventOptions events;
  AlignOptions align;
  ConfidenceWeights weights;
};

struct CompareResult {
  std::vector<Claim> claims;  // Every claim, by article then position.
  std::vector<Discrepancy> discrepancies;  // Highest confidence first.
  int candidates_hidden = 0;  // Conflicts below min_confidence not listed.
  int event_pairs = 0;        // Article pairs compared.
  int claims_dropped = 0;     // Over the extraction limits.
  // Articles that hit an extraction limit (ExtractOptions), by article.
  std::vector<std::pair<int, ExtractStats>> limits_hit;
};

absl::StatusOr<CompareResult> FindDiscrepancies(const CompareInput& input,
                                                const Knowledge& knowledge,
                                                const CompareOptions& options);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_COMPARE_H_
