#include "dedup/align.h"

#include <algorithm>
#include <cstddef>
#include <tuple>
#include <utility>

namespace wirecheck {
namespace {

// Source positions of each shingle hash as linked lists in ascending
// order: the head of a hash's list in an open-addressing table (linear
// probing; the slot is the top bits of the hash times an odd constant, so
// any key pattern spreads), next(j) the position after j (-1 at the end).
// Built once per aligned pair: a flat table without per-entry control
// bytes or rehashing, reused by each thread.
class PositionIndex {
 public:
  void Build(const std::vector<uint64_t>& seq) {
    int bits = 4;
    while ((size_t{1} << bits) < 2 * seq.size()) ++bits;
    shift_ = 64 - bits;
    mask_ = (size_t{1} << bits) - 1;
    keys_.resize(mask_ + 1);
    heads_.assign(mask_ + 1, -1);
    next_.assign(seq.size(), -1);
    for (int j = static_cast<int>(seq.size()) - 1; j >= 0; --j) {
      const size_t slot = Slot(seq[j]);
      if (heads_[slot] < 0) {
        keys_[slot] = seq[j];
      } else {
        next_[j] = heads_[slot];
      }
      heads_[slot] = j;
    }
  }

  // The first position of `h`, or -1.
  int First(uint64_t h) const { return heads_[Slot(h)]; }
  int Next(int j) const { return next_[j]; }

 private:
  // The slot holding `h`, or the empty slot where it would go.
  size_t Slot(uint64_t h) const {
    size_t slot = (h * 0x9e3779b97f4a7c15ULL) >> shift_;
    while (heads_[slot] >= 0 && keys_[slot] != h) slot = (slot + 1) & mask_;
    return slot;
  }

  int shift_ = 60;
  size_t mask_ = 0;
  std::vector<uint64_t> keys_;
  std::vector<int> heads_;  // -1: an empty slot.
  std::vector<int> next_;
};

// Runs of seeds (shared shingles: a copy position and a source position
// with equal hashes, at most `max_repeats` source positions, the first
// ones, per copy position): maximal stretches of consecutive copy positions
// on one diagonal (source position - copy position), as token ranges (a
// run of shingles [a, b] covers tokens [a, b + k)). Copy positions are
// visited in order, so a seed extends the run its diagonal reached at the
// previous copy position, if any, and no seed needs sorting. Runs come out
// in order of their first copy position.
std::vector<TokenRegion> FindRuns(const std::vector<uint64_t>& source_seq,
                                  const std::vector<uint64_t>& copy_seq,
                                  int max_repeats, int k) {
  thread_local PositionIndex index;
  index.Build(source_seq);
  const int copy_size = static_cast<int>(copy_seq.size());
  // The run last extended on each diagonal (offset by copy_size), or -1.
  thread_local std::vector<int> last_run;
  last_run.assign(source_seq.size() + copy_seq.size() + 1, -1);
  std::vector<TokenRegion> runs;
  for (int i = 0; i < copy_size; ++i) {
    int n = 0;
    for (int j = index.First(copy_seq[i]); j >= 0 && n < max_repeats;
         j = index.Next(j), ++n) {
      int& r = last_run[j - i + copy_size];
      if (r >= 0 && runs[r].copy_end == i - 1 + k) {
        runs[r].copy_end = i + k;
        runs[r].source_end = j + k;
      } else {
        r = static_cast<int>(runs.size());
        runs.push_back({j, j + k, i, i + k});
      }
    }
  }
  // The tables of a huge text are not kept for the rest of the run.
  if (last_run.size() > (size_t{1} << 20)) {
    index = PositionIndex();
    std::vector<int>().swap(last_run);
  }
  return runs;
}

// Longest runs first, skipping any that overlaps a picked one on the copy.
std::vector<TokenRegion> PickDisjoint(std::vector<TokenRegion> runs) {
  std::sort(runs.begin(), runs.end(),
            [](const TokenRegion& x, const TokenRegion& y) {
              if (x.copy_tokens() != y.copy_tokens()) {
                return x.copy_tokens() > y.copy_tokens();
              }
              return std::tie(x.copy_begin, x.source_begin) <
                     std::tie(y.copy_begin, y.source_begin);
            });
  std::vector<TokenRegion> picked;  // Kept sorted by copy_begin.
  for (const TokenRegion& r : runs) {
    auto it = std::lower_bound(picked.begin(), picked.end(), r,
                               [](const TokenRegion& x, const TokenRegion& y) {
                                 return x.copy_begin < y.copy_begin;
                               });
    const bool overlaps_next =
        it != picked.end() && it->copy_begin < r.copy_end;
    const bool overlaps_prev =
        it != picked.begin() && std::prev(it)->copy_end > r.copy_begin;
    if (!overlaps_next && !overlaps_prev) picked.insert(it, r);
  }
  return picked;
}

}  // namespace

std::vector<TokenRegion> AlignShingles(const std::vector<uint64_t>& source_seq,
                                       const std::vector<uint64_t>& copy_seq,
                                       const AlignOptions& options) {
  std::vector<TokenRegion> picked = PickDisjoint(FindRuns(
      source_seq, copy_seq, options.max_seed_repeats, options.shingle));
  std::vector<TokenRegion> merged;
  for (const TokenRegion& r : picked) {
    if (!merged.empty()) {
      TokenRegion& last = merged.back();
      const int copy_gap = r.copy_begin - last.copy_end;
      const int source_gap = r.source_begin - last.source_end;
      if (copy_gap <= options.max_gap_tokens &&
          source_gap <= options.max_gap_tokens &&
          source_gap >= -options.shingle && r.source_end > last.source_end) {
        last.copy_end = r.copy_end;
        last.source_end = r.source_end;
        continue;
      }
    }
    merged.push_back(r);
  }
  std::vector<TokenRegion> kept;
  for (const TokenRegion& r : merged) {
    if (r.copy_tokens() >= options.min_region_tokens) kept.push_back(r);
  }
  return kept;
}

}  // namespace wirecheck
