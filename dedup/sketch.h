// dedup/sketch.h: shingle sets and passage-window LSH keys for a batch.
//
// SketchBatch does the per-document work of FindCopies (dedup.h), on
// `threads` threads with per-document output slots, so the result is the
// same for any thread count:
//  1. every document's sorted shingle set (for exact verification);
//  2. document frequencies of shingles, in a two-row count-min sketch;
//  3. passage windows of `window` shingle positions every `window / 2`
//     positions (the last window ends at the document's end; a document
//     shorter than a window is one window). Each window's MinHash signature
//     covers its shingles seen in at most `max_df` documents, and yields one
//     LSH key per band, stored band-major for CandidatePairs (lsh.h).
// A window left with no shingle (all frequent) gets item_doc = kNoDocument.
//
//   BatchSketch s = SketchBatch(docs, options);
//   auto pairs = CandidatePairs(s.band_keys, s.item_doc, lsh.bands, {});
//
// A batch split over machines computes the same keys in three steps: each
// shard's ShingleSets; one DfCounts of CellsFor(all shards' shingles),
// each shard Add()ing its sets and the tables Merge()d; then each shard's
// SketchWithDf under the merged counts (null when max_df >= the whole
// batch's documents, as SketchBatch does).
#ifndef WIRECHECK_DEDUP_SKETCH_H_
#define WIRECHECK_DEDUP_SKETCH_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "dedup/lsh.h"
#include "normalise/document.h"

namespace wirecheck {

struct SketchOptions {
  int shingle = 5;
  int window = 36;       // Shingle positions per passage window.
  int64_t max_df = 100;  // Documents; more frequent shingles are ignored.
  int num_perm = 128;
  uint64_t seed = 1;
  LshParams lsh;
  int threads = 1;
};

// An allocator whose resize() leaves new elements uninitialised (only
// value-initialisation is skipped; anything constructed with a value
// still gets it).
template <typename T>
class DefaultInitAllocator : public std::allocator<T> {
 public:
  template <typename U>
  struct rebind {
    using other = DefaultInitAllocator<U>;
  };
  using std::allocator<T>::allocator;
  template <typename U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

// Every key is written once by the worker sketching its document, so the
// array (150 MB at 35k documents) is not zero-filled first: that fill ran
// on one thread and took all the array's page faults, a serial step of
// about half a second whatever the thread count.
using BandKeys = std::vector<uint32_t, DefaultInitAllocator<uint32_t>>;

struct BatchSketch {
  std::vector<std::vector<uint64_t>> sets;  // Sorted unique shingles per doc.
  BandKeys band_keys;                       // [band * items + item].
  std::vector<uint32_t> item_doc;           // Document of each window item.
  int64_t windows = 0;                      // Items with a signature.
};

// Document frequencies of shingles: a two-row count-min sketch with
// saturating 16-bit cells. It can only over-count, and only by colliding
// with other frequent shingles; counts never depend on thread timing, and
// merging tables holds the counts of one table fed every set.
class DfCounts {
 public:
  // Cells per row for a batch whose shingle sets hold `total_shingles`:
  // the least power of two >= total in [2^16, 2^22].
  static size_t CellsFor(size_t total_shingles);
  // REQUIRES: cells a power of two.
  explicit DfCounts(size_t cells);
  // InvalidArgument unless both rows have the same power-of-two size.
  static absl::StatusOr<DfCounts> FromRows(std::vector<uint16_t> row0,
                                           std::vector<uint16_t> row1);

  // Counts every shingle of every set once (sets are duplicate-free).
  void Add(const std::vector<std::vector<uint64_t>>& sets, int threads);
  // Adds `other`'s counts, saturating. InvalidArgument when sizes differ.
  absl::Status Merge(const DfCounts& other);

  size_t cells() const { return mask_ + 1; }
  const std::vector<uint16_t>& row(int r) const { return rows_[r]; }
  int Estimate(uint64_t h) const {
    return std::min(rows_[0][h & mask_], rows_[1][(h >> 32) & mask_]);
  }

 private:
  size_t mask_ = 0;
  std::vector<uint16_t> rows_[2];
};

// Whether a batch of `num_docs` documents drops frequent shingles: only
// when options.max_df is below the batch's size (else none can exceed it).
bool FiltersByFrequency(const SketchOptions& options, size_t num_docs);

// Every document's sorted, duplicate-free shingle set.
std::vector<std::vector<uint64_t>> ShingleSets(
    const std::vector<Document>& docs, int shingle, int threads);

// Passage windows and band keys of `docs` whose sets are `sets`, dropping
// shingles `df` counts in more than options.max_df documents (`df` null:
// none dropped). SketchBatch is this with the batch's own counts.
BatchSketch SketchWithDf(const std::vector<Document>& docs,
                         std::vector<std::vector<uint64_t>> sets,
                         const DfCounts* df, const SketchOptions& options);

// Start positions of the windows over `num_shingles` positions.
std::vector<int> WindowStarts(int num_shingles, int window);

BatchSketch SketchBatch(const std::vector<Document>& docs,
                        const SketchOptions& options);

}  // namespace wirecheck

#endif  // WIRECHECK_DEDUP_SKETCH_H_
