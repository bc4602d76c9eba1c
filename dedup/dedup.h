// dedup/dedup.h: find copied (wire) stories in a batch of articles.
//
// Pipeline (all per-document steps run on `threads` threads; results are
// identical for any thread count; steps 1-3 are sketch.h):
//  1. Shingles: k-token shingle hashes per document (shingle.h), and the
//     sorted shingle set used for exact verification.
//  2. Document frequency: shingles in more than max_df documents (a count
//     when >= 1, a share of the batch when < 1; passim's --max-df) are
//     ignored for candidate generation only — never for verification. The
//     count is a two-row count-min sketch (it can only over-count, and only
//     by colliding with other frequent shingles).
//  3. Passage sketches: each document is cut into windows of
//     W = max(min_passage - shingle + 1, 8) shingle positions, stride W/2
//     (a document shorter than W is one window). Each window gets a
//     one-permutation MinHash signature (minhash.h) over its non-frequent
//     shingles, then LSH band keys (lsh.h) with bands x rows optimised for
//     window Jaccard `window_jaccard`. Window-level sketches make partial
//     copies (two paragraphs of a long story) candidates as surely as whole
//     copies, and make containment of a short copy in a long source visible
//     where whole-document Jaccard would be tiny.
//  4. Candidates: documents sharing a band bucket (no all-pairs loop).
//  5. Verification: exact Jaccard and containments on the shingle sets
//     (verify.h); direction (cluster.h); alignment of shared shingle
//     positions into aligned spans (align.h) in original bytes.
//  6. A pair is reported when containment (share of the copy's shingles
//     found in the source) >= threshold, OR an aligned region of at least
//     min_passage copy tokens exists. Reported `spans` are all aligned
//     regions of >= min(min_passage, 2 * shingle) tokens. A pair under the
//     threshold is aligned at all only when it shares at least
//     (min_passage - shingle + 1) / 2 shingles: fewer cannot make such a
//     passage unless more than half of it is edits.
//  7. Credit (credit.h), same-outlet reuse, and clusters (connected
//     components, cluster.h).
//
//   DedupOptions options;
//   ASSIGN_OR_RETURN(DedupResult r, FindCopies(articles, docs, options));
//   for (const CopyPair& p : r.copies) ...
#ifndef WIRECHECK_DEDUP_DEDUP_H_
#define WIRECHECK_DEDUP_DEDUP_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "dedup/cluster.h"
#include "dedup/sketch.h"
#include "ingest/article.h"
#include "normalise/document.h"
#include "util/span.h"

namespace wirecheck {

struct DedupOptions {
  double threshold = 0.5;       // Containment to report a copy, (0, 1].
  int shingle = 5;              // Tokens per shingle, >= 1.
  int num_perm = 128;           // MinHash signature length, >= 1.
  int min_passage = 40;         // Tokens in an aligned passage to report.
  double max_df = 100;          // Docs (>= 1) or share (< 1); > 0.
  double window_jaccard = 0.3;  // LSH target for passage windows, (0, 1).
  uint64_t seed = 1;            // MinHash seed.
  int threads = 0;              // 0 = all cores.
};

struct AlignedSpan {
  Span source;
  Span copy;
};

struct CopyPair {
  // Stable id ("c-" + 16 hex digits) from both articles' ids and the
  // aligned spans, whatever the input order (pipeline/finding_id.h); "" until
  // assigned.
  std::string id;
  // Reported by an earlier run over the same store (pipeline/store_run.h).
  bool seen_before = false;
  int source = 0;
  int copy = 0;
  bool by_date = false;    // Direction from publication times.
  double similarity = 0;   // Jaccard of the shingle sets.
  double containment = 0;  // Share of the copy's shingles in the source.
  // Both articles come from one outlet (same OutletStem): an outlet reusing
  // its own story, which needs no credit.
  bool same_outlet = false;
  bool credited = false;
  std::string credit;  // The attribution text in the copy, or "".
  Span credit_span;    // Its bytes in the copy's text.
  std::vector<AlignedSpan> spans;
};

struct DedupResult {
  std::vector<CopyPair> copies;  // Sorted by (source, copy).
  std::vector<Cluster> clusters;
  int bands = 0;
  int rows = 0;
  int64_t windows = 0;     // Passage sketches indexed.
  int64_t candidates = 0;  // Distinct document pairs from LSH.
  int64_t verified = 0;    // Candidates that passed as copies.
  // Wall time of the three phases, for benchmarks and --explain.
  double sketch_seconds = 0;     // Shingles, frequencies, signatures.
  double candidate_seconds = 0;  // LSH buckets.
  double verify_seconds = 0;     // Verification, alignment, credit, clusters.
};

absl::StatusOr<DedupResult> FindCopies(const std::vector<Article>& articles,
                                       const std::vector<Document>& docs,
                                       const DedupOptions& options);

// The same, verifying only candidate pairs with at least one article
// marked in `is_new` (a batch matched against articles loaded from a
// store: two stored articles were matched when they were new).
absl::StatusOr<DedupResult> FindCopies(const std::vector<Article>& articles,
                                       const std::vector<Document>& docs,
                                       const DedupOptions& options,
                                       const std::vector<bool>& is_new);

// Candidate pairs found elsewhere (a distributed run joins band keys over
// machines), verified exactly as FindCopies verifies its own: exact overlap
// of `sets` (ShingleSets of `docs`, sketch.h), direction, alignment, and
// credit; a pair passes under the same rules (step 6 above). `pairs` are
// (a, b) indices into articles/docs/sets, a != b, in any order and possibly
// repeated. Returns the copies sorted by (source, copy), one per distinct
// pair, with no id and no clusters (BuildClusters, AssignFindingIds).
// Indices order articles as FindCopies' input order does, so give the
// articles of a pair in the order of the whole batch.
// InvalidArgument for bad options, mismatched sizes or an index out of range.
absl::StatusOr<std::vector<CopyPair>> VerifyCandidates(
    const std::vector<Article>& articles, const std::vector<Document>& docs,
    const std::vector<std::vector<uint64_t>>& sets,
    std::vector<std::pair<int, int>> pairs, const DedupOptions& options);

// The passage-window sketch options FindCopies uses for a batch of
// `num_docs` documents (LSH bands and rows, window, max_df as a count).
// InvalidArgument for bad options.
absl::StatusOr<SketchOptions> SketchOptionsFor(const DedupOptions& options,
                                               size_t num_docs);

// The bucket limit FindCopies gives CandidatePairs and BucketPairs (lsh.h)
// under `sketch`: buckets of more than max_df documents are boilerplate.
int MaxBucketDocs(const SketchOptions& sketch);

// For --explain: the LSH parameters these options lead to, and the S-curve.
// InvalidArgument for bad options.
absl::StatusOr<std::string> ExplainLsh(const DedupOptions& options);

}  // namespace wirecheck

#endif  // WIRECHECK_DEDUP_DEDUP_H_
