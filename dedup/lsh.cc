#include "dedup/lsh.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "absl/strings/str_format.h"
#include "absl/synchronization/mutex.h"
#include "dedup/minhash.h"
#include "util/parallel.h"

namespace wirecheck {
namespace {

// Simpson's rule for f on [a, b].
template <typename F>
double Integrate(F f, double a, double b) {
  constexpr int kIntervals = 256;
  if (b <= a) return 0.0;
  const double h = (b - a) / kIntervals;
  double sum = f(a) + f(b);
  for (int i = 1; i < kIntervals; ++i) {
    sum += f(a + i * h) * (i % 2 == 1 ? 4.0 : 2.0);
  }
  return sum * h / 3.0;
}

}  // namespace

double CollisionProbability(double s, int bands, int rows) {
  return 1.0 - std::pow(1.0 - std::pow(s, rows), bands);
}

namespace {

LshParams ComputeOptimalLshParams(double threshold, int num_perm,
                                  double fp_weight, double fn_weight) {
  LshParams best{1, 1};
  double best_error = INFINITY;
  for (int b = 1; b <= num_perm; ++b) {
    for (int r = 1; r <= num_perm / b; ++r) {
      const double fp =
          Integrate([&](double s) { return CollisionProbability(s, b, r); },
                    0.0, threshold);
      const double fn = Integrate(
          [&](double s) { return 1.0 - CollisionProbability(s, b, r); },
          threshold, 1.0);
      const double error = fp_weight * fp + fn_weight * fn;
      if (error < best_error) {
        best_error = error;
        best = {b, r};
      }
    }
  }
  return best;
}

}  // namespace

LshParams OptimalLshParams(double threshold, int num_perm, double fp_weight,
                           double fn_weight) {
  // The search evaluates ~700 (b, r) pairs by numeric integration (tens of
  // milliseconds, a sixth of a 1000-article run), and every run asks for
  // the same few inputs: remember the answers.
  static absl::Mutex mu(absl::kConstInit);
  static auto* cache =
      new std::map<std::tuple<double, int, double, double>, LshParams>();
  const auto key = std::make_tuple(threshold, num_perm, fp_weight, fn_weight);
  {
    absl::MutexLock lock(&mu);
    auto it = cache->find(key);
    if (it != cache->end()) return it->second;
  }
  const LshParams best =
      ComputeOptimalLshParams(threshold, num_perm, fp_weight, fn_weight);
  absl::MutexLock lock(&mu);
  cache->emplace(key, best);
  return best;
}

std::string ExplainLsh(const LshParams& params, double threshold,
                       int num_perm) {
  std::string out = absl::StrFormat(
      "LSH: %d bands x %d rows (of %d permutations), chosen for window "
      "Jaccard threshold %.2f by minimising 0.5*FP area + 0.5*FN area\n",
      params.bands, params.rows, num_perm, threshold);
  for (double s : {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 0.9}) {
    absl::StrAppendFormat(&out, "  P(candidate | Jaccard %.1f) = %.4f\n", s,
                          CollisionProbability(s, params.bands, params.rows));
  }
  return out;
}

namespace {

uint64_t BandStart(int band) {
  return Mix64(0x243f6a8885a308d3ULL + static_cast<uint64_t>(band));
}

uint32_t FoldKey(uint64_t h) { return static_cast<uint32_t>(h ^ (h >> 32)); }

}  // namespace

uint32_t BandKey(const uint32_t* sig, const LshParams& params, int band) {
  const uint32_t* rows = sig + static_cast<size_t>(band) * params.rows;
  uint64_t h = BandStart(band);
  for (int r = 0; r < params.rows; ++r) h = Mix64(h ^ rows[r]);
  return FoldKey(h);
}

BandKeyer::BandKeyer(const LshParams& params) : params_(params) {
  for (int b = 0; b < params.bands; ++b) starts_.push_back(BandStart(b));
}

void BandKeyer::Keys(const uint32_t* sig, uint32_t* keys, size_t stride) const {
  // Blocks of kLanes bands, the block's chains advanced one row at a time.
  constexpr int kLanes = 8;
  const int bands = params_.bands;
  const int rows = params_.rows;
  int b = 0;
  for (; b + kLanes <= bands; b += kLanes) {
    uint64_t h[kLanes];
    for (int j = 0; j < kLanes; ++j) h[j] = starts_[b + j];
    for (int r = 0; r < rows; ++r) {
      // Unrolled, the lanes live in registers instead of on the stack.
#pragma GCC unroll 8
      for (int j = 0; j < kLanes; ++j) {
        h[j] = Mix64(h[j] ^ sig[static_cast<size_t>(b + j) * rows + r]);
      }
    }
    for (int j = 0; j < kLanes; ++j) keys[(b + j) * stride] = FoldKey(h[j]);
  }
  for (; b < bands; ++b) {
    const uint32_t* band_rows = sig + static_cast<size_t>(b) * rows;
    uint64_t h = starts_[b];
    for (int r = 0; r < rows; ++r) h = Mix64(h ^ band_rows[r]);
    keys[b * stride] = FoldKey(h);
  }
}

void AppendBandKeys(const uint32_t* sig, const LshParams& params,
                    std::vector<uint32_t>* keys) {
  for (int b = 0; b < params.bands; ++b)
    keys->push_back(BandKey(sig, params, b));
}

std::vector<uint32_t> ToBandMajor(const std::vector<uint32_t>& item_major,
                                  int bands) {
  const size_t items = item_major.size() / bands;
  std::vector<uint32_t> out(item_major.size());
  for (size_t i = 0; i < items; ++i) {
    for (int b = 0; b < bands; ++b)
      out[b * items + i] = item_major[i * bands + b];
  }
  return out;
}

namespace {

// Stable LSD radix sort on the upper 32 bits (the band key) in three 11-bit
// passes; equal keys keep item order, so their documents stay ascending.
void SortByKey(std::vector<uint64_t>* v, std::vector<uint64_t>& tmp) {
  tmp.resize(v->size());
  std::vector<uint64_t>* from = v;
  std::vector<uint64_t>* to = &tmp;
  for (int shift = 32; shift < 64; shift += 11) {
    size_t count[2049] = {0};
    for (uint64_t x : *from) ++count[((x >> shift) & 2047) + 1];
    for (int i = 0; i < 2048; ++i) count[i + 1] += count[i];
    for (uint64_t x : *from) (*to)[count[(x >> shift) & 2047]++] = x;
    std::swap(from, to);
  }
  if (from != v) v->swap(*from);
}

// Pairs of distinct documents sharing a bucket in band `band`.
// `entries`, `scratch` and `seen` are reusable buffers.
//
// Most keys of a band occur once. A first pass marks, in two bitmaps over
// the key's low slot_bits bits (SlotBitsFor), which slots were seen once and
// which twice; only items whose slot was seen twice can share a bucket, so only
// those are sorted. The buckets (and so the pairs) are exactly those of sorting
// every item: a key that occurs twice always has its slot seen twice.
void BandPairs(absl::Span<const uint32_t> band_keys,
               const std::vector<uint32_t>& item_doc, int band,
               const CandidateOptions& options, int slot_bits,
               std::vector<uint64_t>& entries, std::vector<uint64_t>& scratch,
               std::vector<uint64_t>& seen, std::vector<uint64_t>* pairs) {
  const uint32_t kSlotMask = (uint32_t{1} << slot_bits) - 1;
  const size_t items = item_doc.size();
  const uint32_t* keys = band_keys.data() + band * items;
  // Word w of "seen once" is seen[2 * w] and of "seen twice" seen[2 * w + 1]:
  // side by side, so marking a slot misses the cache once, not twice.
  const size_t words = size_t{1} << (slot_bits - 6);
  seen.assign(2 * words, 0);
  uint64_t* marks = seen.data();
  for (size_t i = 0; i < items; ++i) {
    if (item_doc[i] == kNoDocument) continue;
    const uint32_t slot = keys[i] & kSlotMask;
    const uint64_t bit = uint64_t{1} << (slot & 63);
    uint64_t* pair = marks + 2 * (slot >> 6);
    pair[1] |= pair[0] & bit;
    pair[0] |= bit;
  }
  entries.clear();
  for (size_t i = 0; i < items; ++i) {
    const uint32_t slot = keys[i] & kSlotMask;
    if (!((marks[2 * (slot >> 6) + 1] >> (slot & 63)) & 1) ||
        item_doc[i] == kNoDocument) {
      continue;
    }
    entries.push_back((static_cast<uint64_t>(keys[i]) << 32) | item_doc[i]);
  }
  SortByKey(&entries, scratch);
  const size_t n = entries.size();
  std::vector<uint32_t> docs;
  for (size_t begin = 0; begin < n;) {
    size_t end = begin + 1;
    while (end < n && (entries[end] >> 32) == (entries[begin] >> 32)) ++end;
    if (end - begin > 1) {
      docs.clear();
      for (size_t i = begin; i < end; ++i) {
        const uint32_t doc = static_cast<uint32_t>(entries[i]);
        if (docs.empty() || docs.back() != doc) docs.push_back(doc);
      }
      if (docs.size() > 1 &&
          docs.size() <= static_cast<size_t>(options.max_bucket_docs)) {
        const std::vector<bool>& involving = options.involving;
        for (size_t x = 0; x < docs.size(); ++x) {
          const bool x_counts = involving.empty() || involving[docs[x]];
          for (size_t y = x + 1; y < docs.size(); ++y) {
            if (!x_counts && !involving[docs[y]]) continue;
            pairs->push_back((static_cast<uint64_t>(docs[x]) << 32) | docs[y]);
          }
        }
      }
    }
    begin = end;
  }
}

// Slots for the "seen once / twice" bitmaps: about 16 per item, so that
// few keys share a slot by chance, and never more than 2^24 (4 MB of
// bitmaps, cleared for every band: a small batch should not pay for the
// largest).
int SlotBitsFor(size_t items) {
  constexpr int kMinBits = 10, kMaxBits = 24;
  int bits = kMinBits;
  while (bits < kMaxBits && (size_t{1} << bits) < items * 16) ++bits;
  return bits;
}

void SortUnique(std::vector<uint64_t>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

}  // namespace

std::vector<uint64_t> CandidatePairs(absl::Span<const uint32_t> band_keys,
                                     const std::vector<uint32_t>& item_doc,
                                     int bands,
                                     const CandidateOptions& options) {
  std::vector<std::vector<uint64_t>> per_band(bands);
  // Each worker takes every `threads`-th band and reuses its buffers; the
  // per-band outputs are merged in band order, so the result is the same
  // for any thread count.
  const int threads = std::min(ResolveThreads(options.threads), bands);
  const int slot_bits = SlotBitsFor(item_doc.size());
  ParallelFor(threads, threads, [&](size_t t) {
    std::vector<uint64_t> entries, scratch, seen;
    for (int b = static_cast<int>(t); b < bands; b += threads) {
      BandPairs(band_keys, item_doc, b, options, slot_bits, entries, scratch,
                seen, &per_band[b]);
      SortUnique(&per_band[b]);
    }
  });
  std::vector<uint64_t> all;
  for (auto& v : per_band) {
    all.insert(all.end(), v.begin(), v.end());
    std::vector<uint64_t>().swap(v);
  }
  SortUnique(&all);
  return all;
}

std::vector<uint64_t> BucketPairs(std::vector<BucketEntry> entries,
                                  int max_bucket_docs) {
  auto key = [](const BucketEntry& e) {
    return std::make_pair(e.bucket, e.document);
  };
  std::sort(entries.begin(), entries.end(),
            [&](const BucketEntry& x, const BucketEntry& y) {
              return key(x) < key(y);
            });
  entries.erase(std::unique(entries.begin(), entries.end(),
                            [&](const BucketEntry& x, const BucketEntry& y) {
                              return key(x) == key(y);
                            }),
                entries.end());
  std::vector<uint64_t> pairs;
  const size_t n = entries.size();
  for (size_t begin = 0; begin < n;) {
    size_t end = begin + 1;
    while (end < n && entries[end].bucket == entries[begin].bucket) ++end;
    const size_t docs = end - begin;
    if (docs > 1 && docs <= static_cast<size_t>(max_bucket_docs)) {
      for (size_t x = begin; x < end; ++x) {
        for (size_t y = x + 1; y < end; ++y) {
          pairs.push_back((static_cast<uint64_t>(entries[x].document) << 32) |
                          entries[y].document);
        }
      }
    }
    begin = end;
  }
  SortUnique(&pairs);
  return pairs;
}

}  // namespace wirecheck
