// pipeline/store_run.h: a new batch matched against a store (the CI round).
//
// MatchAgainstStore prepares only the new batch, looks up through the
// store's indexes which stored articles may share a passage or an event
// with it, loads just those (text and body spans; their boilerplate is not
// detected again), and runs dedup and compare over batch + candidates,
// comparing only pairs that involve a new article. Term weights come from
// the store's frequencies, so they are those of a run over everything.
//
// Compare reads a candidate's claims and event profile from the store when
// an earlier run stored them, so only the batch is lexed and extracted;
// a candidate without them (stored by a dedup run, which extracts nothing)
// is extracted here, and CommitToStore stores what was extracted, the
// batch's and such candidates' alike, so each article is extracted once. Claims
// depend on the lexicons, aliases and extraction options (ClaimsKeyFor): a
// store whose claims were extracted under another key is refused when opened,
// never mixed. A stored claim blob that does not decode is DataLoss naming the
// store and the article.
//
// A stored article whose key comes back with another text is an edit: its
// last stored version joins the run too, and what dedup and compare find
// between the two versions (passages kept, figures changed) is reported as
// an Edit, not as a copy.
//
// Findings are remembered by id: one an earlier run over the store already
// reported is marked `seen_before` (a batch given twice reports the same
// findings, now marked).
//
// Nothing is written until CommitToStore, which the caller runs after the
// report is safely written: one transaction, so a failed or killed run
// leaves the store as it was.
//
//   ASSIGN_OR_RETURN(StoreRun run, MatchAgainstStore(*store, fresh, options));
//   ... write the report from run.batch and run.result ...
//   ASSIGN_OR_RETURN(StoreCounts c, CommitToStore(*store, run, now));
#ifndef WIRECHECK_PIPELINE_STORE_RUN_H_
#define WIRECHECK_PIPELINE_STORE_RUN_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "pipeline/check.h"
#include "pipeline/edit.h"
#include "pipeline/incremental.h"
#include "store/article_store.h"
#include "util/count_min.h"

namespace wirecheck {

struct StoreRunOptions {
  CheckOptions check;
  // A fingerprint shared by more stored articles than this is boilerplate
  // or a stock phrase: it finds nothing (dedup's max_df).
  int max_passage_postings = 100;
  // A stored article is a copy candidate when it shares this many of a new
  // article's fingerprints.
  int min_shared_fingerprints = 2;
  // Event terms indexed per article, and stored articles an event lookup
  // may add per new article (the best by shared terms, at least
  // `min_shared_terms` of them).
  int event_terms = 16;
  int event_candidates = 8;
  int min_shared_terms = 4;
};

// The parameters a store must have been built with for these options
// (a claims key only when the options compare).
StoreParams StoreParamsFor(const CheckOptions& options);

// What stored claims depend on, as one key: the extractor's version
// (kExtractorVersion), the claim layout's (kClaimsCodecVersion), the
// lexicons and aliases, built-in and the user's (KnowledgeFingerprint), and
// the extraction options. "e1.c2.0123456789abcdef".
std::string ClaimsKeyFor(const CheckOptions& options);

struct StoreRun {
  Batch batch;         // Loaded articles first (not new), then the batch.
  CheckResult result;  // Findings that involve a new article.
  std::vector<Edit> edits;
  int64_t stored_before = 0;  // Current articles in the store.
  int threads = 0;            // The run's threads (CommitToStore uses them).
  int candidates = 0;         // Stored articles loaded.
  // Loaded articles (candidates and old versions) whose claims came from
  // the store rather than from extracting them here.
  int claims_from_store = 0;
  // What CommitToStore will write, counted now so the report can say it.
  int to_add = 0, to_edit = 0, unchanged = 0;
  // Every finding of the run (before any baseline or --new-only filter),
  // recorded as reported by CommitToStore; `seen_before` marks those an
  // earlier run recorded.
  std::vector<std::string> finding_ids;
  int seen_before = 0;
  // Kept for CommitToStore.
  // Per batch article (new ones only); without `terms` when
  // `term_df_with_batch` holds them already.
  std::vector<ArticleIndex> index;
  // Per batch article: its stored row, 0 for a new article.
  std::vector<int64_t> stored_seq;
  std::string claims_key;  // StoreParams::claims_key of the run.
  // Per batch article: the terms of its previous version (edits only),
  // which leave the document frequencies.
  std::vector<std::vector<uint64_t>> previous_terms;
  // The store's term frequencies as loaded (their TermDfHash), and with the
  // whole batch added (what CommitToStore writes when every new article is
  // added and no other run wrote meanwhile).
  uint64_t term_df_hash = 0;
  std::optional<CountMin> term_df_with_batch;
};

// What the store indexes of each article (also used to rebuild a store):
// its fingerprints, its terms, and the heaviest of them under the store's
// frequencies (`stored_df` over `stored_docs` articles, taken by value: the
// batch is counted into it, and a caller done with it moves it in) plus the
// batch's.
// `df_out`, when given, receives the frequencies with the batch added;
// with `with_terms` false, `terms` is left empty (a caller keeping `df_out`
// needs them no more: a large first run held hundreds of MB of them).
std::vector<ArticleIndex> IndexOf(const std::vector<Article>& articles,
                                  const std::vector<Document>& docs,
                                  CountMin stored_df, int64_t stored_docs,
                                  const StoreRunOptions& options,
                                  const StoreParams& params,
                                  CountMin* df_out = nullptr,
                                  bool with_terms = true);

absl::StatusOr<StoreRun> MatchAgainstStore(const ArticleStore& store,
                                           std::vector<Article> fresh,
                                           const StoreRunOptions& options);

struct StoreCounts {
  int added = 0, edited = 0, unchanged = 0;
};
// Writes the run's new articles, their index, the claims extracted in the
// run (of new and of loaded articles) and the term frequencies in one
// transaction. `now`: Unix seconds recorded as their storage time.
absl::StatusOr<StoreCounts> CommitToStore(ArticleStore& store,
                                          const StoreRun& run, int64_t now);

}  // namespace wirecheck

#endif  // WIRECHECK_PIPELINE_STORE_RUN_H_
