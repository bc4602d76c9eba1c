// dedup/lsh.h: LSH banding over MinHash signatures, and its parameters.
//
// A signature of num_perm values is cut into `bands` bands of `rows` values;
// two items become a candidate pair when all rows of at least one band are
// equal. For Jaccard similarity s the collision probability is the S-curve
// P(s) = 1 - (1 - s^rows)^bands.
//
// Choosing bands x rows (OptimalLshParams) follows datasketch's
// MinHashLSH._optimal_param: over every (b, r) with b * r <= num_perm it
// minimises  fp_weight * FP + fn_weight * FN  where FP is the area under
// P(s) on [0, threshold] (pairs below the threshold that collide) and FN the
// area under 1 - P(s) on [threshold, 1] (pairs above it that are missed).
// The integrals use Simpson's rule on 256 intervals; ties keep the first
// (smallest b, then smallest r) so the choice is deterministic.
//
// Data flow: per item signature -> BandKeys (one 32-bit key per band) ->
// CandidatePairs (per band, a bitmap pass keeps only items whose key's low
// bits (up to 24, fewer for fewer items) occur twice, those are
// radix-sorted by key, and distinct documents in each bucket are paired;
// with `involving`, only pairs with a flagged document). No all-pairs
// loop: cost is
// O(items * bands) plus the sort of the few repeated keys.
//
//   LshParams p = OptimalLshParams(0.3, 128);
//   std::cout << ExplainLsh(p, 0.3, 128);
#ifndef WIRECHECK_DEDUP_LSH_H_
#define WIRECHECK_DEDUP_LSH_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/types/span.h"

namespace wirecheck {

struct LshParams {
  int bands = 0;
  int rows = 0;
};

// P(candidate) for two items of Jaccard similarity s.
double CollisionProbability(double s, int bands, int rows);

// The datasketch-style optimum for `threshold` in (0, 1].
LshParams OptimalLshParams(double threshold, int num_perm,
                           double fp_weight = 0.5, double fn_weight = 0.5);

// Human-readable b x r and the S-curve at a few similarities.
std::string ExplainLsh(const LshParams& params, double threshold, int num_perm);

// The key of band `band` of signature sig[0, bands*rows): the band's rows
// chained through Mix64 (minhash.h) from a per-band start value, folded to
// 32 bits (a rare accidental collision only adds a candidate, which exact
// verification then rejects).
uint32_t BandKey(const uint32_t* sig, const LshParams& params, int band);

// BandKey of every band of a signature, for signing many windows: each
// band's start value is computed once, and the bands' chains are
// independent, so they are run side by side for the core to overlap their
// multiplies (one chain at a time waits on every multiply).
//
//   BandKeyer keyer(params);
//   keyer.Keys(sig, keys, /*stride=*/1);  // keys[b] == BandKey(sig, params, b)
class BandKeyer {
 public:
  explicit BandKeyer(const LshParams& params);
  // Writes BandKey(sig, params, b) to keys[b * stride] for every band b.
  void Keys(const uint32_t* sig, uint32_t* keys, size_t stride) const;

 private:
  LshParams params_;
  std::vector<uint64_t> starts_;  // Per band, the chain's start value.
};

// Appends the `params.bands` keys of signature `sig` to `keys`.
void AppendBandKeys(const uint32_t* sig, const LshParams& params,
                    std::vector<uint32_t>* keys);

struct CandidateOptions {
  // Buckets holding more distinct documents than this are skipped: they are
  // boilerplate shared by much of the batch, not copies.
  int max_bucket_docs = 100;
  int threads = 1;
  // When not empty, one flag per document: only pairs with at least one
  // flagged document are returned (a batch matched against stored
  // articles: pairs of two stored ones were matched when they were new).
  std::vector<bool> involving;
};

// Reorders item-major keys (item 0's bands, item 1's bands, ...) to
// band-major (band 0 of every item, band 1 of every item, ...).
std::vector<uint32_t> ToBandMajor(const std::vector<uint32_t>& item_major,
                                  int bands);

// Marks an item that takes part in no bucket (an empty window).
constexpr uint32_t kNoDocument = 0xFFFFFFFF;

// `band_keys[b * items + i]` is item i's key in band b (band-major, so each
// band is one contiguous scan); `item_doc[i]` is the document of item i,
// non-decreasing in i, or kNoDocument. Returns sorted unique pairs
// (a << 32 | b), a < b.
std::vector<uint64_t> CandidatePairs(absl::Span<const uint32_t> band_keys,
                                     const std::vector<uint32_t>& item_doc,
                                     int bands,
                                     const CandidateOptions& options);

// One LSH bucket entry from a join done elsewhere (a distributed run
// shuffles entries so each bucket meets on one machine): the bucket is
// band << 32 | key, the document a batch-wide index.
struct BucketEntry {
  uint64_t bucket = 0;
  uint32_t document = 0;
};

// The pairs CandidatePairs gives for these buckets: in every bucket with
// more than one and at most `max_bucket_docs` distinct documents, each
// pair of them. Entries may come in any order and repeat. Returns sorted
// unique pairs (a << 32 | b), a < b.
std::vector<uint64_t> BucketPairs(std::vector<BucketEntry> entries,
                                  int max_bucket_docs);

}  // namespace wirecheck

#endif  // WIRECHECK_DEDUP_LSH_H_
