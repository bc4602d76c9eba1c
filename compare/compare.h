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
// that one pass (ArticleExtraction), or from an earlier run's, which the
// store keeps: a batch matched against stored articles lexes only itself.
// Claims are compared only along the article pairs of one event and only inside
// one attribute bucket, so cost grows with the number of articles, not with the
// square of the batch. Within a passage that dedup found copied, a value the
// copy changed in place is a conflict of very high confidence
// (compare/copies.h).
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

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "compare/aliases.h"
#include "compare/attribute.h"
#include "compare/claim.h"
#include "compare/classify.h"
#include "compare/copies.h"
#include "compare/event.h"
#include "compare/extract.h"
#include "compare/lexicon.h"
#include "compare/templates.h"
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

// A hash of everything LoadKnowledge reads (the built-in data files and the
// user's): equal fingerprints load the same Knowledge. The store keeps
// claims extracted under one fingerprint and refuses to mix them with
// another's (pipeline/store_run.h).
uint64_t KnowledgeFingerprint(const KnowledgeFiles& extra);

// What compare reads of one article, from its single lexing pass: its
// claims, its event profile and what the extraction limits cut. It depends
// only on the article (text, body spans, title, publication time), the
// Knowledge and the ExtractOptions, so it can be kept and used again by a
// later run (the store keeps it for every article it holds).
struct ArticleExtraction {
  std::vector<Claim> claims;  // By position; `templated` is never set here.
  ArticleProfile profile;
  ExtractStats stats;
};

// Lexes article `doc` once and extracts its claims (whose `doc` is `doc`)
// and its profile.
ArticleExtraction ExtractArticle(int doc, const Article& article,
                                 const std::vector<Span>& body,
                                 const Knowledge& knowledge,
                                 const ExtractOptions& options);

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
  // With `is_new`: per article, its extraction as an earlier run made it
  // under the same Knowledge and ExtractOptions (the store's), or null to
  // extract it here. Given ones are not lexed again; their claims' `doc` is
  // set to the article's index. Empty: every article is extracted.
  std::vector<const ArticleExtraction*> extracted;
  // With `is_new`: return what was extracted here (CompareResult::
  // extractions), for the caller to keep.
  bool keep_extractions = false;
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
  ClassifyOptions classify;
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
  // With CompareInput::keep_extractions: per article, its extraction when
  // this run made it (nullopt for one given in CompareInput::extracted).
  std::vector<std::optional<ArticleExtraction>> extractions;
};

absl::StatusOr<CompareResult> FindDiscrepancies(const CompareInput& input,
                                                const Knowledge& knowledge,
                                                const CompareOptions& options);

// The comparison alone, for a run that extracts claims, finds templates
// and forms events elsewhere (the Dask run, python/src/wirecheck/dask.py,
// compares each event on a worker that holds only that event's articles).
struct EventsInput {
  // The articles of one or more events, in batch order (the ordering of
  // two articles with one id follows it).
  const std::vector<Article>* articles = nullptr;
  // Per article, its extraction (ExtractArticle's, or decoded).
  std::vector<ArticleExtraction> extractions;
  // The clauses that are templates over the whole batch
  // (compare/templates.h).
  absl::flat_hash_set<ClauseKey> templated;
  // Pairs and event ids over these articles (FindEvents' or FormEvents'),
  // with the batch's idf of every term their claims' frames name.
  Events events;
  // The passages dedup found copied between these articles.
  std::vector<CopiedPassage> copied;
};

// The discrepancies FindDiscrepancies reports among these articles when
// they are part of a larger batch with the same templates, events and idf.
// `claims`, `claims_dropped` and `limits_hit` are these articles'.
absl::StatusOr<CompareResult> CompareWithinEvents(
    EventsInput input, const Knowledge& knowledge,
    const CompareOptions& options);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_COMPARE_H_
