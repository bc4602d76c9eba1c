#include "dedup/sketch.h"

#include <algorithm>
#include <memory>

#include "dedup/huge_pages.h"
#include "dedup/minhash.h"
#include "dedup/shingle.h"
#include "util/parallel.h"

namespace wirecheck {
namespace {

// Two-row count-min sketch of document frequencies with saturating 16-bit
// cells. Each row is filled by one task over all documents (no atomics), so
// the counts never depend on thread timing. At most 2^22 cells per row keep
// it cache-friendly; with max_df around 100 the expected collision noise
// (a few counts per cell) cannot push a rare shingle over the limit, and a
// count-min sketch never under-counts.
class DfSketch {
 public:
  DfSketch(const std::vector<std::vector<uint64_t>>& sets, int threads) {
    size_t total = 0;
    for (const auto& s : sets) total += s.size();
    size_t cells = size_t{1} << 16;
    while (cells < total && cells < (size_t{1} << 22)) cells <<= 1;
    mask_ = cells - 1;
    ParallelFor(2, threads, [&](size_t row) {
      std::vector<uint16_t>& counts = rows_[row];
      ReserveHugePages(&counts, cells);
      counts.assign(cells, 0);
      const int shift = row == 0 ? 0 : 32;
      // Random increments into a table larger than the cache: prefetching
      // a few hashes ahead hides most of the miss latency.
      constexpr size_t kAhead = 8;
      for (const auto& set : sets) {
        const size_t m = set.size();
        for (size_t i = 0; i < m; ++i) {
          if (i + kAhead < m) {
            __builtin_prefetch(&counts[(set[i + kAhead] >> shift) & mask_], 1);
          }
          uint16_t& c = counts[(set[i] >> shift) & mask_];
          if (c != 0xFFFF) ++c;
        }
      }
    });
  }
  void Prefetch(uint64_t h) const {
    __builtin_prefetch(&rows_[0][h & mask_]);
    __builtin_prefetch(&rows_[1][(h >> 32) & mask_]);
  }
  int Estimate(uint64_t h) const {
    return std::min(rows_[0][h & mask_], rows_[1][(h >> 32) & mask_]);
  }

 private:
  size_t mask_ = 0;
  std::vector<uint16_t> rows_[2];
};

// Signs every window of one document and writes its band keys straight
// into the band-major array (`items` keys per band): a document's windows
// are consecutive items, so each band gets one short contiguous run.
void SketchDocument(const std::vector<uint64_t>& seq, const DfSketch* df,
                    const SketchOptions& o, const MinHasher& hasher,
                    size_t first_item, size_t items, BatchSketch* out) {
  const int n = static_cast<int>(seq.size());
  thread_local std::vector<uint8_t> frequent;  // Looked up once per position.
  frequent.assign(n, 0);
  if (df != nullptr) {
    constexpr int kAhead = 8;
    for (int i = 0; i < n; ++i) {
      if (i + kAhead < n) df->Prefetch(seq[i + kAhead]);
      frequent[i] = df->Estimate(seq[i]) > o.max_df;
    }
  }
  thread_local std::vector<uint64_t> kept;
  thread_local std::vector<uint32_t> sig;
  sig.resize(hasher.num_perm());
  size_t item = first_item;
  for (int s : WindowStarts(n, o.window)) {
    kept.clear();
    for (int i = s; i < std::min(n, s + o.window); ++i) {
      if (!frequent[i]) kept.push_back(seq[i]);
    }
    if (hasher.Sign(kept.data(), kept.size(), sig.data())) {
      uint32_t* keys = out->band_keys.data() + item;
      for (int b = 0; b < o.lsh.bands; ++b) {
        keys[b * items] = BandKey(sig.data(), o.lsh, b);
      }
    } else {
      out->item_doc[item] = kNoDocument;
    }
    ++item;
  }
}

}  // namespace

std::vector<int> WindowStarts(int num_shingles, int window) {
  std::vector<int> starts;
  if (num_shingles <= 0) return starts;
  const int stride = std::max(1, window / 2);
  for (int s = 0; s + window < num_shingles; s += stride) starts.push_back(s);
  starts.push_back(std::max(0, num_shingles - window));
  return starts;
}

BatchSketch SketchBatch(const std::vector<Document>& docs,
                        const SketchOptions& o) {
  const size_t n = docs.size();
  BatchSketch out;
  out.sets.resize(n);
  ParallelFor(n, o.threads, [&](size_t i) {
    thread_local std::vector<uint64_t> seq;
    ShingleHashesInto(docs[i].tokens, o.shingle, &seq);
    out.sets[i] = UniqueShingles(seq);
  });
  std::unique_ptr<DfSketch> df;
  if (o.max_df < static_cast<int64_t>(n)) {
    df = std::make_unique<DfSketch>(out.sets, o.threads);
  }
  // Item ranges per document, from the window count alone.
  std::vector<size_t> first_item(n + 1, 0);
  for (size_t i = 0; i < n; ++i) {
    const int shingles =
        std::max(0, static_cast<int>(docs[i].tokens.size()) - o.shingle + 1);
    first_item[i + 1] = first_item[i] + WindowStarts(shingles, o.window).size();
  }
  const size_t items = first_item[n];
  out.item_doc.resize(items);
  for (size_t i = 0; i < n; ++i) {
    std::fill(out.item_doc.begin() + first_item[i],
              out.item_doc.begin() + first_item[i + 1],
              static_cast<uint32_t>(i));
  }
  ReserveHugePages(&out.band_keys, items * o.lsh.bands);
  out.band_keys.assign(items * o.lsh.bands, 0);
  const MinHasher hasher(o.num_perm, o.seed);
  ParallelFor(n, o.threads, [&](size_t i) {
    thread_local std::vector<uint64_t> seq;
    ShingleHashesInto(docs[i].tokens, o.shingle, &seq);
    SketchDocument(seq, df.get(), o, hasher, first_item[i], items, &out);
  });
  out.windows = std::count_if(out.item_doc.begin(), out.item_doc.end(),
                              [](uint32_t d) { return d != kNoDocument; });
  return out;
}

}  // namespace wirecheck
