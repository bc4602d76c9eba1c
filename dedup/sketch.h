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
#ifndef WIRECHECK_DEDUP_SKETCH_H_
#define WIRECHECK_DEDUP_SKETCH_H_

#include <cstdint>
#include <vector>

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

struct BatchSketch {
  std::vector<std::vector<uint64_t>> sets;  // Sorted unique shingles per doc.
  std::vector<uint32_t> band_keys;          // [band * items + item].
  std::vector<uint32_t> item_doc;           // Document of each window item.
  int64_t windows = 0;                      // Items with a signature.
};

// Start positions of the windows over `num_shingles` positions.
std::vector<int> WindowStarts(int num_shingles, int window);

BatchSketch SketchBatch(const std::vector<Document>& docs,
                        const SketchOptions& options);

}  // namespace wirecheck

#endif  // WIRECHECK_DEDUP_SKETCH_H_
